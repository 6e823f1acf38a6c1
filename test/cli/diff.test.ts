// `sow diff` as a process: two files, and a file against a git revision (git show, no shell).
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { copyExample, scratch, sow } from './support';

describe('sow diff (CLI)', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  const edit = (from: RegExp, to: string) => {
    const file = path.join(dir, 'doc.sow.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(from, to));
  };
  before(() => {
    dir = scratch('diff');
    copyExample('well-architected', path.join(dir, 'doc.sow.yaml'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'approved');
    edit(/^ {2}model: partner-hosted$/m, '  model: hybrid');
    git('commit', '-qam', 'hybrid');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--base <ref>: the change report against that revision; --fail-on material exits 1', () => {
    const r = sow(['diff', '--base', 'HEAD~1', 'doc.sow.yaml', '--fail-on', 'material'], dir);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^Changes from doc\.sow\.yaml@HEAD~1 to doc\.sow\.yaml$/m);
    assert.match(r.out, /§2\.1 Selected Deployment Model\n {2}~ 2\.1 Deployment model: partner-hosted → hybrid/);
    assert.strictEqual(sow(['diff', '--base', 'HEAD~1', 'doc.sow.yaml'], dir).code, 0, 'no gate, exit 0');
  });

  it('a change that is not material passes --fail-on material; markdown and json formats', () => {
    edit(/^ {2}model: hybrid$/m, '  model: hybrid\n# reviewed again');
    const r = sow(['diff', '--base', 'HEAD', 'doc.sow.yaml', '--fail-on', 'material,errors', '--format', 'markdown'], dir);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /^## SOW changes: doc\.sow\.yaml@HEAD → doc\.sow\.yaml/m);
    assert.match(r.out, /No material change\./);
    fs.copyFileSync(path.join(dir, 'doc.sow.yaml'), path.join(dir, 'new.sow.yaml'));
    edit(/backend_api_auth: \[oauth-m2m\]/, 'backend_api_auth: [pat]');
    const json = sow(['diff', 'new.sow.yaml', 'doc.sow.yaml', '--format', 'json', '--fail-on', 'errors'], dir);
    assert.strictEqual(json.code, 1, 'PWAF-SEC-001 introduced');
    const report = JSON.parse(json.out) as { material: Array<{ path: string[] }>; findings: { introduced: Array<{ code: string; line: number }> } };
    assert.deepStrictEqual(report.material.map((m) => m.path.join('.')), ['governance_security.access_control.backend_api_auth', 'governance_security.access_control.backend_api_auth']);
    assert.ok(report.findings.introduced.some((f) => f.code === 'PWAF-SEC-001' && f.line > 1));
  });

  it('bad revisions and arguments: exit 2 with the reason; a ref that looks like an option is refused', () => {
    let r = sow(['diff', '--base', 'no-such-ref', 'doc.sow.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /cannot read doc\.sow\.yaml at no-such-ref/);
    r = sow(['diff', '--base=--output=/tmp/x', 'doc.sow.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--base needs a git revision/);
    assert.match(sow(['diff', 'doc.sow.yaml'], dir).err, /diff needs two files/);
    assert.match(sow(['diff', 'a', 'b', '--fail-on', 'warnings'], dir).err, /--fail-on must be/);
  });
});

describe('sow plan (CLI)', () => {
  it('text, markdown and csv of the same ordered list; exit 0; bad input exit 2', () => {
    const text = sow(['plan', 'examples/anti-patterns.sow.yaml']);
    assert.strictEqual(text.code, 0, text.err);
    assert.match(text.out, /^Improvement plan for examples\/anti-patterns\.sow\.yaml: \d+ open findings/);
    assert.ok(text.out.indexOf('Errors — fix before approval') < text.out.indexOf('Warnings — fix or explain'));
    const codes = [...text.out.matchAll(/^ {9}(\S+) line (\d+):/gm)].map((m) => `${m[1]}:${m[2]}`);
    const csv = sow(['plan', '-f', 'csv', 'examples/anti-patterns.sow.yaml']).out.trim().split('\r\n').slice(1);
    assert.deepStrictEqual(csv.map((row) => { const cells = row.split(','); return `${cells[5]}:${cells[7]}`; }), codes);
    assert.match(sow(['plan', '--format', 'markdown', 'examples/anti-patterns.sow.yaml']).out, /^## Improvement plan: examples\/anti-patterns\.sow\.yaml/);
    assert.strictEqual(sow(['plan', 'missing.sow.yaml']).code, 2);
    assert.strictEqual(sow(['plan']).code, 2);
  });
});
