// What `sow lint` found in one file, as every output format receives it.
import { Finding, Severity } from '../../engine';

export interface LintReport {
  /** The path as printed: relative to the current folder when inside it. */
  file: string;
  findings: Finding[];
  /** Why the file was not reviewed (too large), if it was not. */
  unreviewed?: string;
}

export function countBySeverity(reports: LintReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const r of reports) for (const f of r.findings) counts[f.severity]++;
  return counts;
}

/** 1-based line and column of a finding's start and end, as editors and CI systems print them. */
export function oneBased(f: Finding): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: f.range.start.line + 1, column: f.range.start.character + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.character + 1 };
}

export function summaryLine(reports: LintReport[]): string {
  const c = countBySeverity(reports);
  const unreviewed = reports.filter((r) => r.unreviewed).length;
  return `${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${c.error} errors, ${c.warning} warnings, ${c.info} infos${unreviewed ? `, ${unreviewed} not reviewed` : ''}.`;
}
