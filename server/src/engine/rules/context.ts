// Read helpers rules share, so each rule states its condition and nothing else.
import { SowDocument } from '../document';
import { Path, PathSegment } from '../types';

export type PathLike = string | Path;

export function toPath(path: PathLike): PathSegment[] {
  if (typeof path !== 'string') return [...path];
  return path === '' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.values(value as object).every(isEmptyValue);
  return false;
}

export class RuleContext {
  /** The document's plain value; a non-mapping root reads as an empty document. */
  readonly root: Record<string, unknown>;

  constructor(
    readonly doc: SowDocument,
    /** Today's date (YYYY-MM-DD), injected so date rules are testable. */
    readonly today: string,
    /** The approved version to compare with (ReviewOptions.baseline), when the caller has one. */
    readonly baseline?: RuleContext,
  ) {
    const value = doc.value;
    this.root = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }

  get(path: PathLike): unknown {
    let node: unknown = this.root;
    for (const seg of toPath(path)) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string | number, unknown>)[seg];
    }
    return node;
  }

  /** A string value, or '' when missing or not a string. */
  text(path: PathLike): string {
    const v = this.get(path);
    return typeof v === 'string' ? v : '';
  }

  /** A finite number, or undefined. */
  number(path: PathLike): number | undefined {
    const v = this.get(path);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  }

  /** An array value, or [] when missing or not an array. */
  list(path: PathLike): unknown[] {
    const v = this.get(path);
    return Array.isArray(v) ? v : [];
  }

  /** Rows of a table: the array's mapping items only. */
  rows(path: PathLike): Array<Record<string, unknown>> {
    return this.list(path).filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
  }

  /** True when the checkbox list at `path` contains `slug` (or the single choice equals it). */
  has(path: PathLike, slug: string): boolean {
    const v = this.get(path);
    return Array.isArray(v) ? v.includes(slug) : v === slug;
  }

  isEmpty(path: PathLike): boolean {
    return isEmptyValue(this.get(path));
  }
}
