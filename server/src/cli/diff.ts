// `sow diff OLD NEW` / `sow diff --base <git-ref> FILE`: what changed between two versions of a
// SOW, which changes are material (revalidation needed), findings and readiness before → after.
import * as path from 'path';
import { compareVersions, ChangeReport } from '../engine/diff/compare';
import { changeReportMarkdown, changeReportText } from '../engine/diff/report';
import { Finding } from '../engine';
import { Command, Io, oneOf, parseCommandArgs, stringOption, UsageError } from './args';
import { printable } from './formats/escape';
import { fileAtRevision } from './git';
import { baselineWarning, displayPath, LoadedSow, loadSow } from './load';

const FORMATS = ['text', 'json', 'markdown'] as const;
const GATES = ['material', 'errors'] as const;

export const diffCommand: Command = {
  synopsis: 'diff <old> <new> | diff --base <ref> <file>',
  summary: 'Compare two versions of a SOW: changes by section, material changes, findings, readiness',
  options: {
    base: { type: 'string', short: 'b', value: 'git-ref', help: 'Compare <file> with its content at this git revision' },
    format: { type: 'string', short: 'f', value: 'format', help: `Output format: ${FORMATS.join(', ')} (default: text)` },
    'fail-on': { type: 'string', value: 'gate', help: 'Exit 1 on material changes (material), on errors the change introduced (errors), or both (material,errors)' },
    config: { type: 'string', short: 'c', value: 'file', help: 'Rule configuration (default: nearest .sowrc.yaml)' },
  },
  notes: ['Material changes are listed in docs/material-changes.md.'],
  run: runDiff,
};

export async function runDiff(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(diffCommand, argv);
  const format = oneOf(parsed, 'format', FORMATS, 'text');
  const gates = (stringOption(parsed, 'fail-on') ?? '').split(',').filter(Boolean);
  for (const g of gates) if (!GATES.includes(g as (typeof GATES)[number])) throw new UsageError(`--fail-on must be ${GATES.join(', ')} or both, comma-separated`);
  const base = stringOption(parsed, 'base');
  const config = stringOption(parsed, 'config');
  const files = parsed.positionals.map((p) => path.resolve(p));
  if (base !== undefined ? files.length !== 1 : files.length !== 2) throw new UsageError(base !== undefined ? 'diff --base needs exactly one file' : 'diff needs two files (old and new), or --base <ref> and one file');

  let before: LoadedSow | Error;
  let names: { before: string; after: string };
  if (base !== undefined) {
    const text = await fileAtRevision(files[0], base);
    before = text instanceof Error ? text : loadSow(files[0], config, text, false);
    names = { before: `${displayPath(files[0])}@${base}`, after: displayPath(files[0]) };
  } else {
    before = loadSow(files[0], config, undefined, false);
    names = { before: displayPath(files[0]), after: displayPath(files[1]) };
  }
  const after = loadSow(files[files.length - 1], config);
  for (const loaded of [before, after]) {
    if (loaded instanceof Error) {
      io.err.write(`sow: ${printable(loaded.message)}\n`);
      return 2;
    }
  }
  if ((after as LoadedSow).baselineProblem) io.err.write(baselineWarning((after as LoadedSow).baselineProblem!));
  const report = compareVersions(before as LoadedSow, after as LoadedSow);
  io.out.write(format === 'json' ? toJson(report, names) : format === 'markdown' ? changeReportMarkdown(report, names) : changeReportText(report, names));
  const failed =
    (gates.includes('material') && report.material.length > 0) || (gates.includes('errors') && report.findings.introduced.some((f) => f.severity === 'error'));
  return failed ? 1 : 0;
}

/** The report with 1-based lines for findings, as the lint JSON has them. */
function toJson(report: ChangeReport, names: { before: string; after: string }): string {
  const finding = (f: Finding) => ({ code: f.code, severity: f.severity, message: f.message, line: f.range.start.line + 1, column: f.range.start.character + 1 });
  return `${JSON.stringify(
    {
      ...names,
      ...report,
      findings: { introduced: report.findings.introduced.map(finding), resolved: report.findings.resolved.map(finding), open: report.findings.open.map(finding) },
    },
    null,
    2,
  )}\n`;
}
