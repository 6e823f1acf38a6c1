// Snippets for keys: `key: $1`, a choice for enums, a first item for checkbox lists, a first row
// for tables, a nested skeleton for small objects — at absolute indentation from the key column.
import { Layout } from '../actions/yamlText';
import { enumSchemaOf, resolveSchema } from '../schema/navigate';
import { JsonSchema } from '../schema/sowSchema';
import { formatScalar } from '../actions/yamlText';

export type ValueKind = 'enum' | 'boolean' | 'number' | 'date' | 'string' | 'object' | 'array' | 'unknown';

export function valueKind(schema: JsonSchema | undefined): ValueKind {
  if (!schema) return 'unknown';
  if (schema.enum) return 'enum';
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('array') || schema.items) return 'array';
  if (types.includes('object') || schema.properties) return 'object';
  if (types.includes('boolean')) return 'boolean';
  if (schema.format === 'date' || /\\d\{4\}-|\[0-9\]\{4\}-/.test(schema.pattern ?? '')) return 'date';
  // Text wins over numbers: "1.0" versions and "~40k" estimates are written as text.
  if (types.includes('string')) return 'string';
  if (types.includes('integer') || types.includes('number')) return 'number';
  return 'unknown';
}

export interface Choice {
  value: unknown;
  index: number;
  /** The template's wording for the choice. */
  label?: string;
  meaning?: string;
  recommended: boolean;
  /** Set for anti-patterns: why PWAF advises against it. */
  why?: string;
  /** 0 recommended, 1 ordinary, 9 anti-pattern. */
  rank: number;
}

/** The choices of an enum, recommended first and anti-patterns last, with what they mean. */
export function choiceOrder(enumSchema: JsonSchema, field?: JsonSchema): Choice[] {
  const sources = [...new Set([enumSchema, field])].filter((s): s is JsonSchema => !!s);
  const recommended = sources.flatMap((s) => list(s['x-recommended']));
  const anti = new Map<unknown, string | undefined>();
  for (const s of sources) {
    for (const a of list(s['x-antipatterns'])) {
      if (a && typeof a === 'object' && 'value' in a) anti.set((a as { value: unknown }).value, reasonOf(a));
      else anti.set(a, undefined);
    }
  }
  const labelsOf = (s: JsonSchema) => (Array.isArray(s['x-enum-labels']) ? s['x-enum-labels'] : undefined) as unknown[] | undefined;
  const prefer = recommended.length ? `; prefer ${recommended.map(String).join(', ')}` : '';
  return (enumSchema.enum ?? [])
    .map((value, index): Choice => {
      const label = sources.map(labelsOf).find((l) => typeof l?.[index] === 'string')?.[index] as string | undefined;
      const meaning = enumSchema.markdownEnumDescriptions?.[index] ?? enumSchema.enumDescriptions?.[index];
      const isRecommended = recommended.includes(value);
      const isAnti = !isRecommended && anti.has(value);
      const why = isAnti ? `${anti.get(value) ?? antiReason(enumSchema.enumDescriptions?.[index])}${prefer}` : undefined;
      return { value, index, label, meaning, recommended: isRecommended, why, rank: isRecommended ? 0 : isAnti ? 9 : 1 };
    })
    // `null` stands for "not answered yet": nothing to offer.
    .filter((c) => c.value !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);
}

/** "Label — anti-pattern: why" → "why" (the schema's descriptions say why after the marker). */
function antiReason(description: string | undefined): string {
  const m = /anti-pattern\*?:?\s*(.+)$/i.exec(description ?? '');
  return m?.[1].trim() || 'a PWAF anti-pattern';
}

function reasonOf(entry: object): string | undefined {
  const e = entry as Record<string, unknown>;
  const reason = e.reason ?? e.why ?? e.message;
  return typeof reason === 'string' ? reason : undefined;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A nested object expands in a snippet only inside a parent with at most this many keys, and with at most `SMALL_CHILD` of its own. */
const SMALL_PARENT = 3;
const SMALL_CHILD = 5;

/** The snippet that a key completion inserts: the key and a value of the right shape. */
export function keySnippet(name: string, schema: JsonSchema | undefined, col: number, layout: Layout, today: string): string {
  let stop = 1;
  const next = () => stop++;
  const pad = (n: number) => ' '.repeat(n);

  const scalar = (s: JsonSchema | undefined): string => {
    const choices = enumSchemaOf(s);
    switch (valueKind(s)) {
      case 'enum':
        return choice(choices!, s);
      case 'boolean':
        return `\${${next()}|${s?.default === false ? 'false,true' : 'true,false'}|}`;
      case 'number':
        return `\${${next()}:${typeof s?.default === 'number' ? s.default : (s?.minimum ?? 0)}}`;
      case 'date':
        return `\${${next()}:${today}}`;
      default:
        return `$${next()}`;
    }
  };
  const choice = (e: JsonSchema, field?: JsonSchema) =>
    `\${${next()}|${choiceOrder(e, field)
      .map((c) => formatScalar(c.value).replace(/[,|\\$}]/g, (ch) => `\\${ch}`))
      .join(',')}|}`;

  const entry = (key: string, raw: JsonSchema | undefined, at: number, depth: number, parentSize = 0): string[] => {
    const s = resolveSchema(raw);
    const head = `${pad(at)}${key}:`;
    const kind = valueKind(s);
    if (kind === 'array') {
      const items = resolveSchema(s!.items);
      const itemCol = layout.compactSequences ? at : at + layout.unit;
      if (items?.enum) return [head, `${pad(itemCol)}- ${choice(items, s)}`];
      if (items?.properties && depth <= 1) {
        const columns = Object.keys(items.properties);
        const row = columns.flatMap((c) => entry(c, items.properties![c], itemCol + 2, depth + 2));
        return [head, `${pad(itemCol)}- ${row[0].slice(itemCol + 2)}`, ...row.slice(1)];
      }
      return [head, `${pad(itemCol)}- $${next()}`];
    }
    if (kind === 'object') {
      const props = Object.keys(s!.properties ?? {});
      if (!props.length || depth > 1 || (depth === 1 && (parentSize > SMALL_PARENT || props.length > SMALL_CHILD))) return [head];
      return [head, ...props.flatMap((p) => entry(p, s!.properties![p], at + layout.unit, depth + 1, props.length))];
    }
    return [`${head} ${scalar(s)}`];
  };

  const lines = entry(name, schema, col, 0);
  // The first line goes where the half-typed key was: no indentation of its own.
  return [lines[0].slice(col), ...lines.slice(1)].join('\n');
}
