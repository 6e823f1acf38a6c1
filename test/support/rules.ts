// Helpers for rule tests: start from a real example, change a few values through the YAML
// tree (so the rest of the document stays as written), review, and read back ranges.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { applyEdits, TextEdit } from '../../server/src/engine/actions/edits';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { Finding, Path, Range } from '../../server/src/engine/types';

export const ROOT = path.resolve(__dirname, '../..');

export function example(name: 'well-architected' | 'anti-patterns' | 'starter'): string {
  return fs.readFileSync(path.join(ROOT, 'examples', `${name}.sow.yaml`), 'utf8');
}

/** Sets (or, with `undefined`, deletes) values at paths and returns the new text. */
export function mutate(text: string, edits: Array<[Path, unknown]>): string {
  const doc = parseDocument(text);
  for (const [p, value] of edits) {
    if (value === undefined) doc.deleteIn(p);
    else doc.setIn(p, value);
  }
  return doc.toString();
}

export const TODAY = '2026-11-24';

export function review(text: string, today = TODAY): Finding[] {
  return reviewDocument(new SowDocument('file:///test.sow.yaml', 1, text), { today }).findings;
}

export function findingsOf(text: string, code: string, today = TODAY): Finding[] {
  return review(text, today).filter((f) => f.code === code);
}

/** The text a range covers, for asserting that a finding points at the right node. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  const parts = [lines[range.start.line].slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l]);
  parts.push(lines[range.end.line].slice(0, range.end.character));
  return parts.join('\n');
}

/** Applies LSP edits (non-overlapping) to the document's text, as an editor would. */
export function applyTextEdits(doc: SowDocument, edits: TextEdit[]): string {
  return applyEdits(doc.text, edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText })));
}
