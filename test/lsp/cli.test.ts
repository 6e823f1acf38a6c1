// The built CLI (`node dist/cli.js`) as CI runs it: exit codes, bad input, output formats, and
// the same findings the language server publishes for the same file.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Log } from 'sarif';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';

const CLI = path.join(ROOT, 'dist/cli.js');
const EXAMPLES = path.join(ROOT, 'examples');

function sow(args: string[], cwd = ROOT): { code: number | null; out: string; err: string } {
  const r = spawnSync('node', [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonReport {
  file: string;
  findings: Array<{ code: string; severity: string; message: string; line: number; column: number; lspRange: { start: { line: number; character: number }; end: { line: number; character: number } } }>;
}

describe('sow lint (CLI)', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-cli-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('exits 1 on the anti-patterns example and prints file:line:col severity code message', () => {
    const r = sow(['lint', 'examples/anti-patterns.sow.yaml']);
    assert.strictEqual(r.code, 1, r.err);
    assert.match(r.out, /^examples\/anti-patterns\.sow\.yaml:\d+:\d+ error PWAF-SEC-001 /m);
    assert.match(r.out, /1 file checked: [1-9]\d* errors/);
  });

  it('exits 0 on the well-architected example, and 1 with --max-warnings 0 only if it has warnings', () => {
    const r = sow(['lint', 'examples/well-architected.sow.yaml']);
    assert.strictEqual(r.code, 0, r.out + r.err);
    const warnings = Number(/(\d+) warnings/.exec(r.out)![1]);
    assert.strictEqual(sow(['lint', '--max-warnings', '0', 'examples/well-architected.sow.yaml']).code, warnings > 0 ? 1 : 0);
  });

  it('finds every SOW document in a directory and through a glob', () => {
    const dir = sow(['lint', '--format', 'json', 'examples']);
    const files = (JSON.parse(dir.out) as JsonReport[]).map((r) => r.file).sort();
    assert.deepStrictEqual(files, ['examples/anti-patterns.sow.yaml', 'examples/starter.sow.yaml', 'examples/well-architected.sow.yaml']);
    const glob = sow(['lint', '--format', 'json', 'examples/*-*.sow.yaml']);
    assert.deepStrictEqual((JSON.parse(glob.out) as JsonReport[]).map((r) => r.file).sort(), ['examples/anti-patterns.sow.yaml', 'examples/well-architected.sow.yaml']);
  });

  it('a missing file, a folder without SOWs and a non-regular file are reported, exit 2, and the other files are still checked', () => {
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    const r = sow(['lint', '--format', 'json', 'nope.sow.yaml', empty, '/dev/null', 'examples/anti-patterns.sow.yaml']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /nope\.sow\.yaml: no such file or directory/);
    assert.match(r.err, /directory contains no \*\.sow\.yaml file/);
    assert.match(r.err, /\/dev\/null: not a regular file/);
    const reports = JSON.parse(r.out) as JsonReport[];
    assert.deepStrictEqual(reports.map((x) => x.file), ['examples/anti-patterns.sow.yaml']);
    assert.ok(reports[0].findings.some((f) => f.code === 'PWAF-SEC-001'));
  });

  it('a file that cannot be read as text is a finding, not a crash', () => {
    const file = path.join(tmp, 'binary.sow.yaml');
    fs.writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x80, 0x0a, 0x3a, 0x3a]));
    const r = sow(['lint', '--format', 'json', file]);
    assert.strictEqual(r.code, 1, r.err);
    assert.ok((JSON.parse(r.out) as JsonReport[])[0].findings.every((f) => f.code.startsWith('yaml/') || f.code.startsWith('schema/')));
  });

  for (const [args, message] of [
    [['lint'], /lint needs at least one file/],
    [['lint', '--format', 'xml', 'examples'], /--format must be one of text, json, sarif, github, junit, markdown/],
    [['lint', '--max-warnings=-1', 'examples'], /--max-warnings needs a whole number/],
    [['lint', '--max-warnings', '-1', 'examples'], /option --max-warnings needs a value/],
    [['lint', '--nope', 'examples'], /unknown option --nope/],
    [['lint', '--config'], /option --config needs a value/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ] as const) {
    it(`bad usage (${args.join(' ')}) prints the reason and the usage, exit 2`, () => {
      const r = sow([...args]);
      assert.strictEqual(r.code, 2);
      assert.match(r.err, message);
      assert.match(r.err, /Usage: sow /);
    });
  }

  it('a bad --config stops the run with exit 2 and says what is wrong', () => {
    const bad = path.join(tmp, 'bad.yaml');
    for (const [text, message] of [
      ['rules: [oops', /not valid YAML/],
      ['rules:\n  PWAF-NOPE-999: off\n', /unknown rule id "PWAF-NOPE-999"/],
      ['rules:\n  PWAF-SEC-001: loud\n', /"loud" is not one of/],
      ['colour: red\n', /unknown setting "colour"/],
    ] as const) {
      fs.writeFileSync(bad, text);
      const r = sow(['lint', '--config', bad, 'examples/anti-patterns.sow.yaml']);
      assert.strictEqual(r.code, 2, text);
      assert.match(r.err, message);
    }
    assert.match(sow(['lint', '--config', path.join(tmp, 'absent.yaml'), 'examples']).err, /cannot read \(ENOENT\)/);
  });

  it('a broken .sowrc.yaml in one folder fails that folder only; a good one applies to its folder', () => {
    const good = fs.mkdtempSync(path.join(tmp, 'good-'));
    const broken = fs.mkdtempSync(path.join(tmp, 'broken-'));
    fs.copyFileSync(path.join(EXAMPLES, 'anti-patterns.sow.yaml'), path.join(good, 'a.sow.yaml'));
    fs.copyFileSync(path.join(EXAMPLES, 'anti-patterns.sow.yaml'), path.join(broken, 'b.sow.yaml'));
    fs.writeFileSync(path.join(good, '.sowrc.yaml'), 'rules:\n  PWAF-SEC-001: off\n');
    fs.writeFileSync(path.join(broken, '.sowrc.yaml'), 'rules: {PWAF-SEC-001: sometimes}\n');
    const r = sow(['lint', '--format', 'json', good, broken]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /\.sowrc\.yaml: rule PWAF-SEC-001: "sometimes"/);
    const reports = JSON.parse(r.out) as JsonReport[];
    assert.strictEqual(reports.length, 1);
    assert.ok(reports[0].findings.length > 0 && !reports[0].findings.some((f) => f.code === 'PWAF-SEC-001'), 'the good folder is checked with its config');
  });

  it('a config is data: YAML tags that would construct objects elsewhere are rejected or read as text, never run', () => {
    const marker = path.join(tmp, 'pwned');
    const config = path.join(tmp, 'tagged.yaml');
    fs.writeFileSync(config, `rules: !!js/function "function () { require('fs').writeFileSync('${marker}', 'x') }"\n`);
    const r = sow(['lint', '--config', config, 'examples/well-architected.sow.yaml']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /"rules" must map rule ids/);
    assert.ok(!fs.existsSync(marker));
  });

  it('--format sarif writes a SARIF 2.1.0 log whose results point at rules it describes', () => {
    const r = sow(['lint', '--format', 'sarif', 'examples/anti-patterns.sow.yaml']);
    const log = JSON.parse(r.out) as Log;
    assert.strictEqual(log.version, '2.1.0');
    const run = log.runs[0];
    const ruleIds = new Set(run.tool.driver.rules!.map((x) => x.id));
    assert.ok(ruleIds.size >= 50);
    for (const rule of run.tool.driver.rules!) assert.match(rule.helpUri!, /^https:\/\/.*docs\/rules\.md#pwaf-/);
    assert.ok(run.results!.length > 10);
    for (const result of run.results!) {
      if (result.ruleId!.startsWith('PWAF-')) assert.ok(ruleIds.has(result.ruleId!), result.ruleId);
      const region = result.locations![0].physicalLocation!.region!;
      assert.ok(region.startLine! >= 1 && region.startColumn! >= 1 && region.endLine! >= region.startLine!);
      assert.strictEqual(result.locations![0].physicalLocation!.artifactLocation!.uri, 'examples/anti-patterns.sow.yaml');
    }
  });

  it('reports exactly what the language server publishes for the same file (hints are editor-only)', async () => {
    const file = path.join(EXAMPLES, 'anti-patterns.sow.yaml');
    const cli = (JSON.parse(sow(['lint', '--format', 'json', file]).out) as JsonReport[])[0].findings;
    const client = new LspClient({ command: ['node', path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
    try {
      await client.initialize();
      const published = await client.openAndWait(`file://${file}`, fs.readFileSync(file, 'utf8'));
      const key = (code: unknown, r: JsonReport['findings'][number]['lspRange'], message: string) => `${String(code)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${message}`;
      const HINT = 4; // DiagnosticSeverity.Hint: renamed product names, struck through in the editor
      assert.ok(published.some((d) => d.severity === HINT), 'the example names a renamed product');
      const reviewed = published.filter((d) => d.severity !== HINT);
      assert.deepStrictEqual(reviewed.map((d) => key(d.code, d.range, d.message)).sort(), cli.map((f) => key(f.code, f.lspRange, f.message)).sort());
    } finally {
      await client.shutdown();
    }
  });
});
