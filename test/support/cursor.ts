// Cursor markers for feature tests: write the text with a `|` (or `$0`) where the cursor is,
// get back the clean text and the LSP position of the marker.
export interface Cursor {
  text: string;
  offset: number;
  position: { line: number; character: number };
}

/**
 * Removes the first `$0` (or, when there is none, the first `|`) and returns where it was.
 * Use `$0` when the text itself contains `|` (YAML block scalars).
 */
export function withCursor(marked: string): Cursor {
  const marker = marked.includes('$0') ? '$0' : '|';
  const offset = marked.indexOf(marker);
  if (offset < 0) throw new Error('withCursor: no cursor marker (| or $0) in the text');
  const text = marked.slice(0, offset) + marked.slice(offset + marker.length);
  const before = text.slice(0, offset).split('\n');
  return { text, offset, position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0, from = 0): { line: number; character: number } {
  const index = text.indexOf(needle, from);
  if (index < 0) throw new Error(`positionOf: ${JSON.stringify(needle)} not found`);
  const before = text.slice(0, index + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}
