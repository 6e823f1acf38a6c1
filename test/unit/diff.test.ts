// The engine's version comparison on pairs of real documents with known changes: material and
// not, section labels in the template's terms, findings and readiness before → after.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SowDocument } from '../../server/src/engine/document';
import { compareVersions } from '../../server/src/engine/diff/compare';
import { MATERIAL_FIELDS } from '../../server/src/engine/diff/material';
import { changeReportMarkdown, changeReportText } from '../../server/src/engine/diff/report';
import { diffValues } from '../../server/src/engine/diff/values';
import { reviewDocument } from '../../server/src/engine/review';
import { schemaAt } from '../../server/src/engine/schema/navigate';
import { example, mutate, TODAY } from '../support/rules';

const version = (text: string) => {
  const doc = new SowDocument('file:///v.sow.yaml', 1, text);
  return { doc, review: reviewDocument(doc, { today: TODAY }) };
};
const compare = (before: string, after: string) => compareVersions(version(before), version(after));
const base = example('well-architected');

describe('sow diff (engine)', () => {
  it('an unchanged document, and one with only comments, order and wording changed, have no material change', () => {
    assert.deepStrictEqual(compare(base, base).sections, []);
    const reworded = mutate(base, [
      [['executive_summary', 'business_overview'], 'A reworded overview.'],
      [['business_requirements', 'regulatory_compliance', 'compliance_frameworks'], ['soc-2', 'gdpr']],
    ]).replace('governance_security:', '# a new comment\ngovernance_security:');
    const report = compare(base, reworded);
    assert.strictEqual(report.material.length, 0);
    assert.deepStrictEqual(report.sections.map((s) => s.section), ['Business Overview']);
    assert.strictEqual(report.sections[0].changes[0].kind, 'changed');
  });

  it('deployment model, authentication, residency and a dropped product are material, each with its reason and section', () => {
    const after = mutate(base, [
      [['deployment', 'model'], 'hybrid'],
      [['governance_security', 'access_control', 'backend_api_auth'], ['oauth-m2m', 'pat']],
      [['business_requirements', 'regulatory_compliance', 'data_residency'], ['customer-region', 'customer-cloud-account']],
      [['architecture', 'products', 'lakebase', 'status'], 'not-using'],
      [['header', 'document_version'], '2.1'],
    ]);
    const report = compare(base, after);
    const material = report.material.map((c) => [c.path.join('.'), c.kind]);
    assert.deepStrictEqual(material.sort(), [
      ['architecture.products.lakebase.status', 'changed'],
      ['business_requirements.regulatory_compliance.data_residency', 'added'],
      ['deployment.model', 'changed'],
      ['governance_security.access_control.backend_api_auth', 'added'],
    ]);
    const model = report.sections.find((s) => s.section === '2.1 Selected Deployment Model')!.changes[0];
    assert.deepStrictEqual([model.before, model.after], ['partner-hosted', 'hybrid']);
    assert.match(model.material!.reason, /Deployment model/);
    assert.ok(report.sections.some((s) => s.section === '3.3 Databricks Product Usage'));
    // PAT introduced PWAF-SEC-001; nothing was resolved; a pillar's readiness dropped.
    assert.deepStrictEqual(report.findings.introduced.map((f) => f.code), ['PWAF-SEC-001']);
    assert.ok(report.readiness.some((p) => p.after! < p.before!));
    assert.deepStrictEqual(report.version, { before: '2.0', after: '2.1' });
    const text = changeReportText(report, { before: 'v1', after: 'v2' });
    assert.match(text, /^MATERIAL CHANGES: 4 /m);
    assert.match(text, /^§2\.1 Selected Deployment Model\n  ~ .*: partner-hosted → hybrid {3}\[material: Deployment model/m);
    assert.doesNotMatch(text, /document_version is still/);
    assert.match(changeReportMarkdown(report, { before: 'v1', after: 'v2' }), /\| `partner-hosted` → `hybrid` \| ⚠️ Deployment model/);
  });

  it('a product added is material; fixing a finding shows it resolved; material changes without a new document_version are called out', () => {
    const anti = example('anti-patterns');
    const after = mutate(anti, [[['architecture', 'products', 'lakebase'], { status: 'using', details: 'App state in Lakebase.' }]]);
    const report = compare(anti, after);
    assert.ok(report.material.some((c) => c.path.join('.') === 'architecture.products.lakebase.status'));
    assert.match(changeReportText(report, { before: 'a', after: 'b' }), /document_version is still/);
    const fixed = mutate(anti, [[['governance_security', 'access_control', 'backend_api_auth'], ['oauth-m2m']]]);
    assert.ok(compare(anti, fixed).findings.resolved.some((f) => f.code === 'PWAF-SEC-001'));
  });

  it('lists of values compare as sets, rows by position, and a section that appears is reported by its leaves', () => {
    assert.deepStrictEqual(diffValues({ a: ['x', 'y'] }, { a: ['y', 'x'] }), []);
    assert.deepStrictEqual(diffValues({ a: ['x'] }, { a: ['y'] }), [
      { path: ['a'], kind: 'removed', before: 'x' },
      { path: ['a'], kind: 'added', after: 'y' },
    ]);
    assert.deepStrictEqual(diffValues({ t: [{ n: 1 }] }, { t: [{ n: 2 }, { n: 3 }] }), [
      { path: ['t', 0, 'n'], kind: 'changed', before: 1, after: 2 },
      { path: ['t', 1, 'n'], kind: 'added', after: 3 },
    ]);
    assert.deepStrictEqual(diffValues(null, { s: { k: 'v' } }), [{ path: ['s', 'k'], kind: 'added', after: 'v' }]);
  });

  it('every material field exists in the schema', () => {
    for (const m of MATERIAL_FIELDS) {
      const path = m.path.split('.').map((p) => (p === '*' ? 'unity_catalog' : p));
      assert.ok(schemaAt(path), m.path);
    }
  });
});

describe('docs/material-changes.md', () => {
  it('lists every material field of the table, with its reason', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../docs/material-changes.md'), 'utf8');
    for (const m of MATERIAL_FIELDS) assert.ok(doc.includes(`| \`${m.path}\` | ${m.reason} |`), m.path);
  });
});
