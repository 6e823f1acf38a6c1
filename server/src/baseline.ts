// The approved version a document is compared with (PWAF-DOC-008), read by the Node surfaces (the
// CLI and the desktop language server): `git:<ref>` is the document itself at that revision of
// its repository, anything else a file. Never fatal: a baseline that cannot be read is an Error
// the caller reports once, and the review goes on without it.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GIT_BASELINE_PREFIX } from './engine/config';

const MAX_BYTES = 64 * 1024 * 1024;

/** `git show <ref>:./<file>` run in the file's folder, as execFile arguments (no shell). */
export function gitShowArgs(file: string, ref: string): { args: string[]; cwd: string } {
  return { args: ['show', `${ref}:./${path.basename(file)}`], cwd: path.dirname(file) };
}

/** The text of the baseline `spec` for the document at `documentFile`, or why it cannot be read. */
export function readBaseline(documentFile: string, spec: string): string | Error {
  if (spec.startsWith(GIT_BASELINE_PREFIX)) {
    const ref = spec.slice(GIT_BASELINE_PREFIX.length);
    // A ref starting with "-" would be read by git as an option.
    if (!ref || ref.startsWith('-')) return new Error(`baseline "${spec}": not a git revision`);
    const { args, cwd } = gitShowArgs(documentFile, ref);
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_BYTES, timeout: 10_000, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const stderr = String((err as { stderr?: string }).stderr ?? '').trim() || (err as Error).message;
      return new Error(`baseline ${spec}: git cannot read it (${stderr.split('\n')[0].replace(/\.$/, '')})`);
    }
  }
  try {
    if (!fs.statSync(spec).isFile()) return new Error(`baseline ${spec}: not a regular file`);
    return fs.readFileSync(spec, 'utf8');
  } catch (err) {
    return new Error(`baseline ${spec}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** A config's relative `baseline:` path made absolute against the config file's folder. */
export function resolveBaselinePath(baseline: string, configDir: string): string {
  return baseline.startsWith(GIT_BASELINE_PREFIX) ? baseline : path.resolve(configDir, baseline);
}
