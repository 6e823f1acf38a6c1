// The architecture diagram as PNG images for the Word export. The diagram is Mermaid; it is drawn
// the way the preview draws it — the standalone HTML page in a headless Chromium (playwright-core
// with Debian's /usr/bin/chromium or CHROMIUM_PATH), offline — and each drawn diagram is
// screenshot. Used by the CLI and by the editor's "Export as Word" (both run in Node).
import * as fs from 'fs';
import type { DiagramImage } from './engine/render/docx';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Each drawn diagram of the page as a PNG, or why none could be drawn. */
export async function drawDiagrams(html: string): Promise<DiagramImage[] | string> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) return `no Chromium at ${executablePath}`;
  let chromium: typeof import('playwright-core').chromium;
  try {
    chromium = (require('playwright-core') as typeof import('playwright-core')).chromium;
  } catch {
    return 'playwright-core is not installed next to the CLI';
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS }).catch((e: Error) => e);
  if (browser instanceof Error) return `Chromium did not start (${browser.message.split('\n')[0]})`;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 2 });
    // The page is ours and self-contained; nothing may load from anywhere.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForSelector('html[data-diagrams="done"]', { timeout: 30000 });
    const images: DiagramImage[] = [];
    for (const figure of await page.$$('.sow-diagram-figure')) {
      const svg = await figure.$('.sow-diagram-output svg');
      const box = await svg?.boundingBox();
      if (!svg || !box || box.width < 1) continue;
      const title = ((await figure.$eval('figcaption', (c) => c.textContent).catch(() => '')) ?? '').trim() || 'Architecture diagram';
      images.push({ title, png: new Uint8Array(await svg.screenshot({ type: 'png' })), width: Math.round(box.width), height: Math.round(box.height) });
    }
    return images.length ? images : 'the diagram did not draw in Chromium';
  } catch (e) {
    return `drawing failed (${(e as Error).message.split('\n')[0]})`;
  } finally {
    await browser.close();
  }
}
