// Writing YAML text by hand, in the style of the file around it: scalars in the quoting the
// neighbours use, blocks at the file's indentation step, scalar lists flow or block as the file
// prefers. Quick fixes and completion both insert text this way, so they never reformat a file.
import { isMap, isPair, isScalar, isSeq, Node, parse, Scalar, visit } from 'yaml';
import { SowDocument } from '../document';

export type QuoteStyle = 'plain' | 'single' | 'double';

/** YAML 1.1 readers take these as booleans; quote them so every reader sees a string. */
const YAML11_WORDS = /^(y|n|yes|no|on|off|true|false|null|~)$/i;

/** A scalar as YAML text: plain when that reads back as the same string, else quoted. */
export function formatScalar(value: unknown, style: QuoteStyle = 'plain'): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  if (style === 'double' || !isPlainSafe(value)) return JSON.stringify(value);
  return value;
}

function isPlainSafe(s: string): boolean {
  if (s === '' || s !== s.trim() || YAML11_WORDS.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /:\s|\s#|:$|[\n\t]/.test(s)) return false;
  try {
    return parse(s) === s;
  } catch {
    return false;
  }
}

export function quoteStyleOf(node: unknown): QuoteStyle {
  if (!isScalar(node)) return 'plain';
  return node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain';
}

/** How this file lays out its blocks. */
export interface Layout {
  /** Spaces per nesting level. */
  unit: number;
  /** `key:\n- item` (dash at the key's column) rather than `key:\n  - item`. */
  compactSequences: boolean;
  /** Lists of scalars written `[a, b]`. */
  flowScalarLists: boolean;
}

const layouts = new WeakMap<SowDocument, Layout>();

/** The layout the document already uses (2-space, indented, block lists when it cannot tell). */
export function layoutOf(doc: SowDocument): Layout {
  const cached = layouts.get(doc);
  if (cached) return cached;
  const units = new Map<number, number>();
  let compact = 0;
  let indented = 0;
  let flow = 0;
  let block = 0;
  visit(doc.yaml, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range) return;
      const keyCol = doc.positionAt(key.range[0]).character;
      if (isMap(value) && !value.flow && value.items.length) {
        const first = value.items[0].key as Node | null;
        if (first?.range) {
          const step = doc.positionAt(first.range[0]).character - keyCol;
          if (step > 0) units.set(step, (units.get(step) ?? 0) + 1);
        }
      } else if (isSeq(value) && value.items.length) {
        if (value.items.every((i) => isScalar(i))) {
          if (value.flow) flow++;
          else block++;
        }
        if (!value.flow) {
          if (doc.positionAt(value.range[0]).character === keyCol) compact++;
          else indented++;
        }
      }
    },
  });
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 2;
  const layout = { unit, compactSequences: compact > indented, flowScalarLists: flow > block };
  layouts.set(doc, layout);
  return layout;
}

const pad = (n: number) => ' '.repeat(Math.max(0, n));

/**
 * `key: value` as block lines starting at column `col` (the first line includes its indentation).
 * Objects nest one `unit` deeper; empty values render as `key:` so the author fills them in.
 */
export function renderEntry(key: string, value: unknown, col: number, layout: Layout, style: QuoteStyle = 'plain'): string[] {
  const head = `${pad(col)}${formatScalar(key)}:`;
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    if (layout.flowScalarLists && value.every(isScalarValue)) return [`${head} ${flowList(value, style)}`];
    const itemCol = layout.compactSequences ? col : col + layout.unit;
    return [head, ...value.flatMap((item) => renderItem(item, itemCol, layout, style))];
  }
  if (isObject(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return [head];
    return [head, ...entries.flatMap(([k, v]) => renderEntry(k, v, col + layout.unit, layout, style))];
  }
  const text = formatScalar(value, style);
  return [text ? `${head} ${text}` : head];
}

/** One sequence item `- value` at column `col`; a mapping item keeps its first key on the dash line. */
export function renderItem(item: unknown, col: number, layout: Layout, style: QuoteStyle = 'plain'): string[] {
  if (isObject(item) && Object.keys(item).length) {
    const lines = Object.entries(item).flatMap(([k, v]) => renderEntry(k, v, col + 2, layout, style));
    return [`${pad(col)}- ${lines[0].slice(col + 2)}`, ...lines.slice(1)];
  }
  if (Array.isArray(item)) return [`${pad(col)}- ${flowList(item, style)}`];
  return [`${pad(col)}- ${formatScalar(item, style)}`.trimEnd()];
}

export function flowList(items: unknown[], style: QuoteStyle = 'plain'): string {
  return `[${items.map((i) => (isScalarValue(i) ? formatScalar(i, style) : JSON.stringify(i))).join(', ')}]`;
}

export function isScalarValue(v: unknown): boolean {
  return v === null || ['string', 'number', 'boolean'].includes(typeof v);
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Deep equality of plain values (for "already present" checks). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The plain value of a node (scalars, maps, seqs). */
export function plainOf(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plainOf);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const p of node.items) if (isPair(p) && isScalar(p.key)) out[String(p.key.value)] = plainOf(p.value);
    return out;
  }
  return undefined;
}
