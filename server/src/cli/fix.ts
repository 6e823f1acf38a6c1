// `sow lint --fix` / `--fix-dry-run`: the editor's "Fix all" (every finding's preferred fix,
// re-reviewed in rounds) applied to the file, and what it changed.
import { createTwoFilesPatch } from 'diff';
import { fixAllEdits } from '../engine/actions/codeActions';
import { applyEdits } from '../engine/actions/edits';
import { compareFindings } from '../engine/diff/findings';
import { Finding, reviewDocument, SowDocument } from '../engine';
import { printable } from './formats/escape';
import { LoadedSow } from './load';

export interface FixResult {
  text: string;
  /** The document after the fixes, reviewed with the same config. */
  after: LoadedSow;
  /** Findings of the original that the fixes resolved. */
  resolved: Finding[];
  /** Findings the fixed document has that the original had not (should be none). */
  introduced: Finding[];
}

export function fixDocument(loaded: LoadedSow): FixResult {
  const { doc, review, config } = loaded;
  const edits = fixAllEdits(doc, review, { config });
  const text = applyEdits(doc.text, edits.map((e) => ({ start: doc.offsetAt(e.range.start), end: doc.offsetAt(e.range.end), text: e.newText })));
  let after = loaded;
  if (text !== doc.text) {
    const fixed = new SowDocument(doc.uri, doc.version + 1, text, config.maxDocumentSize);
    after = { ...loaded, doc: fixed, review: reviewDocument(fixed, { config, baseline: loaded.baseline }) };
  }
  const { resolved, introduced } = compareFindings(review.findings, after.review.findings);
  return { text, after, resolved, introduced };
}

export function fixReport(file: string, result: FixResult): string {
  const lines = [`sow: fixed ${printable(file)}: ${result.resolved.length} finding${result.resolved.length === 1 ? '' : 's'} resolved`];
  for (const f of result.resolved) lines.push(`  line ${f.range.start.line + 1}: ${printable(f.code)} ${printable(f.message)}`);
  for (const f of result.introduced) lines.push(`  new at line ${f.range.start.line + 1}: ${printable(f.code)} ${printable(f.message)}`);
  return `${lines.join('\n')}\n`;
}

/** A unified diff (git-style headers) of what the fixes would change; empty when nothing. */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  const name = printable(file);
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
}
