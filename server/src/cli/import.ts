// `sow import <file.md|file.docx|file.html> [-o out.sow.yaml]`: a filled SOW template → .sow.yaml
// on standard output (or a file), the import report on standard error. Exit 0 when imported,
// 2 when the file cannot be read or is not a supported kind. Options are parsed here with
// node:util.parseArgs so the command stays one module and one entry in the command list.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'node:util';
import { formatImportReport, importFormatOf, importSow, UnsupportedInputError } from '../engine/import';
import type { Command } from './args';

type Writable = { write(text: string): unknown };

export const IMPORT_USAGE = [
  '  import <file.md|file.docx|file.html>  Turn a filled SOW template into a .sow.yaml',
  '     -o, --output <file>       Write the .sow.yaml to a file instead of standard output',
  '     --force                   Overwrite the output file if it exists',
  '     -q, --quiet               Print only the summary line of the report',
].join('\n');

export const importCommand: Command = {
  synopsis: 'import <file.md|file.docx|file.html>',
  summary: 'Turn a filled SOW template (Markdown, Word, HTML) into a .sow.yaml; the report goes to stderr',
  options: {
    output: { type: 'string', short: 'o', value: 'file', help: 'Write the .sow.yaml to a file instead of standard output' },
    force: { type: 'boolean', help: 'Overwrite the output file if it exists' },
    quiet: { type: 'boolean', short: 'q', help: 'Print only the summary line of the report' },
  },
  run: (argv, io) => runImport(argv, io.out, io.err),
};

export async function runImport(argv: string[], out: Writable, err: Writable): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
    });
  } catch (e) {
    err.write(`sow import: ${(e as Error).message}\n\nUsage:\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.positionals.length !== 1) {
    err.write(`sow import: needs exactly one file\n\nUsage:\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const input = parsed.positionals[0];
  if (!importFormatOf(input)) {
    err.write(`sow import: ${input}: unsupported file type (expected .md, .docx or .html)\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    if (!fs.statSync(input).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
    bytes = fs.readFileSync(input);
  } catch (e) {
    err.write(`sow import: ${input}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    return 2;
  }
  let result;
  try {
    result = await importSow(path.basename(input), bytes);
  } catch (e) {
    if (e instanceof UnsupportedInputError) {
      err.write(`sow import: ${input}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const report = formatImportReport(result.report, input);
  err.write(parsed.values.quiet ? report.split('\n')[0] + '\n' : report);
  const target = parsed.values.output;
  if (!target) {
    out.write(result.yaml);
    return 0;
  }
  if (path.resolve(target) === path.resolve(input)) {
    err.write(`sow import: refusing to write over the input ${input}\n`);
    return 2;
  }
  try {
    fs.writeFileSync(target, result.yaml, { encoding: 'utf8', flag: parsed.values.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err.write(`sow import: ${target}: cannot write (${code === 'EEXIST' ? 'exists; use --force to overwrite' : (code ?? (e as Error).message)})\n`);
    return 2;
  }
  err.write(`sow import: wrote ${target}\n`);
  return 0;
}
