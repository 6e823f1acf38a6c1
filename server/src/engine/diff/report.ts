// The change report as text (terminals, CI logs) and Markdown (a pull-request comment, a job
// summary, the preview). JSON is the ChangeReport itself.
import { markdownInline } from '../render/escape';
import { ruleDocUrl } from '../rules/index';
import { printable } from '../text/printable';
import { Finding } from '../types';
import { ChangeReport, ReportedChange } from './compare';
import { REVALIDATION_SOURCE } from './material';

const MAX_VALUE = 80;

/** A value on one line, cut to a readable length. */
export function showValue(v: unknown): string {
  const text = v === undefined || v === null ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  const line = printable(text.replace(/\s+/g, ' ').trim());
  return line.length > MAX_VALUE ? `${line.slice(0, MAX_VALUE - 1)}…` : line;
}

function changeText(c: ReportedChange): string {
  if (c.kind === 'added') return `+ ${printable(c.field)}: ${showValue(c.after)}`;
  if (c.kind === 'removed') return `- ${printable(c.field)}: ${showValue(c.before)}`;
  return `~ ${printable(c.field)}: ${showValue(c.before)} → ${showValue(c.after)}`;
}

const score = (s: number | undefined) => (s === undefined ? 'n/a' : `${s}%`);
const findingLine = (f: Finding) => `line ${f.range.start.line + 1} ${f.severity} ${printable(f.code)}: ${printable(f.message)}`;

/** Material changes made while header.document_version stayed the same. */
export function versionNotBumped(report: ChangeReport): boolean {
  return report.material.length > 0 && report.version.before === report.version.after;
}

export function changeReportText(report: ChangeReport, names: { before: string; after: string }): string {
  const out = [`Changes from ${printable(names.before)} to ${printable(names.after)}`, ''];
  const { material } = report;
  out.push(material.length ? `MATERIAL CHANGES: ${material.length} — revalidation needed before deploying them (${REVALIDATION_SOURCE})` : 'No material change.');
  if (versionNotBumped(report)) out.push(`  document_version is still ${printable(report.version.after ?? '(none)')}: give the new version a number and a version_history entry.`);
  out.push('');
  if (!report.sections.length) out.push('No value changed.', '');
  for (const s of report.sections) {
    out.push(printable(/^\d/.test(s.section) ? `§${s.section}` : s.section));
    for (const c of s.changes) out.push(`  ${changeText(c)}${c.material ? `   [material: ${c.material.reason}]` : ''}`);
    out.push('');
  }
  const { introduced, resolved, open } = report.findings;
  out.push(`Findings: ${introduced.length} introduced, ${resolved.length} resolved, ${open.length} still open`);
  for (const f of introduced) out.push(`  + ${findingLine(f)}`);
  for (const f of resolved) out.push(`  - ${findingLine(f)}`);
  out.push('', 'Readiness (before → after)');
  for (const p of report.readiness) out.push(`  ${p.name}: ${score(p.before)} → ${score(p.after)}`);
  return `${out.join('\n')}\n`;
}

function changeCell(c: ReportedChange): string {
  const v = (x: unknown) => `\`${showValue(x).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
  if (c.kind === 'added') return `added ${v(c.after)}`;
  if (c.kind === 'removed') return `removed ${v(c.before)}`;
  return `${v(c.before)} → ${v(c.after)}`;
}

export function changeReportMarkdown(report: ChangeReport, names: { before: string; after: string }): string {
  const md = markdownInline;
  const out = [`## SOW changes: ${md(names.before)} → ${md(names.after)}`, ''];
  if (report.material.length) {
    out.push(`> [!WARNING]`, `> **${report.material.length} material change${report.material.length === 1 ? '' : 's'}**: partners must obtain revalidation before deploying material changes ([Partner Well Architected Reviews](${REVALIDATION_SOURCE})).`);
    if (versionNotBumped(report)) out.push(`> \`document_version\` is unchanged (${md(report.version.after ?? 'none')}): give the new version a number and a \`version_history\` entry.`);
    out.push('');
  } else out.push('No material change.', '');
  for (const s of report.sections) {
    out.push(`### ${md(s.section)}`, '', '| Field | Change | Material |', '| --- | --- | --- |');
    for (const c of s.changes) out.push(`| ${md(c.field)} | ${changeCell(c)} | ${c.material ? `⚠️ ${md(c.material.reason)}` : ''} |`);
    out.push('');
  }
  const { introduced, resolved, open } = report.findings;
  out.push(`### Findings`, '', `${introduced.length} introduced, ${resolved.length} resolved, ${open.length} still open.`, '');
  const item = (sign: string, f: Finding) => `- ${sign} line ${f.range.start.line + 1} **${f.severity}** [${md(f.code)}](${ruleDocUrl(f.code)}): ${md(f.message)}`;
  out.push(...introduced.map((f) => item('introduced', f)), ...resolved.map((f) => item('resolved', f)));
  out.push('', '### Readiness', '', '| Pillar | Before | After |', '| --- | ---: | ---: |');
  for (const p of report.readiness) out.push(`| ${md(p.name)} | ${score(p.before)} | ${score(p.after)} |`);
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
