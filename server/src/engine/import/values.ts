// Turning a template answer into a value of the format: numbers with units, dates, booleans,
// links, placeholders. Every conversion either succeeds (with a note when a unit was converted),
// says the answer is empty (an unfilled placeholder), or refuses with the reason — never guesses.
import { FieldSpec } from './fields';

export type Coerced = { value: unknown; note?: string } | { empty: true } | { problem: string };

/** Template residue that is not an answer: placeholders, blank signature lines, "(% growth)". */
export function isPlaceholder(text: string): boolean {
  const rest = stripPlaceholders(text);
  return !/[\p{L}\p{N}]/u.test(rest);
}

export function stripPlaceholders(text: string): string {
  return text
    .replace(/[_*]*Not filled in yet[_*]*/gi, ' ')
    .replace(/\[(?![xX✓✔ ]\])[^\]]*\]/g, ' ')
    .replace(/\(\s*%\s*growth\s*\)/gi, ' ')
    .replace(/_{2,}/g, ' ')
    .trim();
}

/** A multi-line template block (catalog tree, pipeline arrows) left as it came: only placeholders and scaffolding. */
export function isTemplateScaffold(text: string): boolean {
  const placeholders = (text.match(/\[[^\]]*\]/g) ?? []).length;
  return placeholders >= 2 && stripPlaceholders(text).replace(/[^\p{L}\p{N}]/gu, '').length < 10;
}

const MULTIPLIER: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

interface Unit {
  /** Accepted unit words → factor into the field's unit. */
  factors: Record<string, number>;
  name: string;
}

const UNITS: Record<string, Unit> = {
  tb: { name: 'TB', factors: { tb: 1, terabyte: 1, terabytes: 1, gb: 1e-3, gigabyte: 1e-3, gigabytes: 1e-3, pb: 1e3, petabyte: 1e3, petabytes: 1e3 } },
  usd: { name: 'USD', factors: { usd: 1, $: 1, dollars: 1 } },
  hours: { name: 'hours', factors: { h: 1, hr: 1, hrs: 1, hour: 1, hours: 1, d: 24, day: 24, days: 24, week: 168, weeks: 168, min: 1 / 60, mins: 1 / 60, minute: 1 / 60, minutes: 1 / 60 } },
  minutes: { name: 'minutes', factors: { min: 1, mins: 1, minute: 1, minutes: 1, m: 1, h: 60, hr: 60, hour: 60, hours: 60, s: 1 / 60, sec: 1 / 60, seconds: 1 / 60 } },
  percent: { name: '%', factors: { '%': 1, percent: 1, pct: 1 } },
};
/** Unit words that name a dimension: seen on a field of another dimension, they make the answer ambiguous. */
const DIMENSIONED = new Set(Object.values(UNITS).flatMap((u) => Object.keys(u.factors)).filter((w) => w.length > 1 || w === '$' || w === '%'));

function unitOf(field: FieldSpec): Unit | undefined {
  if (field.kind === 'percent' || field.kind === 'growth') return UNITS.percent;
  // A fixed-row cell ("current" of annual_dbu_spend_usd) takes its unit from the row.
  const key = [field.key, field.parent?.kind === 'object' && field.parent.parent?.fixedRows ? field.parent.key : ''].join(' ');
  if (/_tb(_|\s|$)/.test(key)) return UNITS.tb;
  if (/_usd(\s|$)/.test(key) || /\(USD\)/.test(field.title)) return UNITS.usd;
  if (/_hours(\s|$)/.test(key)) return UNITS.hours;
  if (/_minutes(\s|$)/.test(key)) return UNITS.minutes;
  return undefined;
}

const NUMBER = /^(?:~|≈|approx\.?|approximately|about|around|up to|<|>|≤|≥|<=|>=)?\s*([$€£])?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(k|mm?|bn?|thousand|million|billion)?(?![a-z])\s*(.*)$/i;

/** A number answer in the field's unit ("$1.2M", "0.5 TB/customer/month", "2 days" → 48 hours). */
export function coerceNumber(text: string, field: FieldSpec): Coerced {
  const source = text.replace(/\(\s*[-+]?\d+(\.\d+)?\s*%\s*growth\s*\)/i, '').trim();
  const m = NUMBER.exec(source);
  if (!m || (!m[2] && !m[3])) return { problem: 'not a number' };
  const [, currency, whole, fraction, scale, tail] = m;
  let value = Number(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}`) * (scale ? MULTIPLIER[scale.toLowerCase()] : 1);
  const unit = unitOf(field);
  const rest = tail.trim();
  const firstWord = (/^(%|\$|[a-z]+)/i.exec(rest)?.[1] ?? '').toLowerCase();
  if (/\d/.test(rest.replace(/\([^)]*\)/g, ''))) return { problem: 'more than one number' };
  let note: string | undefined;
  if (currency && currency !== '$') return { problem: `unknown currency ${currency}` };
  if (currency && unit !== UNITS.usd) return { problem: 'a money amount where none is asked' };
  if (unit && firstWord && unit.factors[firstWord] === undefined && DIMENSIONED.has(firstWord)) return { problem: `unit "${firstWord}" is not ${unit.name}` };
  if (unit && firstWord && unit.factors[firstWord] !== undefined && unit.factors[firstWord] !== 1) {
    value = round(value * unit.factors[firstWord]);
    note = `converted from "${text.trim()}" to ${value} ${unit.name}`;
  }
  if (!unit && firstWord && DIMENSIONED.has(firstWord)) return { problem: `unit "${firstWord}" where a plain number is asked` };
  if (field.kind === 'count' && !Number.isInteger(value)) return { problem: 'not a whole number' };
  if (source.startsWith('-') && field.kind !== 'growth') return { problem: 'negative' };
  if (field.kind === 'percent' && value > 100) return { problem: 'more than 100%' };
  return { value, note };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date as YYYY-MM-DD: ISO, "15 March 2026", "March 15, 2026", and d/m/y or m/d/y when unambiguous. */
export function coerceDate(text: string): Coerced {
  const t = text.trim().replace(/\*|_/g, '');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return dateOrProblem(isoDate(+m[1], +m[2], +m[3]));
  m = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(t);
  if (m && month(m[2])) return dateOrProblem(isoDate(+m[3], month(m[2])!, +m[1]));
  m = /^([a-z]+)\.?\s+(\d{1,2})(st|nd|rd|th)?,?\s+(\d{4})$/i.exec(t);
  if (m && month(m[1])) return dateOrProblem(isoDate(+m[4], month(m[1])!, +m[2]));
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    if (a > 12 && b <= 12) return dateOrProblem(isoDate(y, b, a));
    if (b > 12 && a <= 12) return dateOrProblem(isoDate(y, a, b));
    if (a === b) return dateOrProblem(isoDate(y, a, b));
    return { problem: 'day and month could be either way round' };
  }
  return { problem: 'not a date' };
}

function month(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 && (word.length === 3 || /^[a-z]+$/i.test(word)) ? i + 1 : undefined;
}

function dateOrProblem(iso: string | undefined): Coerced {
  return iso ? { value: iso } : { problem: 'not a calendar date' };
}

export function coerceBool(text: string, field: FieldSpec): Coerced {
  const t = text.trim().toLowerCase().replace(/[*_.]/g, '');
  if (/^(yes|true|signed|approved|x|☒|☑|✓|✔)$/.test(t)) return { value: true };
  if (/^(no|false|not signed|unsigned|pending)$/.test(t)) return { value: false };
  // A signature line with a name or initials written on it.
  if (field.key === 'signed' && /[\p{L}]/u.test(t)) return { value: true, note: `signature "${text.trim()}" read as signed` };
  return { problem: 'not yes or no' };
}

export function coerceUrl(text: string): Coerced {
  const m = /https?:\/\/[^\s<>()\]"']+/.exec(text);
  if (!m) return { problem: 'not an http(s) link' };
  return { value: m[0].replace(/[.,;:]+$/, '') };
}

/** Document versions stay text ("1.0"), as the format asks. */
export function coerceVersion(text: string): Coerced {
  const t = text.trim().replace(/^v(?=\d)/i, '');
  return t ? { value: t } : { empty: true };
}

/** A scalar field's value from its answer text. */
export function coerceScalar(text: string, field: FieldSpec): Coerced {
  if (isPlaceholder(text)) return { empty: true };
  switch (field.kind) {
    case 'count':
    case 'amount':
    case 'percent':
    case 'growth':
      return coerceNumber(stripPlaceholders(text), field);
    case 'date':
      return coerceDate(stripPlaceholders(text));
    case 'bool':
      return coerceBool(stripPlaceholders(text), field);
    case 'url':
      return coerceUrl(text);
    case 'version':
      return coerceVersion(stripPlaceholders(text));
    default:
      return { value: text.trim() };
  }
}

/** Splits an inline list answer ("AWS, Azure and GCP") into its parts. */
export function splitList(text: string): string[] {
  return stripPlaceholders(text)
    .split(/\s*(?:,|;|\band\b|\s\/\s)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s && /[\p{L}\p{N}]/u.test(s));
}
