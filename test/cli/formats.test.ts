// Every `sow lint` output format on a real document, read back with a real parser; --fix and
// --fix-dry-run on a copy of the anti-patterns example.
import * as assert from 'assert';
import { applyPatch } from 'diff';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import type { Log } from 'sarif';
import { parse } from 'yaml';
import { schemaFixes } from '../../server/src/engine/actions/codeActions';
import { applyFix } from '../../server/src/engine/actions/edits';
import { diffValues } from '../../server/src/engine/diff/values';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { Path } from '../../server/src/engine/types';
import { copyExample, scratch, sow } from './support';

const FILE = 'examples/anti-patterns.sow.yaml';

describe('sow lint formats', () => {
  const json = JSON.parse(sow(['lint', '--format', 'json', FILE]).out) as Array<{ findings: Array<{ code: string; line: number; column: number; endLine: number; lspRange: { start: { line: number; character: number } } }> }>;
  const text = sow(['lint', FILE]).out;

  it('json: 1-based line/column like the text format, and the 0-based LSP range named lspRange', () => {
    const findings = json[0].findings;
    assert.ok(findings.length > 10);
    for (const f of findings) {
      assert.strictEqual(f.line, f.lspRange.start.line + 1);
      assert.strictEqual(f.column, f.lspRange.start.character + 1);
      assert.ok(text.includes(`${FILE}:${f.line}:${f.column} `), `${f.code} at ${f.line}:${f.column} in the text output`);
    }
  });

  it('text and sarif carry the findings folded into one (related information) at their own places', () => {
    // Partial Unity Catalog: the Hive metastore and 60% targets are stated as one finding.
    assert.match(text, /error PWAF-GOV-001 [^\n]*\n  also PWAF-GOV-004 at \d+:\d+: /);
    const log = JSON.parse(sow(['lint', '--format', 'sarif', FILE]).out) as Log;
    const adoption = log.runs[0].results!.find((r) => r.ruleId === 'PWAF-GOV-001')!;
    const related = adoption.relatedLocations!.map((l) => l.message!.text!.split(':')[0]);
    assert.deepStrictEqual(related, ['PWAF-GOV-004', 'PWAF-GOV-016', 'PWAF-GOV-016']);
    assert.ok(adoption.relatedLocations!.every((l) => l.physicalLocation!.region!.startLine! > 1));
  });

  it('sarif: a 2.1.0 log with the same 1-based positions', () => {
    const log = JSON.parse(sow(['lint', '--format', 'sarif', FILE]).out) as Log;
    assert.strictEqual(log.version, '2.1.0');
    const lines = log.runs[0].results!.map((r) => r.locations![0].physicalLocation!.region!.startLine).sort((a, b) => a! - b!);
    assert.deepStrictEqual(lines, json[0].findings.map((f) => f.line).sort((a, b) => a - b));
  });

  it('junit: well-formed XML (parsed by a real parser), one failure per error', () => {
    const out = sow(['lint', '--format', 'junit', FILE, 'examples/well-architected.sow.yaml']).out;
    assert.strictEqual(XMLValidator.validate(out), true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(out) as {
      testsuites: { failures: string; testsuite: Array<{ name: string; failures: string; testcase: unknown }> };
    };
    const suites = doc.testsuites.testsuite;
    assert.deepStrictEqual(suites.map((s) => s.name), [FILE, 'examples/well-architected.sow.yaml']);
    const errors = text.split('\n').filter((l) => / error /.test(l)).length;
    assert.strictEqual(Number(suites[0].failures), errors);
    assert.strictEqual(Number(suites[1].failures), 0);
    assert.strictEqual(Number(doc.testsuites.failures), errors);
  });

  it('github: one workflow command per finding with 1-based positions', () => {
    const out = sow(['lint', '--format', 'github', FILE]).out.trim().split('\n');
    assert.strictEqual(out.length, json[0].findings.length + 1);
    const first = json[0].findings[0];
    assert.match(out[0], new RegExp(`^::(error|warning|notice) file=examples/anti-patterns\\.sow\\.yaml,line=${first.line},col=${first.column},endLine=${first.endLine}`));
  });

  it('markdown: a table row per finding with a link to the rule', () => {
    const out = sow(['lint', '--format', 'markdown', FILE]).out;
    assert.match(out, /^\| Line \| Severity \| Rule \| Message \|$/m);
    assert.strictEqual(out.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length, json[0].findings.length);
    assert.match(out, /\[PWAF-SEC-001\]\(https:\/\/[^)]+#pwaf-sec-001\)/);
  });
});

/**
 * The YAML paths the preferred fixes may touch: those of the document's findings, then of the
 * findings that appear once they are applied (fix-all re-reviews in rounds), applying each fix
 * on its own, one after another, as an oracle independent of fix-all's edit merging.
 */
function fixablePaths(text: string): Path[] {
  const paths: Path[] = [];
  for (let round = 0; round < 5; round++) {
    let doc = new SowDocument('file:///x.sow.yaml', 1, text);
    for (const f of reviewDocument(doc).findings) {
      const fix = [...(f.data?.fixes ?? []), ...schemaFixes(doc, f)].find((x) => x.preferred);
      if (!fix) continue;
      if (f.data?.path) paths.push(f.data.path);
      for (const op of fix.operations) if ('path' in op) paths.push(op.path);
      // Text ranges hold for the text they were found in only.
      if (!fix.operations.some((op) => op.kind === 'replaceText')) doc = new SowDocument(doc.uri, 1, applyFix(doc, fix));
    }
    if (doc.text === text) break;
    text = doc.text;
  }
  return paths;
}

describe('sow lint --fix / --fix-dry-run', () => {
  let dir: string;
  let file: string;
  let original: string;
  beforeEach(() => {
    dir = scratch('fix');
    file = copyExample('anti-patterns', path.join(dir, 'doc.sow.yaml'));
    original = fs.readFileSync(file, 'utf8');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--fix writes the file, reports what it resolved, leaves valid YAML and changes only the fixed nodes', () => {
    const r = sow(['lint', '--fix', '--format', 'json', 'doc.sow.yaml'], dir);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.notStrictEqual(fixed, original);
    assert.match(r.err, /^sow: fixed doc\.sow\.yaml: [1-9]\d* findings resolved$/m);
    // A finding the fixes created is reported as such (fix-all's duplicate items are issue 17's item 3).
    const created = r.err.split('\n').filter((l) => l.startsWith('  new at line ')).length;
    const codes = (text: string) => reviewDocument(new SowDocument('file:///x.sow.yaml', 1, text)).findings.map((f) => f.code);
    const newCodes = codes(fixed).filter((c) => !codes(original).includes(c));
    assert.ok(created >= newCodes.length, `every new kind of finding is reported (${newCodes.join(', ')})`);
    const remaining = (JSON.parse(r.out) as Array<{ findings: Array<{ code: string }> }>)[0].findings;
    assert.ok(!remaining.some((f) => f.code.startsWith('yaml/')), 'valid YAML');
    const allowed = fixablePaths(original);
    const related = (a: Path, b: Path) => a.slice(0, b.length).every((s, i) => s === b[i]) || b.slice(0, a.length).every((s, i) => s === a[i]);
    for (const change of diffValues(parse(original), parse(fixed))) {
      assert.ok(allowed.some((p) => related(change.path, p)), `${change.path.join('.')} changed but no preferred fix is about it`);
    }
  });

  it('--fix-dry-run prints a unified diff that applies to the original to give what --fix writes; the file is untouched', () => {
    const dry = sow(['lint', '--fix-dry-run', 'doc.sow.yaml'], dir);
    assert.match(dry.out, /^--- a\/doc\.sow\.yaml/m);
    assert.match(dry.out, /^\+\+\+ b\/doc\.sow\.yaml/m);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
    sow(['lint', '--fix', 'doc.sow.yaml'], dir);
    assert.strictEqual(applyPatch(original, dry.out), fs.readFileSync(file, 'utf8'));
  });

  it('--fix does not write through a symbolic link (exit 2, the target untouched)', () => {
    fs.symlinkSync(file, path.join(dir, 'link.sow.yaml'));
    const r = sow(['lint', '--fix', 'link.sow.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /link\.sow\.yaml: is a symbolic link; --fix does not write through it/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), original);
  });

  it('--fix and --fix-dry-run together are a usage error', () => {
    assert.strictEqual(sow(['lint', '--fix', '--fix-dry-run', 'doc.sow.yaml'], dir).code, 2);
  });
});
