// The reviewer corpus through the built CLI: every planted problem is caught (or listed as a
// known miss with its reason), clean documents get no finding at all, no problem is reported
// twice at one place, and nothing is reported that the expectations do not name.
import * as assert from 'assert';
import { Actual, CorpusDocument, key, lintCorpus, loadCorpus, recallByClass } from './score';

describe('reviewer corpus (sow lint over test/corpus)', function () {
  this.timeout(180_000);
  const docs = loadCorpus();
  let actual: Map<string, Actual[]>;
  before(() => {
    actual = lintCorpus();
  });

  it('has at least eight documents, two of them clean, over every deployment model and cloud', () => {
    assert.ok(docs.length >= 8, `${docs.length} documents`);
    assert.ok(docs.filter((d) => d.clean).length >= 2, 'two clean documents');
  });

  for (const doc of docs) {
    describe(doc.name, () => {
      const found = () => actual.get(doc.name) ?? [];

      if (doc.clean) {
        it('a clean document gets no finding', () => {
          assert.deepStrictEqual(found().map(key), []);
        });
        return;
      }

      it('reports exactly the expected findings (rule, line, severity)', () => {
        const have = found().map((f) => `${key(f)} ${f.severity}`).sort();
        const want = doc.expected.map((f) => `${key(f)} ${f.severity}`).sort();
        assert.deepStrictEqual(have, want);
      });

      it('reports no rule twice at one line', () => {
        const keys = found().map(key);
        assert.deepStrictEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
      });

      it('catches every planted problem, or lists it as a known miss with a reason', () => {
        assert.deepStrictEqual(unaccounted(doc), []);
        for (const miss of doc.knownMisses) {
          assert.ok(miss.why && miss.why.length > 10, `known miss ${miss.planted} needs a reason`);
          assert.ok(!doc.expected.some((e) => e.catches === miss.planted), `planted problem ${miss.planted} is caught now: remove it from known_misses`);
        }
      });
    });
  }

  after(() => {
    const rows = [...recallByClass(docs)].map(([cls, s]) => `${cls} ${s.caught}/${s.planted}`);
    const total = [...recallByClass(docs).values()].reduce((a, s) => ({ planted: a.planted + s.planted, caught: a.caught + s.caught }), { planted: 0, caught: 0 });
    console.log(`      corpus recall: ${total.caught}/${total.planted} planted problems (${rows.join(', ')})`);
  });
});

/** Planted problems (1-based) that neither an expected finding nor a known miss accounts for. */
function unaccounted(doc: CorpusDocument): number[] {
  return doc.planted
    .map((_, i) => i + 1)
    .filter((n) => !doc.expected.some((e) => e.catches === n) && !doc.knownMisses.some((m) => m.planted === n));
}
