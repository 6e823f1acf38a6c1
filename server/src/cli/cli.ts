// `sow` — the engine on the command line, for CI. Same review as the editor, same findings.
import { Command, commandHelp, usage, UsageError } from './args';
import { printable } from './formats/escape';
import { diffCommand } from './diff';
import { lintCommand } from './lint';
import { planCommand } from './plan';
import { renderCommand } from './render';
import { importCommand } from './import';
import { VERSION } from './version';

/** Subcommands by name: a new command is one entry here and one module. */
const COMMANDS: Record<string, Command> = {
  lint: lintCommand,
  render: renderCommand,
  diff: diffCommand,
  plan: planCommand,
  import: importCommand,
};

export async function main(argv: string[], io = { out: process.stdout, err: process.stderr }): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') {
    io.out.write(`${VERSION}\n`);
    return 0;
  }
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
    io.out.write(topic ? commandHelp(topic) : usage(COMMANDS));
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.includes('-h') || rest.includes('--help')) {
      io.out.write(commandHelp(command));
      return 0;
    }
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err.write(`sow: ${printable(err.message)}\n\n${command ? commandHelp(command) : usage(COMMANDS)}`);
      return 2;
    }
    io.err.write(`sow: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
