// Regression tests for fixes that broke documents (issue 17, items 2–5): a "did you mean" that
// repeats a key, fix-all adding one list item twice, "Change to 'null'", a fix that raises
// another rule's error, and LF lines inserted into CRLF documents.
import * as assert from 'assert';
import { codeActionsFor, fixAllEdits, FIX_ALL_KIND } from '../../server/src/engine/actions/codeActions';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { Finding } from '../../server/src/engine/types';
import { applyTextEdits, example, TODAY } from '../support/rules';

const URI = 'file:///hardening.sow.yaml';
const doc = (text: string) => new SowDocument(URI, 1, text);
const reviewOf = (text: string) => reviewDocument(doc(text), { today: TODAY });
const EVERYWHERE = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function sub(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function fixAll(text: string): string {
  return applyTextEdits(doc(text), fixAllEdits(doc(text), reviewOf(text), { today: TODAY }));
}

const codes = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

describe('fixes that cannot break a document', () => {
  it('"did you mean" never suggests a key that is already there (dat: next to date:)', () => {
    const text = sub(example('well-architected'), '  date: 2026-02-27\n', '  date: 2026-02-27\n  dat: 2026-03-01\n');
    const review = reviewOf(text);
    const unknown = codes(review.findings, 'schema/unknown-property').find((f) => f.data?.path?.join('.') === 'header.dat');
    assert.ok(unknown, 'the unknown key is reported');
    assert.ok(!unknown.data?.suggestions?.includes('date'), `suggests ${unknown.data?.suggestions}`);
    assert.doesNotMatch(unknown.message, /Did you mean "date"/);
    const titles = codeActionsFor(doc(text), review, unknown.range).map((a) => a.title);
    assert.ok(!titles.includes("Change to 'date'"), titles.join(' | '));
    const out = fixAll(text);
    assert.strictEqual(codes(reviewOf(out).findings, 'yaml/duplicate-key').length, 0, 'fix-all repeats a key');
    assert.match(out, /^ {2}date: 2026-02-27$/m, 'the date keeps its value');
  });

  it('fix-all on the anti-patterns example adds each list item once (two fixes add serverless-budget-policies)', () => {
    // Manual tag enforcement (→ cluster policies + serverless budget policies) and serverless
    // without budget policies (→ add serverless budget policies) both add to one list.
    const out = fixAll(example('anti-patterns'));
    assert.deepStrictEqual(codes(reviewOf(out).findings, 'schema/duplicate-item').map((f) => f.message), []);
    const enforcement = /enforcement_mechanisms:[^\n]*(?:\n\s+- [^\n]*)*/.exec(out)?.[0] ?? '';
    assert.strictEqual((enforcement.match(/serverless-budget-policies/g) ?? []).length, 1, enforcement);
  });

  it('"Change to" never offers or writes "null" for an enum that may be left empty', () => {
    const text = sub(example('well-architected'), 'pricing_model: ', 'pricing_model: nul #');
    const review = reviewOf(text);
    const finding = codes(review.findings, 'schema/enum').find((f) => f.data?.path?.join('.').endsWith('pricing_model'));
    assert.ok(finding, review.findings.map((f) => f.message).join('\n'));
    assert.ok(!finding.data?.suggestions?.includes('null'), `suggests ${finding.data?.suggestions}`);
    assert.match(finding.message, /or leave it empty/);
    const titles = codeActionsFor(doc(text), review, finding.range).map((a) => a.title);
    assert.ok(!titles.some((t) => /null/.test(t)), titles.join(' | '));
  });

  it('no fix of PWAF-SEC-013 (data in the customer account, Partner Hosted model) raises PWAF-ARCH-009 or another new error', () => {
    const text = example('anti-patterns');
    const review = reviewOf(text);
    const finding = codes(review.findings, 'PWAF-SEC-013')[0];
    assert.ok(finding);
    const fixes = codeActionsFor(doc(text), review, finding.range).filter((a) => a.diagnostics?.includes(finding) && !a.title.startsWith('Waive'));
    assert.ok(fixes.length > 0, 'a model fix is offered');
    const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error').map((f) => f.code);
    for (const action of fixes) {
      const after = reviewOf(applyTextEdits(doc(text), action.edit.changes[URI])).findings;
      assert.deepStrictEqual(codes(after, 'PWAF-ARCH-009').map((f) => f.message), [], action.title);
      assert.deepStrictEqual(errors(after).filter((c) => !errors(review.findings).includes(c)), [], action.title);
    }
  });

  it('on a CRLF document every quick fix, waiver and fix-all inserts CRLF line ends only', () => {
    const text = example('anti-patterns').replace(/\n/g, '\r\n');
    const d = doc(text);
    const review = reviewOf(text);
    const actions = [
      ...codeActionsFor(d, review, EVERYWHERE, ['quickfix']),
      ...codeActionsFor(d, review, EVERYWHERE, [FIX_ALL_KIND], { today: TODAY }),
    ];
    const inserting = actions.filter((a) => a.edit.changes[URI].some((e) => /[\r\n]/.test(e.newText)));
    assert.ok(inserting.length > 20, `only ${inserting.length} actions insert lines`);
    for (const a of inserting) {
      for (const e of a.edit.changes[URI]) assert.doesNotMatch(e.newText, /(^|[^\r])\n|\r(?!\n)/, `${a.title} inserts a bare line break: ${JSON.stringify(e.newText)}`);
      assert.doesNotMatch(applyTextEdits(d, a.edit.changes[URI]), /(^|[^\r])\n/, `${a.title} leaves a bare LF`);
    }
  });
});

describe('renamed products', () => {
  it('"Delta Live Tables pipelines" becomes "Lakeflow Spark Declarative pipelines", not "… Pipelines pipelines"', () => {
    const text = example('anti-patterns');
    assert.match(text, /Delta Live Tables pipelines/);
    const out = fixAll(text);
    assert.doesNotMatch(out, /Pipelines pipelines/i);
    assert.match(out, /Lakeflow Spark Declarative pipelines parse the EHR files/);
  });
});

describe('cancellation', () => {
  it('fix-all stops when its request is cancelled, between fixes', () => {
    const text = example('anti-patterns');
    const review = reviewOf(text);
    assert.ok(fixAllEdits(doc(text), review, { today: TODAY }).length > 0);
    let checks = 0;
    const cancelledSoon = { get isCancellationRequested() { return ++checks > 3; } };
    assert.deepStrictEqual(fixAllEdits(doc(text), review, { today: TODAY }, cancelledSoon), []);
    assert.ok(checks <= 5, `checked ${checks} times after cancellation`);
    const cancelled = { isCancellationRequested: true };
    assert.deepStrictEqual(codeActionsFor(doc(text), review, EVERYWHERE, [FIX_ALL_KIND, 'quickfix'], { today: TODAY }, cancelled), []);
  });
});
