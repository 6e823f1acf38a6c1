// PWAF-DOC-008 from the command line: `sow lint --baseline <file|git:ref|ref>` and the
// `.sowrc.yaml` `baseline:` key, as processes in a scratch git repository; a baseline that
// cannot be read is said once and the review goes on.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { copyExample, scratch, sow } from './support';

describe('sow lint --baseline (CLI)', () => {
  let dir: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });
  before(() => {
    dir = scratch('baseline');
    copyExample('well-architected', path.join(dir, 'doc.sow.yaml'));
    fs.copyFileSync(path.join(dir, 'doc.sow.yaml'), path.join(dir, 'approved.sow.yaml'));
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'approved');
    const file = path.join(dir, 'doc.sow.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {2}model: partner-hosted$/m, '  model: hybrid'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a git ref (bare or git:) and a file: the material change without a new version is a warning', () => {
    for (const baseline of ['HEAD', 'git:HEAD', 'approved.sow.yaml']) {
      const r = sow(['lint', '--baseline', baseline, '--format', 'json', 'doc.sow.yaml'], dir);
      assert.strictEqual(r.code, 0, `${baseline}: ${r.err}`);
      const findings = JSON.parse(r.out).files?.[0]?.findings ?? JSON.parse(r.out)[0]?.findings;
      const hit = findings.find((f: { code: string }) => f.code === 'PWAF-DOC-008');
      assert.ok(hit, `${baseline}: ${r.out}`);
      assert.strictEqual(hit.severity, 'warning');
      assert.match(hit.message, /2\.1 Deployment model/);
    }
    assert.strictEqual(sow(['lint', '--baseline', 'HEAD', '--max-warnings', '0', 'doc.sow.yaml'], dir).code, 1);
    assert.ok(!sow(['lint', 'doc.sow.yaml'], dir).out.includes('PWAF-DOC-008'), 'no baseline, no finding');
  });

  it('.sowrc.yaml baseline: git:<ref>; an unreadable baseline is said once and the review goes on', () => {
    fs.writeFileSync(path.join(dir, '.sowrc.yaml'), 'baseline: git:HEAD\n');
    try {
      const r = sow(['lint', 'doc.sow.yaml'], dir);
      assert.match(r.out, /PWAF-DOC-008/);
      fs.writeFileSync(path.join(dir, '.sowrc.yaml'), 'baseline: git:no-such-ref\n');
      const bad = sow(['lint', 'doc.sow.yaml', 'approved.sow.yaml'], dir);
      assert.strictEqual(bad.code, 0, bad.err);
      assert.strictEqual(bad.err.match(/baseline git:no-such-ref/g)?.length, 1, bad.err);
      assert.match(bad.err, /^sow: warning: baseline git:no-such-ref: git cannot read it \(fatal: .*no-such-ref.*\); reviewed without it \(PWAF-DOC-008 not assessed\)$/m);
      assert.ok(!bad.out.includes('PWAF-DOC-008'));
      // Every command that reviews says it too, and still does its job.
      const plan = sow(['plan', 'doc.sow.yaml'], dir);
      assert.strictEqual(plan.code, 0, plan.err);
      assert.match(plan.err, /^sow: warning: baseline git:no-such-ref: .*PWAF-DOC-008 not assessed\)$/m);
      fs.writeFileSync(path.join(dir, '.sowrc.yaml'), 'baseline: approved.sow.yaml\n');
      const elsewhere = sow(['lint', path.join(path.basename(dir), 'doc.sow.yaml')], path.dirname(dir));
      assert.match(elsewhere.out, /PWAF-DOC-008/, `a relative path is read from the config file's folder: ${elsewhere.err}`);
    } finally {
      fs.rmSync(path.join(dir, '.sowrc.yaml'));
    }
  });
});
