// Table-driven rule tests: each case mutates a real example of the format that passes every rule of
// an area and names the text the finding must cover. Rules run directly (no schema), as the review would.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { RuleContext } from '../../server/src/engine/rules/context';
import { ruleById } from '../../server/src/engine/rules/index';
import { schemaAt } from '../../server/src/engine/schema/navigate';
import { validateSchema } from '../../server/src/engine/schema/validate';
import { Fix, Path, Range } from '../../server/src/engine/types';
import { mutate, textAt, TODAY } from './rules';

export interface Hit {
  message: string;
  range: Range;
  fixes: Fix[];
}

export function hitsOf(id: string, text: string, today = TODAY): Hit[] {
  const rule = ruleById(id);
  assert.ok(rule, `no rule ${id}`);
  const doc = new SowDocument('file:///case.sow.yaml', 1, text);
  return rule.check(new RuleContext(doc, today)).map((h) => ({ message: h.message, range: h.range ?? doc.rangeOf(h.path ?? [], h.part), fixes: h.fixes ?? [] }));
}

export interface RuleCase {
  id: string;
  edits: Array<[Path, unknown]>;
  /** The text each finding covers, in order. */
  expect: string[];
  /** Title of the preferred fix, when the rule offers one. */
  fix?: string;
}

export function describeCases(area: string, base: () => string, ids: string[], cases: RuleCase[]): void {
  describe(`rules: ${area}`, () => {
    it('the passing document gives none of these findings', () => {
      for (const id of ids) assert.deepStrictEqual(hitsOf(id, base()).map((h) => h.message), [], id);
    });
    it('every rule of the area has a firing case', () => {
      assert.deepStrictEqual(ids.filter((id) => !cases.some((c) => c.id === id)), []);
    });
    it('every case edits only key paths the format defines', () => {
      // A case that sets an invented key tests a document no partner can write.
      const invented = cases.flatMap((c) => c.edits.filter(([p]) => !schemaAt(p)).map(([p]) => `${c.id}: ${p.join('.')}`));
      assert.deepStrictEqual(invented, []);
    });
    for (const c of cases) {
      it(`${c.id} fires on ${JSON.stringify(c.edits.map(([p, v]) => `${p.join('.')}=${JSON.stringify(v)}`))}`, () => {
        const text = mutate(base(), c.edits);
        // The edited document must still be one a partner can write: valid against the format.
        const invalid = validateSchema(new SowDocument('file:///case.sow.yaml', 1, text)).map((f) => f.message);
        assert.deepStrictEqual(invalid, [], 'the case makes the document schema-invalid');
        const hits = hitsOf(c.id, text);
        assert.deepStrictEqual(hits.map((h) => textAt(text, h.range)), c.expect, hits.map((h) => h.message).join(' | '));
        for (const h of hits) assert.ok(h.message.length > 10 && !h.message.includes('\n'), h.message);
        if (c.fix) assert.strictEqual(hits[0].fixes.find((f) => f.preferred)?.title, c.fix);
      });
    }
  });
}
