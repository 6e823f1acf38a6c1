// Reads a document value by the format's dotted key paths (docs/format.md). The diagram reads
// the document only through this class and compares slugs only with `is`, so the conformance
// test can watch every path and slug it uses.
import { enumSchemaOf, schemaAt } from '../schema/navigate';

export class FormatReader {
  constructor(private readonly root: unknown) {}

  /** The value at a dotted path; a number segment is a table row ("deployment.multiple_models.0.deployment_model"). */
  get(path: string): unknown {
    let node = this.root;
    for (const key of path.split('.')) {
      if (Array.isArray(node) && /^\d+$/.test(key)) node = node[Number(key)];
      else {
        const parent = asRecord(node);
        if (!parent) return undefined;
        node = parent[key];
      }
    }
    return node;
  }

  /** The rows of a table (rows that are not mappings are skipped). */
  rows(path: string): Array<Record<string, unknown>> {
    const value = this.get(path);
    return Array.isArray(value) ? value.map(asRecord).filter((r): r is Record<string, unknown> => !!r) : [];
  }

  /** A checkbox list as a list; a single choice as a list of one; empty as none. */
  list(path: string): unknown[] {
    const value = this.get(path);
    return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
  }

  text(path: string): string {
    return textOf(this.get(path));
  }

  /** Whether the single choice at `path` is `slug`, or the checkbox list there includes it. */
  is(path: string, slug: string): boolean {
    return this.list(path).includes(slug);
  }

  /** Whether any of `slugs` is chosen at `path`. */
  isAny(path: string, slugs: readonly string[]): boolean {
    return slugs.some((slug) => this.is(path, slug));
  }

  /**
   * The chosen values at `path` as the template labels them, shortened to the part before a
   * parenthesis ("Cloud VMs (EC2, Azure VM)" → "Cloud VMs"), followed by the free answers of its
   * `<path>_other` sibling when the format has one. Values the field does not allow are left out.
   */
  labels(path: string): string[] {
    const out: string[] = [];
    const choices = enumSchemaOf(schemaAt(path.split('.')));
    const labels = choices?.['x-enum-labels'];
    for (const value of this.list(path)) {
      const index = choices?.enum?.indexOf(value) ?? -1;
      const label = index >= 0 && Array.isArray(labels) ? shortLabel(String(labels[index] ?? '')) : '';
      if (label) out.push(label);
    }
    const other = `${path}_other`;
    if (schemaAt(other.split('.'))) out.push(...this.list(other).map(textOf).filter(Boolean));
    return out;
  }
}

/** "Classic Compute (customer VPC)" → "Classic Compute". */
export function shortLabel(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, '').trim() || label.trim();
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
