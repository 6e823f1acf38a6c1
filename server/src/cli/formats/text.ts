// The line formats: `text` (file:line:col severity code message) and `github` (workflow
// commands, shown as annotations on the pull request).
import { Finding } from '../../engine';
import { printable, workflowData, workflowProperty } from './escape';
import { LintReport, oneBased, summaryLine } from './lintReport';

export function formatText(reports: LintReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const { line, column } = oneBased(f);
      lines.push(`${printable(r.file)}:${line}:${column} ${f.severity} ${printable(f.code)} ${printable(f.message)}`);
      // The same problem as other rules state it, folded into this finding.
      for (const rel of f.related ?? []) lines.push(`  also ${printable(rel.code)} at ${rel.range.start.line + 1}:${rel.range.start.character + 1}: ${printable(rel.message)}`);
    }
  }
  lines.push(summaryLine(reports));
  return `${lines.join('\n')}\n`;
}

const COMMAND: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

export function formatGithub(reports: LintReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      const { line, column, endLine, endColumn } = oneBased(f);
      const props = [`file=${workflowProperty(r.file)}`, `line=${line}`, `col=${column}`, `endLine=${endLine}`];
      if (endLine === line) props.push(`endColumn=${endColumn}`);
      props.push(`title=${workflowProperty(f.code)}`);
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${workflowData(f.message)}`);
    }
  }
  lines.push(summaryLine(reports));
  return `${lines.join('\n')}\n`;
}
