// The string values of a document with a way back from a character of the value to the exact
// source range, for every scalar style: plain and quoted on one line or folded over several,
// literal (|) and folded (>) blocks. Folding turns a line break and its indentation into one space
// (or keeps a newline), so the value is aligned with its source character by character, skipping
// source whitespace; an escape the source spells differently makes the scalar fall back to its
// whole range (exact: false).
import { SowDocument } from '../document';
import { PathSegment, Range } from '../types';

export interface StringValue {
  path: PathSegment[];
  value: string;
  /** Range of the scalar's whole source text. */
  scalarRange: Range;
  /** The exact source range of value[start, end), or the scalar's range when it cannot be mapped. */
  locate(start: number, end: number): { range: Range; exact: boolean };
}

const cache = new WeakMap<SowDocument, StringValue[]>();

/** Every string value (not keys) of the document, in document order; listed once per version. */
export function stringValues(doc: SowDocument): StringValue[] {
  let values = cache.get(doc);
  if (!values) {
    values = listStringValues(doc);
    cache.set(doc, values);
  }
  return values;
}

function listStringValues(doc: SowDocument): StringValue[] {
  const out: StringValue[] = [];
  for (const { path, node, isKey } of doc.scalars()) {
    if (isKey || typeof node.value !== 'string' || !node.range || node.value.trim() === '') continue;
    const value = node.value;
    const start = node.range[0];
    let end = node.range[1];
    while (end > start && /\s/.test(doc.text[end - 1])) end--;
    const scalarRange = doc.rangeOfOffsets(start, end);
    let offsets: number[] | null | undefined; // computed at the first locate; null = cannot map
    out.push({
      path,
      value,
      scalarRange,
      locate(from, to) {
        if (offsets === undefined) offsets = align(value, doc.text, start, end);
        if (!offsets || to <= from) return { range: scalarRange, exact: false };
        return { range: doc.rangeOfOffsets(offsets[from], offsets[to - 1] + 1), exact: true };
      },
    });
  }
  return out;
}

/** Source offset of each value character, or null when the source does not spell the value. */
function align(value: string, text: string, start: number, end: number): number[] | null {
  let j = start;
  const first = text[j];
  if (first === '|' || first === '>') {
    // Block scalar: the content starts on the line after the header.
    const nl = text.indexOf('\n', j);
    if (nl < 0 || nl >= end) return null;
    j = nl + 1;
  } else if (first === '"' || first === "'") {
    j++;
  }
  const offsets = new Array<number>(value.length).fill(end - 1);
  // Trailing line breaks of block scalars (clip/keep chomping) have no visible source text.
  const visible = value.trimEnd().length;
  for (let i = 0; i < visible; i++) {
    const c = value[i];
    while (j < end && text[j] !== c) {
      // Only whitespace (line breaks, indentation) may be folded away; anything else is an escape.
      if (!/\s/.test(text[j])) return null;
      j++;
    }
    if (j >= end) return null;
    offsets[i] = j++;
  }
  return offsets;
}
