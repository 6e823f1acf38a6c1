// The package as others get it: `npm pack`, installed offline into an empty prefix (no
// dependencies: dist/ is bundled), gives a `sow` that works from another folder; the same
// `files` list makes the VS Code extension package.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ROOT } from '../support/rules';
import { copyExample, scratch } from './support';

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('npm pack → install into a temporary prefix → sow (about 10 s)', function () {
  this.timeout(60_000);
  let tmp: string;
  let sowBin: string;
  before(() => {
    tmp = scratch('pack');
    // --ignore-scripts: pack the dist/ this test run built (prepack rebuilds it for production).
    const tarball = path.join(tmp, npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], ROOT).trim().split('\n').pop()!);
    npm(['install', '-g', '--prefix', path.join(tmp, 'prefix'), '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], tmp);
    sowBin = path.join(tmp, 'prefix', 'bin', 'sow');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const run = (args: string[], cwd: string) => {
    const r = spawnSync(sowBin, args, { cwd, encoding: 'utf8', timeout: 30_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('installs without dependencies and runs lint, render, diff and plan from another folder', () => {
    const installed = path.join(tmp, 'prefix', 'lib', 'node_modules', 'sow-architect');
    assert.ok(fs.existsSync(path.join(installed, 'dist', 'cli.js')));
    assert.ok(!fs.existsSync(path.join(installed, 'node_modules')), 'no dependencies installed');
    const work = fs.mkdirSync(path.join(tmp, 'elsewhere'), { recursive: true })!;
    copyExample('anti-patterns', path.join(work, 'bad.sow.yaml'));
    copyExample('well-architected', path.join(work, 'good.sow.yaml'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(run(['--version'], work).out.trim(), pkg.version);
    assert.match(run(['-h'], work).out, /Usage: sow <command>/);
    const lint = run(['lint', '.'], work);
    assert.strictEqual(lint.code, 1, lint.err);
    assert.match(lint.out, /^bad\.sow\.yaml:\d+:\d+ error PWAF-SEC-001 /m);
    const render = run(['render', 'good.sow.yaml', '-o', 'good.html'], work);
    assert.strictEqual(render.code, 0, render.err);
    assert.match(fs.readFileSync(path.join(work, 'good.html'), 'utf8'), /<script nonce=/);
    assert.match(run(['diff', 'good.sow.yaml', 'bad.sow.yaml'], work).out, /MATERIAL CHANGES/);
    assert.match(run(['plan', 'bad.sow.yaml'], work).out, /^Improvement plan/);
  });

  it('the package is publishable: not private, with name, bin, files, engines, license and repository', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.strictEqual(pkg.private, undefined);
    for (const field of ['name', 'version', 'bin', 'files', 'engines', 'license', 'repository']) assert.ok(pkg[field], field);
    assert.strictEqual((pkg.engines as { node: string }).node, '>=20');
    assert.strictEqual(pkg.dependencies, undefined, 'everything is bundled into dist/');
  });

  it('the VS Code package takes the same list: the extension bundles, no sources or tests', () => {
    const listed = execFileSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    for (const f of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/validator.js', 'dist/render.js', 'dist/preview.js', 'dist/web/client.js', 'dist/web/server.js', 'schemas/sow.schema.json', 'syntaxes/sow.tmLanguage.json']) assert.ok(listed.includes(f), f);
    assert.ok(!listed.some((f) => /^(server|client|test|scripts|node_modules)\//.test(f) || f.endsWith('.map')), listed.join(', '));
  });

  it('each published release gets the .vsix the README points to: the release workflow runs `npm run package` and uploads its file', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const vsix = /--out (\S+\.vsix)/.exec(pkg.scripts.package)![1];
    const workflow = parse(fs.readFileSync(path.join(ROOT, '.github/workflows/release.yml'), 'utf8')) as {
      on: { release: { types: string[] } }; jobs: Record<string, { steps: Array<{ run?: string }> }>;
    };
    assert.deepStrictEqual(workflow.on.release.types, ['published']);
    const runs = Object.values(workflow.jobs)[0].steps.map((s) => s.run).filter(Boolean) as string[];
    assert.ok(runs.includes('npm run package'), runs.join('; '));
    assert.ok(runs.some((r) => r.startsWith('gh release upload') && r.split(' ').includes(vsix)), `uploads ${vsix}`);
    const install = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n## Install\n')[1].split('\n## ')[0];
    for (const said of ['attached to each release', 'npm run package', `code --install-extension ${vsix}`, 'Install from VSIX…']) assert.ok(install.includes(said), said);
  });
});
