// The improvement plan: a document's open findings as a prioritised action list — errors before
// warnings before suggestions, grouped by PWAF pillar and area, each with the action to take (the
// rule's remedy), the rule, the line and its documentation — and the waived rules apart, with
// their reasons and expiry. planOrder() is the one order every surface uses.
import { SowDocument } from '../document';
import { ReviewResult } from '../review';
import { ruleById, ruleDocUrl } from '../rules/index';
import { Pillar, PILLAR_NAMES } from '../rules/types';
import { Finding, Severity } from '../types';
import { isActive, parseWaivers } from '../waivers';

/** Findings that are not about a PWAF rule (YAML, schema, waivers) come under this heading. */
export const DOCUMENT_GROUP = 'Document structure';

export interface PlanItem {
  finding: Finding;
  severity: Severity;
  /** The pillar's name, or DOCUMENT_GROUP. */
  pillar: string;
  area: string;
  /** What to do: the rule's remedy, or the finding's message for engine findings. */
  action: string;
  /** 1-based. */
  line: number;
  docUrl: string;
}

export interface PlanGroup {
  severity: 'error' | 'warning' | 'suggestion';
  pillars: Array<{ pillar: string; areas: Array<{ area: string; items: PlanItem[] }> }>;
}

export interface WaivedItem {
  ruleId: string;
  title: string;
  /** 1-based line of the finding the waiver silences. */
  line: number;
  reason: string;
  expires?: string;
}

export interface ImprovementPlan {
  /** Every open finding in plan order. */
  items: PlanItem[];
  groups: PlanGroup[];
  waived: WaivedItem[];
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };
const PILLAR_RANK = new Map<string, number>(Object.values(PILLAR_NAMES).map((name, i) => [name, i]));

export function planItem(finding: Finding): PlanItem {
  const rule = ruleById(finding.code);
  return {
    finding,
    severity: finding.severity,
    pillar: rule ? PILLAR_NAMES[rule.pillar as Pillar] : DOCUMENT_GROUP,
    area: rule ? rule.area : finding.code.split('/')[0],
    action: rule ? rule.remedy : finding.message,
    line: finding.range.start.line + 1,
    docUrl: ruleDocUrl(finding.code),
  };
}

/** The plan's order: severity, then pillar (in the PWAF's order, document structure last), area, line, rule. */
export function planOrder(a: PlanItem, b: PlanItem): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (PILLAR_RANK.get(a.pillar) ?? PILLAR_RANK.size) - (PILLAR_RANK.get(b.pillar) ?? PILLAR_RANK.size) ||
    (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) ||
    a.line - b.line ||
    (a.finding.code < b.finding.code ? -1 : a.finding.code > b.finding.code ? 1 : 0)
  );
}

export function buildPlan(doc: SowDocument, review: ReviewResult, today: string): ImprovementPlan {
  const items = review.findings.map(planItem).sort(planOrder);
  const groups: PlanGroup[] = [];
  for (const item of items) {
    const severity = item.severity === 'error' || item.severity === 'warning' ? item.severity : 'suggestion';
    let group = groups[groups.length - 1];
    if (group?.severity !== severity) groups.push((group = { severity, pillars: [] }));
    let pillar = group.pillars[group.pillars.length - 1];
    if (pillar?.pillar !== item.pillar) group.pillars.push((pillar = { pillar: item.pillar, areas: [] }));
    let area = pillar.areas[pillar.areas.length - 1];
    if (area?.area !== item.area) pillar.areas.push((area = { area: item.area, items: [] }));
    area.items.push(item);
  }
  return { items, groups, waived: waivedRules(doc, review, today) };
}

/** Waivers in force that silence a finding (an unused waiver has its own finding instead). */
function waivedRules(doc: SowDocument, review: ReviewResult, today: string): WaivedItem[] {
  const unusedAt = new Set(review.findings.filter((f) => f.code === 'sow/waiver-unused').map((f) => f.range.start.line));
  return parseWaivers(doc)
    .filter((w) => isActive(w, today) && ruleById(w.ruleId) && !unusedAt.has(w.range.start.line))
    .map((w) => ({ ruleId: w.ruleId, title: ruleById(w.ruleId)!.title, line: w.targetLine + 1, reason: w.reason, ...(w.expires ? { expires: w.expires } : {}) }));
}
