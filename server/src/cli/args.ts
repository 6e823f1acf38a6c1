// Argument parsing for the CLI: node:util.parseArgs (strict: unknown flags are usage errors,
// exit 2) plus the help text, generated from the same option tables the parser reads.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface Io {
  /** Standard output: text, or the bytes of a binary format. */
  out: { write(data: string | Uint8Array): unknown };
  err: { write(text: string): unknown };
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Shown in the help: `--format <text|json>`. */
  value?: string;
  help: string;
}

/** One subcommand: its help and how it runs. New commands are added to COMMANDS in cli.ts. */
export interface Command {
  /** `lint <files|dirs|globs...>` */
  synopsis: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Extra lines at the end of the command's help. */
  notes?: string[];
  run(argv: string[], io: Io): Promise<number>;
}

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'Show this help' };

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses a command's arguments; `-h` anywhere is answered by the caller (see wantsHelp). */
export function parseCommandArgs(command: Command, argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: HELP_OPTION },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }));
  }
}

/** parseArgs' messages are long and name internals; CI users need the flag and the fix. */
function usageMessage(err: Error & { code?: string }): string {
  const flag = /'(-[^' ]+)/.exec(err.message)?.[1]?.replace(/^(--[^=]+)=.*$/, '$1');
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag ?? err.message}`;
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([\w-]+)/.exec(err.message)?.[1];
    if (/argument missing/.test(err.message)) return `option --${name} needs a value`;
    if (/ambiguous/.test(err.message)) return `option --${name} needs a value (write --${name}=-… for a value that starts with a dash)`;
    return `option --${name} takes no value`;
  }
  return err.message;
}

export function stringOption(parsed: Parsed, name: string): string | undefined {
  const v = parsed.values[name];
  if (v === '') throw new UsageError(`option --${name} needs a value`);
  return typeof v === 'string' ? v : undefined;
}

export function oneOf<T extends string>(parsed: Parsed, name: string, allowed: readonly T[], fallback: T): T {
  const v = stringOption(parsed, name) ?? fallback;
  if (!allowed.includes(v as T)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

export function commandHelp(command: Command): string {
  const rows = Object.entries({ ...command.options, help: HELP_OPTION }).map(([long, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${long}${o.value ? ` <${o.value}>` : ''}`;
    return `  ${flag.padEnd(34)} ${o.help}`;
  });
  return [`Usage: sow ${command.synopsis}`, '', command.summary, '', 'Options:', ...rows, ...(command.notes ? ['', ...command.notes] : []), ''].join('\n');
}

export function usage(commands: Record<string, Command>): string {
  return [
    'Usage: sow <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.synopsis.padEnd(34)} ${c.summary}`),
    '',
    'Options: -h, --help (also `sow <command> -h`), --version',
    '',
    'Exit codes: 0 clean, 1 findings (or a gate failed), 2 usage or I/O error.',
    '',
  ].join('\n');
}
