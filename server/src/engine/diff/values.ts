// What changed between two versions' values, node by node: added, removed, changed. Lists of
// plain values compare as sets (an item added, an item dropped: order is not a change); lists
// of rows compare row by row.
import { Path } from '../types';

export interface ValueChange {
  path: Path;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPlain = (v: unknown) => v === null || typeof v !== 'object';

/** No value: absent, null, an empty string, list or mapping. */
export function isEmptyValue(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0);
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return String(a) === String(b) || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffValues(before: unknown, after: unknown, path: Path = []): ValueChange[] {
  if (isEmptyValue(before) && isEmptyValue(after)) return [];
  // A mapping or list that appears or disappears is reported by its leaves, so each lands in its
  // section and its materiality (a product added is its `status` added).
  if (isEmptyValue(before) && (isRecord(after) || Array.isArray(after))) before = Array.isArray(after) ? [] : {};
  else if (isEmptyValue(after) && (isRecord(before) || Array.isArray(before))) after = Array.isArray(before) ? [] : {};
  else if (isEmptyValue(before)) return [{ path, kind: 'added', after }];
  else if (isEmptyValue(after)) return [{ path, kind: 'removed', before }];
  if (isRecord(before) && isRecord(after)) {
    if (Object.keys(before).length + Object.keys(after).length === 0) return [];
    const keys = [...Object.keys(after), ...Object.keys(before).filter((k) => !(k in after))];
    return keys.flatMap((k) => diffValues(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isPlain) && after.every(isPlain)) {
      return [
        ...before.filter((b) => !after.some((a) => same(a, b))).map((b): ValueChange => ({ path, kind: 'removed', before: b })),
        ...after.filter((a) => !before.some((b) => same(a, b))).map((a): ValueChange => ({ path, kind: 'added', after: a })),
      ];
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffValues(before[i], after[i], [...path, i])).flat();
  }
  return same(before, after) ? [] : [{ path, kind: 'changed', before, after }];
}
