// Keystroke → updated preview (issue 15): our language server (dist/server.js over stdio) and the
// preview page (dist/preview.js and media/preview.css) in headless Chromium, wired as the preview
// panel wires them: didChange, then sow/renderPreview, then the `update` message the webview
// patches in; the clock stops at the next frame after the page shows the keystroke with every
// diagram drawn. Single keystrokes with a pause between them, as the panel renders the first
// change after a pause at once.
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { renderPage } from '../server/src/engine/render/page';
import { RENDER_PREVIEW_REQUEST, RenderPreviewResult } from '../server/src/protocol';
import { SERVER_NODE_FLAGS } from '../server/src/nodeFlags';
import { LspClient } from '../test/support/lspClient';
import { assets, diagramsDone, launch, openHtml } from '../test/preview/browser';

const ROOT = path.resolve(__dirname, '..');
const PAUSE_MS = 150;

const now = () => Number(process.hrtime.bigint()) / 1e6;
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where to type: a prose line (the diagram stays) and a data source's name (the diagram changes). */
function typingLines(text: string): { prose: number; diagram: number } {
  const lines = text.split('\n');
  const key = lines.findIndex((l) => /^\s*problem_statement:/.test(l));
  const diagram = lines.findIndex((l) => /^\s*- source_type:\s*\S/.test(l));
  if (key < 0 || diagram < 0) throw new Error('the bench document needs a problem statement and a data source');
  return { prose: /[|>][-+0-9]*\s*$/.test(lines[key]) ? key + 1 : key, diagram };
}

export async function previewSection(text: string, label: string, keystrokes: number, log: (line: string) => void = () => undefined): Promise<string> {
  log(`bench: keystroke → preview on ${label}…`);
  const uri = pathToFileURL(path.join(ROOT, 'bench', 'preview.sow.yaml')).href;
  const client = new LspClient({ command: [process.execPath, ...SERVER_NODE_FLAGS, path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT, settings: { sow: {} }, rootUri: pathToFileURL(ROOT).href });
  const browser = await launch();
  try {
    await client.initialize();
    await client.openAndWait(uri, text);
    const render = () => client.request<RenderPreviewResult | null>(RENDER_PREVIEW_REQUEST, { uri });
    const first = await render();
    if (!first) throw new Error('the server did not render the preview');
    const { script, css } = assets();
    const page = renderPage(first, { nonce: 'bench', inlineScript: script, inlineStyle: css, theme: 'light', documentState: { uri, locked: false } });
    const r = await openHtml(browser, page, 'bench-preview', { editor: true, width: 1280 });
    await diagramsDone(r.page);

    const lines = text.split('\n');
    const where = typingLines(text);
    /** Total, and its two parts: the server's answer (change + render request) and the page's work. */
    // Typed at the end of the prose line, and at the start of the source's name: the diagram cuts
    // long labels, so text added at the end of a name would soon stop changing it.
    const type = async (line: number, k: number): Promise<{ total: number; server: number; page: number }> => {
      // Each keystroke adds text found nowhere else in the page yet.
      const marker = `q${k}z`;
      const character = line === where.diagram ? lines[line].indexOf(':') + 2 : lines[line].length;
      const at = { line, character };
      const t = now();
      await client.change(uri, marker, { start: at, end: at });
      lines[line] = lines[line].slice(0, character) + marker + lines[line].slice(character);
      const result = await render();
      if (!result) throw new Error('the server did not render the preview');
      const answered = now();
      await r.page.evaluate((bodyHtml) => {
        document.documentElement.dataset.diagrams = '';
        window.postMessage({ type: 'update', bodyHtml }, '*');
      }, result.bodyHtml);
      // Checked once per animation frame: true in the first frame that shows the keystroke.
      await r.page.waitForFunction((expect) => document.documentElement.dataset.diagrams === 'done' && document.body.textContent!.includes(expect), marker, { polling: 'raf' });
      const done = now();
      await sleep(PAUSE_MS);
      return { total: done - t, server: answered - t, page: done - answered };
    };
    const prose: Array<{ total: number; server: number; page: number }> = [];
    const diagram: Array<{ total: number; server: number; page: number }> = [];
    for (let k = 0; k < keystrokes; k++) prose.push(await type(where.prose, k));
    for (let k = keystrokes; k < 2 * keystrokes; k++) diagram.push(await type(where.diagram, k));
    await r.page.close();
    const ms = (xs: number[], q: number) => `${quantile(xs, q).toFixed(0)} ms`;
    const row = (what: string, runs: Array<{ total: number; server: number; page: number }>) => {
      const total = runs.map((r) => r.total);
      return `| ${what} | ${ms(total, 0.5)} | ${ms(total, 0.95)} | ${ms(runs.map((r) => r.server), 0.5)} | ${ms(runs.map((r) => r.page), 0.5)} |`;
    };
    return [
      `### Keystroke → updated preview (${label}, headless Chromium)`,
      '',
      'Our server over stdio and the preview page in headless Chromium, wired as the preview panel',
      'wires them: `didChange`, `sow/renderPreview`, the `update` message patched in with morphdom;',
      'measured until the frame after the page shows the keystroke with every diagram drawn. One',
      `keystroke at a time, ${PAUSE_MS} ms apart (the panel renders the first change after a pause at once).`,
      `Load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end of this part (other jobs share the machine).`,
      '',
      `| keystroke (${keystrokes} each) | median | p95 | server's answer, median | page (patch, diagram, frame), median |`,
      '|---|---:|---:|---:|---:|',
      row('in prose (the diagram is unchanged, not redrawn)', prose),
      row("in a data source's name (Mermaid redraws the diagram)", diagram),
      '',
    ].join('\n');
  } finally {
    await browser.close();
    await client.shutdown();
  }
}
