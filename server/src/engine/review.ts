// The review: YAML syntax, schema and every PWAF rule over one parsed document, with waivers,
// configuration and the readiness score. The server and the CLI both call this and nothing else,
// so they report the same findings for the same file and config.
import { SowDocument } from './document';
import { defaultConfig, SowConfig } from './config';
import { RuleContext } from './rules/context';
import { RULES } from './rules/index';
import { Pillar, PILLAR_NAMES, Rule, RuleHit } from './rules/types';
import { validateSchema } from './schema/validate';
import { Finding } from './types';
import { isActive, parseWaivers, Waiver, waiverFindings } from './waivers';

export type RuleOutcome = 'passed' | 'failed' | 'waived' | 'not-assessed';

export interface PillarReadiness {
  pillar: Pillar;
  name: string;
  passed: number;
  failed: number;
  waived: number;
  notAssessed: number;
  /** (passed + waived) ÷ assessed, 0–100: a waiver is an accepted, reasoned exception. Undefined when nothing was assessed. */
  score?: number;
}

export interface Readiness {
  pillars: PillarReadiness[];
  outcomes: Record<string, RuleOutcome>;
}

export interface ReviewResult {
  findings: Finding[];
  readiness: Readiness;
}

export interface ReviewOptions {
  config?: SowConfig;
  /** YYYY-MM-DD; defaults to the current date. */
  today?: string;
  /**
   * The last approved version of this document, for the rules that compare with it (PWAF-DOC-008).
   * The surfaces find it (`.sowrc.yaml` baseline, `sow lint --baseline`, SOW: Compare with…).
   */
  baseline?: SowDocument;
  /** The rules to run; defaults to the whole catalog (tests inject extra rules here). */
  rules?: readonly Rule[];
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function reviewDocument(doc: SowDocument, options: ReviewOptions = {}): ReviewResult {
  const config = options.config ?? defaultConfig();
  const today = options.today ?? todayIso();
  const findings: Finding[] = [...doc.syntaxFindings];
  const outcomes: Record<string, RuleOutcome> = {};

  // Too large to parse: the document carries a notice of what was skipped, and nothing else runs.
  if (doc.oversized) return { findings, readiness: readinessOf(outcomes) };

  findings.push(...validateSchema(doc));
  const waivers = parseWaivers(doc);
  const ctx = new RuleContext(doc, today, options.baseline && !options.baseline.oversized ? new RuleContext(options.baseline, today) : undefined);
  const rules = options.rules ?? RULES;
  const ruleFindings = new Map<string, Finding[]>();
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    if (setting === 'off') continue;
    const { hits, failure } = runRule(rule, ctx);
    if (failure) {
      findings.push(failure);
      outcomes[rule.id] = 'not-assessed';
      continue;
    }
    let waivedCount = 0;
    const kept: Finding[] = [];
    for (const hit of hits) {
      const finding = toFinding(doc, rule, hit, setting);
      const waiver = waiverFor(waivers, rule.id, finding, today);
      if (waiver) {
        waiver.used = true;
        waivedCount++;
      } else {
        kept.push(finding);
      }
    }
    ruleFindings.set(rule.id, kept);
    outcomes[rule.id] = hits.length > waivedCount ? 'failed' : hits.length > 0 ? 'waived' : isAssessed(rule, ctx) ? 'passed' : 'not-assessed';
  }
  foldSubsumed(rules, ruleFindings, config);
  for (const list of ruleFindings.values()) findings.push(...list);
  const known = new Map(rules.map((r) => [r.id, r]));
  findings.push(...waiverFindings(waivers, (id) => known.has(id), today));
  return { findings: sortFindings(findings), readiness: readinessOf(outcomes, known) };
}

/** A rule can pass only when the inputs it needs are filled; an empty answer is never a pass. */
function isAssessed(rule: Rule, ctx: RuleContext): boolean {
  if (rule.needsBaseline && !ctx.baseline) return false;
  if (rule.inputs.length === 0) return true;
  const filled = (p: string) => !ctx.isEmpty(p);
  return rule.assessedWhen === 'any' ? rule.inputs.some(filled) : rule.inputs.every(filled);
}

/**
 * One problem, one finding: where a rule fires together with rules it subsumes, their findings
 * move into its first finding as related information. A rule folds only after the rules it
 * subsumes have folded theirs, so chains (A subsumes B, B subsumes C) end in A.
 */
function foldSubsumed(rules: readonly Rule[], byRule: Map<string, Finding[]>, config: SowConfig): void {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const depth = new Map<string, number>();
  const depthOf = (id: string, seen: Set<string> = new Set()): number => {
    if (depth.has(id)) return depth.get(id)!;
    if (seen.has(id)) return 0; // a cycle in the catalog; the rules test rejects it
    seen.add(id);
    const d = 1 + Math.max(0, ...(byId.get(id)?.subsumes ?? []).map((s) => depthOf(s, seen)));
    depth.set(id, d);
    return d;
  };
  const ordered = rules.filter((r) => r.subsumes).sort((a, b) => depthOf(a.id) - depthOf(b.id));
  for (const rule of ordered) {
    const own = byRule.get(rule.id);
    if (!own || own.length === 0) continue;
    for (const id of rule.subsumes ?? []) {
      const theirs = byRule.get(id);
      if (!theirs || theirs.length === 0) continue;
      // A severity the configuration sets for the subsuming rule stands: configuration wins.
      fold(own[0], theirs, config.rules[rule.id] === undefined);
      byRule.set(id, []);
    }
  }
}

/**
 * Moves `theirs` into `target` as related information. Unless the configuration set the target's
 * severity (`escalate` false), the target takes the gravest severity of what it stands for.
 */
function fold(target: Finding, theirs: Finding[], escalate: boolean): void {
  target.related = [
    ...(target.related ?? []),
    ...theirs.flatMap((f) => [{ code: f.code, message: f.message, range: f.range }, ...(f.related ?? [])]),
  ].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (!escalate) return;
  target.severity = theirs.reduce((s, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[s] ? f.severity : s), target.severity);
}

/** A rule that throws becomes one finding naming it; the other rules still run. */
function runRule(rule: Rule, ctx: RuleContext): { hits: RuleHit[]; failure?: Finding } {
  try {
    return { hits: rule.check(ctx) };
  } catch (err) {
    return {
      hits: [],
      failure: {
        code: 'sow/rule-failed',
        severity: 'warning',
        message: `Rule ${rule.id} (${rule.title}) could not check this document: ${(err as Error)?.message ?? String(err)}. Please report this.`,
        range: ctx.doc.rangeOf([]),
      },
    };
  }
}

function toFinding(doc: SowDocument, rule: Rule, hit: RuleHit, setting: string | undefined): Finding {
  return {
    code: rule.id,
    severity: (setting as Finding['severity'] | undefined) ?? hit.severity ?? rule.severity,
    message: hit.message,
    range: hit.range ?? doc.rangeOf(hit.path ?? [], hit.part),
    ...(rule.tags ? { tags: rule.tags } : {}),
    data: { path: hit.path, fixes: hit.fixes },
  };
}

function waiverFor(waivers: Waiver[], ruleId: string, finding: Finding, today: string): Waiver | undefined {
  return waivers.find((w) => w.ruleId === ruleId && w.targetLine === finding.range.start.line && isActive(w, today));
}

const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2, hint: 3 };

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.code.localeCompare(b.code),
  );
}

export function readinessOf(outcomes: Record<string, RuleOutcome>, rules: ReadonlyMap<string, Rule> = RULES_BY_ID): Readiness {
  const pillars = (Object.keys(PILLAR_NAMES) as Pillar[]).map((pillar) => {
    const p: PillarReadiness = { pillar, name: PILLAR_NAMES[pillar], passed: 0, failed: 0, waived: 0, notAssessed: 0 };
    for (const [id, outcome] of Object.entries(outcomes)) {
      if (rules.get(id)?.pillar !== pillar) continue;
      if (outcome === 'passed') p.passed++;
      else if (outcome === 'failed') p.failed++;
      else if (outcome === 'waived') p.waived++;
      else p.notAssessed++;
    }
    const assessed = p.passed + p.failed + p.waived;
    if (assessed > 0) p.score = Math.round(((p.passed + p.waived) / assessed) * 100);
    return p;
  });
  return { pillars, outcomes };
}
