// The GitHub Action's entry point (action.yml → dist/action.js): the CLI's review of the
// workspace with GitHub's inputs and outputs — annotations on the log, a SARIF file for code
// scanning, a job summary with the review and, on a pull request, the changes against its base.
import * as fs from 'fs';
import * as path from 'path';
import { compareVersions } from '../engine/diff/compare';
import { changeReportMarkdown } from '../engine/diff/report';
import { Io } from './args';
import { LINT_FORMATS, LintFormat, LintReport } from './formats';
import { countBySeverity } from './formats/lintReport';
import { formatMarkdown } from './formats/markdown';
import { toSarif } from './formats/sarif';
import { printable } from './formats/escape';
import { fileAtRevision } from './git';
import { gate, reviewFiles } from './lint';
import { loadSow } from './load';
import { writeOutputFile } from './output';

/** An input as the runner passes it: INPUT_<NAME> (upper case, spaces as underscores). */
function input(name: string, fallback = ''): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim() || fallback;
}

const FAIL_LEVELS = ['error', 'warning', 'none'] as const;

export async function runAction(io: Io = { out: process.stdout, err: process.stderr }): Promise<number> {
  if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE);
  const files = input('files', '.').split(/\s+/).filter(Boolean);
  const config = input('config') || undefined;
  const format = input('format', 'github') as LintFormat;
  const failLevel = input('fail-level', 'error') as (typeof FAIL_LEVELS)[number];
  if (!(format in LINT_FORMATS) || !FAIL_LEVELS.includes(failLevel)) {
    io.err.write(`::error::sow: format must be one of ${Object.keys(LINT_FORMATS).join(', ')}; fail-level one of ${FAIL_LEVELS.join(', ')}\n`);
    return 2;
  }
  const run = reviewFiles(files, config, io.err);
  if (!run) return 2;
  io.out.write(LINT_FORMATS[format](run.reports));

  const outputs: Record<string, string | number> = {};
  const sarifFile = input('sarif-file', 'sow-results.sarif');
  if (sarifFile !== 'none') {
    const failure = writeOutputFile(sarifFile, `${JSON.stringify(toSarif(run.reports), null, 2)}\n`, { force: true, inputs: [] });
    if (failure) io.err.write(`::warning::${printable(`sow: ${failure.message}`)}\n`);
    else outputs['sarif-file'] = sarifFile;
  }
  const material = await summarise(run.reports, config, io);
  const counts = countBySeverity(run.reports);
  Object.assign(outputs, { errors: counts.error, warnings: counts.warning, 'material-changes': material });
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, Object.entries(outputs).map(([k, v]) => `${k}=${v}\n`).join(''));

  if (run.ioError) return 2;
  if (input('fail-on-material') === 'true' && material > 0) {
    io.err.write(`::error::sow: ${material} material change(s) against the pull request's base: revalidation is needed before deploying them\n`);
    return 1;
  }
  if (failLevel === 'none') return 0;
  return gate(run.reports, { allowUnreviewed: input('allow-unreviewed') === 'true', ...(failLevel === 'warning' ? { maxWarnings: 0 } : {}) }, io.err);
}

/**
 * The job summary: the review, then (on a pull request) each document's changes against the
 * base branch. Returns the number of material changes.
 */
async function summarise(reports: LintReport[], config: string | undefined, io: Io): Promise<number> {
  const base = process.env.GITHUB_BASE_REF;
  const parts = [formatMarkdown(reports)];
  let material = 0;
  if (base) {
    const ref = `origin/${base}`;
    for (const r of reports) {
      const file = path.resolve(r.file);
      const before = await fileAtRevision(file, ref);
      if (before instanceof Error) {
        parts.push(`## ${r.file}\n\nNot on ${ref} (a new document, or the base was not fetched: use \`fetch-depth: 0\`).\n`);
        continue;
      }
      const [old, now] = [loadSow(file, config, before, false), loadSow(file, config)];
      if (old instanceof Error || now instanceof Error) continue;
      const report = compareVersions(old, now);
      material += report.material.length;
      parts.push(changeReportMarkdown(report, { before: `${r.file}@${ref}`, after: r.file }));
    }
  }
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    try {
      fs.appendFileSync(summary, `${parts.join('\n')}\n`);
    } catch (e) {
      io.err.write(`::warning::sow: cannot write the job summary (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    }
  }
  return material;
}

if (require.main === module) {
  runAction().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`::error::sow: ${printable(String((err as Error)?.stack ?? err))}\n`);
      process.exitCode = 2;
    },
  );
}
