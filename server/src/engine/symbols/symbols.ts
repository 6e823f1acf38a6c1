// Navigation: an outline that reads like the template ("3.3 Databricks Product Usage" ›
// "Unity Catalog"), folding ranges, and go-to-definition from a glossary term to the document's
// glossary appendix. Shapes mirror LSP so the server passes them through.
import { isAlias, isMap, isScalar, isSeq, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { SowDocument } from '../document';
import { documentGlossary, termAt } from '../glossary/documentGlossary';
import { glossaryMatcher } from '../glossary/match';
import { titleAt } from '../schema/navigate';
import { sectionLabel } from '../schema/sections';
import { Cancellation, PathSegment, Position, Range } from '../types';

/** LSP SymbolKind values used here. */
export const SymbolKind = { Namespace: 3, Field: 8, Array: 18, Object: 19 } as const;
export type SymbolKind = (typeof SymbolKind)[keyof typeof SymbolKind];

export interface DocumentSymbol {
  name: string;
  detail?: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

export interface FoldingRange {
  startLine: number;
  endLine: number;
  kind?: 'comment' | 'region';
}

const NAME_MAX = 60;

/** The outline; empty for an unparsed or non-mapping document. */
export function documentSymbols(doc: SowDocument, token?: Cancellation): DocumentSymbol[] {
  const root = doc.yaml.contents;
  return isMap(root) ? mapSymbols(doc, root, [], token) : [];
}

function mapSymbols(doc: SowDocument, map: YAMLMap, path: PathSegment[], token?: Cancellation): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (const pair of map.items as Pair[]) {
    if (token?.isCancellationRequested) break;
    const key = pair.key as Node | null;
    if (!isScalar(key) || !key.range) continue;
    const childPath = [...path, String(key.value)];
    // Aliases stay leaves: expanding them would list the anchor's children (ranges elsewhere) and
    // loop forever on an alias inside its own anchor.
    const value = pair.value;
    const section = sectionLabel(childPath);
    const symbol: DocumentSymbol = {
      name: section ?? titleAt(childPath) ?? String(key.value),
      kind: section ? SymbolKind.Namespace : isMap(value) ? SymbolKind.Object : isSeq(value) ? SymbolKind.Array : SymbolKind.Field,
      range: spanRange(doc, key.range[0], (value as Node | null)?.range?.[1] ?? key.range[1]),
      selectionRange: doc.rangeOfOffsets(key.range[0], key.range[1]),
    };
    const detail = isAlias(value) ? `*${value.source}` : isScalar(value) ? brief(value.value) : isSeq(value) ? `${value.items.length} item${value.items.length === 1 ? '' : 's'}` : undefined;
    if (detail) symbol.detail = detail;
    const children = childSymbols(doc, value, childPath, token);
    if (children.length) symbol.children = children;
    symbols.push(symbol);
  }
  return symbols;
}

function childSymbols(doc: SowDocument, value: unknown, path: PathSegment[], token?: Cancellation): DocumentSymbol[] {
  if (isMap(value)) return mapSymbols(doc, value, path, token);
  if (isSeq(value)) return seqSymbols(doc, value, path, token);
  return [];
}

function seqSymbols(doc: SowDocument, seq: YAMLSeq, path: PathSegment[], token?: Cancellation): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  seq.items.forEach((raw, i) => {
    if (token?.isCancellationRequested) return;
    const item = raw as Node | null;
    const r = (raw as Node | null)?.range;
    if (!r) return;
    const itemPath = [...path, i];
    const symbol: DocumentSymbol = {
      name: rowName(item) ?? `${i + 1}`,
      kind: isMap(item) ? SymbolKind.Object : isSeq(item) ? SymbolKind.Array : SymbolKind.Field,
      range: spanRange(doc, r[0], r[1]),
      selectionRange: firstLine(doc, r[0], r[1]),
    };
    const children = childSymbols(doc, item, itemPath, token);
    if (children.length) symbol.children = children;
    symbols.push(symbol);
  });
  return symbols;
}

/** A table row is named by its first meaningful cell (a risk's text, a source's type). */
function rowName(item: unknown): string | undefined {
  if (isScalar(item)) return brief(item.value);
  if (!isMap(item)) return undefined;
  let fallback: string | undefined;
  for (const pair of item.items as Pair[]) {
    if (!isScalar(pair.value)) continue;
    const text = brief(pair.value.value);
    if (!text) continue;
    if (typeof pair.value.value === 'string') return text;
    fallback ??= text;
  }
  return fallback;
}

function brief(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const line = String(value).trim().split('\n')[0].trim();
  if (!line) return undefined;
  return line.length > NAME_MAX ? `${line.slice(0, NAME_MAX - 1)}…` : line;
}

/** From `start` to the last non-blank character before `end`. */
function spanRange(doc: SowDocument, start: number, end: number): Range {
  let e = Math.max(start, end);
  while (e > start && /\s/.test(doc.text[e - 1])) e--;
  return doc.rangeOfOffsets(start, e);
}

function firstLine(doc: SowDocument, start: number, end: number): Range {
  const range = spanRange(doc, start, end);
  if (range.end.line === range.start.line) return range;
  return { start: range.start, end: { line: range.start.line, character: doc.lineText(range.start.line).trimEnd().length } };
}

// ── Folding ──────────────────────────────────────────────────────────────────────────────

/** Every mapping, sequence or block text spanning more than one line, and every comment block. */
export function foldingRanges(doc: SowDocument, token?: Cancellation): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const add = (start: number, end: number) => {
    const { start: s, end: e } = spanRange(doc, start, end);
    if (e.line > s.line) ranges.push({ startLine: s.line, endLine: e.line });
  };
  const visit = (node: unknown, depth: number) => {
    if (token?.isCancellationRequested || depth > 200) return;
    if (isMap(node)) {
      for (const pair of node.items as Pair[]) {
        const key = pair.key as Node | null;
        const value = pair.value as Node | null;
        if (key?.range && value?.range && (isMap(value) || isSeq(value) || isScalar(value))) add(key.range[0], value.range[1]);
        visit(value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as Array<Node | null>) {
        if ((isMap(item) || isSeq(item)) && item.range) add(item.range[0], item.range[1]);
        visit(item, depth + 1);
      }
    }
  };
  visit(doc.yaml.contents, 0);
  ranges.push(...commentBlocks(doc));
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

function commentBlocks(doc: SowDocument): FoldingRange[] {
  const blocks: FoldingRange[] = [];
  let start = -1;
  for (let line = 0; line <= doc.lineCount; line++) {
    const isComment = line < doc.lineCount && /^\s*#/.test(doc.lineText(line));
    if (isComment && start < 0) start = line;
    if (!isComment && start >= 0) {
      if (line - 1 > start) blocks.push({ startLine: start, endLine: line - 1, kind: 'comment' });
      start = -1;
    }
  }
  return blocks;
}

// ── Definition ───────────────────────────────────────────────────────────────────────────

/** From a glossary term anywhere to its entry in the document's glossary appendix. */
export function definitionAt(doc: SowDocument, requested: Position): Range | undefined {
  if (doc.oversized || documentGlossary(doc).entries.length === 0) return undefined;
  const position = doc.clampPosition(requested);
  const line = doc.lineText(position.line);
  const hit = termAt(doc, line, position.character, glossaryMatcher().at(line, position.character));
  return hit?.document?.range;
}
