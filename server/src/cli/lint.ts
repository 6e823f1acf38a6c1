// `sow lint`: review files, print findings in a CI format, optionally apply the preferred fixes.
import * as fs from 'fs';
import * as path from 'path';
import { CONFIG_FILE_NAMES, ConfigError, defaultConfig, parseConfig, ruleById, SowConfig } from '../engine';
import { Command, Io, oneOf, parseCommandArgs, stringOption, UsageError } from './args';
import { expandInputs } from './files';
import { fixDocument, fixReport, unifiedDiff } from './fix';
import { LINT_FORMATS, LintFormat, LintReport } from './formats';
import { printable } from './formats/escape';
import { displayPath, loadSow, notReviewedReason } from './load';

export const lintCommand: Command = {
  synopsis: 'lint <files|dirs|globs...>',
  summary: 'Review SOW documents against the schema and the PWAF rules',
  options: {
    format: { type: 'string', short: 'f', value: 'format', help: `Output format: ${Object.keys(LINT_FORMATS).join(', ')} (default: text)` },
    config: { type: 'string', short: 'c', value: 'file', help: 'Rule configuration (default: nearest .sowrc.yaml)' },
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

  const configFile = stringOption(parsed, 'config');
  if (configFile) {
    const config = loadConfig(path.resolve(configFile));
    if (config instanceof Error) {
      io.err.write(`sow: ${printable(config.message)}\n`);
      return 2;
    }
  }

  let ioError = false;
  const { files, problems } = expandInputs(parsed.positionals);
  for (const p of problems) {
    io.err.write(`sow: ${printable(`${p.arg}: ${p.message}`)}\n`);
    ioError = true;
  }

  const reports: LintReport[] = [];
  const patches: string[] = [];
  for (const file of files) {
    let loaded = loadSow(file, configFile);
    if (loaded instanceof Error) {
      io.err.write(`sow: ${printable(loaded.message)}\n`);
      ioError = true;
      continue;
    }
    if (parsed.values.fix || parsed.values['fix-dry-run']) {
      const fixed = fixDocument(loaded);
      if (parsed.values['fix-dry-run']) {
        patches.push(unifiedDiff(displayPath(file), loaded.doc.text, fixed.text));
      } else if (fixed.text !== loaded.doc.text) {
        try {
          fs.writeFileSync(file, fixed.text, 'utf8');
        } catch (e) {
          io.err.write(`sow: ${printable(`${displayPath(file)}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)}\n`);
          ioError = true;
        }
        io.err.write(fixReport(displayPath(file), fixed));
      }
      loaded = fixed.after;
    }
    reports.push({ file: displayPath(file), findings: loaded.review.findings, unreviewed: notReviewedReason(loaded) });
  }

  io.out.write(parsed.values['fix-dry-run'] ? patches.join('') : LINT_FORMATS[format](reports));
  if (ioError) return 2;
  const unreviewed = reports.filter((r) => r.unreviewed);
  if (unreviewed.length && !parsed.values['allow-unreviewed']) {
    for (const r of unreviewed) io.err.write(`sow: ${printable(`${r.file}: NOT REVIEWED (${r.unreviewed}); this is not a pass. Raise maxDocumentSize in .sowrc.yaml, or pass --allow-unreviewed to accept it.`)}\n`);
    return 1;
  }
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function relative(file: string): string {
  return displayPath(file);
}

export function fileUri(file: string): string {
  return `file://${file.split(path.sep).map(encodeURIComponent).join('/')}`;
}

const isKnownRule = (id: string) => ruleById(id) !== undefined;
const configByDir = new Map<string, SowConfig | Error>();

export function loadConfig(file: string): SowConfig | Error {
  try {
    return parseConfig(fs.readFileSync(file, 'utf8'), isKnownRule);
  } catch (e) {
    const reason = e instanceof ConfigError ? e.message : `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    return new Error(`${relative(file)}: ${reason}`);
  }
}

/** The nearest `.sowrc.yaml` in the file's folder or above it; defaults when there is none. */
export function nearestConfig(dir: string): SowConfig | Error {
  const cached = configByDir.get(dir);
  if (cached) return cached;
  const file = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
  const parent = path.dirname(dir);
  const config = file ? loadConfig(file) : parent === dir ? defaultConfig() : nearestConfig(parent);
  configByDir.set(dir, config);
  return config;
}
