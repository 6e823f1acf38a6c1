// Reading the prose of a document: quantities with units, products, services, clouds, regions and
// claims in every string value (details, descriptions, assumptions, dependencies, table cells),
// each with the exact range of the words. Pure and deterministic; read once per document version.
import { SowDocument } from '../document';
import { PathSegment, Range } from '../types';
import { StringValue, stringValues } from './scalarText';
import { CLAIM_TERMS, CLOUD_TERMS, GOV_CLOUD_PATTERN, PRODUCT_TERMS, REGION_PATTERN, SERVICE_TERMS, Term } from './vocabulary';

export interface Span {
  path: PathSegment[];
  /** The words as written. */
  text: string;
  range: Range;
  /** True when `range` covers exactly the words (else the whole scalar). */
  exact: boolean;
}

export type Dimension = 'data' | 'data-rate' | 'rate' | 'count' | 'duration' | 'percent' | 'money';

export interface Quantity extends Span {
  /** The number as meant: "40k" is 40,000, "$1.2M" is 1,200,000. */
  value: number;
  dimension: Dimension;
  /** Normalised unit: GB for data, GB per `per` for data rates, the counted noun for counts and rates, seconds, %, USD. */
  unit: string;
  /** What a rate or volume is per ("second", "day", "customer"), when stated. */
  per?: string;
}

export type MentionKind = 'product' | 'service' | 'cloud' | 'region' | 'gov-cloud' | 'claim';

export interface Mention extends Span {
  kind: MentionKind;
  id: string;
}

export interface ProseReading {
  quantities: Quantity[];
  mentions: Mention[];
}

const cache = new WeakMap<SowDocument, ProseReading>();

/** What one string says, with offsets into the string: the same text always reads the same. */
interface RawHits {
  quantities: Array<Omit<Quantity, keyof Span> & { start: number; end: number }>;
  mentions: Array<{ kind: MentionKind; id: string; start: number; end: number }>;
}

/**
 * Readings of string values by their text, shared across versions: typing changes one value, so
 * a new version reads only that one. Bounded: cleared when it grows past MAX_REMEMBERED.
 */
const byText = new Map<string, RawHits>();
const MAX_REMEMBERED = 20_000;

function rawHits(value: string): RawHits {
  let hits = byText.get(value);
  if (!hits) {
    hits = { quantities: [], mentions: [] };
    readQuantities(value, hits.quantities);
    readMentions(value, hits.mentions);
    // In reading order, whatever pattern found them.
    hits.quantities.sort((a, b) => a.start - b.start);
    hits.mentions.sort((a, b) => a.start - b.start);
    if (byText.size >= MAX_REMEMBERED) byText.clear();
    byText.set(value, hits);
  }
  return hits;
}

/** What the document's prose states; computed once per document version. */
export function readProse(doc: SowDocument): ProseReading {
  let reading = cache.get(doc);
  if (!reading) {
    reading = { quantities: [], mentions: [] };
    for (const s of stringValues(doc)) {
      const hits = rawHits(s.value);
      for (const { start, end, ...q } of hits.quantities) reading.quantities.push(Object.assign(new ProseSpan(s, start, end), q));
      for (const { start, end, ...m } of hits.mentions) reading.mentions.push(Object.assign(new ProseSpan(s, start, end), m));
    }
    cache.set(doc, reading);
  }
  return reading;
}

/**
 * Words in a string value. The source range is worked out when first asked for: a version has
 * hundreds of readings and rules report few of them (mapping every one cost ~20 ms per change
 * on a 5,000-line document).
 */
class ProseSpan implements Span {
  readonly path: StringValue['path'];
  readonly text: string;
  readonly #value: StringValue;
  readonly #start: number;
  readonly #end: number;
  #located?: { range: Range; exact: boolean };

  constructor(value: StringValue, start: number, end: number) {
    this.#value = value;
    this.#start = start;
    this.#end = end;
    this.path = value.path;
    this.text = value.value.slice(start, end);
  }

  get range(): Range {
    return (this.#located ??= this.#value.locate(this.#start, this.#end)).range;
  }

  get exact(): boolean {
    return (this.#located ??= this.#value.locate(this.#start, this.#end)).exact;
  }
}

/** Mentions of one kind (and id), optionally only under `under` (a dotted path prefix). */
export function mentionsOf(reading: ProseReading, kind: MentionKind, id?: string, under?: string): Mention[] {
  return reading.mentions.filter((m) => m.kind === kind && (id === undefined || m.id === id) && (!under || isUnder(m.path, under)));
}

export function isUnder(path: readonly PathSegment[], dotted: string): boolean {
  const prefix = dotted.split('.');
  return prefix.every((seg, i) => String(path[i]) === seg);
}

// ── Quantities ──────────────────────────────────────────────────────────────────────────

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(k|K|M|million|billion|bn|thousand)?`;
const PER = String.raw`(?:\s*(?:\/|per|a|each|every)\s*(second|sec|s|minute|min|hour|hr|h|day|d|week|month|mo|year|yr|customer|tenant|store|stream|user|table))?`;
const DATA_UNITS: Record<string, number> = { kb: 1e-6, kib: 1e-6, mb: 1e-3, mib: 1e-3, gb: 1, gib: 1, tb: 1e3, tib: 1e3, pb: 1e6, pib: 1e6 };
const SECONDS: Record<string, number> = { ms: 0.001, s: 1, second: 1, min: 60, minute: 60, hr: 3600, hour: 3600, day: 86400 };
const PER_WORD: Record<string, string> = { sec: 'second', s: 'second', min: 'minute', hr: 'hour', h: 'hour', d: 'day', mo: 'month', yr: 'year' };


const MONEY = new RegExp(String.raw`(?:US)?\$\s?` + NUM + String.raw`(?![\w%])`, 'g');
const DATA = new RegExp(NUM + String.raw`\s?(KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|PiB)\b` + PER, 'g');
const RATE = new RegExp(NUM + String.raw`\s?(records?|events?|messages?|msgs?|rows?|requests?|queries|query|calls?|transactions?|writes?|reads?|questions?)\s*(?:\/|per|a|each)\s*(second|sec|s|minute|min|hour|hr|day)\b`, 'g');
const RATE_ABBR = new RegExp(NUM + String.raw`\s?(rps|qps|tps|eps)\b`, 'gi');
const COUNT = new RegExp(
  NUM +
    String.raw`\+?\s(?:(?:concurrent|active|named|daily|monthly|external|internal|enterprise|business|end|new|total|unique|individual|separate|dedicated|shared|Delta Sharing|open sharing|data|partner|customer|regional|production|Genie|SQL|Databricks)[\s-])*` +
    String.raw`(users?|viewers?|analysts?|customers?|tenants?|workspaces?|recipients?|partners?|apps?|applications?|shares?|catalogs?|schemas?|tables?|stores?|patients?|members?|clinics?|hospitals?|banks?|devices?|sensors?|vehicles?|streams?|connections?|jobs?|pipelines?|DBUs?|clean rooms?|spaces?|instances?|accounts?|engineers?|metastores?|regions?)\b`,
  'g',
);
const DURATION = new RegExp(NUM + String.raw`\s?(ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?)\b(?!\s*(?:\/|per)\b)`, 'g');
const PERCENT = new RegExp(String.raw`(\d+(?:\.\d+)?)\s?(%|percent\b)`, 'g');

function scale(word: string | undefined): number {
  switch ((word ?? '').toLowerCase()) {
    case 'k':
    case 'thousand':
      return 1e3;
    case 'm':
    case 'million':
      return 1e6;
    case 'billion':
    case 'bn':
      return 1e9;
    default:
      return 1;
  }
}

const num = (digits: string, mult: string | undefined) => Number(digits.replace(/,/g, '')) * scale(mult);
const singular = (noun: string) => noun.toLowerCase().replace(/(?<=[^s])s$/, '');

function readQuantities(v: string, out: RawHits['quantities']): void {
  if (!/\d/.test(v)) return;
  const taken: Array<[number, number]> = [];
  const add = (m: RegExpExecArray, q: Omit<Quantity, keyof Span>) => {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (taken.some(([a, b]) => start < b && end > a)) return; // one reading per words (money before counts)
    taken.push([start, end]);
    out.push({ start, end, ...q });
  };
  for (const m of v.matchAll(MONEY)) add(m, { value: num(m[1], m[2]), dimension: 'money', unit: 'USD' });
  for (const m of v.matchAll(DATA)) {
    const gb = num(m[1], m[2]) * DATA_UNITS[m[3].toLowerCase()];
    const per = m[4] ? (PER_WORD[m[4]] ?? m[4]) : undefined;
    const timed = per !== undefined && ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'].includes(per);
    add(m, { value: gb, dimension: timed ? 'data-rate' : 'data', unit: 'GB', per });
  }
  for (const m of v.matchAll(RATE)) add(m, { value: num(m[1], m[2]), dimension: 'rate', unit: singular(m[3]), per: PER_WORD[m[4].toLowerCase()] ?? m[4].toLowerCase() });
  for (const m of v.matchAll(RATE_ABBR)) add(m, { value: num(m[1], m[2]), dimension: 'rate', unit: { rps: 'request', qps: 'query', tps: 'transaction', eps: 'event' }[m[3].toLowerCase()]!, per: 'second' });
  for (const m of v.matchAll(PERCENT)) add(m, { value: Number(m[1]), dimension: 'percent', unit: '%' });
  for (const m of v.matchAll(DURATION)) {
    const word = m[3].toLowerCase();
    const unit = word === 'ms' ? 'ms' : word.replace(/s$/, '').replace(/^millisecond$/, 'ms').replace(/^sec$/, 's');
    const seconds = SECONDS[unit];
    if (seconds !== undefined) add(m, { value: num(m[1], m[2]) * seconds, dimension: 'duration', unit: 'seconds' });
  }
  for (const m of v.matchAll(COUNT)) add(m, { value: num(m[1], m[2]), dimension: 'count', unit: singular(m[3]).replace(/^application$/, 'app') });
}

// ── Mentions ────────────────────────────────────────────────────────────────────────────

/** Each vocabulary compiled once as global regexes. */
const compiled = new Map<Term[], Array<{ id: string; re: RegExp }>>();

function globalTerms(terms: Term[]): Array<{ id: string; re: RegExp }> {
  let list = compiled.get(terms);
  if (!list) {
    list = terms.map((t) => ({ id: t.id, re: new RegExp(t.pattern.source, t.pattern.flags.includes('g') ? t.pattern.flags : `${t.pattern.flags}g`) }));
    compiled.set(terms, list);
  }
  return list;
}

const GOV_TERMS: Term[] = [{ id: 'gov-cloud', pattern: GOV_CLOUD_PATTERN }];

function readTerms(v: string, kind: MentionKind, terms: Term[], out: RawHits['mentions']): void {
  for (const { id, re } of globalTerms(terms)) {
    re.lastIndex = 0;
    for (let m = re.exec(v); m; m = re.exec(v)) out.push({ kind, id, start: m.index, end: m.index + m[0].length });
  }
}

function readMentions(v: string, out: RawHits['mentions']): void {
  readTerms(v, 'product', PRODUCT_TERMS, out);
  readTerms(v, 'service', SERVICE_TERMS, out);
  readTerms(v, 'cloud', CLOUD_TERMS, out);
  readTerms(v, 'gov-cloud', GOV_TERMS, out);
  readTerms(v, 'claim', CLAIM_TERMS, out);
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(v); m; m = REGION_PATTERN.exec(v)) {
    out.push({ kind: m[1] || m[3] ? 'gov-cloud' : 'region', id: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
}
