// `sow` — the engine on the command line, for CI. Same review as the editor, same findings.
import { runLint } from './lint';
import { runRender } from './render';
import { runImport } from './import';
import { usage, UsageError } from './args';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'lint':
        return await runLint(rest, process.stdout, process.stderr);
      case 'render':
        return await runRender(rest, process.stdout, process.stderr);
      case 'import':
        return await runImport(rest, process.stdout, process.stderr);
      case '--help':
      case '-h':
      case 'help':
      case undefined:
        process.stdout.write(usage());
        return command === undefined ? 2 : 0;
      case '--version':
        process.stdout.write('0.1.0\n');
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`sow: ${err.message}\n\n${usage()}`);
      return 2;
    }
    process.stderr.write(`sow: ${(err as Error).stack ?? err}\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
