// `sow lint`: review files, print findings in a CI format, optionally apply the preferred fixes.
import * as fs from 'fs';
import * as path from 'path';
import { ruleById, SowConfig } from '../engine';
import { GIT_BASELINE_PREFIX } from '../engine/config';
import { ConfigLookup, ConfigProblem, loadConfigFile, LoadedConfig } from '../sowrc';
import { Command, Io, oneOf, parseCommandArgs, stringOption, UsageError } from './args';
import { expandInputs } from './files';
import { fixDocument, fixReport, unifiedDiff } from './fix';
import { LINT_FORMATS, LintFormat, LintReport } from './formats';
import { printable } from './formats/escape';
import { baselineWarning, displayPath, LoadedSow, loadSow, notReviewedReason } from './load';

export const lintCommand: Command = {
  synopsis: 'lint <files|dirs|globs...>',
  summary: 'Review SOW documents against the schema and the PWAF rules',
  options: {
    format: { type: 'string', short: 'f', value: 'format', help: `Output format: ${Object.keys(LINT_FORMATS).join(', ')} (default: text)` },
    config: { type: 'string', short: 'c', value: 'file', help: 'Rule configuration (default: nearest .sowrc.yaml)' },
    baseline: { type: 'string', value: 'file|git:ref', help: 'The approved version to compare with for PWAF-DOC-008 (default: the config\'s baseline)' },
    'max-warnings': { type: 'string', value: 'n', help: 'Exit 1 when there are more than n warnings' },
    'allow-unreviewed': { type: 'boolean', help: 'Pass documents too large to review (maxDocumentSize) instead of failing' },
    fix: { type: 'boolean', help: 'Apply each finding\'s preferred fix, write the file, report what changed (on stderr)' },
    'fix-dry-run': { type: 'boolean', help: 'Print the preferred fixes as a unified diff; change nothing' },
  },
  notes: [
    'A directory or a glob yields *.sow.yaml / *.sow.yml files only (files a .gitignore ignores are',
    'skipped); a file named explicitly is reviewed whatever its name. `!pattern` excludes files.',
    'Exit codes: 0 clean, 1 errors, too many warnings or a document not reviewed, 2 usage or I/O error.',
  ],
  run: runLint,
};

export async function runLint(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(lintCommand, argv);
  const format = oneOf(parsed, 'format', Object.keys(LINT_FORMATS) as LintFormat[], 'text');
  const maxOption = stringOption(parsed, 'max-warnings');
  const maxWarnings = maxOption === undefined ? undefined : Number(maxOption);
  if (maxWarnings !== undefined && !(/^\d+$/.test(maxOption!) && Number.isSafeInteger(maxWarnings))) throw new UsageError('--max-warnings needs a whole number ≥ 0');
  if (parsed.values.fix && parsed.values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run exclude each other');
  if (parsed.positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob');

  const patches: string[] = [];
  const fixing = parsed.values.fix || parsed.values['fix-dry-run'];
  const run = reviewFiles(parsed.positionals, stringOption(parsed, 'config'), io.err, baselineOption(stringOption(parsed, 'baseline')), (loaded) => {
    if (!fixing) return loaded;
    const file = displayPath(loaded.file);
    const fixed = fixDocument(loaded);
    if (parsed.values['fix-dry-run']) {
      patches.push(unifiedDiff(file, loaded.doc.text, fixed.text));
    } else if (fixed.text !== loaded.doc.text) {
      try {
        // A link committed to a repository could point CI's write anywhere.
        if (fs.lstatSync(loaded.file).isSymbolicLink()) return new Error(`${file}: is a symbolic link; --fix does not write through it`);
        fs.writeFileSync(loaded.file, fixed.text, 'utf8');
      } catch (e) {
        return new Error(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      io.err.write(fixReport(file, fixed));
    }
    return fixed.after;
  });
  if (!run) return 2;
  io.out.write(parsed.values['fix-dry-run'] ? patches.join('') : LINT_FORMATS[format](run.reports));
  if (run.ioError) return 2;
  return gate(run.reports, { allowUnreviewed: !!parsed.values['allow-unreviewed'], maxWarnings }, io.err);
}

export interface LintRun {
  reports: LintReport[];
  /** Some argument or file could not be read (reported on `err`). */
  ioError: boolean;
}

/**
 * Expands the arguments and reviews each file, `each` standing between the review and the report
 * (the fixes). Problems go to `err`; undefined when an explicit --config is unusable.
 */
export function reviewFiles(args: string[], configFile: string | undefined, err: Io['err'], baseline?: string, each: (loaded: LoadedSow) => LoadedSow | Error = (l) => l): LintRun | undefined {
  if (configFile) {
    const config = loadConfig(path.resolve(configFile));
    if (config instanceof Error) {
      err.write(`sow: ${printable(config.message)}\n`);
      return undefined;
    }
  }
  let ioError = false;
  const { files, problems } = expandInputs(args);
  for (const p of problems) {
    err.write(`sow: ${printable(`${p.arg}: ${p.message}`)}\n`);
    ioError = true;
  }
  const reports: LintReport[] = [];
  const baselineProblems = new Set<string>();
  for (const file of files) {
    const loaded = loadSow(file, configFile, undefined, baseline);
    // Said once per problem (a missing git ref would otherwise repeat for every file).
    if (!(loaded instanceof Error) && loaded.baselineProblem && !baselineProblems.has(loaded.baselineProblem)) {
      baselineProblems.add(loaded.baselineProblem);
      err.write(baselineWarning(loaded.baselineProblem));
    }
    const result = loaded instanceof Error ? loaded : each(loaded);
    if (result instanceof Error) {
      err.write(`sow: ${printable(result.message)}\n`);
      ioError = true;
      continue;
    }
    // Hints (renamed product names) are editor-only suggestions, as in LSP; a .sowrc.yaml that
    // raises a rule's severity brings it into CI.
    reports.push({ file: displayPath(file), findings: result.review.findings.filter((f) => f.severity !== 'hint'), unreviewed: notReviewedReason(result) });
  }
  return { reports, ioError };
}

/** `--baseline`: a file (relative to the current folder), `git:<ref>`, or a bare ref when no such file exists. */
function baselineOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.trim() || value.startsWith('-')) throw new UsageError('--baseline needs a file or git:<ref>');
  if (value.startsWith(GIT_BASELINE_PREFIX)) return value;
  return fs.existsSync(value) ? path.resolve(value) : `${GIT_BASELINE_PREFIX}${value}`;
}

/** The CI gate: 1 for an error, too many warnings, or a document not reviewed (unless allowed); else 0. */
export function gate(reports: LintReport[], options: { allowUnreviewed: boolean; maxWarnings?: number }, err: Io['err']): number {
  const unreviewed = reports.filter((r) => r.unreviewed);
  if (unreviewed.length && !options.allowUnreviewed) {
    for (const r of unreviewed) err.write(`sow: ${printable(`${r.file}: NOT REVIEWED (${r.unreviewed}); this is not a pass. Raise maxDocumentSize in .sowrc.yaml, or pass --allow-unreviewed to accept it.`)}\n`);
    return 1;
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (options.maxWarnings !== undefined && warnings > options.maxWarnings) ? 1 : 0;
}

function relative(file: string): string {
  return displayPath(file);
}

export function fileUri(file: string): string {
  return `file://${file.split(path.sep).map(encodeURIComponent).join('/')}`;
}

const isKnownRule = (id: string) => ruleById(id) !== undefined;
const configs = new ConfigLookup(isKnownRule);

/** A problem with a config file, named relative to the working directory. */
function withRelativeName(config: LoadedConfig): SowConfig | Error {
  return config instanceof ConfigProblem ? new Error(`${relative(config.file)}: ${config.reason}`) : config;
}

export function loadConfig(file: string): SowConfig | Error {
  return withRelativeName(loadConfigFile(file, isKnownRule));
}

/** The nearest `.sowrc.yaml` in the file's folder or above it; defaults when there is none. */
export function nearestConfig(dir: string): SowConfig | Error {
  return withRelativeName(configs.forDir(dir));
}
