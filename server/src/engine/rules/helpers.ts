// Small pure helpers several rule areas share: reading numbers, durations and dates out of the
// free-text cells of a SOW, and locating a match inside a string scalar exactly.
import { Scalar } from 'yaml';
import { Fix, PathSegment, Range } from '../types';
import { RuleContext } from './context';

/**
 * A number read from a value a partner may have typed either as a number or as text:
 * `1200`, "1,200", "$1.2M", "~40k", "99.9%", "< 5 seconds". Undefined when there is no number.
 */
export function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /(-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*([kKmMbB](?![a-zA-Z]))?/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const scale = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'b'] ?? 1;
  return n * scale;
}

const SECONDS_PER_UNIT: Array<[RegExp, number]> = [
  [/^(ms|msec|millis|milliseconds?)$/i, 0.001],
  [/^(s|sec|secs|seconds?)$/i, 1],
  [/^(m|min|mins|minutes?)$/i, 60],
  [/^(h|hr|hrs|hours?)$/i, 3600],
  [/^(d|days?)$/i, 86400],
];

/** A duration in seconds from text such as "< 5 seconds", "500 ms", "2 hours"; undefined without a unit. */
export function durationSeconds(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /(\d+(?:\.\d+)?)\s*([a-zA-Z]+)/.exec(value.replace(/,/g, ''));
  if (!m) return undefined;
  const unit = SECONDS_PER_UNIT.find(([re]) => re.test(m[2]));
  return unit ? Number(m[1]) * unit[1] : undefined;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface TextMatch {
  path: PathSegment[];
  /** The matched text. */
  text: string;
  /** Exact range of the match when it can be mapped into the source, else the whole scalar. */
  range: Range;
  /** True when `range` covers exactly the match (so a text edit can replace it). */
  exact: boolean;
  /** True when the match is the scalar's whole value. */
  whole: boolean;
  /** Range of the scalar's whole source text (quotes included). */
  scalarRange: Range;
  match: RegExpExecArray;
}

/**
 * Every match of `pattern` (a global regex) in the string values of the document. A match maps
 * to an exact source range only where the source shows the value verbatim: single-line plain
 * and quoted scalars. Folded and block scalars, or escapes, fall back to the scalar's range.
 */
export function findInStrings(ctx: RuleContext, pattern: RegExp, accept: (m: RegExpExecArray) => boolean = () => true): TextMatch[] {
  const doc = ctx.doc;
  const out: TextMatch[] = [];
  for (const { path, node, isKey } of doc.scalars()) {
    if (isKey || typeof node.value !== 'string' || !node.range) continue;
    const value = node.value;
    pattern.lastIndex = 0;
    const matches: RegExpExecArray[] = [];
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      if (accept(m)) matches.push(m);
    }
    if (matches.length === 0) continue;
    const start = node.range[0];
    const end = trimmedEnd(doc.text, start, node.range[1]);
    const scalarRange = doc.rangeOfOffsets(start, end);
    const source = doc.text.slice(start, end);
    const quoted = node.type === Scalar.QUOTE_SINGLE || node.type === Scalar.QUOTE_DOUBLE;
    const verbatim = (node.type === Scalar.PLAIN || quoted) && !source.includes('\n');
    // Inside quotes the value starts one character in; escapes would shift offsets, so require
    // the source to read exactly as the value.
    const inner = quoted ? source.slice(1, -1) : source;
    const exactOk = verbatim && inner === value;
    const valueStart = start + (quoted ? 1 : 0);
    for (const m of matches) {
      out.push({
        path,
        text: m[0],
        range: exactOk ? doc.rangeOfOffsets(valueStart + m.index, valueStart + m.index + m[0].length) : scalarRange,
        exact: exactOk,
        whole: m.index === 0 && m[0].length === value.length,
        scalarRange,
        match: m,
      });
    }
  }
  return out;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/** "1,234.5" for messages (by hand: toLocaleString pulls in ICU, ~7 MB and ~18 ms at start-up). */
export function fmt(n: number): string {
  const [whole, fraction] = String(Math.round(n * 100) / 100).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

export interface TableRow {
  row: Record<string, unknown>;
  index: number;
}

/** The first mapping row of the table at `table` for which `test` holds. */
export function findRow(ctx: RuleContext, table: string, test: (row: Record<string, unknown>) => boolean): TableRow | undefined {
  const rows = ctx.list(table);
  const index = rows.findIndex((r) => !!r && typeof r === 'object' && !Array.isArray(r) && test(r as Record<string, unknown>));
  return index < 0 ? undefined : { row: rows[index] as Record<string, unknown>, index };
}

/** The first row whose `column` text matches `pattern` (e.g. an SLA row by its metric name). */
export function rowMatching(ctx: RuleContext, table: string, column: string, pattern: RegExp): TableRow | undefined {
  return findRow(ctx, table, (r) => pattern.test(String(r[column] ?? '')));
}

/**
 * True when any string value outside the `skip` subtrees matches `pattern` (a non-global regex).
 * For "does the document say X anywhere" checks such as a BAA or the compliance security profile.
 */
export function mentions(ctx: RuleContext, pattern: RegExp, skip: readonly string[] = []): boolean {
  const skipped = skip.map((s) => s.split('.'));
  const under = (path: PathSegment[]) => skipped.some((s) => s.every((seg, i) => String(path[i]) === seg));
  for (const { path, node, isKey } of ctx.doc.scalars()) {
    if (!isKey && typeof node.value === 'string' && pattern.test(node.value) && !under(path)) return true;
  }
  return false;
}

/** A number stated in the document, where it is, and what it is called in messages. */
export interface Figure {
  value: number;
  path: PathSegment[];
  label: string;
}

const CUSTOMER_FIGURES: Array<[string, string]> = [
  ['executive_summary.product_overview.initial_customer_target', 'initial customer target'],
  ['executive_summary.business_metrics.customers.current', 'current customers'],
  ['executive_summary.business_metrics.customers.month_6', '6-month customer target'],
  ['executive_summary.business_metrics.customers.month_12', '12-month customer target'],
  ['deployment.tenancy.scale_projections.months_6.customers', '6-month projection'],
  ['deployment.tenancy.scale_projections.months_12.customers', '12-month projection'],
  ['deployment.tenancy.scale_projections.months_24.customers', '24-month projection'],
  ['scale_performance.targets.current.customers', 'current scale target'],
  ['scale_performance.targets.month_6.customers', '6-month scale target'],
  ['scale_performance.targets.month_12.customers', '12-month scale target'],
];

/** The largest customer count the document states anywhere (projections, metrics, targets). */
export function maxCustomers(ctx: RuleContext): Figure | undefined {
  let best: Figure | undefined;
  for (const [dotted, label] of CUSTOMER_FIGURES) {
    const value = numberIn(ctx.get(dotted));
    if (value !== undefined && (!best || value > best.value)) best = { value, path: dotted.split('.'), label };
  }
  return best;
}

/** Dotted key path → path segments (numeric segments become indices). */
export const at = (dotted: string, ...rest: PathSegment[]): PathSegment[] => [...dotted.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), ...rest];

/** Quick fixes described by intent; `preferred` marks the obvious one ("fix all" applies it). */
export const fix = {
  set: (title: string, dotted: string, value: unknown, preferred = false): Fix => ({ title, preferred, operations: [{ kind: 'set', path: at(dotted), value }] }),
  add: (title: string, dotted: string, items: unknown[], preferred = false): Fix => ({ title, preferred, operations: [{ kind: 'addItems', path: at(dotted), items }] }),
  replace: (title: string, dotted: string, from: unknown, to: unknown[], preferred = false): Fix => ({
    title,
    preferred,
    operations: [{ kind: 'replaceItem', path: at(dotted), from, to }],
  }),
  remove: (title: string, dotted: string, item: unknown, preferred = false): Fix => ({ title, preferred, operations: [{ kind: 'removeItem', path: at(dotted), item }] }),
};

/** Path of the item equal to `item` in the list at `dotted`, or undefined when it is not there. */
export function itemPath(ctx: RuleContext, dotted: string, item: unknown): PathSegment[] | undefined {
  const index = ctx.list(dotted).indexOf(item);
  return index < 0 ? undefined : at(dotted, index);
}

/** The deployment models the document uses: the chosen model, or each segment's under "multiple". */
export function deploymentModels(ctx: RuleContext): string[] {
  const model = ctx.text('deployment.model');
  if (model !== 'multiple') return model ? [model] : [];
  return ctx.rows('deployment.multiple_models').map((r) => String(r.deployment_model ?? '')).filter((m) => m !== '');
}

/**
 * True when every deployment is Customer Managed: the customer owns the workspaces, their
 * provisioning and all usage in them, so the partner has no shared or internal usage there.
 */
export function onlyCustomerManaged(ctx: RuleContext): boolean {
  const models = deploymentModels(ctx);
  return models.length > 0 && models.every((m) => m === 'customer-managed');
}

// Abbreviations are matched case-sensitively ("us" is also a pronoun); names and regions are not.
const US_ABBREVIATION = /\b(US|USA|U\.S\.)(?![a-z])/;
const US = /\b(United States|North America|Americas?)\b|\bus-(east|west|gov)|\b(east|west|central|north|south)us\d?\b|\bGovCloud\b|\bUS Gov/i;
const NON_US = /\b(EU|EEA|Europe|European|EMEA|UK|United Kingdom|Germany|France|Nordics?|DACH|APAC|Asia|Australia|Japan|India|Singapore|Canada|Brazil|LATAM|Middle East)\b|\beu-|\b(west|north)europe\b|\buk(south|west)\b/i;

/**
 * Where the product's customers and data are, as far as the document says: 'us' when it names the
 * United States, 'elsewhere' when it names only other jurisdictions, undefined when it says nothing.
 * US laws such as HIPAA concern US data; an EU-only product under GDPR is not in their scope.
 */
export function jurisdiction(ctx: RuleContext): 'us' | 'elsewhere' | undefined {
  const texts = [
    ctx.text('executive_summary.business_overview.target_market.geographic_focus'),
    ctx.text('deployment.cloud.gov_sovereign_for'),
    ...ctx.list('appendices.assumptions').map(String),
  ].join('\n');
  if (US.test(texts) || US_ABBREVIATION.test(texts)) return 'us';
  if (NON_US.test(texts)) return 'elsewhere';
  return undefined;
}

/** What an SLA or success-metric row measures, read from its metric name. */
export type MetricKind = 'queryLatency' | 'apiLatency' | 'availability' | 'freshness' | 'jobSuccess' | 'onboardingTime' | 'other';

const METRIC_KINDS: Array<[MetricKind, RegExp]> = [
  // Freshness first: "end-to-end data latency" measures data age, not query speed.
  ['freshness', /fresh|stale|data (age|lag|latency)|end[- ]to[- ]end|ingest\w* (latency|lag|delay)|time to (land|availab)/i],
  ['availability', /availab|uptime/i],
  ['onboardingTime', /onboard|install\w* time|(set-?up|provisioning) time|time to (install|provision|onboard)/i],
  ['jobSuccess', /\b(job|pipeline|run)s?\b.*\b(success|failure|reliab)|success rate/i],
  ['queryLatency', /\b(quer(y|ies)|dashboard|report|sql)\b.*\b(latenc|p9\d|response|time)|\b(p9\d|latenc)\w*\b.*\bquer/i],
  ['apiLatency', /\bapi\b.*\b(latenc|p9\d|response)/i],
];

/** The kind of a metric name; detection, scoring and other latencies are 'other'. */
export function metricKind(name: unknown): MetricKind {
  const text = String(name ?? '');
  return METRIC_KINDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

/** The first row of a metric table (SLAs, success metrics) that measures `kind`. */
export function rowOfKind(ctx: RuleContext, table: string, kind: MetricKind): TableRow | undefined {
  return findRow(ctx, table, (r) => metricKind(r.metric) === kind);
}

/** A number to `digits` significant digits, formatted like fmt: compare what the message prints. */
export function fmtSig(n: number, digits = 3): string {
  if (n === 0 || !Number.isFinite(n)) return fmt(n);
  const magnitude = Math.floor(Math.log10(Math.abs(n)));
  const factor = 10 ** (digits - 1 - magnitude);
  const rounded = Math.round(n * factor) / factor;
  return magnitude >= digits - 1 ? fmt(rounded) : rounded.toFixed(Math.max(0, digits - 1 - magnitude)).replace(/\.?0+$/, '');
}
