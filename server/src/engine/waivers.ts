// In-document waivers: `# sow-waive RULE-ID: reason (expires YYYY-MM-DD)` on the line before a
// finding or at the end of its line silences that rule there.
import { SowDocument } from './document';
import { Finding, Range } from './types';

const WAIVER = /(?:^|\s)#\s*sow-waive\b[ \t]*([A-Za-z0-9-]*)[ \t]*(?::[ \t]*(.*?))?[ \t]*$/;
const EXPIRY = /\(\s*expires\s+(\d{4}-\d{2}-\d{2})\s*\)\s*$/i;

export interface Waiver {
  ruleId: string;
  reason: string;
  expires?: string;
  /** The line whose findings it silences. */
  targetLine: number;
  /** Where the waiver comment itself is, for its own findings. */
  range: Range;
  used: boolean;
}

export function parseWaivers(doc: SowDocument): Waiver[] {
  const waivers: Waiver[] = [];
  // Cheap pre-check: most documents have no waiver at all.
  if (!doc.text.includes('sow-waive')) return waivers;
  for (let line = 0; line < doc.lineCount; line++) {
    const text = doc.lineText(line);
    const match = WAIVER.exec(text);
    if (!match) continue;
    const hashAt = text.indexOf('#', match.index);
    let reason = (match[2] ?? '').trim();
    let expires: string | undefined;
    const expiry = EXPIRY.exec(reason);
    if (expiry) {
      expires = expiry[1];
      reason = reason.slice(0, expiry.index).trim();
    }
    const ownLine = text.slice(0, hashAt).trim() !== '';
    waivers.push({
      ruleId: match[1],
      reason,
      expires,
      targetLine: ownLine ? line : nextContentLine(doc, line),
      range: { start: { line, character: hashAt }, end: { line, character: text.length } },
      used: false,
    });
  }
  return waivers;
}

function nextContentLine(doc: SowDocument, line: number): number {
  for (let l = line + 1; l < doc.lineCount; l++) {
    const t = doc.lineText(l).trim();
    if (t !== '' && !t.startsWith('#')) return l;
  }
  return line + 1;
}

/** Problems of the waivers themselves: no reason, unknown rule, expired, or silencing nothing. */
export function waiverFindings(waivers: Waiver[], isKnownRule: (id: string) => boolean, today: string): Finding[] {
  const findings: Finding[] = [];
  for (const w of waivers) {
    if (!w.ruleId || !isKnownRule(w.ruleId)) {
      findings.push({
        code: 'sow/waiver-unknown-rule',
        severity: 'warning',
        message: w.ruleId ? `Waiver names "${w.ruleId}", which is not a rule id.` : 'Waiver names no rule: write "# sow-waive PWAF-XXX-000: reason".',
        range: w.range,
      });
      continue;
    }
    if (!w.reason) {
      findings.push({ code: 'sow/waiver-missing-reason', severity: 'warning', message: `Waiver for ${w.ruleId} gives no reason; a reviewer needs one.`, range: w.range });
    }
    if (w.expires && w.expires < today) {
      findings.push({ code: 'sow/waiver-expired', severity: 'warning', message: `Waiver for ${w.ruleId} expired on ${w.expires} and no longer applies.`, range: w.range });
    } else if (!w.used) {
      findings.push({
        code: 'sow/waiver-unused',
        severity: 'hint',
        message: `Waiver for ${w.ruleId} silences nothing here; remove it.`,
        range: w.range,
        tags: ['unnecessary'],
      });
    }
  }
  return findings;
}

/** A waiver that is valid today (known rule, a reason, not expired). */
export function isActive(w: Waiver, today: string): boolean {
  return w.reason !== '' && !(w.expires && w.expires < today);
}
