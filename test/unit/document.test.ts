import * as assert from 'assert';
import { SowDocument, DocumentCache } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { Position } from '../../server/src/engine/types';
import { example, TODAY } from '../support/rules';

const text = ['sow: 1', 'header:', '  partner_name: Acme', '  authors:', '    - Ada', '    - Linus', 'empty:', ''].join('\n');

describe('SowDocument', () => {
  const doc = new SowDocument('file:///a.sow.yaml', 1, text);

  it('converts between offsets and positions', () => {
    const offset = text.indexOf('Acme');
    assert.deepStrictEqual(doc.positionAt(offset), { line: 2, character: 16 });
    assert.strictEqual(doc.offsetAt({ line: 2, character: 16 }), offset);
  });

  it('finds the range of a scalar value and of a key', () => {
    assert.deepStrictEqual(doc.rangeOf(['header', 'partner_name']), { start: { line: 2, character: 16 }, end: { line: 2, character: 20 } });
    assert.deepStrictEqual(doc.rangeOf(['header', 'partner_name'], 'key'), { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    assert.deepStrictEqual(doc.rangeOf(['header', 'authors', 1]), { start: { line: 5, character: 6 }, end: { line: 5, character: 11 } });
  });

  it('points a collection or an empty value at its key', () => {
    assert.deepStrictEqual(doc.rangeOf(['header']), { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.deepStrictEqual(doc.rangeOf(['empty']), { start: { line: 6, character: 0 }, end: { line: 6, character: 5 } });
  });

  it('falls back to the nearest existing ancestor for a missing path', () => {
    assert.deepStrictEqual(doc.rangeOf(['header', 'missing', 'deeper']), { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.deepStrictEqual(doc.rangeOf(['nothing']), { start: { line: 0, character: 0 }, end: { line: 0, character: 6 } });
  });

  it('finds the node at an offset with its path', () => {
    const onValue = doc.nodeAtOffset(text.indexOf('Linus') + 2);
    assert.deepStrictEqual(onValue.path, ['header', 'authors', 1]);
    assert.strictEqual(onValue.onKey, false);
    const onKey = doc.nodeAtOffset(text.indexOf('partner_name') + 3);
    assert.deepStrictEqual(onKey.path, ['header', 'partner_name']);
    assert.strictEqual(onKey.onKey, true);
  });

  it('lists scalars with their paths', () => {
    const values = [...doc.scalars()].filter((s) => !s.isKey).map((s) => `${s.path.join('.')}=${String(s.node.value)}`);
    assert.deepStrictEqual(values, ['sow=1', 'header.partner_name=Acme', 'header.authors.0=Ada', 'header.authors.1=Linus']);
  });

  it('reports duplicate keys and tabs as YAML findings at their place', () => {
    const dup = new SowDocument('u', 1, 'a: 1\na: 2\n');
    assert.strictEqual(dup.syntaxFindings.length, 1);
    assert.strictEqual(dup.syntaxFindings[0].code, 'yaml/duplicate-key');
    assert.strictEqual(dup.syntaxFindings[0].range.start.line, 1);
    const tabs = new SowDocument('u', 1, 'a:\n\tb: 1\n');
    assert.ok(tabs.syntaxFindings.length > 0);
    assert.strictEqual(tabs.syntaxFindings[0].range.start.line, 1);
  });

  it('stops alias bombs instead of expanding them', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const d = new SowDocument('u', 1, bomb);
    assert.strictEqual(d.value, undefined);
    assert.ok(d.syntaxFindings.some((f) => f.code === 'yaml/alias-limit'));
  });
});

describe('line ends', () => {
  it('a lone-CR document reads as the same lines as its LF copy: the same findings at the same positions', () => {
    for (const name of ['anti-patterns', 'well-architected'] as const) {
      const lf = example(name);
      const findings = (t: string) => reviewDocument(new SowDocument('file:///cr.sow.yaml', 1, t), { today: TODAY }).findings.map((f) => `${f.code} ${JSON.stringify(f.range)} ${f.message}`);
      const expected = findings(lf);
      assert.ok(expected.length > 0 || name === 'well-architected');
      assert.deepStrictEqual(findings(lf.replace(/\n/g, '\r')), expected, `${name} with CR line ends`);
      assert.deepStrictEqual(findings(lf.replace(/\n/g, '\r\n')), expected, `${name} with CRLF line ends`);
    }
    const cr = new SowDocument('file:///cr.sow.yaml', 1, 'sow: 1\rheader:\r  partner_name: Acme\r');
    assert.strictEqual(cr.hasSyntaxErrors, false);
    assert.deepStrictEqual(cr.rangeOf(['header', 'partner_name']), { start: { line: 2, character: 16 }, end: { line: 2, character: 20 } });
    assert.strictEqual(cr.eol, '\r');
  });

  it('clamps positions from outside to the document', () => {
    const doc = new SowDocument('file:///c.sow.yaml', 1, 'a: 1\r\nbb: 2\r\n');
    const cases: Array<[unknown, Position]> = [
      [{ line: 2 ** 53, character: 2 ** 53 }, { line: 2, character: 0 }],
      [{ line: 1, character: 99 }, { line: 1, character: 5 }],
      [{ line: -4, character: -1 }, { line: 0, character: 0 }],
      [{ line: 1.9, character: 2.2 }, { line: 1, character: 2 }],
      [{ line: 'x', character: null }, { line: 0, character: 0 }],
      [undefined, { line: 0, character: 0 }],
    ];
    for (const [given, expected] of cases) assert.deepStrictEqual(doc.clampPosition(given as Position), expected, JSON.stringify(given));
  });
});

describe('DocumentCache', () => {
  it('parses once per version', () => {
    const cache = new DocumentCache();
    const a = cache.get('u', 1, 'a: 1');
    assert.strictEqual(cache.get('u', 1, 'a: 1'), a);
    assert.notStrictEqual(cache.get('u', 2, 'a: 2'), a);
  });
});
