// `--format markdown`: a report to paste into a pull request or a job summary.
import { ruleDocUrl } from '../../engine';
import { markdownInline } from '../../engine/render/escape';
import { printable } from './escape';
import { LintReport, oneBased, summaryLine } from './lintReport';

const ICON = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info', hint: '💡 hint' } as const;

export function formatMarkdown(reports: LintReport[]): string {
  const out = ['## SOW review', '', summaryLine(reports), ''];
  for (const r of reports) {
    out.push(`### ${markdownInline(printable(r.file))}`, '');
    if (r.unreviewed) out.push(`> **Not reviewed:** ${markdownInline(printable(r.unreviewed))}`, '');
    if (r.findings.length === 0) {
      out.push(r.unreviewed ? '' : 'No findings.', '');
      continue;
    }
    out.push('| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |');
    for (const f of r.findings) {
      out.push(`| ${oneBased(f).line} | ${ICON[f.severity]} | [${markdownInline(printable(f.code))}](${ruleDocUrl(f.code)}) | ${markdownInline(printable(f.message))} |`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}
