// A file's content at a git revision (`git show <ref>:./<file>` in the file's folder), run with
// execFile: no shell, so a ref or a file name is never interpreted as a command.
import { execFile } from 'child_process';
import * as path from 'path';
import { gitShowArgs } from '../baseline';
import { UsageError } from './args';

const MAX_BYTES = 64 * 1024 * 1024;

export function fileAtRevision(file: string, ref: string): Promise<string | Error> {
  // A ref starting with "-" would be read by git as an option.
  if (!ref || ref.startsWith('-')) throw new UsageError(`--base needs a git revision (got "${ref}")`);
  return new Promise((resolve) => {
    const { args, cwd } = gitShowArgs(file, ref);
    execFile('git', args, { cwd, maxBuffer: MAX_BYTES, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) resolve(new Error(`cannot read ${path.basename(file)} at ${ref}: ${(stderr || err.message).trim().split('\n')[0]}`));
      else resolve(stdout);
    });
  });
}
