// `sow` file selection, help and version, and the gates issue 17 hardened: `render -o` never
// destroys a file, a document that was not reviewed is not a pass, and no file name or message
// can forge an output line.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import type { Log } from 'sarif';
import { ROOT } from '../support/rules';
import { copyExample, scratch, sow } from './support';

interface JsonFile {
  file: string;
  reviewed: boolean;
  findings: Array<{ code: string; severity: string; line: number }>;
}
const filesOf = (out: string) => (JSON.parse(out) as JsonFile[]).map((r) => r.file).sort();

describe('sow: file selection', () => {
  let dir: string;
  before(() => {
    dir = scratch('files');
    copyExample('starter', path.join(dir, 'a.sow.yaml'));
    copyExample('starter', path.join(dir, 'sub/b.sow.yml'));
    copyExample('starter', path.join(dir, 'vendor/c.sow.yaml'));
    copyExample('starter', path.join(dir, 'build/ignored.sow.yaml'));
    copyExample('starter', path.join(dir, 'plain.yaml'));
    fs.writeFileSync(path.join(dir, '.sowrc.yaml'), 'rules: {}\n');
    fs.mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.github/workflows/ci.yaml'), 'on: push\njobs: {}\n');
    fs.writeFileSync(path.join(dir, '.gitignore'), 'build/\n');
    execFileSync('git', ['init', '-q'], { cwd: dir });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a glob like **/*.yaml reviews SOW documents only (not .sowrc.yaml, workflows or other YAML), skipping .gitignore-d files', () => {
    const r = sow(['lint', '--format', 'json', '**/*.yaml'], dir);
    assert.deepStrictEqual(filesOf(r.out), ['a.sow.yaml', 'vendor/c.sow.yaml']);
  });

  it('braces and negation', () => {
    const r = sow(['lint', '--format', 'json', '**/*.sow.{yaml,yml}', '!vendor/**'], dir);
    assert.deepStrictEqual(filesOf(r.out), ['a.sow.yaml', 'sub/b.sow.yml']);
  });

  it('a directory yields its SOW documents; a file named explicitly is reviewed whatever its name', () => {
    assert.deepStrictEqual(filesOf(sow(['lint', '--format', 'json', '.'], dir).out), ['a.sow.yaml', 'sub/b.sow.yml', 'vendor/c.sow.yaml']);
    assert.deepStrictEqual(filesOf(sow(['lint', '--format', 'json', 'plain.yaml'], dir).out), ['plain.yaml']);
  });

  it('a file whose name looks like a pattern is taken as written', () => {
    copyExample('starter', path.join(dir, 'plan (v2) [draft].sow.yaml'));
    try {
      assert.deepStrictEqual(filesOf(sow(['lint', '--format', 'json', 'plan (v2) [draft].sow.yaml'], dir).out), ['plan (v2) [draft].sow.yaml']);
    } finally {
      fs.rmSync(path.join(dir, 'plan (v2) [draft].sow.yaml'));
    }
  });

  it('a glob that matches only non-SOW files says so, exit 2', () => {
    const r = sow(['lint', '.github/**/*.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /\.github\/\*\*\/\*\.yaml: matches no \*\.sow\.yaml/);
  });
});

describe('sow: help and version', () => {
  it('--version prints the package version; -h and `<command> -h` print help, exit 0', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.strictEqual(sow(['--version']).out.trim(), pkg.version);
    const help = sow(['-h']);
    assert.strictEqual(help.code, 0);
    for (const command of ['lint', 'render', 'diff', 'plan']) assert.match(help.out, new RegExp(`^  ${command} `, 'm'));
    const lint = sow(['lint', '-h']);
    assert.strictEqual(lint.code, 0);
    assert.match(lint.out, /Usage: sow lint/);
    assert.match(lint.out, /--allow-unreviewed/);
    assert.match(sow(['help', 'render']).out, /--force/);
  });
});

describe('sow render -o: never destroys a file', () => {
  let dir: string;
  let input: string;
  beforeEach(() => {
    dir = scratch('render');
    input = copyExample('starter', path.join(dir, 'doc.sow.yaml'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const original = () => fs.readFileSync(path.join(ROOT, 'examples/starter.sow.yaml'), 'utf8');

  it('refuses to write over its input (by name or through a hard link)', () => {
    let r = sow(['render', 'doc.sow.yaml', '-o', 'doc.sow.yaml', '--force'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /is the input file; refusing/);
    fs.linkSync(input, path.join(dir, 'hard.html'));
    r = sow(['render', 'doc.sow.yaml', '-o', 'hard.html', '--force'], dir);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(fs.readFileSync(input, 'utf8'), original());
  });

  it('refuses to follow a symlink at the output path, even with --force', () => {
    const elsewhere = path.join(dir, 'elsewhere.txt');
    fs.writeFileSync(elsewhere, 'precious');
    fs.symlinkSync(elsewhere, path.join(dir, 'out.html'));
    const r = sow(['render', 'doc.sow.yaml', '-o', 'out.html', '--force'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /symbolic link; refusing/);
    assert.strictEqual(fs.readFileSync(elsewhere, 'utf8'), 'precious');
  });

  it('does not overwrite an existing file without --force (and says so); prints where it wrote', () => {
    const target = path.join(dir, 'out.md');
    fs.writeFileSync(target, 'mine');
    let r = sow(['render', 'doc.sow.yaml', '--format', 'md', '-o', 'out.md'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /out\.md: already exists; pass --force to overwrite it/);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'mine');
    r = sow(['render', 'doc.sow.yaml', '--format', 'md', '-o', 'out.md', '--force'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /^sow: wrote out\.md$/m);
    assert.match(fs.readFileSync(target, 'utf8'), /mermaid/);
    r = sow(['render', 'doc.sow.yaml', '--format', 'md', '-o', 'new.md'], dir);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /wrote new\.md/);
  });

  it('refuses non-regular inputs (a device, a FIFO) as lint does', () => {
    let r = sow(['render', '/dev/zero'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /not a regular file/);
    execFileSync('mkfifo', [path.join(dir, 'pipe.sow.yaml')]);
    r = sow(['render', 'pipe.sow.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /pipe\.sow\.yaml: not a regular file/);
  });
});

describe('sow lint: a document that was not reviewed is not a pass', () => {
  let dir: string;
  before(() => {
    dir = scratch('unreviewed');
    copyExample('anti-patterns', path.join(dir, 'doc.sow.yaml'));
    fs.writeFileSync(path.join(dir, '.sowrc.yaml'), 'maxDocumentSize: 1\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 1 with a distinct message; --allow-unreviewed accepts it explicitly; the notice is a warning', () => {
    const r = sow(['lint', '--format', 'json', 'doc.sow.yaml'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /doc\.sow\.yaml: NOT REVIEWED .*--allow-unreviewed/);
    const [report] = JSON.parse(r.out) as JsonFile[];
    assert.strictEqual(report.reviewed, false);
    assert.deepStrictEqual(report.findings.map((f) => [f.code, f.severity]), [['sow/document-too-large', 'warning']]);
    const sarif = JSON.parse(sow(['lint', '--format', 'sarif', 'doc.sow.yaml'], dir).out) as Log;
    const notice = sarif.runs[0].invocations![0].toolExecutionNotifications![0];
    assert.match(notice.message.text!, /^Not reviewed: /);
    assert.strictEqual(notice.locations![0].physicalLocation!.artifactLocation!.uri, 'doc.sow.yaml');
    const allowed = sow(['lint', '--allow-unreviewed', 'doc.sow.yaml'], dir);
    assert.strictEqual(allowed.code, 0, allowed.err);
    assert.match(allowed.out, /1 not reviewed/);
  });
});

describe('sow lint: file names and messages cannot forge output lines', () => {
  let dir: string;
  const evil = 'x\n::error file=a,line=1::forged\r\u2028.sow.yaml';
  before(() => {
    dir = scratch('forge');
    copyExample('anti-patterns', path.join(dir, evil));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const format of ['text', 'github', 'markdown', 'junit']) {
    it(`--format ${format}: no line begins with the forged command, the name is escaped`, () => {
      const r = sow(['lint', '--format', format, '.'], dir);
      assert.strictEqual(r.code, 1, r.err);
      const lines = r.out.split(/\r\n|\r|\n|\u2028/);
      assert.ok(!lines.some((l) => l.startsWith('::error file=a')), 'forged workflow command');
      assert.ok(!/[\r\u2028]/.test(r.out), 'raw control characters');
      if (format === 'github') assert.ok(r.out.includes('file=x%0A%3A%3Aerror file=a%2Cline=1%3A%3Aforged%0D\\u2028.sow.yaml,'), 'escaped as the runner decodes it');
      if (format === 'text') assert.ok(r.out.includes('x\\n::error file=a,line=1::forged\\r\\u2028.sow.yaml:'), 'escaped visibly');
      if (format === 'junit') assert.strictEqual(XMLValidator.validate(r.out), true);
    });
  }
});
