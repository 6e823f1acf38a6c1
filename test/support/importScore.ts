// Scores an import against a hand-written expected .sow.yaml, field by field: a leaf (a scalar,
// a list of plain values, or a cell of a table row) is right when equal, missing when the import
// left it empty, wrong when the import holds another value — or a value the expected file has not.
import { isDeepStrictEqual } from 'util';

export interface FieldScore {
  total: number;
  right: number;
  missing: string[];
  wrong: Array<{ path: string; expected: unknown; got: unknown }>;
}

type Leaves = Map<string, unknown>;

function leaves(value: unknown, path: string, out: Leaves): Leaves {
  if (value === null || value === undefined || value === '') return out;
  if (Array.isArray(value)) {
    if (value.length === 0) return out;
    if (value.every((v) => v === null || typeof v !== 'object')) out.set(path, value);
    else value.forEach((v, i) => leaves(v, `${path}.${i}`, out));
    return out;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) leaves(v, path ? `${path}.${k}` : k, out);
    return out;
  }
  out.set(path, value);
  return out;
}

export function scoreImport(expected: unknown, imported: unknown): FieldScore {
  const want = leaves(expected, '', new Map());
  const got = leaves(imported, '', new Map());
  const score: FieldScore = { total: want.size, right: 0, missing: [], wrong: [] };
  for (const [path, value] of want) {
    if (!got.has(path)) score.missing.push(path);
    else if (isDeepStrictEqual(got.get(path), value)) score.right++;
    else score.wrong.push({ path, expected: value, got: got.get(path) });
  }
  for (const [path, value] of got) if (!want.has(path)) score.wrong.push({ path, expected: undefined, got: value });
  return score;
}

/** Every string in a value, for reading a source's blocks whatever their kind. */
export function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}
