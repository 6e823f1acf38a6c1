// The preview and its HTML export in real headless Chromium: diagrams drawn offline from the
// bundled Mermaid, no network, no console errors, hostile documents inert under the strict CSP,
// and the webview behaviour (in-place updates, scroll sync, clicks, theme changes).
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { SowDocument } from '../../server/src/engine/document';
import { escapeHtml } from '../../server/src/engine/render/escape';
import { renderSowHtml } from '../../server/src/engine/render/html';
import { generateArchitectureDiagram } from '../../server/src/engine/render/mermaid';
import { contentSecurityPolicy, renderPage, renderStandalonePage } from '../../server/src/engine/render/page';
import { reviewDocument } from '../../server/src/engine/review';
import { assets, diagramsDone, launch, openHtml, Recorded, ROOT, screenshotPath } from './browser';

const EXAMPLES = join(ROOT, 'examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sow.yaml'));

function render(text: string, uri = 'file:///t.sow.yaml') {
  const doc = new SowDocument(uri, 1, text);
  return { doc, rendered: renderSowHtml(doc, reviewDocument(doc, { today: '2026-01-15' })) };
}

/** The page as the webview gets it, but with the script and CSS inline (no webview resource URLs here). */
function webviewPage(bodyHtml: string, theme: 'light' | 'dark' | 'high-contrast' = 'light'): string {
  const { script, css } = assets();
  return renderPage({ title: 'Preview', bodyHtml }, { nonce: 'test-nonce-1', inlineScript: script, inlineStyle: css, theme });
}

/** Text of the drawn diagram (labels), without the SVG's own <style>. */
async function diagramText(r: Recorded, index = 0): Promise<string> {
  return r.page.evaluate((i) => {
    const svg = document.querySelectorAll('.sow-diagram')[i]?.querySelector('svg');
    if (!svg) return '';
    const copy = svg.cloneNode(true) as SVGElement;
    copy.querySelectorAll('style').forEach((s) => s.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ');
  }, index);
}

/**
 * No console errors, no network, no dialogs. With `blockedByCsp`, the console may carry reports
 * of actions the CSP refused (and nothing else): DOMPurify, inside Mermaid, parses hostile labels
 * in a scratch document of the page, and Chromium reports the handlers and images in it.
 */
function assertQuiet(r: Recorded, blockedByCsp = false): void {
  const csp = /violates the following Content Security Policy directive.*The action has been blocked\.$/;
  assert.deepEqual(r.consoleErrors.filter((e) => !(blockedByCsp && csp.test(e))), [], 'console errors');
  assert.deepEqual(r.requests, [r.url], 'the page requested nothing but itself');
  assert.deepEqual(r.dialogs, [], 'dialogs');
}

/** A small stand-in body with a real diagram, a broken diagram, a link, a badge and many lines. */
function standInBody(): string {
  const diagram = generateArchitectureDiagram({
    architecture: {
      data_flow: { sources: [{ source_type: 'Salesforce', ingestion_method: 'Lakeflow Connect' }], layers: { bronze: 'Raw', gold: 'Marts' } },
      external_dependencies: [{ service: 'PostgreSQL', purpose: 'OLTP' }],
    },
  });
  const filler = Array.from({ length: 60 }, (_, i) => `<p class="sow-field" data-line="${100 + i * 2}">Line ${100 + i * 2}</p>`).join('\n');
  return [
    '<h1 data-line="0">Stand-in <a class="sow-finding sev-warning" href="#" data-line="7" data-character="4">PWAF-X-001</a></h1>',
    '<p class="sow-field" data-line="2">See <a href="https://example.com/x" class="sow-link" data-href="https://example.com/x">the docs</a>.</p>',
    `<div class="sow-diagram" data-diagram-index="0" data-line="10"><pre class="sow-diagram-source">${escapeHtml(diagram)}</pre></div>`,
    '<div class="sow-diagram" data-diagram-index="1" data-line="20"><pre class="sow-diagram-source">flowchart LR\n  a["x"] y"] --&gt;</pre></div>',
    filler,
  ].join('\n');
}

describe('preview in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  it('has examples to export', () => {
    assert.ok(exampleFiles.length > 0);
  });

  for (const file of exampleFiles) {
    it(`${file}: the exported HTML draws the diagram offline, with every source, layer and external service`, async () => {
      const { doc, rendered } = render(readFileSync(join(EXAMPLES, file), 'utf8'), `file:///${file}`);
      const r = await openHtml(browser, renderStandalonePage(rendered, assets()), file);
      await diagramsDone(r.page);
      const svgCount = await r.page.locator('.sow-diagram .sow-diagram-output svg').count();
      assert.equal(svgCount, rendered.diagrams.length, 'every diagram drawn as SVG');
      assert.equal(await r.page.locator('.sow-diagram-error').count(), 0, 'no diagram errors');
      const text = await diagramText(r);
      const value = doc.value as { architecture?: Record<string, any>; integration?: Record<string, any> };
      const expected = [
        ...(value.architecture?.data_flow?.sources ?? []).map((s: Record<string, string>) => s.source_type || s.description),
        ...(value.integration?.data_sources?.ingestion_connectors ?? []).map((c: Record<string, string>) => c.source_system),
        ...(value.architecture?.external_dependencies ?? []).map((e: Record<string, string>) => e.service),
        ...['bronze', 'silver', 'gold', 'serving'].filter((l) => value.architecture?.data_flow?.layers?.[l]).map((l) => l[0].toUpperCase() + l.slice(1)),
      ].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
      for (const name of expected) {
        const shown = name.length > 48 ? name.slice(0, 40) : name;
        assert.ok(text.includes(shown.replace(/\s+/g, ' ').trim()), `diagram of ${file} lacks "${name}"`);
      }
      // Compact enough to read at the width of the page (the first layout was ~4000 px wide).
      const size = await r.page.evaluate(() => {
        const { width, height } = document.querySelector<SVGSVGElement>('.sow-diagram svg')!.viewBox.baseVal;
        return { width, height };
      });
      assert.ok(size.width < 1800 && size.height < 1800, `diagram of ${file} is ${size.width}×${size.height}`);
      assertQuiet(r);
      const base = file.replace(/\.sow\.yaml$/, '');
      await r.page.screenshot({ path: screenshotPath(`${base}-light.png`), fullPage: true });

      const dark = await openHtml(browser, webviewPage(rendered.bodyHtml, 'dark'), `${file}-dark`, { editor: true });
      await diagramsDone(dark.page);
      assert.equal(await dark.page.locator('.sow-diagram .sow-diagram-output svg').count(), rendered.diagrams.length);
      assertQuiet(dark);
      await dark.page.screenshot({ path: screenshotPath(`${base}-dark.png`), fullPage: true });
      await r.page.close();
      await dark.page.close();
    });
  }

  it('screenshots of the well-architected example for the README (light and dark)', async () => {
    const file = exampleFiles.find((f) => /well/i.test(f));
    assert.ok(file, 'a well-architected example exists');
    const { rendered } = render(readFileSync(join(EXAMPLES, file), 'utf8'), `file:///${file}`);
    for (const theme of ['light', 'dark'] as const) {
      const r = await openHtml(browser, webviewPage(rendered.bodyHtml, theme), `readme-${theme}`, { editor: true, width: 1280 });
      await diagramsDone(r.page);
      // Section 3.1: its heading and the architecture diagram generated from the document.
      const area = await r.page.evaluate(() => {
        const top = document.getElementById('sec-3-1')!.getBoundingClientRect().top + window.scrollY;
        const figure = document.querySelector('.sow-diagram-figure')!.getBoundingClientRect();
        return { top, bottom: figure.bottom + window.scrollY };
      });
      const path = screenshotPath(`readme-${theme}.png`);
      await r.page.screenshot({ path, fullPage: true, clip: { x: 0, y: area.top - 16, width: 1280, height: area.bottom - area.top + 32 } });
      // The README's copies change only on request (UPDATE_SCREENSHOTS=1), not on every test run.
      if (process.env.UPDATE_SCREENSHOTS) copyFileSync(path, join(ROOT, `docs/images/preview-${theme}.png`));
      assertQuiet(r);
      await r.page.close();
    }
  });

  it('a hostile document renders as text and runs nothing, in the export and in the webview', async () => {
    const payloads = [
      '<script>window.__pwned=1;alert(1)</script>',
      '<img src=x onerror="window.__pwned=2;alert(2)">',
      '<svg onload="window.__pwned=3">',
      '[click me](javascript:window.__pwned=4)',
      '<a href="javascript:window.__pwned=5">x</a>',
      '"]; click src1 call alert(6); A["',
      "%%{init: {'securityLevel':'loose'}}%%",
      '``` --> `x` ; { } [ ] | # &',
      '</pre><script>window.__pwned=7</script>',
    ];
    const q = (s: string) => JSON.stringify(s);
    const text = [
      'header:',
      `  partner_name: ${q(payloads.join(' '))}`,
      `  product_name: ${q('</title><script>window.__pwned=8</script>')}`,
      'executive_summary:',
      '  business_overview:',
      `    problem_statement: ${q(payloads.join('\n\n') + '\n\n[ok](https://example.com/ok)')}`,
      'architecture:',
      '  data_flow:',
      '    sources:',
      ...payloads.map((p) => `      - { source_type: ${q(p)}, description: ${q(p)}, volume: ${q(p)}, frequency: ${q(p)}, ingestion_method: ${q(p)} }`),
      '    layers:',
      `      bronze: ${q(payloads.join(' '))}`,
      '  external_dependencies:',
      ...payloads.map((p) => `    - { service: ${q(p)}, purpose: ${q(p)} }`),
      '  diagram:',
      `    mermaid: ${q('%%{init: {"securityLevel": "loose", "dompurifyConfig": {"ADD_ATTR": ["onerror"], "ADD_TAGS": ["script"]}, "secure": []}}%%\nflowchart LR\n  a["<img src=x onerror=window.__pwned=9>"] --> b["</pre><script>window.__pwned=10</script>"]\n  click a call alert(11)\n  click b href "javascript:window.__pwned=12"')}`,
      '    show: both',
    ].join('\n');
    const { doc, rendered } = render(text);
    assert.equal(doc.hasSyntaxErrors, false);
    const pages = [
      await openHtml(browser, renderStandalonePage(rendered, assets()), 'hostile-export'),
      await openHtml(browser, webviewPage(rendered.bodyHtml), 'hostile-webview', { editor: true }),
    ];
    for (const r of pages) {
      await diagramsDone(r.page);
      assert.equal(await r.page.locator('.sow-diagram-output svg').count(), rendered.diagrams.length, 'both diagrams drawn, hostile labels and all');
      // Click everything clickable: nodes, links and badges.
      for (const selector of ['.sow-diagram svg .node', 'a', '[data-line]']) {
        for (const el of (await r.page.locator(selector).all()).slice(0, 40)) await el.click({ force: true, timeout: 2000 }).catch(() => undefined);
      }
      await r.page.waitForTimeout(200);
      assert.equal(await r.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, 'no payload ran');
      assert.equal(await r.page.locator('script').count(), 1, 'only the nonce-carrying script');
      const injected = await r.page.locator('img, iframe, object, embed, form').evaluateAll((els) => els.map((e) => e.outerHTML));
      assert.deepEqual(injected, [], 'no injected elements');
      assert.equal(await r.page.locator('[onerror], [onload], [onclick]').count(), 0, 'no event-handler attributes');
      assert.equal(await r.page.locator('a[href^="javascript:" i]').count(), 0, 'no javascript: links');
      assert.equal(r.page.url(), r.url, 'nothing navigated');
      assert.ok((await r.page.textContent('#sow-body'))!.includes('<script>window.__pwned=1'), 'the payload is shown as text');
      assertQuiet(r, true);
      await r.page.close();
    }
  });

  it('the CSP blocks an inline script that slipped into the body, and reports it', async () => {
    const html = renderStandalonePage({ title: 'CSP', bodyHtml: '<p>x</p><script>window.__pwned = 1</script><p onclick="window.__pwned = 2" id="p">y</p>' }, assets());
    const r = await openHtml(browser, html, 'csp');
    await diagramsDone(r.page);
    await r.page.click('#p');
    assert.equal(await r.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    const violations = await r.cspViolations();
    assert.ok(violations.some((v) => v.startsWith('script-src')), `violations: ${violations.join(', ')}`);
  });

  it('the page shell: strict policy, a fresh nonce per render, escaped title', () => {
    const a = renderStandalonePage({ title: '</title><script>x</script>', bodyHtml: '' }, { script: 'var s = "</script><!--";', css: '' });
    const b = renderStandalonePage({ title: 't', bodyHtml: '' }, { script: '', css: '' });
    const nonce = (html: string) => /<script nonce="([^"]+)">/.exec(html)?.[1];
    assert.ok(nonce(a) && nonce(b) && nonce(a) !== nonce(b));
    assert.ok(a.includes(`content="${contentSecurityPolicy(nonce(a)!).replace(/'/g, '&#39;')}"`), 'the policy names the script nonce');
    assert.ok(!a.includes('<script>x'));
    assert.equal(a.match(/<\/script/gi)?.length, 1, 'the inline script cannot close its element early');
    assert.equal(
      contentSecurityPolicy('N', 'vscode-resource:'),
      "default-src 'none'; img-src vscode-resource: data:; style-src vscode-resource: 'unsafe-inline'; script-src 'nonce-N'; font-src vscode-resource:; base-uri 'none'; form-action 'none';",
    );
  });

  describe('the webview script', () => {
    let r: Recorded;
    beforeEach(async () => {
      r = await openHtml(browser, webviewPage(standInBody()), 'webview', { editor: true });
      await diagramsDone(r.page);
    });
    afterEach(async () => {
      await r.page.close();
    });

    it('a diagram error is a readable message in place, with the source; the other diagram still draws', async () => {
      assert.equal(await r.page.locator('.sow-diagram').nth(0).locator('svg').count(), 1);
      const broken = r.page.locator('.sow-diagram').nth(1);
      assert.match((await broken.locator('.sow-diagram-error').textContent()) ?? '', /could not be drawn[\s\S]*Parse error/);
      assert.ok(await broken.locator('.sow-diagram-source').isVisible(), 'the source stays visible');
      assert.ok(((await broken.boundingBox())?.height ?? 0) > 60, 'not a blank area');
      assertQuiet(r);
    });

    it('an update patches the page in place: scroll kept, unchanged diagram shown at once, no blank frame', async () => {
      await r.page.evaluate(() => window.scrollTo(0, 400));
      const html = standInBody().replace('Line 120', 'Line 120 (edited)');
      const state = await r.page.evaluate((bodyHtml) => {
        window.postMessage({ type: 'update', bodyHtml }, '*');
        // Checked in the same task as the message handler ran: what the next frame would paint.
        return new Promise<{ svg: number; scroll: number; edited: boolean }>((resolve) =>
          setTimeout(() => resolve({ svg: document.querySelectorAll('.sow-diagram')[0].querySelectorAll('svg').length, scroll: window.scrollY, edited: document.body.textContent!.includes('(edited)') }), 0),
        );
      }, html);
      assert.deepEqual(state, { svg: 1, scroll: 400, edited: true });
      await diagramsDone(r.page);
      assertQuiet(r);
    });

    it('a changed diagram keeps its previous drawing until the new one is ready (no source text flash)', async () => {
      const html = standInBody().replace('Salesforce', 'Salesforce EU');
      const before = await r.page.evaluate(() => document.querySelector('.sow-diagram svg')!.textContent);
      const state = await r.page.evaluate((bodyHtml) => {
        document.documentElement.dataset.diagrams = '';
        window.postMessage({ type: 'update', bodyHtml }, '*');
        return new Promise<{ svg: number; sourceShown: boolean }>((resolve) =>
          setTimeout(() => {
            const el = document.querySelector('.sow-diagram')!;
            resolve({ svg: el.querySelectorAll('svg').length, sourceShown: (el.querySelector('.sow-diagram-source') as HTMLElement).offsetHeight > 0 });
          }, 0),
        );
      }, html);
      assert.deepEqual(state, { svg: 1, sourceShown: false });
      await diagramsDone(r.page);
      const after = await r.page.evaluate(() => document.querySelector('.sow-diagram svg')!.textContent);
      assert.ok(!before!.includes('Salesforce EU') && after!.includes('Salesforce EU'), 'redrawn with the new source');
      assertQuiet(r);
    });

    it('scroll sync: the editor line scrolls the matching element to the top', async () => {
      await r.page.evaluate(() => window.postMessage({ type: 'scrollTo', line: 150 }, '*'));
      await r.page.waitForTimeout(50);
      const top = await r.page.evaluate(() => document.querySelector('[data-line="150"]')!.getBoundingClientRect().top);
      assert.ok(Math.abs(top) < 20, `element of line 150 at ${top}px from the top`);
      await r.page.evaluate(() => window.postMessage({ type: 'scrollTo', line: 151 }, '*'));
      await r.page.waitForTimeout(50);
      const between = await r.page.evaluate(() => document.querySelector('[data-line="150"]')!.getBoundingClientRect().top);
      assert.ok(between < top - 2, 'a line between two elements scrolls part of the way');
    });

    it('clicks: a block reveals its line, a badge its finding, a link goes to the editor and the page stays put', async () => {
      await r.page.click('[data-line="104"]');
      await r.page.click('a.sow-finding');
      await r.page.click('a.sow-link');
      assert.deepEqual((await r.posted()).filter((m) => m.type !== 'ready'), [
        { type: 'revealLine', line: 104, character: 0 },
        { type: 'revealLine', line: 7, character: 4 },
        { type: 'openLink', href: 'https://example.com/x' },
      ]);
      assert.equal(r.page.url(), r.url);
      assertQuiet(r);
    });

    it('follows the theme: VS Code switching the body class redraws the diagram in the dark theme', async () => {
      // The generated diagram's fills are translucent in every theme; its text takes the theme's colour.
      const textColor = () => r.page.evaluate(() => getComputedStyle(document.querySelector('.sow-diagram svg .nodeLabel')!).color);
      const light = await textColor();
      await r.page.evaluate(() => {
        document.documentElement.dataset.diagrams = '';
        document.body.classList.replace('vscode-light', 'vscode-dark');
      });
      await diagramsDone(r.page);
      assert.notEqual(await textColor(), light);
      assert.match((await r.page.getAttribute('.sow-diagram', 'data-rendered-key')) ?? '', /^dark\n/);
    });
  });

  it('an exported file ignores messages from other windows and clicks on links navigate nowhere', async () => {
    const r = await openHtml(browser, renderStandalonePage({ title: 'x', bodyHtml: standInBody() }, assets()), 'export-links');
    await diagramsDone(r.page);
    await r.page.evaluate(() => window.postMessage({ type: 'update', bodyHtml: '<p id="replaced">x</p>' }, '*'));
    await r.page.waitForTimeout(50);
    assert.equal(await r.page.locator('#replaced').count(), 0);
    await r.page.click('a.sow-link');
    await r.page.click('a.sow-finding');
    await r.page.waitForTimeout(100);
    assert.equal(r.page.url(), r.url);
    assert.deepEqual(r.requests, [r.url]);
  });
});
