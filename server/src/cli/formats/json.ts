// `--format json`: one object per file. Positions are 1-based (`line`, `column`, `endLine`,
// `endColumn`, as the text and SARIF formats print them); `lspRange` keeps the 0-based LSP range
// (UTF-16 columns) the language server publishes, for tools that talk LSP.
import { ruleDocUrl } from '../../engine';
import { LintReport, oneBased } from './lintReport';

export function formatJson(reports: LintReport[]): string {
  const files = reports.map((r) => ({
    file: r.file,
    reviewed: !r.unreviewed,
    ...(r.unreviewed ? { notReviewedReason: r.unreviewed } : {}),
    findings: r.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      ...oneBased(f),
      lspRange: f.range,
      docUrl: ruleDocUrl(f.code),
      ...(f.data?.path ? { path: f.data.path } : {}),
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
