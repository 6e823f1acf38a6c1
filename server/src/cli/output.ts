// Writing a command's output file without destroying anything: never over one of the command's
// inputs, never through a symbolic link (a link committed to a repository could point CI
// anywhere), never over an existing file unless --force is given.
import * as fs from 'fs';
import * as path from 'path';
import { displayPath } from './load';

export interface WriteOptions {
  force: boolean;
  /** Files the command read: the output may not be one of them (by path or by inode). */
  inputs: string[];
}

/** Writes `content` to `target`; returns an Error with the reason when it refuses or fails. */
export function writeOutputFile(target: string, content: string | Uint8Array, options: WriteOptions): Error | undefined {
  const full = path.resolve(target);
  const shown = displayPath(full);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return ioError(shown, 'cannot write', e);
  }
  if (existing?.isSymbolicLink()) return new Error(`${shown}: is a symbolic link; refusing to write through it (remove it or choose another output)`);
  for (const input of options.inputs) {
    const inputStat = statOrUndefined(input);
    if (path.resolve(input) === full || (existing && inputStat && inputStat.dev === existing.dev && inputStat.ino === existing.ino)) {
      return new Error(`${shown}: is the input file; refusing to overwrite it`);
    }
  }
  if (existing && !existing.isFile()) return new Error(`${shown}: exists and is not a regular file; refusing to write to it`);
  if (existing && !options.force) return new Error(`${shown}: already exists; pass --force to overwrite it`);
  try {
    if (!existing) {
      // O_EXCL: fails rather than follow a link or replace a file created meanwhile.
      fs.writeFileSync(full, content, { flag: 'wx' });
    } else {
      // Replace the directory entry (rename), so a link swapped in meanwhile is replaced, not followed.
      const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.tmp`);
      fs.writeFileSync(temp, content, { flag: 'wx' });
      fs.renameSync(temp, full);
    }
  } catch (e) {
    return ioError(shown, 'cannot write', e);
  }
  return undefined;
}

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

function ioError(file: string, what: string, e: unknown): Error {
  return new Error(`${file}: ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
}
