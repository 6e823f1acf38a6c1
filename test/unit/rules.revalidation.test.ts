// PWAF-DOC-008 over real documents: the well-architected example as the approved version and
// edits of it as the current one, reviewed with the baseline as an input of the review.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { example, mutate, textAt, TODAY } from '../support/rules';

const ID = 'PWAF-DOC-008';
const approved = example('well-architected');
const HISTORY_ROW = { version: '2.1', date: '2026-03-20', author: 'Priya Raman', changes: 'Hybrid deployment for enterprise chains' };

function reviewAgainst(text: string, baseline: string | undefined) {
  const base = baseline === undefined ? undefined : new SowDocument('file:///approved.sow.yaml', 1, baseline);
  return reviewDocument(new SowDocument('file:///current.sow.yaml', 1, text), { today: TODAY, baseline: base });
}

describe('PWAF-DOC-008 material change without a new version', () => {
  it('reports a material change that keeps the approved version and history, on document_version', () => {
    const text = mutate(approved, [[['deployment', 'model'], 'hybrid'], [['governance_security', 'access_control', 'backend_api_auth'], 'pat']]);
    const hits = reviewAgainst(text, approved).findings.filter((f) => f.code === ID);
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /^Material change since the approved version \(2\.1 Deployment model, Backend API authentication\), but header\.document_version is still "2\.0" and version_history has no new entry: Databricks revalidation is needed/);
    assert.strictEqual(textAt(text, hits[0].range), '"2.0"');
    assert.strictEqual(reviewAgainst(text, approved).readiness.outcomes[ID], 'failed');
  });

  it('names what is still missing when only the version or only the history moved', () => {
    const changed = mutate(approved, [[['deployment', 'model'], 'hybrid']]);
    const versionOnly = mutate(changed, [[['header', 'document_version'], '2.1']]);
    assert.match(reviewAgainst(versionOnly, approved).findings.find((f) => f.code === ID)!.message, /but version_history has no new entry:/);
    const historyOnly = mutate(changed, [[['version_history', 4], HISTORY_ROW]]);
    assert.match(reviewAgainst(historyOnly, approved).findings.find((f) => f.code === ID)!.message, /but header\.document_version is still "2\.0":/);
  });

  it('passes with a new version and a history entry, and on changes that are not material', () => {
    const versioned = mutate(approved, [[['deployment', 'model'], 'hybrid'], [['header', 'document_version'], '2.1'], [['version_history', 4], HISTORY_ROW]]);
    const r = reviewAgainst(versioned, approved);
    assert.deepStrictEqual(r.findings.filter((f) => f.code === ID), []);
    assert.strictEqual(r.readiness.outcomes[ID], 'passed');
    const wording = mutate(approved, [[['executive_summary', 'business_overview', 'problem_statement'], 'Grocers lose revenue to out-of-stocks.']]);
    assert.deepStrictEqual(reviewAgainst(wording, approved).findings.filter((f) => f.code === ID), []);
  });

  it('a product moved from roadmapped to using is material', () => {
    const text = mutate(approved, [[['architecture', 'products', 'zerobus', 'status'], 'using']]);
    assert.match(reviewAgainst(text, approved).findings.find((f) => f.code === ID)?.message ?? '', /Material change since the approved version \(ZeroBus \(streaming ingestion\)\)/);
  });

  it('is not assessed without a baseline (never a pass), and a broken baseline does not break the review', () => {
    const alone = reviewAgainst(approved, undefined);
    assert.strictEqual(alone.readiness.outcomes[ID], 'not-assessed');
    const broken = reviewAgainst(approved, 'deployment: [unclosed\n  : :');
    assert.ok(broken.findings.every((f) => !f.code.startsWith('sow/rule-failed')));
    assert.deepStrictEqual(broken.findings.filter((f) => f.code === ID).length <= 1, true);
  });
});
