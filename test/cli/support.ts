// Runs the built CLI (`node dist/cli.js`) as CI does, and makes scratch folders for it.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../support/rules';

export const CLI = path.join(ROOT, 'dist/cli.js');
export const EXAMPLES = path.join(ROOT, 'examples');

export interface Run {
  code: number | null;
  out: string;
  err: string;
}

export function sow(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): Run {
  const r = spawnSync('node', [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sow-${prefix}-`));
}

export function copyExample(name: string, to: string): string {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(path.join(EXAMPLES, `${name}.sow.yaml`), to);
  return to;
}

const ACTION = path.join(ROOT, 'dist/action.js');

/** The action's entry as the runner starts it: from its own folder, with INPUT_* and GITHUB_* set. */
export function runAction(workspace: string, inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): Run {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_WORKSPACE: workspace, GITHUB_ACTIONS: 'true', ...extra };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const r = spawnSync('node', [ACTION], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A folder with a `sow` executable that runs the built CLI, to put first on PATH. */
export function sowShim(dir: string): string {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'sow'), `#!/bin/sh\nexec node ${JSON.stringify(CLI)} "$@"\n`, { mode: 0o755 });
  return bin;
}
