// Property: no edit of ours loses text or breaks the document. Over every example (LF and
// CRLF), every document in test/corpus/ and a seeded sample of fuzzed documents with findings,
// every offered quick fix (rule fixes, schema fixes, waivers) and fix-all must give text that
// parses at least as well as before, make its finding go away, leave every byte outside the node
// it edits unchanged (comments included), add no duplicate key or list item, raise no error that
// was not there, and keep the document's line endings.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Node } from 'yaml';
import { codeActionsFor, fixAllEdits, schemaFixes } from '../../server/src/engine/actions/codeActions';
import { fixEdits, TextEdit } from '../../server/src/engine/actions/edits';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { Finding, Fix, FixOperation } from '../../server/src/engine/types';
import { applyTextEdits, example, ROOT, TODAY } from '../support/rules';
import { fuzzCorpus } from './corpus';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
/** Fuzzed documents whose fixes are all tried (each one costs a review per fix). */
const SAMPLE = Number(process.env.FIX_SAMPLE ?? 30);

const EXAMPLES = { 'well-architected': example('well-architected'), 'anti-patterns': example('anti-patterns'), starter: example('starter') };

/** The examples with CRLF line ends, and every document of the shared corpus folder (may be empty). */
const CORPUS_DIR = path.join(ROOT, 'test', 'corpus');
const DOCUMENTS: Record<string, string> = {
  ...EXAMPLES,
  'anti-patterns (CRLF)': EXAMPLES['anti-patterns'].replace(/\n/g, '\r\n'),
  'starter (CRLF)': EXAMPLES.starter.replace(/\n/g, '\r\n'),
  'anti-patterns (lone CR)': EXAMPLES['anti-patterns'].replace(/\n/g, '\r'),
  ...Object.fromEntries(
    (fs.existsSync(CORPUS_DIR) ? fs.readdirSync(CORPUS_DIR) : [])
      .filter((f) => f.endsWith('.sow.yaml'))
      .sort()
      .map((f) => [`corpus/${f}`, fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8')]),
  ),
};

function review(doc: SowDocument) {
  return reviewDocument(doc, { today: TODAY });
}

const yamlErrors = (doc: SowDocument) => doc.syntaxFindings.filter((f) => f.severity === 'error').length;

/** Whole lines from the start of `start`'s line to the end of the line after `end`'s. */
function lineSpan(doc: SowDocument, start: number, end: number): [number, number] {
  const first = doc.positionAt(start).line;
  const last = Math.min(doc.lineCount - 1, doc.positionAt(end).line + 1);
  return [doc.offsetAt({ line: first, character: 0 }), doc.offsetAt({ line: last, character: Number.MAX_SAFE_INTEGER })];
}

/** The text an operation may touch: its node (with its key) or, when missing, the nearest ancestor that exists. */
function allowedRegion(doc: SowDocument, op: FixOperation): [number, number] {
  if (op.kind === 'replaceText') return [doc.offsetAt(op.range.start), doc.offsetAt(op.range.end)];
  for (let depth = op.path.length; depth >= 0; depth--) {
    const prefix = op.path.slice(0, depth);
    const node = (depth === 0 ? doc.yaml.contents : doc.nodeAt(prefix)) as Node | null | undefined;
    if (depth > 0 && !doc.pairAt(prefix) && typeof prefix[prefix.length - 1] !== 'number') continue;
    const key = depth > 0 ? (doc.pairAt(prefix)?.key as Node | null | undefined) : undefined;
    const start = key?.range?.[0] ?? node?.range?.[0];
    const end = node?.range?.[2] ?? key?.range?.[2];
    if (start !== undefined && end !== undefined) return lineSpan(doc, start, end);
  }
  return [0, doc.text.length];
}

function assertInside(doc: SowDocument, edits: TextEdit[], regions: Array<[number, number]>, what: string): void {
  for (const e of edits) {
    const [s, t] = [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)];
    assert.ok(
      regions.some(([a, b]) => s >= a && t <= b),
      `${what}: edit ${JSON.stringify(e)} reaches outside the node it fixes ${JSON.stringify(regions.map(([a, b]) => doc.text.slice(a, Math.min(b, a + 80))))}`,
    );
  }
}

const count = (findings: Finding[], code: string) => findings.filter((f) => f.code === code).length;

/** Line breaks of a text by kind. */
function lineBreaks(text: string): { crlf: number; lf: number; cr: number } {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  return { crlf, lf: (text.match(/\n/g) ?? []).length - crlf, cr: (text.match(/\r/g) ?? []).length - crlf };
}

/**
 * What no edit may do: add a kind of line break the document did not use, add a duplicate key
 * or list item, or raise an error finding (by code) that was not there before.
 */
function assertNoDamage(what: string, before: SowDocument, beforeFindings: Finding[], after: SowDocument, afterFindings: Finding[]): void {
  const [b, a] = [lineBreaks(before.text), lineBreaks(after.text)];
  for (const kind of ['crlf', 'lf', 'cr'] as const) {
    if (b[kind] === 0) assert.strictEqual(a[kind], 0, `${what}: inserted ${kind.toUpperCase()} line breaks into a document that has none`);
  }
  for (const code of ['yaml/duplicate-key', 'schema/duplicate-item']) {
    assert.ok(count(afterFindings, code) <= count(beforeFindings, code), `${what}: adds a duplicate (${code}): ${afterFindings.filter((f) => f.code === code).map((f) => f.message).join('; ')}`);
  }
  // A finding folded into another (related information: one problem, one finding) was already
  // stated; fixing the finding that held it lets it stand alone, which is no new problem.
  const stated = beforeFindings.flatMap((f) => [f.code, ...(f.related ?? []).map((r) => r.code)]);
  const errors = afterFindings.filter((f) => f.severity === 'error');
  const fresh = errors.filter((f) => count(errors, f.code) > stated.filter((c) => c === f.code).length);
  assert.deepStrictEqual(fresh.map((f) => `${f.code}: ${f.message}`), [], `${what}: raises new errors`);
}

/**
 * `strict`: every single fix is held to assertNoDamage too (documents written by people; a
 * fuzzed document's alternative fixes may legitimately trade one broken field for another).
 */
function checkDocument(name: string, text: string, strict = true): number {
  const doc = new SowDocument('file:///property.sow.yaml', 1, text);
  const before = review(doc);
  let tried = 0;
  for (const finding of before.findings) {
    const fixes: Fix[] = [...(finding.data?.fixes ?? []), ...schemaFixes(doc, finding)];
    for (const fix of fixes) {
      const edits = fixEdits(doc, fix);
      if (!edits.length) continue;
      tried++;
      const what = `${finding.code} "${fix.title}" on ${name}`;
      assertInside(doc, edits, fix.operations.map((op) => allowedRegion(doc, op)), what);
      const after = new SowDocument(doc.uri, 2, applyTextEdits(doc, edits));
      assert.ok(yamlErrors(after) <= yamlErrors(doc), `${what}: the result has new YAML errors: ${after.syntaxFindings.map((f) => f.message).join('; ')}`);
      const afterFindings = review(after).findings;
      if (strict) assertNoDamage(what, doc, before.findings, after, afterFindings);
      if (fix.preferred && !finding.code.startsWith('yaml/')) {
        assert.ok(count(afterFindings, finding.code) < count(before.findings, finding.code), `${what}: the finding is still there`);
      }
    }
    // The waiver: a comment line inserted above, nothing else touched, and the finding goes.
    const waive = codeActionsFor(doc, before, finding.range, ['quickfix']).find((a) => a.diagnostics?.includes(finding) && a.title.startsWith('Waive'));
    if (waive) {
      tried++;
      const edits = Object.values(waive.edit.changes).flat();
      for (const e of edits) {
        assert.deepStrictEqual(e.range.start, e.range.end, `${finding.code} waiver on ${name} replaces text`);
        assert.match(e.newText, /^\s*# sow-waive [A-Z0-9-]+: .*\n\s*$|^\n?\s*# sow-waive /, `${finding.code} waiver on ${name} inserts more than a comment`);
      }
      const after = new SowDocument(doc.uri, 2, applyTextEdits(doc, edits));
      const afterFindings = review(after).findings;
      if (strict) assertNoDamage(`${finding.code} waiver on ${name}`, doc, before.findings, after, afterFindings);
      assert.ok(count(afterFindings, finding.code) < count(before.findings, finding.code), `${finding.code} waiver on ${name}: the finding is still there`);
    }
  }
  // Fix-all: parses as well as before, fewer auto-fixable findings, every comment line kept.
  const all = fixAllEdits(doc, before, { today: TODAY });
  if (all.length) {
    tried++;
    const after = new SowDocument(doc.uri, 2, applyTextEdits(doc, all));
    assert.ok(yamlErrors(after) <= yamlErrors(doc), `fix-all on ${name}: new YAML errors`);
    const afterReview = review(after);
    assertNoDamage(`fix-all on ${name}`, doc, before.findings, after, afterReview.findings);
    const fixable = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.data?.fixes?.some((x) => x.preferred)).length;
    assert.ok(fixable(afterReview) < fixable(before), `fix-all on ${name} fixed nothing`);
    const lines = new Set(after.text.split(/\r\n|\r|\n/).map((l) => l.trim()));
    for (const comment of text.split(/\r\n|\r|\n/).filter((l) => /^\s*#/.test(l))) assert.ok(lines.has(comment.trim()), `fix-all on ${name} lost the comment ${comment.trim()}`);
  }
  return tried;
}

describe('quick fixes never lose text (property)', function () {
  this.timeout(0);
  let total = 0;
  after(() => {
    // eslint-disable-next-line no-console
    console.log(`      property: ${total} fixes applied and checked`);
  });

  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`every fix on ${name}`, () => {
      total += checkDocument(name, text);
    });
  }

  it(`every fix on ${SAMPLE} fuzzed documents with findings (seed ${SEED})`, () => {
    const corpus = fuzzCorpus(EXAMPLES, SEED, SAMPLE * 4)
      .filter((c) => c.name.includes('mutation') || c.name.includes('wrong type'))
      .filter((c) => review(new SowDocument('file:///p.sow.yaml', 1, c.text)).findings.some((f) => f.data?.fixes?.length));
    assert.ok(corpus.length >= SAMPLE, `only ${corpus.length} fuzzed documents with fixes`);
    for (const c of corpus.slice(0, SAMPLE)) total += checkDocument(c.name, c.text, false);
  });
});
