// Expands the CLI's file arguments: files as given, directories searched for SOW documents,
// and simple globs (`*`, `**`, `?`) without a glob library.
import * as fs from 'fs';
import * as path from 'path';

const SOW_FILE = /\.sow\.ya?ml$/;
const SKIP_DIRS = new Set(['node_modules', '.git', '.vscode-test', 'dist']);

export interface Expansion {
  files: string[];
  /** Arguments that matched nothing or could not be read, with the reason. */
  problems: Array<{ arg: string; message: string }>;
}

export function expandInputs(args: string[], cwd = process.cwd()): Expansion {
  const files: string[] = [];
  const problems: Expansion['problems'] = [];
  for (const arg of args) {
    if (/[*?]/.test(arg)) {
      const matches = globFiles(arg, cwd);
      if (matches.length === 0) problems.push({ arg, message: 'no file matches this pattern' });
      files.push(...matches);
      continue;
    }
    const full = path.resolve(cwd, arg);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      problems.push({ arg, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(full).filter((f) => SOW_FILE.test(f));
      if (found.length === 0) problems.push({ arg, message: 'directory contains no *.sow.yaml file' });
      files.push(...found);
    } else if (stat.isFile()) {
      files.push(full);
    } else {
      // A FIFO or a device would block the run or never end.
      problems.push({ arg, message: 'not a regular file' });
    }
  }
  return { files: [...new Set(files)], problems };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) out.push(...walk(full));
    } else if (e.isFile()) {
      out.push(full);
    }
  }
  return out;
}

function globFiles(pattern: string, cwd: string): string[] {
  const absolute = path.resolve(cwd, pattern).split(path.sep).join('/');
  const firstWild = absolute.search(/[*?]/);
  const base = absolute.slice(0, absolute.lastIndexOf('/', firstWild) + 1) || '/';
  const regex = globToRegExp(absolute);
  return walk(base).filter((f) => regex.test(f.split(path.sep).join('/')));
}

export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
