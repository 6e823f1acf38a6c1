// Schema validation with ajv, mapped onto the exact YAML node each error is about.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { SowDocument } from '../document';
import { Finding, PathSegment } from '../types';
import { closestMatches } from '../text/similarity';
import { titleAt } from './navigate';
import type { JsonSchema } from './sowSchema';

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** Beyond this many schema findings the rest are counted, not mapped: a pasted 20,000-key
 * document would otherwise spend seconds locating errors nobody reads one by one. */
export const MAX_SCHEMA_FINDINGS = 200;

/** Loaded at the first validation (or prepareSchemaValidator), not at startup: it is a large module. */
function validator(): ValidateFunction {
  return (require('./ajvValidator') as typeof import('./ajvValidator')).sowValidator();
}

/** Loads the validator ahead of the first validation (the server does it while idle). */
export function prepareSchemaValidator(): void {
  validator();
}

export function validateSchema(doc: SowDocument): Finding[] {
  // A document that is not YAML (or empty) has nothing to validate; syntax findings say why.
  if (doc.value === undefined || doc.hasSyntaxErrors) return [];
  const validate = validator();
  if (validate(doc.value)) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const errors = relevantErrors(validate.errors ?? []);
  for (const [index, error] of errors.entries()) {
    if (findings.length >= MAX_SCHEMA_FINDINGS) {
      findings.push({
        code: 'schema/too-many',
        severity: 'warning',
        message: `${errors.length - index} more schema problems are not listed; fix the ones shown first.`,
        range: doc.rangeOfOffsets(0, 0),
      });
      break;
    }
    const finding = toFinding(doc, error);
    const key = `${finding.code}|${finding.range.start.line}:${finding.range.start.character}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

/**
 * anyOf/oneOf report a summary plus every branch's failure; the branches say the useful thing,
 * and `if` only repeats its `then`. Drop the summaries.
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf' && e.keyword !== 'if');
}

function pathOf(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(path: PathSegment[]): string {
  return path.length === 0 ? 'the document' : `"${titleAt(path)}"`;
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function toFinding(doc: SowDocument, e: ErrorObject): Finding {
  const path = pathOf(e.instancePath);
  const parentSchema = e.parentSchema as JsonSchema | undefined;
  const base = { severity: 'error' as const, data: { path } };
  switch (e.keyword) {
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return {
        ...base,
        code: 'schema/required',
        message: `Missing required property "${missing}" in ${describe(path)}.`,
        range: doc.rangeOf(path, 'key'),
        data: { path: [...path, missing] },
      };
    }
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      // A key already present is no suggestion: renaming to it would repeat it and change its value.
      const present = e.data && typeof e.data === 'object' ? (e.data as Record<string, unknown>) : {};
      const known = Object.keys(parentSchema?.properties ?? {}).filter((k) => !Object.hasOwn(present, k));
      const suggestions = closestMatches(extra, known);
      const hint = suggestions.length ? ` Did you mean "${suggestions[0]}"?` : '';
      return {
        ...base,
        code: 'schema/unknown-property',
        message: `Unknown property "${extra}" in ${describe(path)}.${hint}`,
        range: doc.rangeOf([...path, extra], 'key'),
        data: { path: [...path, extra], suggestions },
      };
    }
    case 'enum': {
      const values = (e.params as { allowedValues: unknown[] }).allowedValues;
      // `null` in an enum means "may be left empty": not a word to suggest or to write.
      const allowed = values.filter((v) => v !== null).map(String);
      const suggestions = typeof e.data === 'string' ? closestMatches(e.data, allowed) : [];
      const hint = suggestions.length ? ` Did you mean "${suggestions[0]}"?` : '';
      const empty = values.includes(null) ? ' (or leave it empty)' : '';
      return {
        ...base,
        code: 'schema/enum',
        message: `${show(e.data)} is not an allowed value for ${describe(path)}.${hint} Allowed: ${allowed.join(', ')}${empty}.`,
        range: doc.rangeOf(path),
        data: { path, suggestions },
      };
    }
    case 'const':
      return {
        ...base,
        code: 'schema/const',
        message: `${describe(path)} must be ${show((e.params as { allowedValue: unknown }).allowedValue)}.`,
        range: doc.rangeOf(path),
      };
    case 'type': {
      const expected = (e.params as { type: string | string[] }).type;
      const list = Array.isArray(expected) ? expected.join(' or ') : expected;
      return {
        ...base,
        code: 'schema/type',
        message: `${describe(path)} must be ${article(list)} ${list}, not ${typeName(e.data)}${e.data === null || typeof e.data === 'object' ? '' : ` ${show(e.data)}`}.`,
        range: doc.rangeOf(path),
      };
    }
    case 'pattern': {
      const pattern = (e.params as { pattern: string }).pattern;
      const what = pattern === DATE_PATTERN ? 'a date written YYYY-MM-DD' : `text matching ${pattern}`;
      return { ...base, code: 'schema/pattern', message: `${describe(path)} must be ${what}; ${show(e.data)} is not.`, range: doc.rangeOf(path) };
    }
    case 'uniqueItems': {
      const { i, j } = e.params as { i: number; j: number };
      return {
        ...base,
        code: 'schema/duplicate-item',
        message: `${describe(path)} lists ${show((e.data as unknown[])[i])} twice (items ${j + 1} and ${i + 1}).`,
        range: doc.rangeOf([...path, i]),
        data: { path: [...path, i] },
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      return { ...base, code: 'schema/range', message: `${describe(path)} must be ${comparison} ${limit}; it is ${show(e.data)}.`, range: doc.rangeOf(path) };
    }
    default:
      return { ...base, code: `schema/${e.keyword}`, message: `${describe(path)} ${e.message ?? 'is not valid'}.`, range: doc.rangeOf(path) };
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value}`;
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a';
}
