// Headless Chromium for the preview tests: pages are loaded from temp files and everything they
// do is recorded (console, requests, dialogs, CSP violations, messages to the editor).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser, chromium, Page } from 'playwright-core';

export const ROOT = join(__dirname, '../..');
export const ARTIFACTS = join(ROOT, 'test-artifacts/preview');

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** dist/preview.js and media/preview.css, as the export embeds them. */
export function assets(): { script: string; css: string } {
  const script = join(ROOT, 'dist/preview.js');
  if (!existsSync(script)) throw new Error('dist/preview.js is missing: run `npm run build` first');
  return { script: readFileSync(script, 'utf8'), css: readFileSync(join(ROOT, 'media/preview.css'), 'utf8') };
}

export interface Recorded {
  page: Page;
  url: string;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
  /** Messages the page sent to the (stubbed) editor. */
  posted(): Promise<Array<Record<string, unknown>>>;
  cspViolations(): Promise<string[]>;
}

let tempDir: string | undefined;

/**
 * Writes `html` to a temp file and opens it. With `editor`, the page gets a stub of the webview's
 * `acquireVsCodeApi`, as inside VS Code (its getState starts with `state`: what VS Code hands a
 * webview restored after a reload); without, it is an exported file opened in a browser.
 */
export async function openHtml(browser: Browser, html: string, name: string, options: { editor?: boolean; width?: number; state?: unknown } = {}): Promise<Recorded> {
  tempDir ??= mkdtempSync(join(tmpdir(), 'sow-preview-'));
  const file = join(tempDir, `${name.replace(/[^\w.-]+/g, '_')}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: 900 } });
  const recorded: Recorded = {
    page,
    url,
    consoleErrors: [],
    requests: [],
    dialogs: [],
    posted: () => page.evaluate(() => (window as unknown as { __posted: Array<Record<string, unknown>> }).__posted),
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') recorded.consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => recorded.consoleErrors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => recorded.requests.push(r.url()));
  page.on('dialog', (d) => {
    recorded.dialogs.push(d.message());
    void d.dismiss();
  });
  // Init scripts run before the page's own and are not subject to its CSP. A string, because
  // the test transpiler would wrap a function's inner closures in helpers the page lacks.
  await page.addInitScript(`
    window.__posted = [];
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });
    window.__state = ${JSON.stringify(options.state ?? null)} || undefined;
    ${options.editor ? 'window.acquireVsCodeApi = function () { return { postMessage: function (m) { window.__posted.push(m); }, getState: function () { return window.__state; }, setState: function (s) { window.__state = s; } }; };' : ''}
  `);
  await page.goto(url);
  return recorded;
}

/** Waits until the page's script has drawn (or failed to draw) every diagram. */
export async function diagramsDone(page: Page): Promise<void> {
  await page.waitForSelector('html[data-diagrams="done"]', { timeout: 20000 });
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
