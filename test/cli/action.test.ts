// The GitHub Action's entry point (dist/action.js) run as the runner runs it: a process with
// the environment GitHub sets (INPUT_*, GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT,
// GITHUB_BASE_REF) in a scratch repository whose pull request changes a SOW.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import { ROOT } from '../support/rules';
import { copyExample, runAction, scratch } from './support';

describe('GitHub Action (dist/action.js)', () => {
  let ws: string;
  let summary: string;
  let output: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' });
  before(() => {
    ws = scratch('action');
    copyExample('well-architected', path.join(ws, 'sow/product.sow.yaml'));
    copyExample('anti-patterns', path.join(ws, 'sow/legacy.sow.yaml'));
    fs.writeFileSync(path.join(ws, 'workflow.yaml'), 'on: push\n');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    const file = path.join(ws, 'sow/product.sow.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {2}model: partner-hosted$/m, '  model: hybrid'));
    git('commit', '-qam', 'pull request: hybrid');
  });
  after(() => fs.rmSync(ws, { recursive: true, force: true }));
  beforeEach(() => {
    summary = path.join(ws, '..', `${path.basename(ws)}-summary.md`);
    output = path.join(ws, '..', `${path.basename(ws)}-output.txt`);
    fs.writeFileSync(summary, '');
    fs.writeFileSync(output, '');
  });
  afterEach(() => [summary, output].forEach((f) => fs.rmSync(f, { force: true })));

  it('annotates, writes SARIF, outputs and a job summary with the review and the changes against the base; fails on errors', () => {
    const r = runAction(ws, { files: 'sow', 'fail-level': 'error' }, { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_BASE_REF: 'main' });
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^::error file=sow\/legacy\.sow\.yaml,line=\d+,col=\d+,/m);
    const log = JSON.parse(fs.readFileSync(path.join(ws, 'sow-results.sarif'), 'utf8')) as Log;
    assert.strictEqual(log.version, '2.1.0');
    assert.ok(log.runs[0].results!.some((x) => x.locations![0].physicalLocation!.artifactLocation!.uri === 'sow/legacy.sow.yaml'));
    const md = fs.readFileSync(summary, 'utf8');
    assert.match(md, /^## SOW review$/m);
    assert.match(md, /^## SOW changes: sow\/product\.sow\.yaml@origin\/main → sow\/product\.sow\.yaml$/m);
    assert.match(md, /`partner-hosted` → `hybrid` \| ⚠️ Deployment model/);
    const outputs = Object.fromEntries(fs.readFileSync(output, 'utf8').trim().split('\n').map((l) => l.split('=')));
    assert.strictEqual(outputs['sarif-file'], 'sow-results.sarif');
    assert.ok(Number(outputs.errors) > 0);
    assert.strictEqual(outputs['material-changes'], '1');
  });

  it('a clean document passes at fail-level error; fail-on-material fails it; fail-level none never fails', () => {
    const inputs = { files: 'sow/product.sow.yaml', 'sarif-file': 'none' };
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_BASE_REF: 'main' };
    assert.strictEqual(runAction(ws, inputs, env).code, 0);
    const material = runAction(ws, { ...inputs, 'fail-on-material': 'true' }, env);
    assert.strictEqual(material.code, 1);
    assert.match(material.err, /^::error::sow: 1 material change/m);
    assert.strictEqual(runAction(ws, { files: 'sow', 'fail-level': 'none' }, env).code, 0);
  });

  it('bad inputs fail the step with a workflow error; the SARIF output never follows a symlink', () => {
    const bad = runAction(ws, { format: 'xml' });
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /^::error::sow: format must be one of/m);
    const target = path.join(ws, 'precious.txt');
    fs.writeFileSync(target, 'keep');
    fs.symlinkSync(target, path.join(ws, 'linked.sarif'));
    const r = runAction(ws, { files: 'sow/product.sow.yaml', 'sarif-file': 'linked.sarif' });
    assert.match(r.err, /^::warning::sow: linked\.sarif: is a symbolic link; refusing/m);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'keep');
  });

  it('action.yml runs the bundled entry on Node 20 and declares the inputs the entry reads', () => {
    const meta = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; main: string }; inputs: Record<string, unknown> };
    assert.deepStrictEqual(meta.runs, { using: 'node20', main: 'dist/action.js' });
    const source = fs.readFileSync(path.join(ROOT, 'server/src/cli/action.ts'), 'utf8');
    const read = [...source.matchAll(/input\('([a-z-]+)'/g)].map((m) => m[1]);
    assert.deepStrictEqual([...new Set(read)].sort(), Object.keys(meta.inputs).sort());
  });
});
