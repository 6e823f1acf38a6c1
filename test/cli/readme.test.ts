// The README's "Use it in CI" section runs as written: its workflow (the action's step run with
// the inputs it gives, then the SARIF upload's file), its CLI commands (bash -e, `sow` on PATH)
// and its pre-commit snippet (the hook this repository defines, run as pre-commit runs it).
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import { XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import { ROOT } from '../support/rules';
import { copyExample, runAction, scratch, sowShim } from './support';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Use it in CI'), readme.indexOf('\n## ', readme.indexOf('## Use it in CI') + 3));
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}

describe('README: Use it in CI', () => {
  let ws: string;
  let bin: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: ws, encoding: 'utf8' });
  before(() => {
    ws = scratch('readme');
    bin = sowShim(path.join(ws, '..', `${path.basename(ws)}-tools`));
    copyExample('well-architected', path.join(ws, 'sow/product.sow.yaml'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'approved version');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    // The pull request: a change that is not material.
    const file = path.join(ws, 'sow/product.sow.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^header:$/m, '# Reviewed again in the quarterly review.\nheader:'));
  });
  after(() => {
    fs.rmSync(ws, { recursive: true, force: true });
    fs.rmSync(path.dirname(bin), { recursive: true, force: true });
  });

  it('has the workflow, the install line, the CLI commands and the pre-commit snippet', () => {
    assert.strictEqual(blocks('yaml').length, 2);
    assert.deepStrictEqual(blocks('sh')[0].trim(), 'npm install -g github:sow-architect/sow-architect');
    assert.strictEqual(blocks('sh').length, 2);
  });

  it('the workflow: checkout with history, the action with its inputs, then the SARIF upload of the file it wrote', () => {
    const workflow = parse(blocks('yaml')[0]) as { jobs: Record<string, { steps: Step[] }>; permissions: Record<string, string> };
    assert.strictEqual(workflow.permissions['security-events'], 'write');
    const steps = Object.values(workflow.jobs)[0].steps;
    assert.strictEqual(steps[0].uses, 'actions/checkout@v4');
    assert.strictEqual(steps[0].with!['fetch-depth'], 0);
    const action = steps.find((s) => s.uses?.startsWith('sow-architect/sow-architect@'))!;
    const declared = Object.keys((parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: object }).inputs);
    for (const key of Object.keys(action.with ?? {})) assert.ok(declared.includes(key), `input ${key} is declared in action.yml`);
    const summary = path.join(path.dirname(bin), 'summary.md');
    const inputs = Object.fromEntries(Object.entries(action.with ?? {}).map(([k, v]) => [k, String(v)]));
    // pull_request: GitHub sets the base branch's name.
    const r = runAction(ws, inputs, { GITHUB_STEP_SUMMARY: summary, GITHUB_BASE_REF: 'main' });
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(fs.readFileSync(summary, 'utf8'), /No material change\./);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    const log = JSON.parse(fs.readFileSync(path.join(ws, String(upload.with!.sarif_file)), 'utf8')) as Log;
    assert.strictEqual(log.version, '2.1.0');
  });

  it('the CLI commands run as written (bash -e) with `sow` installed', () => {
    const r = spawnSync('bash', ['-e', '-c', blocks('sh')[1]], { cwd: ws, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` }, timeout: 60_000 });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    assert.strictEqual(XMLValidator.validate(fs.readFileSync(path.join(ws, 'sow-junit.xml'), 'utf8')), true);
    assert.match(fs.readFileSync(path.join(ws, 'sow-diff.md'), 'utf8'), /^## SOW changes: sow\/product\.sow\.yaml@origin\/main/m);
  });

  it("the pre-commit snippet names this repository's hook; its entry reviews the staged SOW files", () => {
    const config = parse(blocks('yaml')[1]) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
    const repo = config.repos[0];
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; repository: { url: string } };
    assert.strictEqual(repo.repo, pkg.repository.url);
    assert.strictEqual(repo.rev, `v${pkg.version}`);
    const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
    const hook = hooks.find((h) => h.id === repo.hooks[0].id)!;
    assert.strictEqual(hook.language, 'node');
    // pre-commit passes the staged files that match `files` after the entry.
    const staged = ['sow/product.sow.yaml', '.sowrc.yaml', 'README.md'].filter((f) => new RegExp(hook.files).test(f));
    assert.deepStrictEqual(staged, ['sow/product.sow.yaml']);
    const [command, ...args] = hook.entry.split(' ');
    const r = spawnSync(command, [...args, ...staged], { cwd: ws, encoding: 'utf8', env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
  });
});
