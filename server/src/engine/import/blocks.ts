// The one intermediate model every reader produces: the document as a flat list of blocks
// (headings, text lines, list items, tables, code), each with where it came from. Bold text is
// kept as `**…**` so a label reads the same from Markdown, HTML and Word.

export interface TableRow {
  cells: string[];
  line: number;
}

export type SourceBlock =
  | { kind: 'heading'; line: number; level: number; text: string }
  | { kind: 'text'; line: number; text: string }
  | { kind: 'item'; line: number; text: string; depth: number; ordered: boolean; checked?: boolean }
  | { kind: 'table'; line: number; rows: TableRow[] }
  | { kind: 'code'; line: number; endLine: number; text: string; lang: string }
  | { kind: 'rule'; line: number };

export interface SourceDocument {
  format: 'markdown' | 'html' | 'docx';
  /** What `line` counts: source lines (Markdown, HTML) or paragraphs (Word). */
  unit: 'line' | 'paragraph';
  blocks: SourceBlock[];
  /** The source lines, when block text can be sliced back out of them (Markdown). */
  lines?: string[];
  /** Things the reader itself dropped (scripts, images, converter messages). */
  notes: Array<{ line: number; text: string }>;
}

const LEADING_BOX = /^\s*(?:\[([ xX✓✔])\]|([☒☑✓✔✅])|([☐□❏]))\s*/;

/** `[x] AWS`, `☒ AWS`, `☐ AWS` → the tick and the rest; undefined when the text has no leading box. */
export function leadingCheckbox(text: string): { checked: boolean; rest: string } | undefined {
  // Word users often bold the whole ticked line: "**☒ SOC 2**".
  const plain = /^\*\*[^*]+\*\*$/.test(text) ? text.slice(2, -2) : text.replace(/^\*\*\s*\*\*/, '');
  const m = LEADING_BOX.exec(plain);
  if (!m) return undefined;
  const checked = m[1] !== undefined ? m[1] !== ' ' : m[2] !== undefined;
  return { checked, rest: plain.slice(m[0].length).trim() };
}

/** Boxes inside a line: "[ ] Classic [x] Serverless" → [{Classic, false}, {Serverless, true}]. */
export function inlineCheckboxes(text: string): Array<{ checked: boolean; label: string }> {
  const out: Array<{ checked: boolean; label: string }> = [];
  const re = /(?:\[([ xX✓✔])\]|([☒☑✅])|([☐□❏]))\s*([^[☒☑✅☐□❏]*)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const checked = m[1] !== undefined ? m[1] !== ' ' : m[2] !== undefined;
    out.push({ checked, label: m[4].trim() });
  }
  return out;
}

/** Text blocks that start with a box are checkbox items (Word and HTML put them in paragraphs). */
export function promoteCheckboxLines(blocks: SourceBlock[]): SourceBlock[] {
  return blocks.map((b) => {
    if (b.kind !== 'text' && !(b.kind === 'item' && b.checked === undefined)) return b;
    const box = leadingCheckbox(b.text);
    if (!box) return b;
    return { kind: 'item', line: b.line, text: box.rest, depth: b.kind === 'item' ? b.depth : 0, ordered: false, checked: box.checked };
  });
}
