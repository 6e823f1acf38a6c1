// Expands the CLI's file arguments. A file named explicitly is reviewed whatever its name; a
// directory or a glob (tinyglobby: `*`, `**`, `?`, braces, `!negation` relative to the current
// folder) yields only SOW documents (*.sow.yaml, *.sow.yml), so `**/*.yaml` never lints
// `.sowrc.yaml` or a workflow file as a SOW. Files a .gitignore ignores are skipped.
import * as fs from 'fs';
import ignore, { Ignore } from 'ignore';
import * as path from 'path';
import { globSync, isDynamicPattern } from 'tinyglobby';

export const SOW_FILE = /\.sow\.ya?ml$/;
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.vscode-test/**'];

export interface Expansion {
  files: string[];
  /** Arguments that matched nothing or could not be read, with the reason. */
  problems: Array<{ arg: string; message: string }>;
}

export function expandInputs(args: string[], cwd = process.cwd()): Expansion {
  const files: string[] = [];
  const problems: Expansion['problems'] = [];
  const negations = args.filter((a) => a.startsWith('!'));
  const ignored = gitignored(cwd);
  const search = (arg: string, patterns: string[], base: string, none: string) => {
    const all = globSync([...patterns, ...negations], { cwd: base, absolute: true, dot: true, ignore: ALWAYS_SKIPPED }).sort();
    const found = all.filter((f) => SOW_FILE.test(f) && !ignored(f));
    if (found.length === 0) problems.push({ arg, message: all.length ? 'matches no *.sow.yaml / *.sow.yml file (only SOW documents are reviewed from a glob)' : none });
    files.push(...found);
  };
  for (const arg of args) {
    if (arg.startsWith('!')) continue;
    const full = path.resolve(cwd, arg);
    // A name that exists is taken as written, even if it looks like a pattern ("plan (v2).sow.yaml").
    if (isDynamicPattern(arg) && !fs.existsSync(full)) {
      search(arg, [arg], cwd, 'no file matches this pattern');
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(full);
    } catch (err) {
      problems.push({ arg, message: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (err as Error).message });
      continue;
    }
    if (stat.isDirectory()) {
      const relative = path.relative(cwd, full).split(path.sep).join('/');
      const under = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? `${escapeGlob(relative)}/` : '';
      // A folder outside the current one is searched from itself (negations then apply relative to it).
      search(arg, [`${under}**/*.sow.{yaml,yml}`], under || !relative ? cwd : full, 'directory contains no *.sow.yaml file');
    } else if (stat.isFile()) {
      files.push(full);
    } else {
      // A FIFO or a device would block the run or never end.
      problems.push({ arg, message: 'not a regular file' });
    }
  }
  return { files: [...new Set(files)], problems };
}

function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

/**
 * Whether a .gitignore between the file and the repository root (or the current folder outside
 * a repository) ignores it. Each .gitignore applies to paths relative to its own folder.
 */
function gitignored(cwd: string): (file: string) => boolean {
  const root = gitRoot(cwd) ?? cwd;
  const rules = new Map<string, Ignore | undefined>();
  const rulesOf = (dir: string) => {
    if (!rules.has(dir)) {
      const file = path.join(dir, '.gitignore');
      let ig: Ignore | undefined;
      try {
        if (fs.statSync(file).isFile()) ig = ignore().add(fs.readFileSync(file, 'utf8'));
      } catch {
        ig = undefined;
      }
      rules.set(dir, ig);
    }
    return rules.get(dir);
  };
  return (file) => {
    if (path.relative(root, file).startsWith('..')) return false;
    for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
      const relative = path.relative(dir, file).split(path.sep).join('/');
      if (rulesOf(dir)?.ignores(relative)) return true;
      if (dir === root || path.dirname(dir) === dir) return false;
    }
  };
}

function gitRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The reason a path cannot be read as a document, or undefined when it is a regular file. */
export function notRegular(file: string): string | undefined {
  try {
    return fs.statSync(file).isFile() ? undefined : 'not a regular file';
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
  }
}
