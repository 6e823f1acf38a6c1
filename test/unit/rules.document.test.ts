import * as assert from 'assert';
import { documentRules } from '../../server/src/engine/rules/document';
import { PASSING_SOW } from '../support/passingSow';
import { describeCases, hitsOf } from '../support/ruleCases';
import { textAt } from '../support/rules';

const MS = ['implementation_plan', 'milestones'];

describeCases('document', () => PASSING_SOW, documentRules.map((r) => r.id), [
  { id: 'PWAF-DOC-001', edits: [[['header', 'partner_name'], 'Acme [Company Name] Ltd']], expect: ['[Company Name]'] },
  { id: 'PWAF-DOC-002', edits: [[['header', 'partner_name'], 'Runs on Delta Live Tables and Databricks Workflows']], expect: ['Delta Live Tables', 'Databricks Workflows'], fix: 'Rename to Lakeflow Spark Declarative Pipelines' },
  { id: 'PWAF-DOC-003', edits: [[[...MS, 1, 'target_date'], '2026-10-10']], expect: ['2026-10-10'] },
  { id: 'PWAF-DOC-004', edits: [[['executive_summary', 'product_overview', 'go_live_target'], '2026-01-01'], [[...MS, 2, 'target_date'], '2026-01-01']], expect: ['2026-01-01', '2026-01-01'] },
  { id: 'PWAF-DOC-005', edits: [[[...MS, 2, 'target_date'], '2027-09-30']], expect: ['2027-09-30'] },
  { id: 'PWAF-DOC-006', edits: [[['version_history', 1, 'version'], '0.9']], expect: ['"0.9"'] },
  { id: 'PWAF-DOC-006', edits: [[['version_history', 1, 'date'], '2026-08-01']], expect: ['2026-08-01'] },
  { id: 'PWAF-DOC-007', edits: [[['approval', 0, 'date'], '2026-09-15']], expect: ['2026-09-15'] },
  { id: 'PWAF-DOC-007', edits: [[['approval', 0, 'date'], '2027-01-15']], expect: ['2027-01-15'] },
]);

describe('rules: placeholders and renamed products in detail', () => {
  const text = [
    'header:',
    '  partner_name: "[Company Name]"',
    "  date: '[YYYY-MM-DD]'",
    '  notes: Use [Name] with DLT, not [see](https://x.example) or [1]',
    '  folded: >',
    '    some [Name] here',
    '    and more',
    '  escaped: "tab\\t [#] here"',
    '  metric: a [e.g., Retail] b [$] c [...]',
    '',
  ].join('\n');

  it('reports every placeholder at its exact text, or the whole scalar when the source is not verbatim', () => {
    const hits = hitsOf('PWAF-DOC-001', text);
    assert.deepStrictEqual(
      hits.map((h) => textAt(text, h.range)),
      ['[Company Name]', '[YYYY-MM-DD]', '[Name]', '>\n    some [Name] here\n    and more', '"tab\\t [#] here"', '[e.g., Retail]', '[$]', '[...]'],
    );
  });

  it('offers to remove a placeholder (the whole scalar when it is only the placeholder) and today for a date', () => {
    const hits = hitsOf('PWAF-DOC-001', text);
    const whole = hits[0].fixes[0].operations[0];
    assert.ok(whole.kind === 'replaceText' && textAt(text, whole.range) === '"[Company Name]"' && whole.text === '');
    assert.deepStrictEqual(hits[1].fixes.map((f) => f.title), ['Use today\'s date (2026-11-24)', 'Remove placeholder [YYYY-MM-DD]']);
    const inner = hits[2].fixes[0].operations[0];
    assert.ok(inner.kind === 'replaceText' && textAt(text, inner.range) === '[Name] ');
    assert.deepStrictEqual(hits[3].fixes, [], 'no text edit inside a folded scalar');
  });

  it('names the current product with an exact rename fix', () => {
    const hits = hitsOf('PWAF-DOC-002', text);
    assert.deepStrictEqual(hits.map((h) => [textAt(text, h.range), h.message]), [['DLT', '"DLT" is now called Lakeflow SDP.']]);
    assert.strictEqual(hitsOf('PWAF-DOC-002', 'a: dlt and delta live tables, databricks workflows\n').length, 0);
  });
});
