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
