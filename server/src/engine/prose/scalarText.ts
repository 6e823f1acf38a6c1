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
  readonly scalarRange: Range;
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
    out.push(new SourceString(doc, path, node.value, node.range[0], node.range[1]));
  }
  return out;
}

/**
 * A string value and its source. Ranges are worked out when first asked for: a version lists
 * thousands of values and rules report on few (mapping each one cost ~15 ms per change on a
 * 20,000-line document).
 */
class SourceString implements StringValue {
  #scalarRange?: Range;
  #end?: number;
  #offsets?: number[] | null; // computed at the first locate; null = cannot map

  constructor(
    private readonly doc: SowDocument,
    readonly path: PathSegment[],
    readonly value: string,
    private readonly start: number,
    private readonly rawEnd: number,
  ) {}

  private get end(): number {
    if (this.#end === undefined) {
      let end = this.rawEnd;
      while (end > this.start && /\s/.test(this.doc.text[end - 1])) end--;
      this.#end = end;
    }
    return this.#end;
  }

  get scalarRange(): Range {
    return (this.#scalarRange ??= this.doc.rangeOfOffsets(this.start, this.end));
  }

  locate(from: number, to: number): { range: Range; exact: boolean } {
    if (this.#offsets === undefined) this.#offsets = align(this.value, this.doc.text, this.start, this.end);
    const offsets = this.#offsets;
    if (!offsets || to <= from) return { range: this.scalarRange, exact: false };
    return { range: this.doc.rangeOfOffsets(offsets[from], offsets[to - 1] + 1), exact: true };
  }
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
