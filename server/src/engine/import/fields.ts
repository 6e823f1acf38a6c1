// The format's fields as the importer looks for them: every key path of the schema with its kind,
// the labels a filled template or one of our exports prints for it, and its options. Built from
// the schema once. The template's own wording lives in the format definition
// (x-template-labels, x-enum-aliases, x-enum-details), never in a second table here.
import { resolveSchema } from '../schema/navigate';
import { sectionTitle } from '../schema/sections';
import { JsonSchema, sowSchema } from '../schema/sowSchema';
import { editDistance } from '../text/similarity';

export type FieldKind =
  | 'object' | 'table' | 'choice' | 'multi' | 'list' | 'text' | 'string' | 'date' | 'url' | 'bool'
  | 'count' | 'amount' | 'percent' | 'growth' | 'version' | 'const';

export interface OptionSpec {
  slug: string;
  label: string;
  /** Normalised wordings (label and template aliases, with and without parentheses). */
  keys: string[];
  /** Sibling key that takes the text written after the option. */
  detail?: string;
}

export interface FieldSpec {
  path: string[];
  key: string;
  kind: FieldKind;
  title: string;
  /** Normalised labels: title, title without its number, section title, template wordings. */
  keys: string[];
  schema: JsonSchema;
  parent?: FieldSpec;
  children: FieldSpec[];
  options?: OptionSpec[];
  /** Table columns (the row's fields). */
  columns?: FieldSpec[];
  /** An object whose children are rows of one shape (business metrics, scale projections). */
  fixedRows?: boolean;
  /** The `<key>_other` sibling of a choice list. */
  other?: FieldSpec;
}

/** Lower-case words: no Markdown emphasis, `&` as "and", dashes and punctuation as spaces. */
const NORM_CACHE = new Map<string, string>();

export function norm(text: string): string {
  let out = NORM_CACHE.get(text);
  if (out === undefined) {
    if (NORM_CACHE.size > 20_000) NORM_CACHE.clear();
    NORM_CACHE.set(text, (out = normalise(text)));
  }
  return out;
}

function normalise(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]<>()#+!|~.-])/g, '$1')
    .replace(/\*\*|__|(^|\s)_|_(\s|$)/g, ' ')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%+]+/g, ' ')
    .trim();
}

/** The text without parenthesised parts ("Cloud VMs (EC2, Azure VM)" → "cloud vms"). */
export function normShort(text: string): string {
  return norm(text.replace(/\([^)]*\)?/g, ' '));
}

/** A section number before a heading ("1.3", "2.", "3 Technical…", "Appendix A:") — not a
 *  quantity such as the "12" of "12 months". */
const NUMBERED = /^\s*(\d+(\.\d+)+\.?|\d+\.|\d+(?=\s+[A-Z])|[Aa]ppendix [A-Za-z]:?)\s+/;

/** Keys for a label: as written, without parentheses, without a leading section number. */
export function keysOf(...labels: Array<string | undefined>): string[] {
  const out = new Set<string>();
  for (const label of labels) {
    if (!label) continue;
    for (const variant of [label, label.replace(NUMBERED, '')]) {
      for (const key of [norm(variant), normShort(variant)]) if (key) out.add(key);
    }
  }
  return [...out];
}

function kindOf(schema: JsonSchema): FieldKind {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (schema.const !== undefined) return 'const';
  if (schema.enum) return 'choice';
  if (types.includes('array')) {
    const items = resolveSchema(schema.items) ?? {};
    if (items.enum) return 'multi';
    if (items.properties) return 'table';
    return 'list';
  }
  if (types.includes('object') || schema.properties) return 'object';
  if (types.includes('boolean')) return 'bool';
  if (types.includes('integer')) return 'count';
  if (types.includes('number') && types.includes('string')) return 'version';
  if (types.includes('number')) return schema.maximum === 100 ? 'percent' : schema.minimum === -100 ? 'growth' : 'amount';
  if (schema.pattern?.startsWith('^\\d{4}')) return 'date';
  if (schema.pattern?.startsWith('^https?')) return 'url';
  // Free text (Markdown, may span lines) or a one-line answer.
  return /Markdown allowed/.test(schema.markdownDescription ?? '') ? 'text' : 'string';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function optionsOf(schema: JsonSchema): OptionSpec[] | undefined {
  const enumSchema = schema.enum ? schema : resolveSchema(schema.items);
  if (!enumSchema?.enum) return undefined;
  const labels = strings(enumSchema['x-enum-labels']);
  const aliases = (enumSchema['x-enum-aliases'] as unknown[] | undefined) ?? [];
  const details = (enumSchema['x-enum-details'] as unknown[] | undefined) ?? [];
  return enumSchema.enum.flatMap((slug, i) =>
    typeof slug !== 'string'
      ? []
      : [{ slug, label: labels[i] ?? slug, keys: keysOf(labels[i] ?? slug, ...strings(aliases[i])), detail: typeof details[i] === 'string' ? (details[i] as string) : undefined }],
  );
}

function build(key: string, raw: JsonSchema, path: string[], parent: FieldSpec | undefined): FieldSpec {
  const schema = resolveSchema(raw) ?? {};
  const kind = path.length === 0 ? 'object' : kindOf(schema);
  const title = schema.title ?? key;
  const spec: FieldSpec = {
    path,
    key,
    kind,
    title,
    keys: path.length ? keysOf(title, sectionTitle(path), ...strings(schema['x-template-labels'])) : [],
    schema,
    parent,
    children: [],
    options: kind === 'choice' || kind === 'multi' ? optionsOf(schema) : undefined,
  };
  if (kind === 'object') {
    spec.children = Object.entries(schema.properties ?? {}).map(([k, s]) => build(k, s, [...path, k], spec));
    for (const child of spec.children) child.other = spec.children.find((c) => c.key === `${child.key}_other` && child.options);
    const shapes = spec.children.map((c) => (c.kind === 'object' ? c.children.map((g) => g.key).join(',') : ''));
    spec.fixedRows = spec.children.length > 1 && shapes[0] !== '' && shapes.every((s) => s === shapes[0]);
  } else if (kind === 'table') {
    const row = build('', resolveSchema(schema.items) ?? {}, [...path, '[]'], spec);
    spec.columns = row.children;
  }
  return spec;
}

export const ROOT: FieldSpec = build('', sowSchema, [], undefined);

const DESCENDANTS = new Map<FieldSpec, FieldSpec[]>();

/** Every field below `spec` (depth first, in the format's order), excluding table columns. */
export function descendants(spec: FieldSpec): FieldSpec[] {
  let out = DESCENDANTS.get(spec);
  if (!out) DESCENDANTS.set(spec, (out = spec.children.flatMap((c) => [c, ...descendants(c)])));
  return out;
}

const ALL = descendants(ROOT);
const BY_PATH = new Map(ALL.map((f) => [f.path.join('.'), f]));

export function fieldAt(path: readonly string[]): FieldSpec | undefined {
  return path.length === 0 ? ROOT : BY_PATH.get(path.join('.'));
}

/** Fields by normalised label, for exact look-ups before any fuzzy matching. */
const BY_KEY = new Map<string, FieldSpec[]>();
for (const field of ALL) for (const key of field.keys) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), field]);

/** Fields one of whose labels is exactly one of the label's variants. */
export function fieldsLabelled(label: string): FieldSpec[] {
  return [...new Set(keysOf(label).flatMap((k) => BY_KEY.get(k) ?? []))];
}

export function isUnder(field: FieldSpec, scope: FieldSpec): boolean {
  return scope.path.length < field.path.length && scope.path.every((seg, i) => field.path[i] === seg);
}

/** How well `label` names a field: 1 exact, 0.8 a small typo or wording drift, 0 no match. */
export function labelScore(label: string | readonly string[], keys: readonly string[]): number {
  const variants = typeof label === 'string' ? keysOf(label) : label;
  let best = 0;
  for (const v of variants) {
    for (const k of keys) {
      if (v === k) return 1;
      const limit = Math.floor(Math.max(v.length, k.length) / 8);
      if (limit >= 1 && Math.abs(v.length - k.length) <= limit && editDistance(v, k) <= limit) best = Math.max(best, 0.8);
      else if (abbreviates(v, k)) best = Math.max(best, 0.8);
      else if (v.length >= 12 && k.length >= 12 && (v.startsWith(`${k} `) || k.startsWith(`${v} `))) best = Math.max(best, 0.6);
      else if (v.length >= 4 && k.startsWith(`${v} `)) best = Math.max(best, 0.5);
    }
  }
  return best;
}

/** "doc version" for "document version": as many words, each the start (3+ letters) of the template's. */
function abbreviates(label: string, key: string): boolean {
  const a = label.split(' ');
  const b = key.split(' ');
  return a.length === b.length && a.some((w, i) => w !== b[i]) && a.every((w, i) => w === b[i] || (w.length >= 3 && b[i].startsWith(w)));
}

/** The option a checkbox item or answer names: the longest matching wording wins. */
export function matchOption(text: string, options: readonly OptionSpec[]): { option: OptionSpec; rest: string; length: number } | undefined {
  const full = norm(text);
  const short = normShort(text);
  let best: { option: OptionSpec; length: number } | undefined;
  for (const option of options) {
    for (const key of option.keys) {
      const hit = full === key || short === key || full.startsWith(`${key} `) || short.startsWith(`${key} `);
      if (hit && (!best || key.length > best.length)) best = { option, length: key.length };
    }
  }
  if (!best) return undefined;
  const option = best.option;
  // What follows the label is needed for one hit only: computed when asked.
  return {
    option,
    length: best.length,
    get rest() {
      return restAfter(text, option);
    },
  };
}

/** What follows the option's label in the original text ("Yes, required for [X]" → "for [X]"). */
function restAfter(text: string, option: OptionSpec): string {
  const plain = text.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]<>()#+!|~.-])/g, '$1').trim();
  for (const label of [option.label, ...option.keys]) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s\\W]*');
    const m = new RegExp(`^${escaped}`, 'i').exec(plain);
    if (m) return plain.slice(m[0].length).trim();
  }
  const sep = /\s[—–]\s|:\s/.exec(plain);
  return sep ? plain.slice(sep.index + sep[0].length).trim() : '';
}
