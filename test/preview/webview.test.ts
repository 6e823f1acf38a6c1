// The preview webview's state in headless Chromium: patches that keep what the reader did (an
// opened <details>, the scroll, focus and selection, unchanged diagrams), the state kept for a
// window reload, and the diagram's zoom, pan, Copy SVG and Save as SVG/PNG.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SowDocument } from '../../server/src/engine/document';
import { renderSowHtml } from '../../server/src/engine/render/html';
import { renderPage, renderStandalonePage } from '../../server/src/engine/render/page';
import { reviewDocument } from '../../server/src/engine/review';
import { assets, diagramsDone, launch, openHtml, Recorded, ROOT } from './browser';

const URI = 'file:///work/well-architected.sow.yaml';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function renderExample(text = readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8')): string {
  const doc = new SowDocument(URI, 1, text);
  return renderSowHtml(doc, reviewDocument(doc, { today: '2026-01-15' })).bodyHtml;
}

/** The page as the extension sets it in the webview, with the script and CSS inline. */
function webviewPage(bodyHtml: string, options: { theme?: 'light' | 'dark'; uri?: string; locked?: boolean } = {}): string {
  const { script, css } = assets();
  return renderPage(
    { title: 'Preview', bodyHtml },
    { nonce: 'test-nonce-2', inlineScript: script, inlineStyle: css, theme: options.theme ?? 'light', documentState: { uri: options.uri ?? URI, locked: options.locked ?? false } },
  );
}

/** Sends an update as the extension does and waits until its diagrams are drawn. */
async function update(r: Recorded, bodyHtml: string): Promise<void> {
  await r.page.evaluate((html) => {
    document.documentElement.dataset.diagrams = '';
    window.postMessage({ type: 'update', bodyHtml: html }, '*');
  }, bodyHtml);
  await diagramsDone(r.page);
}

const bytesOf = (base64: string) => [...Buffer.from(base64, 'base64').subarray(0, 8)];

async function lastPosted(r: Recorded, type: string): Promise<Record<string, any>> {
  await r.page.waitForFunction((t) => (window as unknown as { __posted: Array<{ type: string }> }).__posted.some((m) => m.type === t), type, { timeout: 20000 });
  return (await r.posted()).filter((m) => m.type === type).pop() as Record<string, any>;
}

describe('preview webview state in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  const example = renderExample();

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  describe('updates patch the page (morphdom)', () => {
    let r: Recorded;
    beforeEach(async () => {
      r = await openHtml(browser, webviewPage(example), 'patch', { editor: true });
      await diagramsDone(r.page);
    });
    afterEach(() => r.page.close());

    it('an opened findings list stays open, the scroll stays, the edit shows', async () => {
      await r.page.click('details.sow-finding-list > summary');
      await r.page.click('details.sow-plan > summary');
      await r.page.evaluate(() => window.scrollTo(0, 1500));
      await update(r, renderExample(readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8').replace('Lumen Analytics', 'Lumen Analytics GmbH')));
      const state = await r.page.evaluate(() => ({
        findings: document.querySelector<HTMLDetailsElement>('details.sow-finding-list')!.open,
        plan: document.querySelector<HTMLDetailsElement>('details.sow-plan')!.open,
        scroll: window.scrollY,
        edited: document.body.textContent!.includes('Lumen Analytics GmbH'),
      }));
      assert.deepEqual(state, { findings: true, plan: true, scroll: 1500, edited: true });
      // Without the patch's care, a server render (no `open`) would have closed them.
      assert.doesNotMatch(example, /<details[^>]*\bopen\b/);
    });

    it('focus and a text selection in an unchanged part survive an update elsewhere', async () => {
      await r.page.focus('details.sow-finding-list > summary');
      await r.page.evaluate(() => {
        const heading = document.getElementById('sec-3-1')!;
        const range = document.createRange();
        range.selectNodeContents(heading.firstChild!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      const selected = await r.page.evaluate(() => getSelection()!.toString());
      await update(r, renderExample(readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8').replace('Lumen Analytics', 'Lumen Analytics GmbH')));
      const after = await r.page.evaluate(() => ({ focus: document.activeElement?.matches('details.sow-finding-list > summary'), selection: getSelection()!.toString() }));
      assert.ok(selected.length > 3, 'something was selected');
      assert.deepEqual(after, { focus: true, selection: selected });
    });

    it('an unchanged diagram is not redrawn: the same SVG nodes stay in the page, zoom included', async () => {
      await r.page.click('.sow-diagram-tools button[data-diagram-action="zoom-in"]');
      await r.page.evaluate(() => {
        (window as unknown as { __svg: Element }).__svg = document.querySelector('.sow-diagram svg')!;
      });
      await update(r, renderExample(readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8').replace('Lumen Analytics', 'Lumen Analytics GmbH')));
      const same = await r.page.evaluate(() => ({
        svg: document.querySelector('.sow-diagram svg') === (window as unknown as { __svg: Element }).__svg,
        zoom: document.querySelector<HTMLElement>('.sow-diagram')!.dataset.zoom,
        toolbars: document.querySelectorAll('.sow-diagram .sow-diagram-tools').length,
      }));
      assert.deepEqual(same, { svg: true, zoom: '1.25', toolbars: 1 });
    });

    it('a changed diagram is redrawn in the same element, its toolbar kept', async () => {
      const text = readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
      assert.ok(text.includes('Datadog'));
      await r.page.evaluate(() => {
        (window as unknown as { __svg: Element }).__svg = document.querySelector('.sow-diagram svg')!;
      });
      await update(r, renderExample(text.replace(/Datadog/g, 'Grafana Cloud')));
      const state = await r.page.evaluate(() => ({
        redrawn: document.querySelector('.sow-diagram svg') !== (window as unknown as { __svg: Element }).__svg,
        label: document.querySelector('.sow-diagram svg')!.textContent!.includes('Grafana Cloud'),
        toolbars: document.querySelectorAll('.sow-diagram .sow-diagram-tools').length,
      }));
      assert.deepEqual(state, { redrawn: true, label: true, toolbars: 1 });
    });
  });

  describe('state kept for a window reload (acquireVsCodeApi().setState)', () => {
    it('saves the document, the lock and the line at the top; a restored page returns to that line', async () => {
      const r = await openHtml(browser, webviewPage(example, { locked: true }), 'state', { editor: true });
      await diagramsDone(r.page);
      const line = await r.page.evaluate(() => Number(document.getElementById('sec-5')?.dataset.line ?? document.querySelectorAll<HTMLElement>('section[data-line]')[6].dataset.line));
      await r.page.evaluate((l) => window.postMessage({ type: 'scrollTo', line: l }, '*'), line);
      await r.page.waitForFunction(() => (window as unknown as { __state?: { line?: number } }).__state?.line !== undefined);
      const state = await r.page.evaluate(() => (window as unknown as { __state: unknown }).__state);
      assert.deepEqual(state, { uri: URI, locked: true, line });
      await r.page.evaluate(() => window.postMessage({ type: 'locked', locked: false }, '*'));
      await r.page.waitForFunction(() => (window as unknown as { __state: { locked: boolean } }).__state.locked === false);
      await r.page.close();

      // What VS Code hands the webview it restores: the page comes back at the same line.
      const restored = await openHtml(browser, webviewPage(example), 'state-restored', { editor: true, state });
      await diagramsDone(restored.page);
      await restored.page.waitForFunction((l) => {
        const el = document.querySelector<HTMLElement>(`section[data-line="${l}"]`)!;
        return window.scrollY > 0 && Math.abs(el.getBoundingClientRect().top) < 20;
      }, line);
      assert.deepEqual((await restored.posted())[0], { type: 'ready' });
      await restored.page.close();
    });

    it('a page for another document starts at its top, whatever the saved state says', async () => {
      const r = await openHtml(browser, webviewPage(example, { uri: 'untitled:Untitled-1' }), 'state-new', { editor: true, state: { uri: URI, locked: false, line: 300 } });
      await diagramsDone(r.page);
      await r.page.waitForTimeout(100);
      assert.equal(await r.page.evaluate(() => window.scrollY), 0);
      // As VS Code stores it: JSON.
      assert.deepEqual(await r.page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __state: unknown }).__state))), { uri: 'untitled:Untitled-1', locked: false });
      await r.page.close();
    });
  });

  describe('the diagram: zoom, pan, copy and save', () => {
    let r: Recorded;
    beforeEach(async () => {
      r = await openHtml(browser, webviewPage(example, { theme: 'dark' }), 'diagram-tools', { editor: true });
      await diagramsDone(r.page);
    });
    afterEach(() => r.page.close());

    const width = () => r.page.evaluate(() => document.querySelector<SVGSVGElement>('.sow-diagram svg')!.getBoundingClientRect().width);

    it('+, − and reset buttons; the keys + − 0 on the focused drawing; Ctrl + wheel; drag pans', async () => {
      const fitted = await width();
      await r.page.click('button[aria-label="Zoom in"]');
      assert.ok(Math.abs((await width()) - fitted * 1.25) < 2, 'zoomed in by a step');
      await r.page.click('button[aria-label="Zoom out"]');
      assert.ok(Math.abs((await width()) - fitted) < 2, 'back');
      await r.page.focus('.sow-diagram-output');
      await r.page.keyboard.press('+');
      await r.page.keyboard.press('+');
      assert.ok(Math.abs((await width()) - fitted * 1.5625) < 2, 'keyboard zoom');
      // Panning: the zoomed drawing scrolls in its box, by drag.
      const box = (await r.page.locator('.sow-diagram-output').boundingBox())!;
      await r.page.mouse.move(box.x + box.width / 2, box.y + 200);
      await r.page.mouse.down();
      await r.page.mouse.move(box.x + box.width / 2 - 150, box.y + 200 - 80, { steps: 5 });
      await r.page.mouse.up();
      const scrolled = await r.page.evaluate(() => {
        const out = document.querySelector<HTMLElement>('.sow-diagram-output')!;
        return { left: out.scrollLeft, top: out.scrollTop };
      });
      assert.ok(scrolled.left > 100 && scrolled.top > 50, `panned to ${JSON.stringify(scrolled)}`);
      assert.deepEqual((await r.posted()).filter((m) => m.type === 'revealLine'), [], 'a drag is not a click on the diagram');
      await r.page.keyboard.press('0');
      assert.ok(Math.abs((await width()) - fitted) < 2, 'reset');
      const pageScroll = await r.page.evaluate(() => window.scrollY);
      const now = (await r.page.locator('.sow-diagram-output').boundingBox())!;
      await r.page.mouse.move(now.x + 100, now.y + 100);
      await r.page.keyboard.down('Control');
      await r.page.mouse.wheel(0, -300);
      await r.page.keyboard.up('Control');
      await r.page.waitForFunction((f) => document.querySelector('.sow-diagram svg')!.getBoundingClientRect().width > f * 1.5, fitted);
      assert.equal(await r.page.evaluate(() => window.scrollY), pageScroll, 'Ctrl + wheel zooms instead of scrolling the page');
    });

    it('Copy SVG and Save as SVG hand the extension a standalone SVG that parses', async () => {
      await r.page.click('button[data-diagram-action="copy-svg"]');
      const copied = await lastPosted(r, 'copySvg');
      await r.page.click('button[data-diagram-action="save-svg"]');
      const saved = await lastPosted(r, 'saveDiagram');
      assert.equal(saved.format, 'svg');
      assert.equal(saved.name, 'generated-from-this-document');
      for (const svg of [copied.svg, saved.svg] as string[]) {
        const parsed = await r.page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? '', root: doc.documentElement.localName, width: doc.documentElement.getAttribute('width'), labels: doc.documentElement.textContent!.includes('Auto Loader') };
        }, svg);
        assert.equal(parsed.error, '');
        assert.equal(parsed.root, 'svg');
        assert.ok(Number(parsed.width) > 100);
        assert.ok(parsed.labels, 'the labels are in the SVG');
      }
    });

    it('Save as PNG rasterises in the page (no network): PNG bytes at twice the size, on the theme background', async () => {
      await r.page.click('button[data-diagram-action="save-png"]');
      const saved = await lastPosted(r, 'saveDiagram');
      assert.equal(saved.format, 'png');
      assert.deepEqual(bytesOf(saved.pngBase64), PNG_SIGNATURE);
      const png = Buffer.from(saved.pngBase64, 'base64');
      const natural = await r.page.evaluate(() => document.querySelector<SVGSVGElement>('.sow-diagram svg')!.viewBox.baseVal.width);
      assert.ok(Math.abs(png.readUInt32BE(16) - Math.ceil(natural) * 2) <= 2, 'PNG width is twice the natural width');
      assert.deepEqual(r.requests, [r.url], 'nothing fetched');
      assert.deepEqual(r.consoleErrors, []);
    });

    it('the Word export asks for every diagram as PNG in the light theme, even from a dark preview', async () => {
      await r.page.evaluate(() => window.postMessage({ type: 'exportDiagrams', requestId: 7 }, '*'));
      const answer = await lastPosted(r, 'diagramImages');
      assert.equal(answer.requestId, 7);
      assert.equal(answer.error, undefined);
      assert.equal(answer.images.length, 1);
      const [image] = answer.images;
      assert.equal(image.title, 'Generated from this document');
      assert.deepEqual(bytesOf(image.pngBase64), PNG_SIGNATURE);
      assert.ok(image.width > 300 && image.height > 200);
      // The top-left pixel is the white page, not the dark theme's background.
      const corner = await r.page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return [...ctx.getImageData(1, 1, 1, 1).data];
      }, image.pngBase64);
      assert.deepEqual(corner, [255, 255, 255, 255]);
    });
  });

  it('an exported file has the zoom buttons but no copy or save (there is no editor to take them)', async () => {
    const { script, css } = assets();
    const r = await openHtml(browser, renderStandalonePage({ title: 'x', bodyHtml: example }, { script, css }), 'export-tools');
    await diagramsDone(r.page);
    const actions = await r.page.$$eval('.sow-diagram-tools button', (bs) => bs.map((b) => (b as HTMLElement).dataset.diagramAction));
    assert.deepEqual(actions, ['zoom-in', 'zoom-out', 'reset']);
    await r.page.close();
  });
});
