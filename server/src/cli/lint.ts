// `sow lint`: review files, print findings, exit 0 / 1 / 2.
import * as fs from 'fs';
import * as path from 'path';
import { Finding, reviewDocument, ruleById, SowConfig, SowDocument } from '../engine';
import { ConfigLookup, ConfigProblem, loadConfigFile, LoadedConfig } from '../sowrc';
import { parseArgs, UsageError } from './args';
import { expandInputs } from './files';
import { toSarif } from './sarif';

export interface FileReport {
  file: string;
  findings: Finding[];
}

type Writable = { write(text: string): unknown };

const FORMATS = ['text', 'json', 'sarif'] as const;

export async function runLint(argv: string[], out: Writable, err: Writable): Promise<number> {
  const { positionals, options } = parseArgs(argv, ['format', 'config', 'max-warnings']);
  const format = (options.format ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const maxWarnings = options['max-warnings'] === undefined ? undefined : Number(options['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) throw new UsageError('--max-warnings needs a whole number ≥ 0');
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob');

  let ioError = false;
  const explicitConfig = options.config ? loadConfig(path.resolve(options.config)) : undefined;
  if (explicitConfig instanceof Error) {
    err.write(`sow: ${explicitConfig.message}\n`);
    return 2;
  }

  const { files, problems } = expandInputs(positionals);
  for (const p of problems) {
    err.write(`sow: ${p.arg}: ${p.message}\n`);
    ioError = true;
  }

  const reports: FileReport[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      err.write(`sow: ${path.relative(process.cwd(), file) || file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      ioError = true;
      continue;
    }
    const config = explicitConfig ?? nearestConfig(path.dirname(file));
    if (config instanceof Error) {
      err.write(`sow: ${config.message}\n`);
      ioError = true;
      continue;
    }
    const doc = new SowDocument(fileUri(file), 1, text, config.maxDocumentSize);
    // Hints (renamed product names) are editor-only suggestions, as in LSP; a .sowrc.yaml that
    // raises a rule's severity brings it into CI.
    reports.push({ file, findings: reviewDocument(doc, { config }).findings.filter((f) => f.severity !== 'hint') });
  }

  out.write(render(format, reports));
  if (ioError) return 2;
  const all = reports.flatMap((r) => r.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.filter((f) => f.severity === 'warning').length;
  return errors > 0 || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function render(format: string, reports: FileReport[]): string {
  if (format === 'json') {
    return `${JSON.stringify(reports.map((r) => ({ file: relative(r.file), findings: r.findings })), null, 2)}\n`;
  }
  if (format === 'sarif') return `${JSON.stringify(toSarif(reports.map((r) => ({ ...r, file: relative(r.file) }))), null, 2)}\n`;
  const lines: string[] = [];
  for (const r of reports) {
    for (const f of r.findings) {
      lines.push(`${relative(r.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`);
    }
  }
  const all = reports.flatMap((r) => r.findings);
  const count = (s: Finding['severity']) => all.filter((f) => f.severity === s).length;
  lines.push(`${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos.`);
  return `${lines.join('\n')}\n`;
}

function relative(file: string): string {
  return path.relative(process.cwd(), file) || file;
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
