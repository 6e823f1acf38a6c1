// Hover from the knowledge base on real documents: a product key or slug shows its facts with
// sources for the document's cloud; a limit-bound number in prose shows the limit and its share.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { hoverAt } from '../../server/src/engine/hover/hover';
import { positionOf } from '../support/cursor';
import { example, mutate, textAt } from '../support/rules';

function hoverOn(text: string, needle: string, delta = 1, from = 0) {
  const doc = new SowDocument('file:///k.sow.yaml', 1, text);
  return hoverAt(doc, null, positionOf(text, needle, delta, from));
}

describe('hover: knowledge', () => {
  const wa = example('well-architected');

  it('on the lakebase key: Lakebase facts with their sources', () => {
    const result = hoverOn(wa, '    lakebase:', 6);
    assert.ok(result);
    assert.match(result.contents, /\*\*Lakebase: what the platform guarantees and limits\*\* _\(AWS\)_/);
    assert.match(result.contents, /2 TB/);
    assert.match(result.contents, /\[Source\]\(https:\/\/learn\.microsoft\.com\/[^)]+oltp[^)]+\)/);
  });

  it('on the delta-sharing slug: Delta Sharing limits', () => {
    const start = wa.indexOf('advanced_features:');
    const result = hoverOn(wa, 'delta-sharing', 2, start);
    assert.ok(result);
    assert.match(result.contents, /5,000 Delta Sharing recipients/);
    assert.match(result.contents, /\[Source\]\(https:\/\/docs\.databricks\.com\/aws\/en\/resources\/limits\)/);
  });

  it('per-cloud facts follow the document\'s cloud', () => {
    const gcp = mutate(wa, [[['deployment', 'cloud', 'primary'], 'gcp']]);
    const result = hoverOn(gcp, '    databricks_apps:', 6);
    assert.ok(result);
    assert.match(result.contents, /up to 50 Databricks apps/);
    assert.doesNotMatch(result.contents, /up to 100 Databricks apps/);
  });

  it('on a limit-bound number in prose: the limit, the share of it and the source', () => {
    const text = mutate(wa, [[['architecture', 'products', 'delta_sharing', 'details'], 'About 6,000 recipients by month 24.']]);
    const doc = new SowDocument('file:///k.sow.yaml', 1, text);
    const result = hoverAt(doc, null, positionOf(text, '6,000 recipients', 2));
    assert.ok(result);
    assert.strictEqual(textAt(text, result.range), '6,000 recipients');
    assert.match(result.contents, /\*\*Platform limit:\*\* 5,000 recipients per metastore \(raisable on request\)\. \*\*120% of the limit: over it\.\*\*/);
    assert.match(result.contents, /\[Source\]\(https:\/\/docs\.databricks\.com\/aws\/en\/resources\/limits\)/);
  });

  it('a number no limit binds gets no limit hover', () => {
    const result = hoverOn(wa, '15 GB/day', 1);
    assert.ok(!result || !/Platform limit/.test(result.contents));
  });
});
