// Where the cursor is, in terms of the schema: which mapping a key would go into, which field a
// value belongs to, or a waiver comment. Read from the line text and the indentation of the
// lines above, because completion runs on half-typed documents the YAML parser cannot read;
// the parsed tree only adds what is already present further away.
import { isMap, isPair, isScalar, Node } from 'yaml';
import { SowDocument } from '../document';
import { Path, PathSegment, Range } from '../types';
import { plainOf } from '../actions/yamlText';

export type CursorContext =
  | {
      kind: 'key';
      /** The mapping the key goes into. */
      path: PathSegment[];
      /** Column of the key (after any `- `). */
      col: number;
      /** The text the chosen key replaces (the half-typed key). */
      replace: Range;
      /** A `:` already follows: insert the bare name, not a snippet. */
      colonFollows: boolean;
      present: Set<string>;
    }
  | {
      kind: 'value';
      /** The field (or, for a list item, the list item) the value is for. */
      path: PathSegment[];
      /** `key: |` (a whole value), `- |` (one item), or `[a, |` (one item of a flow list). */
      slot: 'value' | 'item' | 'flow-item';
      replace: Range;
      /** Text to put before the value (a space right after a `:` or `-`). */
      lead: string;
      /** Items already chosen in this list. */
      present: unknown[];
      /** Column of the key (for values that open a block). */
      col: number;
    }
  | { kind: 'waiver'; replace: Range };

interface Frame {
  col: number;
  seg: PathSegment;
  kind: 'root' | 'key' | 'item';
  /** A key whose value is not on its line (children or a compact list may follow). */
  open: boolean;
  /** Items seen so far when this frame holds a sequence. */
  items: number;
  /** Keys seen so far when this frame holds a mapping. */
  keys: Set<string>;
}

interface LineShape {
  indent: number;
  /** Columns of the `- ` indicators at the start of the line. */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  col: number;
  key?: string;
  /** Text after `key:` (comment removed, trimmed). */
  value?: string;
  rest: string;
}

const KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([^\s"'{}[\],#:][^#:]*?))\s*:(?=\s|$)(.*)$/;
const BLOCK_SCALAR = /^[|>][-+0-9]*$/;

/** The structure of one line of YAML, or undefined for a blank or comment-only line. */
function shapeOf(text: string): LineShape | undefined {
  const code = stripComment(text);
  if (!code.trim()) return undefined;
  const indent = code.length - code.trimStart().length;
  const dashes: number[] = [];
  let p = indent;
  while (code[p] === '-' && (p + 1 === code.length || code[p + 1] === ' ' || code[p + 1] === '\t')) {
    dashes.push(p);
    p++;
    while (code[p] === ' ' || code[p] === '\t') p++;
  }
  const rest = code.slice(p).trimEnd();
  const m = KEY.exec(rest);
  if (!m) return { indent, dashes, col: p, rest };
  return { indent, dashes, col: p, key: m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3].trim(), value: m[4].trim(), rest };
}

/** The line without its comment (a `#` at the start or after a blank, outside quotes). */
export function stripComment(text: string): string {
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\\' && quote === '"') i++;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:[{,-]/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      return text.slice(0, i);
    }
  }
  return text;
}

class Structure {
  readonly stack: Frame[] = [{ col: -1, seg: '', kind: 'root', open: true, items: 0, keys: new Set() }];

  get top(): Frame {
    return this.stack[this.stack.length - 1];
  }

  path(): PathSegment[] {
    return this.stack.slice(1).map((f) => f.seg);
  }

  /** Closes the frames a line at `indent` ends; a dash at a list key's own column stays inside it. */
  popFor(indent: number, dash: boolean): void {
    while (this.stack.length > 1) {
      const top = this.top;
      if (top.col < indent) break;
      if (top.col === indent && top.kind === 'key' && top.open && dash) break;
      this.stack.pop();
    }
  }

  pushItem(col: number): void {
    const parent = this.top;
    this.stack.push({ col, seg: parent.items++, kind: 'item', open: true, items: 0, keys: new Set() });
  }

  pushKey(col: number, key: string, open: boolean): void {
    this.top.keys.add(key);
    this.stack.push({ col, seg: key, kind: 'key', open, items: 0, keys: new Set() });
  }
}

/** The frames open at the start of `line`, and whether that line is inside a block scalar. */
function structureBefore(doc: SowDocument, line: number): { structure: Structure; inBlockScalar: number } {
  const structure = new Structure();
  let blockCol = -1;
  for (let l = 0; l < line; l++) {
    const text = doc.lineText(l);
    if (blockCol >= 0) {
      if (!text.trim() || text.length - text.trimStart().length > blockCol) continue;
      blockCol = -1;
    }
    const shape = shapeOf(text);
    if (!shape) continue;
    structure.popFor(shape.indent, shape.dashes.length > 0);
    for (const d of shape.dashes) structure.pushItem(d);
    if (shape.key !== undefined) {
      structure.pushKey(shape.col, shape.key, shape.value === '');
      if (BLOCK_SCALAR.test(shape.value ?? '')) blockCol = shape.col;
    }
  }
  return { structure, inBlockScalar: blockCol };
}

export function cursorContext(doc: SowDocument, position: { line: number; character: number }): CursorContext | undefined {
  const lineText = doc.lineText(position.line);
  const character = Math.min(position.character, lineText.length);
  const before = lineText.slice(0, character);
  const after = lineText.slice(character);
  const at = (c: number): Range['start'] => ({ line: position.line, character: c });
  const wordEnd = character + (/^[\w.-]*/.exec(after)?.[0].length ?? 0);

  const waiver = /#\s*sow-waive\s+([A-Za-z0-9-]*)$/.exec(before);
  if (waiver) return { kind: 'waiver', replace: { start: at(character - waiver[1].length), end: at(wordEnd) } };
  if (stripComment(before) !== before) return undefined;

  const { structure, inBlockScalar } = structureBefore(doc, position.line);
  const indent = before.length - before.trimStart().length;
  if (inBlockScalar >= 0 && indent > inBlockScalar) return undefined;

  // A dash just typed (`  -|`) is an item whose space is still missing.
  const bareDash = /^\s*(?:-\s+)*-$/.test(before);
  const shape = shapeOf(bareDash ? `${before} ` : before) ?? { indent: before.length, dashes: [], col: before.length, rest: '' };
  structure.popFor(shape.indent, shape.dashes.length > 0);
  for (const d of shape.dashes) structure.pushItem(d);
  const path = structure.path();

  if (shape.key !== undefined) {
    // `key: |` — a value for that key; `[a, |` inside a flow list — one more item.
    const fieldPath = [...path, shape.key];
    const valueText = before.slice(before.indexOf(':', shape.col) + 1);
    const lead = valueText === '' ? ' ' : '';
    const flow = /^\s*\[([^\]]*)$/.exec(valueText);
    if (flow) {
      const parts = flow[1].split(',');
      const partial = parts.pop()!.trimStart();
      return {
        kind: 'value',
        path: fieldPath,
        slot: 'flow-item',
        replace: { start: at(character - partial.length), end: at(wordEnd) },
        lead: '',
        present: [...parts.map(unquote), ...treeItems(doc, fieldPath)],
        col: shape.col,
      };
    }
    const partial = valueText.trimStart();
    if (/[[{]/.test(partial)) return undefined;
    return { kind: 'value', path: fieldPath, slot: 'value', replace: { start: at(character - partial.length), end: at(wordEnd) }, lead, present: treeItems(doc, fieldPath), col: shape.col };
  }

  if (!/^[\w.-]*$/.test(shape.rest)) return undefined;
  const replace = { start: at(character - shape.rest.length), end: at(wordEnd) };
  const colonFollows = /^[\w.-]*\s*:/.test(after);
  if (shape.dashes.length > 0) {
    // `- |`: one item of a list; whether it is a value or a table row is the schema's call.
    const listPath = path.slice(0, -1);
    return {
      kind: 'value',
      path,
      slot: 'item',
      replace,
      lead: bareDash ? ' ' : '',
      present: [...siblingItems(doc, position.line, shape.dashes[shape.dashes.length - 1]), ...treeItems(doc, listPath)],
      col: shape.col,
    };
  }
  return { kind: 'key', path, col: shape.col, replace, colonFollows, present: presentKeys(doc, structure.top, path, position.line, shape.col) };
}

/** Keys of the cursor's mapping: seen above, found below at the same column, and in the tree. */
function presentKeys(doc: SowDocument, frame: Frame, path: Path, line: number, col: number): Set<string> {
  const keys = new Set(frame.keys);
  for (let l = line + 1; l < doc.lineCount; l++) {
    const shape = shapeOf(doc.lineText(l));
    if (!shape) continue;
    if (shape.indent < col) break;
    if (shape.indent === col && shape.key !== undefined) keys.add(shape.key);
  }
  const node = path.length ? doc.nodeAt(path) : (doc.yaml.contents as Node | null);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (!isPair(pair) || !isScalar(key) || !key.range) continue;
      // The half-typed line itself may parse as a key; it is not "present".
      if (doc.positionAt(key.range[0]).line !== line) keys.add(String(key.value));
    }
  }
  return keys;
}

/** Scalar items of the block list around `line` whose dashes sit at column `dashCol`. */
function siblingItems(doc: SowDocument, line: number, dashCol: number): unknown[] {
  const items: unknown[] = [];
  for (const step of [-1, 1]) {
    for (let l = line + step; l >= 0 && l < doc.lineCount; l += step) {
      const shape = shapeOf(doc.lineText(l));
      if (!shape) continue;
      if (shape.indent < dashCol || (shape.indent === dashCol && shape.dashes[0] !== dashCol)) break;
      if (shape.dashes[0] === dashCol && shape.key === undefined && shape.dashes.length === 1) items.push(unquote(shape.rest));
    }
  }
  return items;
}

function treeItems(doc: SowDocument, path: Path): unknown[] {
  const value = plainOf(doc.nodeAt(path));
  return Array.isArray(value) ? value : [];
}

function unquote(text: string): string {
  const t = text.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}
