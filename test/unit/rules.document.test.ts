import * as assert from 'assert';
import { documentRules } from '../../server/src/engine/rules/document';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, findingsOf, mutate, textAt } from '../support/rules';

const MS = ['implementation_plan', 'milestones'];
const GO_LIVE = ['executive_summary', 'product_overview', 'go_live_target'];
const WA = () => example('well-architected');

describeCases('document', WA, documentRules.map((r) => r.id), [
  { id: 'PWAF-DOC-001', edits: [[['header', 'partner_name'], 'Acme [Company Name] Ltd']], expect: ['[Company Name]'] },
  { id: 'PWAF-DOC-001', edits: [[['approval', 'databricks_sa', 'name'], '[Name]']], expect: ['[Name]'] },
  { id: 'PWAF-DOC-002', edits: [[['architecture', 'products', 'lakeflow', 'details'], 'Runs on Delta Live Tables and Databricks Workflows']], expect: ['Delta Live Tables', 'Databricks Workflows'], fix: 'Rename to Lakeflow Spark Declarative Pipelines' },
  { id: 'PWAF-DOC-003', edits: [[[...MS, 2, 'target_date'], '2026-03-15']], expect: ['2026-03-15'] },
  { id: 'PWAF-DOC-004', edits: [[GO_LIVE, '2026-01-01'], [[...MS, 0, 'target_date'], '2026-01-01']], expect: ['2026-01-01', '2026-01-01'] },
  { id: 'PWAF-DOC-005', edits: [[[...MS, 4, 'target_date'], '2026-10-30']], expect: ['2026-10-30'] },
  { id: 'PWAF-DOC-006', edits: [[['version_history', 2, 'version'], '0.9']], expect: ['"0.9"'] },
  { id: 'PWAF-DOC-006', edits: [[['version_history', 2, 'date'], '2026-01-20']], expect: ['2026-01-20'] },
  { id: 'PWAF-DOC-007', edits: [[['approval', 'partner_technical_lead', 'date'], '2026-02-01']], expect: ['2026-02-01'] },
  { id: 'PWAF-DOC-007', edits: [[['approval', 'databricks_sa', 'date'], '2027-01-15']], expect: ['2027-01-15'] },
]);

describe('rules: document dates in detail', () => {
  const wa = WA();

  it('names the signatory whose approval date is wrong', () => {
    const hits = hitsOf('PWAF-DOC-007', mutate(wa, [[['approval', 'partner_technical_lead', 'date'], '2026-02-01'], [['approval', 'databricks_built_on', 'date'], '2027-01-15']]));
    assert.deepStrictEqual(hits.map((h) => h.message), [
      "Partner Technical Lead (Priya Raman) approved on 2026-02-01, before this version's date 2026-02-27.",
      "Databricks Built-On Team representative (Alex Morgan)'s approval is dated 2027-01-15, in the future.",
    ]);
  });

  it('judges milestones by meaning: a first customer before Unity Catalog is live, wherever the rows stand', () => {
    // Rows in date order, but the first customer now depends on a Unity Catalog not yet live.
    const rows = [
      { milestone: 'Architecture Approved', target_date: '2026-02-27', success_criteria: 'Sign-off' },
      { milestone: 'First Customer Onboarded', target_date: '2026-05-01', success_criteria: '1 customer' },
      { milestone: 'Unity Catalog Live', target_date: '2026-06-10', success_criteria: '100% of tables' },
      { milestone: 'General Availability', target_date: '2026-09-15', success_criteria: 'Launch' },
    ];
    const hits = hitsOf('PWAF-DOC-003', mutate(wa, [[MS, rows]]));
    assert.deepStrictEqual(hits.map((h) => h.message), ['"First Customer Onboarded" (2026-05-01) is dated before "Unity Catalog Live" (2026-06-10), which it depends on.']);
    // The template's order kept but listed differently is fine.
    assert.deepStrictEqual(hitsOf('PWAF-DOC-003', mutate(wa, [[MS, [rows[3], rows[0], { ...rows[2], target_date: '2026-04-01' }, rows[1]]]])), []);
  });

  it('an unsigned approval without a date is not judged', () => {
    const text = mutate(wa, [[['approval', 'databricks_sa'], { name: 'Jordan Lee', signed: false, date: null }]]);
    assert.deepStrictEqual(hitsOf('PWAF-DOC-007', text), []);
  });

  it('the anti-patterns example reports its out-of-order milestone and leftover placeholder', () => {
    const text = example('anti-patterns');
    assert.deepStrictEqual(findingsOf(text, 'PWAF-DOC-003').map((f) => textAt(text, f.range)), ['2026-06-01']);
    assert.deepStrictEqual(findingsOf(text, 'PWAF-DOC-001').map((f) => textAt(text, f.range)), ['[Name]']);
    assert.deepStrictEqual(findingsOf(text, 'PWAF-DOC-002').map((f) => textAt(text, f.range)), ['Delta Live Tables']);
  });
});

describe('rules: placeholders and renamed products in detail', () => {
  // Every scalar style at keys of the format: plain, quoted, escaped and folded free text.
  const text = [
    'header:',
    '  partner_name: "[Company Name]"',
    "  date: '[YYYY-MM-DD]'",
    '  product_name: Use [Name] with DLT, not [see](https://x.example) or [1]',
    '  databricks_sponsor: "tab\\t [#] here"',
    '  databricks_sa: a [e.g., Retail] b [$] c [...]',
    'executive_summary:',
    '  business_overview:',
    '    problem_statement: >',
    '      some [Name] here',
    '      and more',
    '',
  ].join('\n');

  it('reports every placeholder at its exact text, or the whole scalar when the source is not verbatim', () => {
    const hits = hitsOf('PWAF-DOC-001', text);
    assert.deepStrictEqual(
      hits.map((h) => textAt(text, h.range)),
      ['[Company Name]', '[YYYY-MM-DD]', '[Name]', '"tab\\t [#] here"', '[e.g., Retail]', '[$]', '[...]', '>\n      some [Name] here\n      and more'],
    );
  });

  it('offers to remove a placeholder (the whole scalar when it is only the placeholder) and today for a date', () => {
    const hits = hitsOf('PWAF-DOC-001', text);
    const whole = hits[0].fixes[0].operations[0];
    assert.ok(whole.kind === 'replaceText' && textAt(text, whole.range) === '"[Company Name]"' && whole.text === '');
    assert.deepStrictEqual(hits[1].fixes.map((f) => f.title), ['Use today\'s date (2026-11-24)', 'Remove placeholder [YYYY-MM-DD]']);
    const inner = hits[2].fixes[0].operations[0];
    assert.ok(inner.kind === 'replaceText' && textAt(text, inner.range) === '[Name] ');
    assert.deepStrictEqual(hits[7].fixes, [], 'no text edit inside a folded scalar');
  });

  it('names the current product with an exact rename fix', () => {
    const hits = hitsOf('PWAF-DOC-002', text);
    assert.deepStrictEqual(hits.map((h) => [textAt(text, h.range), h.message]), [['DLT', '"DLT" is now called Lakeflow SDP.']]);
    assert.strictEqual(hitsOf('PWAF-DOC-002', 'header:\n  product_name: dlt and delta live tables, databricks workflows\n').length, 0);
  });
});
