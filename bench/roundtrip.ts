// Import and Word export times (issue 13): in-process, median of several runs, for each bench
// document. Budget: at most 1 s each for the well-architected example.
import { performance } from 'node:perf_hooks';
import { renderSowMarkdown, reviewDocument, SowDocument } from '../server/src/engine';
import { importSow } from '../server/src/engine/import';
import { renderSowDocx } from '../server/src/engine/render/docx';

const BUDGET_MS = 1000;

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function roundTripSection(documents: Array<{ label: string; text: string }>, runs = 5, log: (line: string) => void = () => undefined): Promise<string> {
  const rows: string[] = [];
  for (const [i, { label, text }] of documents.entries()) {
    log(`bench: import and Word export on ${label}…`);
    const doc = new SowDocument('file:///bench.sow.yaml', 1, text);
    const review = reviewDocument(doc);
    const markdown = new TextEncoder().encode(renderSowMarkdown(doc, review));
    const docx = await renderSowDocx(doc, review);
    const n = i === 0 ? runs : Math.max(1, Math.ceil(runs / 2));
    const exportMs = await median(n, () => renderSowDocx(doc, review));
    const importMdMs = await median(n, () => importSow('bench.md', markdown));
    const importDocxMs = await median(n, () => importSow('bench.docx', docx));
    const mark = (ms: number) => (i === 0 ? (ms <= BUDGET_MS ? ' ✓' : ' ✗ over budget') : '');
    rows.push(
      `| ${label} (${text.split('\n').length.toLocaleString('en-US')} lines) | ${exportMs.toFixed(0)} ms${mark(exportMs)} | ${importMdMs.toFixed(0)} ms${mark(importMdMs)} | ${importDocxMs.toFixed(0)} ms${mark(importDocxMs)} | ${(docx.length / 1024).toFixed(0)} KiB |`,
    );
  }
  return [
    '### Import and Word export (in-process, median)',
    '',
    `Word export is \`renderSowDocx\` without the diagram image (drawing it in Chromium is a separate`,
    'step of the CLI); import reads our own Markdown and Word exports of the same document. Budget',
    `for the example: ≤ ${BUDGET_MS} ms each.`,
    '',
    '| document | Word export | import (Markdown) | import (Word) | .docx size |',
    '|---|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}
