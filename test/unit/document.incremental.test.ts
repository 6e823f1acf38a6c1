// Incremental parsing (SowDocument built from its previous version) must give exactly what a
// parse of the whole text gives: the same tree, ranges, values, problems and lookups. Checked on
// the examples, a generated large SOW and seeded random edit sequences, including broken ones.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isAlias, isMap, isPair, isScalar, isSeq, Node } from 'yaml';
import { DocumentCache, SowDocument } from '../../server/src/engine/document';
import { generateSow } from '../../bench/generate';
import { mutateOnce, prng } from '../robustness/corpus';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.sow.yaml')).map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));

/** Every node of the tree as comparable text: kind, range and scalar value, in document order. */
function shape(node: unknown, out: string[] = []): string[] {
  if (isPair(node)) {
    out.push('pair');
    shape(node.key, out);
    shape(node.value, out);
    return out;
  }
  const n = node as Node | null;
  const kind = isMap(n) ? 'map' : isSeq(n) ? 'seq' : isScalar(n) ? `scalar:${n.type}:${JSON.stringify(n.value)}` : isAlias(n) ? `alias:${n.source}` : String(n);
  out.push(`${kind}${n && 'flow' in n && n.flow ? ':flow' : ''}@${n?.range?.join(',')}`);
  if (isMap(n) || isSeq(n)) for (const item of n.items) shape(item, out);
  return out;
}

function assertSameParse(incremental: SowDocument, text: string, what: string): void {
  const whole = new SowDocument('u', incremental.version, text);
  assert.deepStrictEqual(shape(incremental.yaml.contents), shape(whole.yaml.contents), `${what}: tree`);
  assert.deepStrictEqual(incremental.yaml.range, whole.yaml.range, `${what}: document range`);
  assert.deepStrictEqual(incremental.syntaxFindings, whole.syntaxFindings, `${what}: problems`);
  assert.deepStrictEqual(incremental.value, whole.value, `${what}: value`);
}

/** A small edit a person makes: type or delete a few characters, or add, drop or copy a line. */
function edit(text: string, rand: () => number): string {
  const at = Math.floor(rand() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
  switch (Math.floor(rand() * 6)) {
    case 0:
      return text.slice(0, at) + ['x', ' ', 'abc', ': ', '- ', '\n', '#'][Math.floor(rand() * 7)] + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
    case 2:
      return text.slice(0, lineStart) + text.slice(lineEnd);
    case 3:
      return text.slice(0, lineEnd) + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
    case 4:
      return text.slice(0, lineStart) + 'new_section: value\n' + text.slice(lineStart);
    default:
      return mutateOnce(text, rand);
  }
}

/** Texts where parsing sections apart could go wrong: each must still equal the whole parse. */
const TRICKY = [
  'a: 1\n\n# about b\n\nb:\n  c: 2\n# trailing\n',
  'list:\n- x\n- y\nnext: 1\n',
  'a: &anchor {x: 1}\nb: *anchor\n',
  'a: &anchor 1\nb: 2\nc: [*anchor]\n',
  'text: |\n  body\nafter: 1\n',
  'text: |\nnot: indented\n',
  'q: "starts\nb: inside the quote"\nc: 1\n',
  'f: [1,\nb: 2]\n',
  'a: 1\na: 2\nb: 3\n',
  '  a: 1\nb: 2\n',
  '---\na: 1\nb: 2\n',
  'a: 1\n---\nb: 2\n',
  '%YAML 1.2\n---\na: 1\nb: 2\n',
  'a: 1\r\nb:\r\n  c: 2\r\n',
  '\uFEFFa: 1\nb: 2',
  '{a: 1}\nb: 2\n',
  '"quoted": 1\nb: 2\n? complex\n: value\nc: 3\n',
  'a: !!str 1\nb: !custom x\n',
  'a:\n\tb: 1\nc: 2\n',
  'empty:\nnext:\n  - \nlast:',
  'key :  spaced\nkey2:value\nkey3: 1\n',
  '# only a comment\n\nfirst: 1\nsecond: 2\n# end\n',
  '- a\n- b\nc: 1\n',
  'a: 1\n...\nb: 2\n',
  'a:\n  b: 1\n c: 2\nd: 3\n',
  'header:\n\t\npartner_name: x\n',
  'header:\n# about k\n\nk: v\nempty:\n  # nothing yet\nlast: 1\n',
  'a: 1\nb: [1,\nc: 2\nd: 3\n',
  'a: 1\nb: "open\nc: 2\nd: 3\ne: 4\n',
  'a: 1\nb:\n  [!!binary aGVsbG8=]: v\nc: !!set {x}\nd: 2\n',
];

describe('SowDocument incremental parsing', function () {
  // Hundreds of whole-text parses to compare against: slow on a loaded 2-core machine, not a timing check.
  this.timeout(120_000);
  it('equals a whole-text parse on texts where sections interact, before and after an edit', () => {
    for (const text of TRICKY) {
      const cache = new DocumentCache();
      assertSameParse(cache.get('u', 1, text), text, JSON.stringify(text));
      // Grow the first line: every later section moves.
      const edited = text.replace(/^(\uFEFF?[^\r\n]*)/, '$1 grown');
      assertSameParse(cache.get('u', 2, edited), edited, JSON.stringify(edited));
      assertSameParse(cache.get('u', 3, text), text, `${JSON.stringify(text)} again`);
    }
  });

  it('equals a whole-text parse over edit sequences on every example', () => {
    const rand = prng(20261130);
    for (const [i, start] of examples.entries()) {
      const cache = new DocumentCache();
      let text = start;
      for (let version = 1; version <= 100; version++) {
        // Broken edits pile up; restart from the example now and then, from its valid text.
        if (version % 25 === 0) text = start;
        const doc = cache.get('u', version, text);
        assertSameParse(doc, text, `example ${i}, version ${version}`);
        text = edit(text, rand);
      }
    }
  });

  it('equals a whole-text parse on a large generated document edited at its start, middle and end', () => {
    const base = generateSow(examples[0], 1500);
    const cache = new DocumentCache();
    let text = base;
    const rand = prng(7);
    for (let version = 1; version <= 24; version++) {
      const doc = cache.get('u', version, text);
      assertSameParse(doc, text, `generated, version ${version}`);
      const at = [0.01, 0.5, 0.99][version % 3] * text.length + Math.floor(rand() * 100);
      const lineEnd = text.indexOf('\n', at);
      text = text.slice(0, lineEnd) + (version % 4 === 0 ? '\n' : ` x${version}`) + text.slice(lineEnd);
    }
  });

  it('takes unchanged sections over: a later version shares their nodes', () => {
    const cache = new DocumentCache();
    const text = ['sow: 1', 'header:', '  partner_name: Acme', 'scope:', '  summary: Build it', ''].join('\n');
    const v1 = cache.get('u', 1, text);
    const scope = v1.nodeAt(['scope']);
    const v2 = cache.get('u', 2, text.replace('Acme', 'Acme Corp'));
    assert.strictEqual(v2.nodeAt(['scope']), scope);
    assert.deepStrictEqual(v2.rangeOf(['scope', 'summary']).start, { line: 4, character: 11 });
    assertSameParse(v2, v2.text, 'after the edit');
  });
});
