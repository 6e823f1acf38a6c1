// UI checks run by test/e2e/harness.mjs in the VS Code workbench (Playwright): what a person
// sees, as opposed to the API-level suites. Each check leaves a screenshot in test-artifacts/e2e/.
// They run in order in one window: hover opens the window, the later checks reuse it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Generous: the first hover also waits for the extension and its language server to start. */
const READY_MS = 45_000;

/** @typedef {{ page: import('playwright-core').Page, workspace: string, artifacts: string,
 *              open: (openFile: string) => Promise<unknown> }} Ctx */

export const uiChecks = [
  { id: 'hover', name: 'hovering DBU in the well-architected example shows its glossary definition', run: hoverShowsDbu },
  { id: 'problems', name: 'the Problems panel lists the anti-patterns findings', run: problemsListFindings },
  { id: 'status', name: 'the language status hover shows the server state, the readiness score and a Show Output link', run: statusShowsReadiness },
  { id: 'preview', name: 'SOW: Open Preview renders the architecture diagram (svg) in the webview', run: previewRendersDiagram },
  { id: 'reload', name: 'the preview survives a window reload: same document, same place, diagram drawn', run: previewSurvivesReload },
  { id: 'save-png', name: 'Save as PNG in the preview writes the PNG chosen in the save dialog', run: diagramSavesPng },
  { id: 'export', name: 'SOW: Export as Markdown writes the file chosen in the save dialog', run: exportWritesMarkdown },
];

/** @param {Ctx} ctx */
async function hoverShowsDbu({ page, workspace, artifacts, open }) {
  const file = join(workspace, 'well-architected.sow.yaml');
  const { line, column } = firstWord(readFileSync(file, 'utf8'), 'DBU');
  await open(`${file}:${line}:${column}`); // the workbench puts the cursor on the word
  const cursor = page.locator('.monaco-editor .cursors-layer .cursor').first();
  await cursor.waitFor({ state: 'attached', timeout: 30_000 });
  // The rectangle of the cursor, which sits just before "D"; hover a few pixels to its right.
  const box = await cursor.evaluate((el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, h: r.height }; });
  const hover = page.locator('.monaco-hover:visible', { hasText: /Databricks Unit/ });
  // Until the language server answers, the hover is empty: move away and back until it shows.
  const deadline = Date.now() + READY_MS;
  for (;;) {
    await page.mouse.move(box.x - 200, box.y + 200);
    await page.mouse.move(box.x + 8, box.y + box.h / 2);
    try {
      await hover.first().waitFor({ timeout: 3_000 });
      break;
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`no hover with the DBU definition within ${READY_MS / 1000} s`);
    }
  }
  await page.screenshot({ path: join(artifacts, 'hover.png') });
}

/** @param {Ctx} ctx */
async function problemsListFindings({ page, artifacts }) {
  await page.mouse.move(0, 0); // dismiss the hover
  // Open the file from the Explorer, as a person would.
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'anti-patterns.sow.yaml' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'anti-patterns.sow.yaml' }).waitFor();
  await showProblems(page);
  // The file's row in the Problems tree carries the number of its findings.
  const fileRow = page.locator('.markers-panel .monaco-list-row', { hasText: 'anti-patterns.sow.yaml' });
  await fileRow.first().waitFor({ timeout: 20_000 });
  const count = Number(await fileRow.first().locator('.monaco-count-badge').textContent());
  if (!(count > 0)) throw new Error(`the Problems panel shows ${count} findings for anti-patterns.sow.yaml`);
  if (!(await page.locator('.markers-panel .monaco-list-row', { hasText: /PWAF-[A-Z]+-\d{3}/ }).count())) {
    throw new Error('no PWAF rule code in the Problems panel');
  }
  await page.screenshot({ path: join(artifacts, 'problems.png') });
}

/** @param {Ctx} ctx */
async function statusShowsReadiness({ page, artifacts }) {
  const hover = await languageStatusHover(page, /SOW readiness \d+%/, 15_000);
  const shown = await hover.textContent();
  for (const expected of [/SOW: running/, /\d+ errors?/, /Show Output/]) {
    if (!expected.test(shown ?? '')) throw new Error(`the language status hover lacks ${expected}: ${shown}`);
  }
  await page.screenshot({ path: join(artifacts, 'language-status.png') });
  await page.mouse.move(0, 0);
}

/**
 * The hover of the language status (the `{}` entry next to the language mode, listing the
 * language status items) once it shows `text`: hovered again until then, each try waiting
 * `tryMs` for the hover.
 */
export async function languageStatusHover(page, text, timeoutMs, tryMs = 3_000) {
  const entry = page.locator('[id="status.languageStatus"]');
  // The hover holds one .hover-language-status element per item.
  const hover = page.locator('.monaco-hover', { has: page.locator('.hover-language-status', { hasText: text }) }).first();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await page.mouse.move(0, 0);
      await entry.hover({ timeout: tryMs });
      await hover.waitFor({ timeout: tryMs });
      return hover;
    } catch {
      if (Date.now() > deadline) throw new Error(`no language status hover showing ${text} within ${timeoutMs / 1000} s`);
    }
  }
}

/** @param {Ctx} ctx */
async function previewRendersDiagram({ page, artifacts }) {
  await runCommand(page, 'SOW: Open Preview');
  const deadline = Date.now() + 30_000;
  // Webviews are nested iframes; the diagram is an svg Mermaid drew (it has flowchart nodes).
  let diagram;
  while (!(diagram = await firstInAnyFrame(page, 'svg .node'))) {
    if (Date.now() > deadline) throw new Error('no webview frame with a rendered diagram (svg with nodes) within 30 s');
    await page.waitForTimeout(250);
  }
  await diagram.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'preview.png') });
}

/** @param {Ctx} ctx */
async function previewSurvivesReload({ page, artifacts }) {
  // A window without a file to open (VS Code for the Web opens such a file instead of restoring
  // the editors), then the preview of a document in it, scrolled half-way down.
  const url = new URL(page.url());
  url.searchParams.set('payload', JSON.stringify(JSON.parse(url.searchParams.get('payload') ?? '[]').filter(([key]) => key !== 'openFile' && key !== 'gotoLineMode')));
  await page.goto(url.href);
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'anti-patterns.sow.yaml' }).click({ timeout: READY_MS });
  await page.locator('.tabs-container .tab.active', { hasText: 'anti-patterns.sow.yaml' }).waitFor();
  await languageStatusHover(page, /SOW readiness \d+%/, READY_MS); // the extension runs again
  await page.mouse.move(0, 0);
  await runCommand(page, 'SOW: Open Preview');
  const tab = page.locator('.tabs-container .tab', { hasText: 'Preview anti-patterns.sow.yaml' });
  await tab.waitFor({ timeout: READY_MS });
  const frame = await frameWith(page, 'svg .node');
  await frame.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.waitForTimeout(500); // the webview saves its state 100 ms after a scroll
  // Developer: Reload Window saves the window's state (the webview's included) and reloads.
  await runCommand(page, 'Developer: Reload Window');
  await page.waitForEvent('load', { timeout: READY_MS });
  await tab.waitFor({ timeout: READY_MS });
  await tab.click();
  const restored = await frameWith(page, 'svg .node', READY_MS);
  const scrolled = await restored.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.scrollY), 500)));
  if (!(scrolled > 200)) throw new Error(`the restored preview is at ${scrolled}px, not where it was`);
  await page.screenshot({ path: join(artifacts, 'preview-reloaded.png') });
}

/** @param {Ctx} ctx */
async function diagramSavesPng({ page, workspace, artifacts }) {
  const target = join(workspace, 'diagram.png');
  const frame = await frameWith(page, 'svg .node');
  await frame.locator('button[data-diagram-action="save-png"]').first().click();
  await answerSaveDialog(page, target, join(artifacts, 'save-png-dialog.png'));
  await waitForFile(page, target, 'a PNG', () => readFileSync(target).subarray(0, 8).toString('hex') === '89504e470d0a1a0a');
}

/** The frame (webviews are nested iframes) with an element matching `selector`, waiting for it. */
async function frameWith(page, selector, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await frame.locator(selector).count().catch(() => 0)) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame with ${selector} within ${timeoutMs / 1000} s`);
    await page.waitForTimeout(250);
  }
}

/** @param {Ctx} ctx */
async function exportWritesMarkdown({ page, workspace, artifacts }) {
  const target = join(workspace, 'anti-patterns.md');
  await runCommand(page, 'SOW: Export as Markdown');
  await answerSaveDialog(page, target, join(artifacts, 'export-dialog.png'));
  await waitForFile(page, target, 'the export with a heading and the PAT finding', () => /^#\s/m.test(readFileSync(target, 'utf8')) && readFileSync(target, 'utf8').includes('PWAF-SEC-001'));
}

/**
 * Answers code-server's save dialog (VS Code's simple file dialog: a quick input holding the
 * path) with `target`, once the dialog shows its own default (of the same extension).
 */
export async function answerSaveDialog(page, target, screenshot) {
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await page.waitForFunction(([el, extension]) => el.value.endsWith(extension), [await input.elementHandle(), target.slice(target.lastIndexOf('.'))]);
  await input.fill(target);
  if (screenshot) await page.screenshot({ path: screenshot });
  await input.press('Enter');
}

/** Waits until `target` exists and `complete()` holds: a file appears before it is fully written. */
async function waitForFile(page, target, what, complete) {
  const deadline = Date.now() + 15_000;
  while (!(existsSync(target) && complete())) {
    if (Date.now() > deadline) throw new Error(existsSync(target) ? `${target} is not ${what}` : `${target} was not written within 15 s`);
    await page.waitForTimeout(250);
  }
}

/** Runs a command from the Command Palette by its exact title, as a person would. */
/**
 * Shows the Problems panel. Not Ctrl+Shift+M: it toggles, so it closes a Problems panel a
 * restored window already shows.
 */
export async function showProblems(page) {
  await runCommand(page, 'Problems: Focus on Problems View');
  await page.locator('.markers-panel').first().waitFor();
}

export async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input.input');
  // A window still starting can drop the key press: press again until the palette shows.
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ timeout: 5_000 });
      break;
    } catch (err) {
      if (attempt === 6) throw err;
    }
  }
  await input.fill(`>${title}`);
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) })
    .filter({ hasNotText: /to the side/i }).first().click();
}

/** The first element matching `selector` in any frame of the page (webviews are nested iframes). */
export async function firstInAnyFrame(page, selector) {
  for (const frame of page.frames()) {
    const match = frame.locator(selector).first();
    if (await match.count().catch(() => 0)) return match;
  }
  return undefined;
}

/** 1-based line and column of the first whole-word occurrence of `word`. */
export function firstWord(text, word) {
  const m = new RegExp(`\\b${word}\\b`).exec(text);
  if (!m) throw new Error(`the example does not mention ${word}`);
  const before = text.slice(0, m.index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
