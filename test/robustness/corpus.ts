// Hostile and broken SOW documents for the fuzz suite: seeded, so every failure reproduces.
import { isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';

/** mulberry32: a tiny seeded PRNG (Math.random cannot be seeded). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Case {
  name: string;
  text: string;
}

const NOISE = ['\t', '\0', '\uFEFF', ':', '- ', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '|', '>', '\r\n', '\n', '  ', '[Name]', '<script>', '%', '@', '`', '\uD800', '\u2028', '!!binary', '? ', '---', '...'];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)];
}

/** One random byte- or line-level mutation of `text`. */
export function mutateOnce(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const at = Math.floor(rand() * Math.max(1, text.length));
  const line = Math.floor(rand() * lines.length);
  switch (Math.floor(rand() * 9)) {
    case 0: // delete a line
      lines.splice(line, 1);
      return lines.join('\n');
    case 1: // duplicate a line (duplicate keys)
      lines.splice(line, 0, lines[line]);
      return lines.join('\n');
    case 2: {
      // swap two lines
      const other = Math.floor(rand() * lines.length);
      [lines[line], lines[other]] = [lines[other], lines[line]];
      return lines.join('\n');
    }
    case 3: // re-indent a line
      lines[line] = ' '.repeat(Math.floor(rand() * 9)) + lines[line].trimStart();
      return lines.join('\n');
    case 4: // insert noise
      return text.slice(0, at) + pick(rand, NOISE) + text.slice(at);
    case 5: // delete a span
      return text.slice(0, at) + text.slice(at + Math.floor(rand() * 40));
    case 6: // truncate
      return text.slice(0, at);
    case 7: // replace a character with a random code unit
      return text.slice(0, at) + String.fromCharCode(Math.floor(rand() * 0xffff)) + text.slice(at + 1);
    default: // tabs for indentation
      lines[line] = lines[line].replace(/^ +/, '\t');
      return lines.join('\n');
  }
}

/** Every top-level section cut off where it starts and halfway through. */
export function truncations(text: string): Case[] {
  const cases: Case[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    if (/^[a-z_]+:/.test(l)) {
      cases.push({ name: `truncated before ${l.split(':')[0]}`, text: lines.slice(0, i).join('\n') });
      cases.push({ name: `truncated inside ${l.split(':')[0]}`, text: lines.slice(0, i + 3).join('\n').slice(0, -3) });
    }
  });
  return cases;
}

const WRONG_VALUES: unknown[] = [42, -1, 'text', true, null, [], {}, ['x', 1], { nested: { deep: [1] } }, 1e308, '[#]', '2026-13-45'];

/** The document with every scalar value, in turn, replaced by a value of another type. */
export function wrongTypes(text: string, rand: () => number, count: number): Case[] {
  const base = parseDocument(text);
  const paths: Array<Array<string | number>> = [];
  visit(base, {
    Scalar(_, node, path) {
      const p: Array<string | number> = [];
      for (let i = 1; i < path.length; i++) {
        const parent = path[i - 1];
        const child = path[i];
        if (isSeq(parent)) p.push(parent.items.indexOf(child as never));
        else if (isMap(parent) && 'key' in (child as object) && isScalar((child as { key: unknown }).key)) p.push(String(((child as { key: { value: unknown } }).key).value));
      }
      if (p.length && node !== (path[path.length - 1] as { key?: unknown }).key) paths.push(p);
    },
  });
  const cases: Case[] = [];
  for (let k = 0; k < count && paths.length; k++) {
    const doc = parseDocument(text);
    const p = pick(rand, paths);
    const v = pick(rand, WRONG_VALUES);
    try {
      doc.setIn(p, v);
    } catch {
      continue;
    }
    cases.push({ name: `wrong type at ${p.join('.')}: ${JSON.stringify(v)}`, text: doc.toString() });
  }
  return cases;
}

/** The classic hostile inputs, each named. */
export function hostileCases(example: string): Case[] {
  const bytes = Buffer.from(example, 'utf8');
  const invalidUtf8 = Buffer.concat([bytes.subarray(0, 200), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), bytes.subarray(200)]).toString('utf8');
  return [
    { name: 'empty file', text: '' },
    { name: 'only whitespace', text: '   \n\n  \t\n' },
    { name: 'only a comment', text: '# nothing here\n' },
    { name: 'non-mapping root: list', text: '- a\n- b\n' },
    { name: 'non-mapping root: number', text: '42\n' },
    { name: 'non-mapping root: string', text: '"just text"\n' },
    { name: 'several documents', text: 'sow: 1\n---\nsow: 2\n' },
    { name: '10,000-deep flow nesting', text: `sow: 1\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n` },
    { name: '10,000-deep block nesting', text: Array.from({ length: 10000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n') },
    { name: 'alias bomb', text: ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n') },
    { name: 'self-referencing alias', text: 'a: &a\n  b: *a\n' },
    { name: 'duplicate keys', text: example.replace(/^header:/m, 'header: {}\nheader:') },
    { name: 'tabs for indentation', text: example.replace(/^ {2}/gm, '\t') },
    { name: 'byte order mark', text: `\uFEFF${example}` },
    { name: 'CRLF line ends', text: example.replace(/\n/g, '\r\n') },
    { name: 'lone CR line ends', text: example.replace(/\n/g, '\r') },
    { name: 'NUL bytes', text: example.replace(/: /g, ':\0 ') },
    { name: 'invalid UTF-8 (decoded with replacement characters)', text: invalidUtf8 },
    { name: 'lone surrogates', text: example.replace(/e/g, '\uD800') },
    { name: 'very long line', text: `sow: 1\nheader:\n  partner_name: ${'x'.repeat(200_000)}\n` },
    { name: 'huge key count', text: `sow: 1\n${Array.from({ length: 20000 }, (_, i) => `k${i}: ${i}`).join('\n')}\n` },
    { name: 'binary tag', text: 'sow: 1\nheader: !!binary aGVsbG8=\n' },
    { name: 'custom tags', text: 'sow: !!python/object:os.system ls\n' },
    { name: '5 MB file', text: example.repeat(Math.ceil(5_000_000 / example.length)) },
    { name: '10 MB file', text: example.repeat(Math.ceil(10_000_000 / example.length)) },
  ];
}

/** The fuzz corpus for one seed: hostile inputs, truncations, wrong types and chains of 1–4 random mutations. */
export function fuzzCorpus(examples: Record<string, string>, seed: number, mutations: number): Case[] {
  const rand = prng(seed);
  const cases: Case[] = [];
  const names = Object.keys(examples);
  for (const name of names) {
    const text = examples[name];
    cases.push(...hostileCases(text).map((c) => ({ name: `${name}: ${c.name}`, text: c.text })));
    cases.push(...truncations(text).map((c) => ({ name: `${name}: ${c.name}`, text: c.text })));
    cases.push(...wrongTypes(text, rand, 20).map((c) => ({ name: `${name}: ${c.name}`, text: c.text })));
  }
  for (let i = 0; i < mutations; i++) {
    const name = pick(rand, names);
    let text = examples[name];
    const steps = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < steps; k++) text = mutateOnce(text, rand);
    cases.push({ name: `${name}: mutation #${i} (seed ${seed})`, text });
  }
  return cases;
}
