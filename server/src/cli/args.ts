// Argument parsing for the CLI: small and strict (unknown flags are usage errors, exit 2).

import { IMPORT_USAGE } from './import';

export class UsageError extends Error {}

export function usage(): string {
  return [
    'Usage: sow <command> [options]',
    '',
    'Commands:',
    '  lint <files|dirs|globs...>   Review SOW documents (*.sow.yaml, *.sow.yml)',
    '     --format text|json|sarif  Output format (default: text)',
    '     --config <file>           Rule configuration (default: nearest .sowrc.yaml)',
    '     --max-warnings <n>        Exit 1 when there are more than n warnings',
    '  render <file>                Write the SOW as a document (the preview, or its export)',
    '     --format html|md|docx     Standalone HTML with the diagram, Markdown, or Word (default: html)',
    '     --with-review             Word only: add the review summary and findings as an appendix',
    '     -o, --output <file>       Write to a file instead of standard output',
    '     --config <file>           Rule configuration (default: nearest .sowrc.yaml)',
    IMPORT_USAGE,
    '',
    'Exit codes: 0 clean, 1 errors (or too many warnings; lint only), 2 usage or I/O error.',
    '',
  ].join('\n');
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string>;
}

/** Parses `--name value` / `--name=value` options declared in `valueOptions`. */
export function parseArgs(argv: string[], valueOptions: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (!valueOptions.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = eq < 0 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
    options[name] = value;
  }
  return { positionals, options };
}
