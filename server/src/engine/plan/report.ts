// The improvement plan as text, Markdown (a pull-request comment, the preview) and CSV (a
// spreadsheet or a tracker import).
import { markdownInline } from '../render/escape';
import { printable } from '../text/printable';
import { ImprovementPlan, PlanGroup } from './plan';

const HEADINGS: Record<PlanGroup['severity'], string> = { error: 'Errors — fix before approval', warning: 'Warnings — fix or explain', suggestion: 'Suggestions' };

export function planText(plan: ImprovementPlan, file: string): string {
  const out = [`Improvement plan for ${printable(file)}: ${plan.items.length} open finding${plan.items.length === 1 ? '' : 's'}, ${plan.waived.length} waived`];
  let n = 0;
  for (const group of plan.groups) {
    out.push('', `${HEADINGS[group.severity]}`);
    for (const p of group.pillars) {
      out.push(`  ${printable(p.pillar)}`);
      for (const a of p.areas) {
        out.push(`    ${printable(a.area)}`);
        for (const i of a.items) {
          out.push(`      ${++n}. ${printable(i.action)}`, `         ${printable(i.finding.code)} line ${i.line}: ${printable(i.finding.message)}`, `         ${i.docUrl}`);
        }
      }
    }
  }
  if (plan.waived.length) {
    out.push('', 'Waived');
    for (const w of plan.waived) out.push(`  ${printable(w.ruleId)} line ${w.line}: ${printable(w.reason)}${w.expires ? ` (expires ${w.expires})` : ' (no expiry)'}`);
  }
  return `${out.join('\n')}\n`;
}

export function planMarkdown(plan: ImprovementPlan, file: string): string {
  const md = markdownInline;
  const out = [`## Improvement plan: ${md(file)}`, '', `${plan.items.length} open finding${plan.items.length === 1 ? '' : 's'}, ${plan.waived.length} waived.`];
  let n = 0;
  for (const group of plan.groups) {
    out.push('', `### ${HEADINGS[group.severity]}`);
    for (const p of group.pillars) {
      out.push('', `#### ${md(p.pillar)}`, '', '| # | Area | Action | Rule | Line |', '| ---: | --- | --- | --- | ---: |');
      for (const a of p.areas) {
        for (const i of a.items) out.push(`| ${++n} | ${md(a.area)} | ${md(i.action)}<br>${md(i.finding.message)} | [${md(i.finding.code)}](${i.docUrl}) | ${i.line} |`);
      }
    }
  }
  if (plan.waived.length) {
    out.push('', '### Waived', '', '| Rule | Line | Reason | Expires |', '| --- | ---: | --- | --- |');
    for (const w of plan.waived) out.push(`| ${md(w.ruleId)} ${md(w.title)} | ${w.line} | ${md(w.reason)} | ${w.expires ?? 'no expiry'} |`);
  }
  return `${out.join('\n')}\n`;
}

/** RFC 4180 fields; a leading =, +, -, @ is neutralised so a spreadsheet does not run it as a formula. */
function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function planCsv(plan: ImprovementPlan, file: string): string {
  const rows: Array<Array<string | number>> = [['priority', 'status', 'severity', 'pillar', 'area', 'rule', 'file', 'line', 'action', 'finding', 'doc_url', 'waiver_reason', 'waiver_expires']];
  plan.items.forEach((i, n) => rows.push([n + 1, 'open', i.severity, i.pillar, i.area, i.finding.code, file, i.line, i.action, i.finding.message, i.docUrl, '', '']));
  for (const w of plan.waived) rows.push(['', 'waived', '', '', '', w.ruleId, file, w.line, w.title, '', '', w.reason, w.expires ?? '']);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
