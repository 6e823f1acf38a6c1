// `sow import` and `sow render --format docx` as processes (node dist/cli.js), the Word file read
// back by an independent reader (Debian's pandoc) and unzipped for the diagram image.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { ROOT } from '../support/rules';

const CLI = path.join(ROOT, 'dist/cli.js');
const FIXTURES = path.join(ROOT, 'test/fixtures/import');

function sow(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync('node', [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function pandoc(file: string, to: string): string {
  const r = spawnSync('pandoc', [file, '-t', to, '--wrap=none'], { encoding: 'utf8' });
  if (r.error) throw new Error(`pandoc is needed to read the Word export back (apt-get install pandoc): ${r.error.message}`);
  assert.strictEqual(r.status, 0, r.stderr);
  return r.stdout;
}

describe('sow import (CLI)', function () {
  this.timeout(120_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-import-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('prints the .sow.yaml on stdout and the report on stderr, exit 0', () => {
    const r = sow(['import', path.join(FIXTURES, 'filled-template.md')]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(parse(r.out).header.partner_name, 'Northwind Data Co.');
    assert.match(r.err, /^sow import: .*filled-template\.md \(markdown\): \d+ fields mapped, \d+ lines kept as comments, 2 ambiguous answers left empty\./);
    assert.match(r.err, /Ambiguous \(left empty, quoted in a comment\):\n {2}line \d+: /);
    assert.match(r.err, /Kept as comments \(no field of the format\):\n/);
  });

  it('writes -o, refuses to overwrite without --force, and exits 2 on unreadable or unsupported input', () => {
    const out = path.join(tmp, 'tide.sow.yaml');
    assert.strictEqual(sow(['import', path.join(FIXTURES, 'filled-template.html'), '-o', out]).code, 0);
    assert.strictEqual(parse(fs.readFileSync(out, 'utf8')).header.product_name, 'Tide');
    const again = sow(['import', path.join(FIXTURES, 'filled-template.html'), '-o', out]);
    assert.strictEqual(again.code, 2);
    assert.match(again.err, /exists; use --force/);
    assert.strictEqual(sow(['import', path.join(FIXTURES, 'filled-template.html'), '-o', out, '--force']).code, 0);
    const missing = sow(['import', path.join(tmp, 'nope.md')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /cannot read \(ENOENT\)/);
    const unsupported = sow(['import', path.join(ROOT, 'package.json')]);
    assert.strictEqual(unsupported.code, 2);
    assert.match(unsupported.err, /unsupported file type/);
    fs.writeFileSync(path.join(tmp, 'fake.docx'), 'not a zip');
    const fake = sow(['import', path.join(tmp, 'fake.docx')]);
    assert.strictEqual(fake.code, 2);
    assert.match(fake.err, /not a Word \.docx file/);
  });
});

describe('sow render --format docx (CLI)', function () {
  this.timeout(180_000);
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-docx-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes a Word file pandoc reads: template headings, ☒/☐ options, tables, the diagram as an image', () => {
    const file = path.join(tmp, 'wa.docx');
    const r = sow(['render', 'examples/well-architected.sow.yaml', '--format', 'docx', '-o', file]);
    assert.strictEqual(r.code, 0, r.err);
    const md = pandoc(file, 'markdown');
    for (const heading of ['# Document Purpose', '# 1. Business Requirements', '## 3.1 Reference Architecture Diagram', '# 12. Appendices', '# Document Approval', '# Version History']) {
      assert.ok(md.includes(`\n${heading}\n`), `heading ${heading}`);
    }
    // Options are indented paragraphs (pandoc shows them as quotes); the chosen one is bold.
    const flat = md.replace(/^> ?/gm, '').replace(/\n{2,}/g, '\n');
    assert.match(flat, /☒ \*\*Partner Hosted SaaS\*\*/);
    assert.match(flat, /☐ Side Car/);
    assert.match(flat, /### Unity Catalog\n☒ \*\*Using\*\*\n☐ Roadmapped\n☐ Not Using/);
    assert.match(md, /\*\*Source type\*\* +\*\*Description\*\*.*\n +-{5,} +-{5,}/, 'a real table');
    assert.match(md, /!\[[^\]]*\]\(media\/image1\.png[ )]/, 'the diagram is an image in the document');
    assert.ok(md.indexOf('media/image1.png') > md.indexOf('## 3.1 Reference Architecture Diagram') && md.indexOf('media/image1.png') < md.indexOf('## 3.2 Data Flow'), 'in 3.1');
    assert.ok(!md.includes('Review Summary'), 'no review appendix unless asked');
  });

  it('--with-review adds the review summary and every finding; without a browser 3.1 and stderr say so', () => {
    const file = path.join(tmp, 'ap.docx');
    const r = sow(['render', 'examples/anti-patterns.sow.yaml', '--format', 'docx', '--with-review', '-o', file], { CHROMIUM_PATH: path.join(tmp, 'no-chromium') });
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /warning: the architecture diagram is not in the Word file: no Chromium at .*Install Chromium/);
    const text = pandoc(file, 'plain');
    assert.match(text, /The architecture diagram could not be drawn for this export \(no Chromium at /);
    assert.match(text, /Review Summary/);
    assert.match(text, /PWAF-SEC-001/);
    assert.ok(!pandoc(file, 'markdown').includes('media/image'), 'no image without a browser');
  });
});
