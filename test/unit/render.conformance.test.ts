// Every key path and slug the renderer (generated diagram, render model), the section map and
// hover read must exist in the format: a misspelt path or a guessed slug silently draws
// nothing, and no other test would notice. The diagram and the model run on every example and
// on variants that set each choice they read to each allowed value (and fill each table they
// read with a row), with the document value behind a Proxy that records every key read, and
// FormatReader instrumented to record every slug compared.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SowDocument } from '../../server/src/engine/document';
import { buildModel } from '../../server/src/engine/render/model';
import { generateArchitectureDiagram } from '../../server/src/engine/render/mermaid';
import { FormatReader } from '../../server/src/engine/render/read';
import { enumSchemaOf, resolveSchema, schemaAt } from '../../server/src/engine/schema/navigate';
import { sectionNumber, sectionPaths } from '../../server/src/engine/schema/sections';
import { JsonSchema, sowSchema } from '../../server/src/engine/schema/sowSchema';
import { example, ROOT } from '../support/rules';

const EXAMPLES = ['well-architected', 'anti-patterns', 'starter'] as const;

/** The engine sources this test holds to the format. */
const SOURCES = ['render/mermaid.ts', 'render/read.ts', 'render/model.ts', 'render/html.ts', 'render/markdown.ts', 'hover/hover.ts', 'schema/sections.ts', 'schema/navigate.ts'];
const source = (file: string) => fs.readFileSync(path.join(ROOT, 'server/src/engine', file), 'utf8');

const segments = (dotted: string) => dotted.split('.').map((s) => (s === '#' ? 0 : s));
const exists = (dotted: string) => schemaAt(segments(dotted)) !== undefined;
const slugsOf = (dotted: string) => (enumSchemaOf(schemaAt(segments(dotted)))?.enum ?? []).filter((v): v is string => typeof v === 'string');

/** The value behind a Proxy that records the dotted path of every key read ("#" for a row). */
function watched(value: unknown, reads: Set<string>, at: string[] = []): unknown {
  if (!value || typeof value !== 'object') return value;
  const isArray = Array.isArray(value);
  if (!isArray && Object.getPrototypeOf(value) !== Object.prototype) return value;
  return new Proxy(value as object, {
    get(target, key, receiver) {
      const child = Reflect.get(target, key, receiver);
      if (typeof key !== 'string') return child;
      if (isArray) return /^\d+$/.test(key) ? watched(child, reads, [...at, '#']) : child;
      if (!Object.prototype.hasOwnProperty.call(target, key) && key in Object.prototype) return child;
      reads.add([...at, key].join('.'));
      return watched(child, reads, [...at, key]);
    },
  });
}

/** A copy of `value` with `dotted` set ("#" is the first row, created when missing). */
function withValue(value: unknown, dotted: string, set: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = dotted.split('.');
  let node: Record<string, unknown> | unknown[] = copy;
  keys.forEach((key, i) => {
    const k = key === '#' ? 0 : key;
    const container = node as Record<string | number, unknown>;
    if (i === keys.length - 1) container[k] = set;
    else {
      const next = container[k];
      if (!next || typeof next !== 'object' || (keys[i + 1] === '#') !== Array.isArray(next)) container[k] = keys[i + 1] === '#' ? [] : {};
      node = container[k] as Record<string, unknown>;
    }
  });
  return copy;
}

/** One table row with every column filled: a slug for choices, text otherwise. */
function fullRow(items: JsonSchema): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(items.properties ?? {})) {
    const column = resolveSchema(raw);
    const slugs = (enumSchemaOf(column)?.enum ?? []).filter((v) => v !== null);
    const types = ([] as unknown[]).concat(column?.type ?? []);
    row[key] = slugs.length ? (column?.enum ? slugs[0] : [slugs[0]]) : types.includes('integer') || types.includes('number') ? 1 : `${key} text`;
  }
  return row;
}

describe('render, sections and hover read the format as it is defined', () => {
  const reads = new Set<string>();
  /** "path=slug" for every FormatReader.is call, and every path passed to FormatReader.labels. */
  const compared = new Set<string>();
  const labelled = new Set<string>();
  let variants = 0;

  /** Runs the diagram and the render model on a value; returns the paths read. */
  function exercise(value: unknown, doc: SowDocument): Set<string> {
    const seen = new Set<string>();
    generateArchitectureDiagram(watched(value, seen));
    Object.defineProperty(doc, 'value', { value: watched(value, seen), configurable: true });
    buildModel(doc, []);
    seen.forEach((p) => reads.add(p));
    return seen;
  }

  before(() => {
    const proto = FormatReader.prototype;
    const { is, labels } = proto;
    proto.is = function (this: FormatReader, p: string, slug: string) {
      compared.add(`${p}=${slug}`);
      return is.call(this, p, slug);
    };
    proto.labels = function (this: FormatReader, p: string) {
      labelled.add(p);
      return labels.call(this, p);
    };
    try {
      const base = new SowDocument('file:///well-architected.sow.yaml', 1, example('well-architected'));
      const baseValue = base.value;
      let frontier = new Set<string>();
      for (const name of EXAMPLES) {
        const doc = new SowDocument(`file:///${name}.sow.yaml`, 1, example(name));
        exercise(doc.value, doc).forEach((p) => frontier.add(p));
      }
      // Each choice read, set to each slug it allows; each table read, given a full row; until
      // no new path turns up (a choice can open a branch that reads more).
      const tried = new Set<string>();
      for (let round = 0; round < 4 && frontier.size > 0; round++) {
        const next = new Set<string>();
        for (const p of frontier) {
          if (tried.has(p)) continue;
          tried.add(p);
          const schema = schemaAt(segments(p));
          const choices = enumSchemaOf(schema);
          const items = resolveSchema(schema?.items);
          const values: unknown[] = choices
            ? slugsOf(p).map((slug) => (schema?.enum ? slug : [slug]))
            : items?.properties
              ? [[fullRow(items)]]
              : [];
          for (const v of values) {
            variants++;
            for (const r of exercise(withValue(baseValue, p, v), base)) if (!tried.has(r)) next.add(r);
          }
        }
        frontier = next;
      }
    } finally {
      proto.is = is;
      proto.labels = labels;
    }
  });

  it('every path the diagram and the render model read exists in the schema', () => {
    assert.ok(reads.size > 150 && variants > 50, `instrumentation saw only ${reads.size} reads in ${variants} variants`);
    assert.deepStrictEqual([...reads].filter((p) => !exists(p)).sort(), []);
  });

  it('every slug the diagram compares is one its field allows', () => {
    assert.ok(compared.size > 20, `saw only ${compared.size} comparisons`);
    const wrong = [...compared].filter((c) => {
      const [p, slug] = c.split('=');
      return !slugsOf(p).includes(slug);
    });
    assert.deepStrictEqual(wrong.sort(), []);
  });

  it('template labels are only asked of choice fields', () => {
    assert.ok(labelled.size > 3);
    assert.deepStrictEqual([...labelled].filter((p) => slugsOf(p).length === 0).sort(), []);
  });

  it('every dotted key path written in the sources exists in the schema', () => {
    const unknown: string[] = [];
    let count = 0;
    for (const file of SOURCES) {
      for (const m of source(file).matchAll(/'([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+)'/g)) {
        count++;
        if (!exists(m[1])) unknown.push(`${file}: ${m[1]}`);
      }
    }
    assert.ok(count > 60, `found only ${count} paths`);
    assert.deepStrictEqual(unknown, []);
  });

  it('every kebab-case literal in the diagram sources is a slug of the format', () => {
    const slugs = new Set<string>();
    (function collect(node: unknown): void {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) k === 'enum' && Array.isArray(v) ? v.forEach((s) => slugs.add(s)) : collect(v);
    })(sowSchema);
    const unknown: string[] = [];
    for (const file of ['render/mermaid.ts', 'render/read.ts', 'render/model.ts']) {
      const text = source(file);
      for (const m of text.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) {
        if (!m[1].startsWith('x-') && !slugs.has(m[1])) unknown.push(`${file}: ${m[1]}`);
      }
      // A document value compared with a literal, or switched on, is compared with a slug (type
      // tests, block kinds and the empty string are not document values).
      for (const m of text.matchAll(/([\w.?!()[\]]+)\s*[!=]==\s*'([^']*)'|\bcase\s+'([^']*)'/g)) {
        const literal = m[2] ?? m[3];
        const typeTest = m[1] !== undefined && (/\b(type|kind)$/.test(m[1]) || text.includes(`typeof ${m[1]} ${m[0].slice(m[1].length).trim()}`));
        if (literal !== '' && !typeTest && !slugs.has(literal)) unknown.push(`${file}: compares with '${literal}'`);
      }
    }
    assert.deepStrictEqual(unknown, []);
  });

  it('every schema annotation (x-…) the sources read is one the schema has', () => {
    const present = new Set<string>();
    (function collect(node: unknown): void {
      if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) {
          if (k.startsWith('x-')) present.add(k);
          collect(v);
        }
    })(sowSchema);
    const read = SOURCES.flatMap((file) => [...source(file).matchAll(/'(x-[a-z-]+)'/g)].map((m) => `${file}: ${m[1]}`));
    assert.ok(read.length > 3);
    assert.deepStrictEqual(read.filter((r) => !present.has(r.split(': ')[1])), []);
  });

  it('the section map names only keys of the format, with the numbers the schema titles carry', () => {
    assert.deepStrictEqual(sectionPaths().filter((p) => !schemaAt(p)).map((p) => p.join('.')), []);
    const wrong: string[] = [];
    const root = resolveSchema(sowSchema)!;
    for (const [top, topSchema] of Object.entries(root.properties ?? {})) {
      const children = Object.entries(resolveSchema(topSchema)?.properties ?? {});
      for (const [p, schema] of [[[top], topSchema], ...children.map(([k, s]) => [[top, k], s] as const)] as Array<[string[], JsonSchema]>) {
        const title = resolveSchema(schema)?.title ?? '';
        const numbered = /^(\d+(?:\.\d+)?)\.?\s|^(Appendix [A-Z]):/.exec(title);
        const expected = numbered ? (numbered[1] ?? numbered[2]) : undefined;
        if (expected !== sectionNumber(p)) wrong.push(`${p.join('.')}: schema "${title}", map ${sectionNumber(p) ?? '(none)'}`);
      }
    }
    assert.deepStrictEqual(wrong, []);
  });

  describe('every choice the diagram draws changes it', () => {
    const base = new SowDocument('file:///w.sow.yaml', 1, example('well-architected')).value;
    const MUST_DRAW: Array<[path: string, slugs?: string[]]> = [
      ['deployment.model'],
      ['governance_security.data_security.network'],
      ['governance_security.access_control.backend_api_auth'],
      ['architecture.compute.types'],
      ['architecture.products.unity_catalog.status', ['using', 'roadmapped']],
      ['architecture.products.zerobus.status', ['using', 'roadmapped']],
      ['architecture.products.aibi_genie.components'],
      ['architecture.products.aibi_genie.bi_tools'],
      ['architecture.products.databricks_apps.external_hosting'],
      ['integration.apis_sdks.custom_api_types'],
    ];
    for (const [p, only] of MUST_DRAW) {
      it(p, () => {
        const list = schemaAt(segments(p))?.enum === undefined;
        const cleared = generateArchitectureDiagram(withValue(base, p, null));
        const slugs = only ?? slugsOf(p);
        assert.ok(slugs.length > 1);
        for (const slug of slugs) {
          const drawn = generateArchitectureDiagram(withValue(base, p, list ? [slug] : slug));
          assert.notStrictEqual(drawn, cleared, `${p}: ${slug} draws the same as no answer`);
        }
      });
    }
  });
});
