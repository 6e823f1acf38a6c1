// Intent-level fix operations → minimal text edits on the original text. Each edit touches only
// the node it fixes (a scalar, one sequence item, an inserted key or item); everything else —
// comments, key order, quoting, flow vs block lists — stays byte for byte as written.
import { isMap, isScalar, isSeq, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { SowDocument } from '../document';
import { schemaAt } from '../schema/navigate';
import { Fix, FixOperation, Path, Range } from '../types';
import { diffEdits } from './diff';
import { flowList, formatScalar, isScalarValue, Layout, layoutOf, plainOf, quoteStyleOf, renderEntry, renderItem, sameValue } from './yamlText';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit in offsets, the form the engine computes and applies; converted to ranges at the end. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** The edits of one operation against `doc`'s text ([] when it cannot apply), in its line ends. */
export function operationEdits(doc: SowDocument, op: FixOperation): OffsetEdit[] {
  return editsOf(doc, op).map((e) => ({ ...e, text: inLineEnds(doc, e.text) }));
}

/** We write inserted lines with \n; a CRLF (or CR) document gets its own line break instead. */
export function inLineEnds(doc: SowDocument, text: string): string {
  const eol = doc.eol;
  return eol === '\n' ? text : text.replace(/\r\n|\r|\n/g, eol);
}

function editsOf(doc: SowDocument, op: FixOperation): OffsetEdit[] {
  switch (op.kind) {
    case 'replaceText':
      return [{ start: doc.offsetAt(op.range.start), end: doc.offsetAt(op.range.end), text: op.text }];
    case 'set':
      return setEdits(doc, op.path, op.value);
    case 'addItems':
      return addItemsEdits(doc, op.path, op.items);
    case 'replaceItem':
      return replaceItemEdits(doc, op.path, op.from, op.to);
    case 'removeItem':
      return removeItemEdits(doc, op.path, op.item);
  }
}

/** Applies offset edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The text after applying every operation of a fix. Operations that do not interfere apply
 * together against the original; otherwise they apply one after another, each on a fresh parse
 * (text ranges of `replaceText` only make sense on the original, so those go first).
 */
export function applyFix(doc: SowDocument, fix: Fix): string {
  const all = fix.operations.map((op) => operationEdits(doc, op));
  const flat = all.flat();
  const clash = flat.some((a, i) => flat.some((b, j) => i < j && overlaps(a, b)));
  const structural = fix.operations.filter((op) => op.kind !== 'replaceText');
  if (!clash || structural.length <= 1) {
    return applyEdits(doc.text, clash ? all.find((e) => e.length) ?? [] : flat);
  }
  let text = applyEdits(doc.text, fix.operations.flatMap((op, i) => (op.kind === 'replaceText' ? all[i] : [])));
  for (const op of structural) {
    const current = new SowDocument(doc.uri, doc.version, text);
    text = applyEdits(text, operationEdits(current, op));
  }
  return text;
}

/** The LSP edits that turn the document's text into the fixed text (one per changed region). */
export function fixEdits(doc: SowDocument, fix: Fix): TextEdit[] {
  return toTextEdits(doc, diffEdits(doc.text, applyFix(doc, fix)));
}

export function toTextEdits(doc: SowDocument, edits: OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: doc.rangeOfOffsets(e.start, e.end), newText: e.text }));
}

// ── set ──────────────────────────────────────────────────────────────────────────────────

function setEdits(doc: SowDocument, path: Path, value: unknown): OffsetEdit[] {
  const pair = doc.pairAt(path);
  if (pair) return replaceValueEdits(doc, pair, value);
  if (path.length === 0) return [];
  return createEdits(doc, path, value);
}

/** Replaces the value of an existing pair: the scalar in place, or the block under the key. */
function replaceValueEdits(doc: SowDocument, pair: Pair, value: unknown): OffsetEdit[] {
  const node = pair.value as Node | null;
  const colon = colonAfter(doc, pair);
  if (colon < 0) return [];
  if (isScalarValue(value)) {
    if (isScalar(node) && node.range && node.range[0] < node.range[1]) {
      if (sameValue(node.value, value)) return [];
      return [scalarReplacement(doc, node, value)];
    }
    if (isEmpty(node)) return [fillAfterColon(doc, colon, formatScalar(value))];
    return [{ start: colon + 1, end: contentEnd(doc, node!), text: ` ${formatScalar(value)}` }];
  }
  // A collection: render it under the key, at the key's column plus one step.
  const layout = layoutOf(doc);
  const keyCol = columnOf(doc, (pair.key as Node).range![0]);
  const lines = renderEntry('k', value, keyCol, layout).map((l, i) => (i === 0 ? l.slice(l.indexOf(':') + 1) : l));
  const [first, ...rest] = lines;
  const text = `${first}${rest.length ? `\n${rest.join('\n')}` : ''}`;
  if (isEmpty(node)) {
    if (first.trim()) return [fillAfterColon(doc, colon, first.trim())];
    return [{ start: lineEndAt(doc, colon), end: lineEndAt(doc, colon), text: `\n${rest.join('\n')}` }];
  }
  return [{ start: colon + 1, end: contentEnd(doc, node!), text }];
}

/** Creates the missing tail of `path` under its deepest existing ancestor. */
function createEdits(doc: SowDocument, path: Path, value: unknown): OffsetEdit[] {
  let depth = path.length - 1;
  while (depth > 0 && !doc.nodeAt(path.slice(0, depth))) depth--;
  const parentPath = path.slice(0, depth);
  if (path.slice(depth).some((s) => typeof s === 'number')) return [];
  // The missing keys as one nested value: {a: {b: value}}.
  let nested: unknown = value;
  for (let i = path.length - 1; i > depth; i--) nested = { [String(path[i])]: nested };
  const key = String(path[depth]);
  const parent = depth === 0 ? (doc.yaml.contents as Node | null) : doc.nodeAt(parentPath);
  const layout = layoutOf(doc);
  if (isMap(parent) && parent.flow) {
    const last = parent.items[parent.items.length - 1];
    const at = last ? contentEnd(doc, (last.value ?? last.key) as Node) : parent.range![0] + 1;
    const rendered = `${formatScalar(key)}: ${isScalarValue(nested) ? formatScalar(nested) : JSON.stringify(nested)}`;
    return [{ start: at, end: at, text: last ? `, ${rendered}` : rendered }];
  }
  if (isMap(parent) && parent.items.length) {
    const col = columnOf(doc, (parent.items[0].key as Node).range![0]);
    const lines = renderEntry(key, nested, col, layout).join('\n');
    // In the template's order: after the last sibling the schema lists before it.
    const order = Object.keys(schemaAt(parentPath)?.properties ?? {});
    const rank = (name: unknown) => order.indexOf(String(name));
    const pairs = parent.items.filter((p) => isScalar(p.key) && (p.key as Node).range);
    const before = rank(key) < 0 ? pairs : pairs.filter((p) => rank((p.key as Scalar).value) >= 0 && rank((p.key as Scalar).value) < rank(key));
    if (before.length === 0 && pairs.length) {
      const at = lineStartAt(doc, (pairs[0].key as Node).range![0]);
      return [{ start: at, end: at, text: `${lines}\n` }];
    }
    const last = before[before.length - 1] ?? pairs[pairs.length - 1];
    const at = lineEndAt(doc, pairEnd(doc, last));
    return [{ start: at, end: at, text: `\n${lines}` }];
  }
  if (depth === 0) {
    // An empty document (or one holding only comments): append at the end.
    const lines = renderEntry(key, nested, 0, layout).join('\n');
    const text = doc.text;
    const sep = text === '' || /[\r\n]$/.test(text) ? '' : '\n';
    return [{ start: text.length, end: text.length, text: `${sep}${lines}\n` }];
  }
  const parentPair = doc.pairAt(parentPath);
  if (!parentPair || !isEmpty(parent)) return [];
  return replaceValueEdits(doc, parentPair, { [key]: nested });
}

// ── sequences ────────────────────────────────────────────────────────────────────────────

function addItemsEdits(doc: SowDocument, path: Path, items: unknown[]): OffsetEdit[] {
  const seq = doc.nodeAt(path);
  if (!isSeq(seq)) {
    if (seq && !isEmpty(seq)) return [];
    return setEdits(doc, path, items);
  }
  const present = seq.items.map(plainOf);
  const missing = items.filter((item, i) => !present.some((p) => sameValue(p, item)) && items.findIndex((o) => sameValue(o, item)) === i);
  if (missing.length === 0) return [];
  return insertItemsAfter(doc, seq, seq.items.length - 1, missing);
}

function replaceItemEdits(doc: SowDocument, path: Path, from: unknown, to: unknown[]): OffsetEdit[] {
  const seq = doc.nodeAt(path);
  if (!isSeq(seq)) return addItemsEdits(doc, path, to);
  const index = seq.items.findIndex((i) => sameValue(plainOf(i), from));
  if (index < 0) return addItemsEdits(doc, path, to);
  const present = seq.items.map(plainOf);
  const wanted = to.filter((item, i) => !present.some((p) => sameValue(p, item)) && to.findIndex((o) => sameValue(o, item)) === i);
  if (wanted.length === 0) return removeItemEdits(doc, path, from);
  const node = seq.items[index] as Node;
  if (!isScalar(node) || !isScalarValue(wanted[0])) return [];
  return [scalarReplacement(doc, node, wanted[0]), ...insertItemsAfter(doc, seq, index, wanted.slice(1))];
}

function removeItemEdits(doc: SowDocument, path: Path, item: unknown): OffsetEdit[] {
  const seq = doc.nodeAt(path);
  if (!isSeq(seq)) return [];
  const index = seq.items.findIndex((i) => sameValue(plainOf(i), item));
  if (index < 0) return [];
  const node = seq.items[index] as Node;
  if (seq.flow) {
    const next = seq.items[index + 1] as Node | undefined;
    const prev = seq.items[index - 1] as Node | undefined;
    if (next) return [{ start: node.range![0], end: next.range![0], text: '' }];
    if (prev) return [{ start: contentEnd(doc, prev), end: contentEnd(doc, node), text: '' }];
    return [{ start: node.range![0], end: contentEnd(doc, node), text: '' }];
  }
  if (seq.items.length === 1) {
    const pair = doc.pairAt(path);
    const colon = pair ? colonAfter(doc, pair) : -1;
    if (colon >= 0) return [{ start: colon + 1, end: contentEnd(doc, seq), text: ' []' }];
  }
  const dash = dashBefore(doc, node);
  const start = lineStartAt(doc, dash);
  // Through the item's line break, whichever it is (CRLF is two characters).
  const end = doc.offsetAt({ line: doc.positionAt(contentEnd(doc, node)).line + 1, character: 0 });
  return [{ start, end, text: '' }];
}

/** Inserts items after item `index` of a sequence, flow (`, c` inside the brackets) or block. */
function insertItemsAfter(doc: SowDocument, seq: YAMLSeq, index: number, items: unknown[]): OffsetEdit[] {
  if (items.length === 0) return [];
  const siblings = seq.items as Node[];
  const style = quoteStyleOf(siblings.find((i) => isScalar(i) && typeof i.value === 'string'));
  if (seq.flow) {
    const text = flowList(items, style).slice(1, -1);
    if (siblings.length === 0) {
      const open = doc.text.indexOf('[', seq.range![0]);
      return [{ start: open + 1, end: open + 1, text }];
    }
    const at = contentEnd(doc, siblings[index]);
    return [{ start: at, end: at, text: `, ${text}` }];
  }
  const layout: Layout = layoutOf(doc);
  const col = columnOf(doc, dashBefore(doc, siblings[0]));
  const at = lineEndAt(doc, contentEnd(doc, siblings[index]));
  return [{ start: at, end: at, text: `\n${items.flatMap((i) => renderItem(i, col, layout, style)).join('\n')}` }];
}

// ── text helpers ─────────────────────────────────────────────────────────────────────────

/** Replaces one scalar's source text, keeping its quoting when the new value is a string. */
function scalarReplacement(doc: SowDocument, node: Node, value: unknown): OffsetEdit {
  const style = typeof value === 'string' ? quoteStyleOf(node) : 'plain';
  return { start: node.range![0], end: contentEnd(doc, node), text: formatScalar(value, style) };
}

/** `key:` (maybe `key:   # comment`) → `key: value` (comment kept). */
function fillAfterColon(doc: SowDocument, colon: number, text: string): OffsetEdit {
  let end = colon + 1;
  while (end < doc.text.length && (doc.text[end] === ' ' || doc.text[end] === '\t')) end++;
  const comment = doc.text[end] === '#';
  return { start: colon + 1, end, text: ` ${text}${comment ? ' ' : ''}` };
}

function isEmpty(node: Node | null | undefined): boolean {
  return !node || (isScalar(node) && (node.value === null || node.value === undefined) && (!node.range || node.range[0] === node.range[1]));
}

/** Where a pair's text ends: its value's, or its key's when the value is empty. */
function pairEnd(doc: SowDocument, pair: Pair): number {
  const value = pair.value as Node | null;
  return value?.range && !isEmpty(value) ? contentEnd(doc, value) : (pair.key as Node).range![1];
}

function colonAfter(doc: SowDocument, pair: Pair): number {
  const key = pair.key as Node | null;
  if (!key?.range) return -1;
  return doc.text.indexOf(':', key.range[1]);
}

/** The end of a node's own text (trailing newlines and blanks excluded). */
function contentEnd(doc: SowDocument, node: Node | YAMLMap): number {
  const [start, end] = node.range!;
  let e = end;
  while (e > start && /\s/.test(doc.text[e - 1])) e--;
  return e;
}

function dashBefore(doc: SowDocument, node: Node): number {
  const start = node.range![0];
  const dash = doc.text.lastIndexOf('-', start);
  return dash >= lineStartAt(doc, start) ? dash : start;
}

function columnOf(doc: SowDocument, offset: number): number {
  return offset - lineStartAt(doc, offset);
}

function lineStartAt(doc: SowDocument, offset: number): number {
  return doc.offsetAt({ line: doc.positionAt(offset).line, character: 0 });
}

/** The offset of the end of the line holding `offset` (before its line break, whichever it is). */
function lineEndAt(doc: SowDocument, offset: number): number {
  return doc.offsetAt({ line: doc.positionAt(offset).line, character: Number.MAX_SAFE_INTEGER });
}
