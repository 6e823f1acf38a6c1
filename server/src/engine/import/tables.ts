// Tables → table fields (lists of rows) and fixed-row objects (business metrics, scale
// projections). The table is recognised by its header row against the columns' labels; blank
// rows (Google Docs and Word add them) and rows of placeholders are dropped, unknown columns kept.
import { inlineCheckboxes, SourceBlock } from './blocks';
import { FieldSpec, labelScore, matchOption } from './fields';
import { getPath, setPath } from './paths';
import { Recorder } from './report';
import { coerceScalar, isPlaceholder, splitList } from './values';

type Table = Extract<SourceBlock, { kind: 'table' }>;

const MIN_SCORE = 0.5;

function columnFor(header: string, columns: readonly FieldSpec[]): FieldSpec | undefined {
  let best: { f: FieldSpec; s: number } | undefined;
  for (const c of columns) {
    const s = labelScore(header, c.keys);
    if (s >= 0.8 && (!best || s > best.s)) best = { f: c, s };
  }
  return best?.f;
}

function score(field: FieldSpec, headers: readonly string[]): number {
  if (field.kind === 'table') return headers.filter((h) => columnFor(h, field.columns ?? [])).length / Math.max(1, headers.length);
  const cols = field.children[0]?.children ?? [];
  return headers.slice(1).filter((h) => columnFor(h, cols)).length / Math.max(1, headers.length - 1);
}

export function fillTable(table: Table, candidates: readonly FieldSpec[], data: Record<string, unknown>, rec: Recorder, near: string): void {
  const [head, ...body] = table.rows;
  const headers = head?.cells ?? [];
  let best: { f: FieldSpec; s: number } | undefined;
  for (const f of candidates) {
    const s = score(f, headers);
    if (s >= MIN_SCORE && (!best || s > best.s)) best = { f, s };
  }
  if (!best) {
    for (const row of table.rows) if (row.cells.some((c) => c.trim())) rec.keep(row.line, `| ${row.cells.join(' | ')} |`, near);
    return;
  }
  rec.structure(head.line);
  if (best.f.kind === 'table') tableRows(best.f, headers, body, data, rec);
  else fixedRows(best.f, headers, body, data, rec);
}

function emptyRow(cells: readonly string[]): boolean {
  return cells.every((c) => !c.trim() || isPlaceholder(c) || /^_?not filled in yet_?$/i.test(c.trim()));
}

function tableRows(field: FieldSpec, headers: readonly string[], body: Table['rows'], data: Record<string, unknown>, rec: Recorder): void {
  const columns = headers.map((h) => columnFor(h, field.columns ?? []));
  const rows = (getPath(data, field.path) as unknown[] | undefined) ?? [];
  for (const row of body) {
    // Blank rows, and the template's pre-printed rows left unfilled (a name and placeholders).
    if (emptyRow(row.cells) || (row.cells.length > 1 && emptyRow(row.cells.slice(1)))) {
      rec.structure(row.line);
      continue;
    }
    const out: Record<string, unknown> = Object.fromEntries((field.columns ?? []).map((c) => [c.key, c.kind === 'list' || c.kind === 'multi' ? [] : null]));
    let filled = false;
    row.cells.forEach((cell, i) => {
      const col = columns[i];
      if (!col) {
        if (cell.trim() && !isPlaceholder(cell)) rec.tableComment(field, row.line, `${headers[i] ?? `column ${i + 1}`}: ${cell}`);
        return;
      }
      const value = cellValue(col, cell, field, row.line, rec);
      if (value !== undefined && out[col.key] !== null && !(Array.isArray(out[col.key]) && !(out[col.key] as unknown[]).length)) {
        rec.tableComment(field, row.line, `${headers[i]}: ${cell}`);
        return;
      }
      if (value !== undefined) {
        out[col.key] = value;
        filled = true;
      }
    });
    if (filled) {
      rows.push(out);
      rec.mapped(field, row.line);
    }
  }
  setPath(data, field.path, rows);
}

function fixedRows(field: FieldSpec, headers: readonly string[], body: Table['rows'], data: Record<string, unknown>, rec: Recorder): void {
  const columns = headers.map((h, i) => (i === 0 ? undefined : h));
  for (const row of body) {
    if (emptyRow(row.cells.slice(1))) {
      rec.structure(row.line);
      continue;
    }
    const rowField = columnFor(row.cells[0] ?? '', field.children);
    if (!rowField) {
      rec.tableComment(field, row.line, `| ${row.cells.join(' | ')} |`);
      continue;
    }
    row.cells.slice(1).forEach((cell, j) => {
      const col = columns[j + 1] !== undefined ? columnFor(columns[j + 1]!, rowField.children) : undefined;
      if (!col) {
        if (cell.trim() && !isPlaceholder(cell)) rec.tableComment(field, row.line, `${row.cells[0]} / ${headers[j + 1] ?? `column ${j + 2}`}: ${cell}`);
        return;
      }
      const value = cellValue(col, cell, col, row.line, rec);
      if (value === undefined) return;
      setPath(data, col.path, value);
      rec.mapped(col, row.line);
    });
  }
}

/** One cell by its column's kind; undefined when empty or unclear (then reported). */
function cellValue(col: FieldSpec, cell: string, owner: FieldSpec, line: number, rec: Recorder): unknown {
  const text = cell.trim();
  if (!text || /^_?not filled in yet_?$/i.test(text)) return undefined;
  if (col.options) {
    const boxes = inlineCheckboxes(text);
    const picked = boxes.length ? boxes.filter((b) => b.checked).map((b) => b.label) : isPlaceholder(text) ? [] : col.kind === 'multi' ? splitList(text) : [text];
    const slugs = picked.map((p) => matchOption(p, col.options!)?.option.slug);
    if (!picked.length) return undefined;
    if (slugs.some((s) => !s)) return void rec.ambiguous(owner, line, `${col.title}: ${text}`, 'not among the template\'s options');
    if (col.kind === 'multi') return [...new Set(slugs)];
    if (new Set(slugs).size > 1) return void rec.ambiguous(owner, line, `${col.title}: ${text}`, 'two options ticked where one is allowed');
    return slugs[0];
  }
  if (isPlaceholder(text)) return undefined;
  if (col.kind === 'list') return splitList(text);
  const c = coerceScalar(text, col);
  if ('problem' in c) return void rec.ambiguous(owner, line, `${col.title}: ${text}`, c.problem);
  if ('empty' in c) return undefined;
  return c.value;
}
