// Every key path a rule reads and every slug it compares must exist in the format: a rule that
// reads a misspelt path never fires, and no other test would notice. The rules are run on every
// example and on a fully-mutated copy with RuleContext instrumented to record what they read.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SowDocument } from '../../server/src/engine/document';
import { RuleContext, toPath, PathLike } from '../../server/src/engine/rules/context';
import { RULES } from '../../server/src/engine/rules/index';
import { enumSchemaOf, schemaAt } from '../../server/src/engine/schema/navigate';
import { sowSchema, JsonSchema } from '../../server/src/engine/schema/sowSchema';
import { example, ROOT, TODAY } from '../support/rules';

/** Every enum value anywhere in the schema. */
function allSlugs(schema: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((s) => allSlugs(s, into));
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === 'enum' && Array.isArray(v)) v.forEach((s) => typeof s === 'string' && into.add(s));
      else allSlugs(v, into);
    }
  }
  return into;
}

function pathExists(p: PathLike): boolean {
  return schemaAt(toPath(p)) !== undefined;
}

function enumOf(p: PathLike): JsonSchema | undefined {
  return enumSchemaOf(schemaAt(toPath(p)));
}

describe('rules read the format as it is defined', () => {
  const reads = new Map<string, Set<string>>();
  const compared = new Map<string, Set<string>>();
  /** "path:expected-type" for every typed read (list/rows → array, number, text → string). */
  const typed = new Map<string, Set<string>>();
  const record = (map: Map<string, Set<string>>, key: string, rule: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(rule);
  };

  before(() => {
    const proto = RuleContext.prototype;
    const originalGet = proto.get;
    const originalHas = proto.has;
    const typedReads = { list: 'array', rows: 'array', number: 'number', text: 'string' } as const;
    const originals = Object.fromEntries(Object.keys(typedReads).map((m) => [m, proto[m as keyof typeof typedReads]]));
    for (const [method, type] of Object.entries(typedReads)) {
      const original = originals[method] as (p: PathLike) => unknown;
      (proto as unknown as Record<string, unknown>)[method] = function (this: RuleContext, p: PathLike) {
        record(typed, `${toPath(p).map((s) => (typeof s === 'number' ? '#' : s)).join('.')}:${type}`, current);
        return original.call(this, p);
      };
    }
    let current = '';
    proto.get = function (this: RuleContext, p: PathLike) {
      record(reads, toPath(p).map((s) => (typeof s === 'number' ? '#' : s)).join('.'), current);
      return originalGet.call(this, p);
    };
    proto.has = function (this: RuleContext, p: PathLike, slug: string) {
      record(compared, `${toPath(p).filter((s) => typeof s !== 'number').join('.')}=${slug}`, current);
      return originalHas.call(this, p, slug);
    };
    try {
      for (const name of ['well-architected', 'anti-patterns', 'starter'] as const) {
        const doc = new SowDocument(`file:///${name}.sow.yaml`, 1, example(name));
        for (const rule of RULES) {
          current = rule.id;
          rule.check(new RuleContext(doc, TODAY));
        }
      }
    } finally {
      Object.assign(proto, originals);
      proto.get = originalGet;
      proto.has = originalHas;
    }
  });

  it('every declared input path exists in the schema', () => {
    const missing = RULES.flatMap((r) => [...r.inputs, ...(r.optionalInputs ?? [])].filter((p) => !pathExists(p)).map((p) => `${r.id}: ${p}`));
    assert.deepStrictEqual(missing, []);
  });

  it('every path a rule reads exists in the schema', () => {
    assert.ok(reads.size > 100, `instrumentation saw only ${reads.size} reads`);
    const missing = [...reads].filter(([p]) => p !== '' && !pathExists(p.replace(/#/g, '0'))).map(([p, ids]) => `${[...ids].join(',')}: ${p}`);
    assert.deepStrictEqual(missing, []);
  });

  it('every typed read (list, number, text) matches the type the schema gives that path', () => {
    const wrong = [...typed]
      .filter(([key]) => {
        const [p, type] = key.split(':');
        const schema = schemaAt(toPath(p.replace(/#/g, '0')));
        if (!schema) return true;
        if (type === 'string' && schema.enum) return false;
        const types = ([] as unknown[]).concat(schema.type ?? []);
        return !(types.includes(type) || (type === 'number' && types.includes('integer')));
      })
      .map(([key, ids]) => `${[...ids].join(',')}: ${key}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('every slug a rule looks for is one the field allows', () => {
    const wrong = [...compared]
      .filter(([key]) => {
        const [p, slug] = key.split('=');
        const schema = enumOf(p);
        return !schema || !(schema.enum as unknown[]).includes(slug);
      })
      .map(([key, ids]) => `${[...ids].join(',')}: ${key}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('every kebab-case literal in the rule sources is a slug of the format', () => {
    const slugs = allSlugs(sowSchema);
    const dir = path.join(ROOT, 'server/src/engine/rules');
    const unknown: string[] = [];
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of source.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) {
        // Column labels such as "6-month" are words in messages, not slugs.
        if (!slugs.has(m[1]) && !/^\d+-month$/.test(m[1])) unknown.push(`${file}: ${m[1]}`);
      }
    }
    assert.deepStrictEqual([...new Set(unknown)], []);
  });
});
