// UI checks for VS Code for the Web, run by `node test/e2e/harness.mjs --web` after the shared
// UI checks (test/e2e/ui/checks.mjs): the harness makes the extension run in the browser's web
// worker extension host, so everything here goes through dist/web/client.js and the worker server.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerSaveDialog, firstWord, languageStatusHover, runCommand } from '../e2e/ui/checks.mjs';

const READY_MS = 45_000;

/** @typedef {import('../e2e/ui/checks.mjs').Ctx & { codeServerPid: number, repoRoot: string, timings: Record<string, number> }} Ctx */

export const webFirstChecks = [
  { id: 'web-first-diagnostics', name: 'opening the well-architected example from the Explorer shows its review (time measured)', run: firstDiagnostics },
];

export const webChecks = [
  { id: 'web-completion', name: 'completion offers the choices of an enum and applies the one picked', run: completeChoice },
  { id: 'web-quickfix', name: 'Quick Fix "Replace pat with oauth-m2m" edits the anti-patterns example', run: applyQuickFix },
  { id: 'web-export-html', name: 'SOW: Export as HTML writes a standalone page (scripts read from the extension) and offers to open it in the editor', run: exportHtml },
  { id: 'web-export-word', name: 'SOW: Export as Word writes a .docx with the preview\'s diagram as a PNG in 3.1 (docx in the worker, PNG from the webview)', run: exportWord },
  { id: 'web-new-document', name: 'SOW: New Statement of Work opens the starter from the extension', run: newDocument },
  { id: 'web-restart', name: 'SOW: Restart Language Server starts a new worker that reviews the next edit', run: restartServer },
  { id: 'web-config', name: 'a .sowrc.yaml written into the workspace turns its rule off (read through workspace.fs)', run: configTurnsRuleOff },
  { id: 'web-review-workspace', name: 'SOW: Review Workspace puts the findings of a file never opened into the Problems panel (read through workspace.fs)', run: reviewWorkspace },
  { id: 'web-host', name: 'the extension ran in the web worker extension host: no Node language server was started', run: noNodeServer },
];

/** @param {Ctx} ctx */
async function firstDiagnostics({ page, artifacts, open, timings }) {
  await open(undefined); // the workbench with no file open: the extension is not active yet
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'well-architected.sow.yaml' });
  await row.waitFor({ timeout: READY_MS });
  const start = Date.now();
  await row.click();
  // The readiness item shows a score once the server has reviewed the document. The time includes
  // activating the extension and starting the worker, the workbench's own work, and up to about
  // 1.5 s of hovering the language status again until it shows the score.
  await languageStatusHover(page, /SOW readiness \d+%/, READY_MS, 1_500);
  timings['click in the Explorer → first review of well-architected.sow.yaml, extension not yet active (ms)'] = Date.now() - start;
  await page.mouse.move(0, 0);
  // The config lookup walks up past the workspace folder: no file there is "invalid", none is read.
  if (await page.locator('.notification-toast', { hasText: 'configuration ignored' }).count()) throw new Error('a configuration warning was shown');
  await page.screenshot({ path: join(artifacts, 'web-first-diagnostics.png') });
}

/** @param {Ctx} ctx */
async function completeChoice(ctx) {
  const choice = ctx.page.locator('.suggest-widget .monaco-list-row', { hasText: 'business-hours' });
  await showAt(ctx, 'well-architected.sow.yaml', '24-7', 'Control+Space', choice);
  await ctx.page.screenshot({ path: join(ctx.artifacts, 'web-completion.png') });
  // By keyboard, as clicks can land on a row the list has just moved there.
  const focused = ctx.page.locator('.suggest-widget .monaco-list-row.focused');
  for (let i = 0; i < 20 && !/business-hours/.test((await focused.textContent()) ?? ''); i++) await ctx.page.keyboard.press('ArrowDown');
  await ctx.page.keyboard.press('Enter');
  await ctx.page.locator('.view-line', { hasText: 'on_call: business-hours' }).first().waitFor({ timeout: 5_000 });
}

/** @param {Ctx} ctx */
async function applyQuickFix(ctx) {
  // The first fix, selected when the menu opens (a pointer-blocking layer covers the menu for clicks).
  const fix = ctx.page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Replace pat with oauth-m2m' });
  await showAt(ctx, 'anti-patterns.sow.yaml', 'pat', 'Control+.', fix);
  await ctx.page.screenshot({ path: join(ctx.artifacts, 'web-quickfix.png') });
  await ctx.page.keyboard.press('Enter');
  await ctx.page.locator('.view-line', { hasText: 'backend_api_auth: [oauth-m2m]' }).first().waitFor({ timeout: 5_000 });
}

/**
 * Opens an example with the cursor on the first `word` and presses `key` until `widget` shows:
 * until the language server has started, the editor has nothing to offer.
 * @param {Ctx} ctx
 */
async function showAt({ page, workspace, open }, example, word, key, widget) {
  const file = join(workspace, example);
  const { line, column } = firstWord(readFileSync(file, 'utf8'), word);
  await open(`${file}:${line}:${column}`);
  await page.locator('.monaco-editor .cursors-layer .cursor').first().waitFor({ state: 'attached', timeout: 30_000 });
  const deadline = Date.now() + READY_MS;
  for (;;) {
    await page.keyboard.press('Escape');
    await page.keyboard.press(key);
    try {
      return await widget.first().waitFor({ timeout: 3_000 });
    } catch {
      if (Date.now() > deadline) throw new Error(`${key} at "${word}" in ${example} showed no ${widget} within ${READY_MS / 1000} s`);
    }
  }
}

/** Exports the active editor's document: anti-patterns, after the quick fix check. */
async function exportHtml({ page, workspace, artifacts }) {
  const target = join(workspace, 'anti-patterns-export.html');
  await runCommand(page, 'SOW: Export as HTML');
  await answerSaveDialog(page, target);
  // Not on this machine's disk (a vscode-remote: file here, vscode-vfs: on github.dev): no "Open in Browser".
  const toast = page.locator('.notification-toast', { hasText: 'exported to' });
  await toast.first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(artifacts, 'web-export-html.png') });
  if (!(await toast.first().locator('.monaco-button', { hasText: /^Open$/ }).count())) throw new Error('the export notification does not offer "Open"');
  if (await toast.first().locator('.monaco-button', { hasText: 'Open in Browser' }).count()) throw new Error('"Open in Browser" offered for a file not on disk');
  const html = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (!html.startsWith('<!DOCTYPE html>') || !html.includes('PWAF-SEC-006')) throw new Error(`${target} is not the exported review`);
  // The page inlines media/preview.css and dist/preview.js (Mermaid, megabytes), read from the extension.
  if (!/<style>[^<]{1000,}/.test(html) || html.length < 1_000_000) throw new Error(`the exported page lacks the inlined style or script (${html.length} characters)`);
}

/** @param {Ctx} ctx */
async function exportWord({ page, workspace, artifacts }) {
  const target = join(workspace, 'anti-patterns-export.docx');
  await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'anti-patterns.sow.yaml' }).click();
  await page.locator('.tabs-container .tab.active', { hasText: 'anti-patterns.sow.yaml' }).waitFor();
  await runCommand(page, 'SOW: Export as Word');
  await answerSaveDialog(page, target);
  await page.locator('.notification-toast', { hasText: 'exported to anti-patterns-export.docx' }).first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: join(artifacts, 'web-export-word.png') });
  // Read back by an independent reader (Debian's pandoc), the images extracted next to it.
  const media = join(workspace, 'docx-media');
  const md = execFileSync('pandoc', [target, '-t', 'markdown', '--wrap=none', `--extract-media=${media}`], { encoding: 'utf8' });
  const image = /!\[[^\]]*\]\(([^)\s]+\.png)[ )]/.exec(md);
  if (!image) throw new Error('the Word file has no image');
  if (!(md.indexOf(image[1]) > md.indexOf('## 3.1 Reference Architecture Diagram') && md.indexOf(image[1]) < md.indexOf('## 3.2 Data Flow'))) throw new Error('the image is not in 3.1');
  if (readFileSync(image[1]).subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error(`${image[1]} is not a PNG`);
}

async function newDocument({ page, artifacts }) {
  await runCommand(page, 'SOW: New Statement of Work');
  await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: 10_000 });
  await page.locator('.view-line', { hasText: 'partner_name:' }).first().waitFor({ timeout: 10_000 });
  await page.screenshot({ path: join(artifacts, 'web-new-document.png') });
}

/** Edits the active editor's document: the new document, after that check. */
async function restartServer({ page, artifacts }) {
  await runCommand(page, 'SOW: Restart Language Server');
  await page.locator('.notification-toast', { hasText: 'language server restarted' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  // A misspelt key in the active document (insertText, not typing: an open suggestion would take
  // the Enter), found through the Problems panel's filter.
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('sow: 1\nheadr: {}\n');
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  await page.getByPlaceholder(/^Filter \(e\.g\./).fill('headr');
  await page.locator('.markers-panel .monaco-list-row', { hasText: /headr/ }).first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(artifacts, 'web-restart.png') });
}

/** The anti-patterns example reports PWAF-SEC-006 and PWAF-SEC-013; the file turns the first off. */
async function configTurnsRuleOff({ page, workspace, artifacts, open }) {
  writeFileSync(join(workspace, '.sowrc.yaml'), 'rules:\n  PWAF-SEC-006: off\n');
  // A fresh window: the server reads the configuration when it starts.
  await open(join(workspace, 'anti-patterns.sow.yaml'));
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  await page.getByPlaceholder(/^Filter \(e\.g\./).fill('PWAF-SEC-0');
  const rows = page.locator('.markers-panel .monaco-list-row');
  const deadline = Date.now() + READY_MS;
  for (;;) {
    const text = (await rows.allTextContents()).join('\n');
    if (text.includes('PWAF-SEC-013') && !text.includes('PWAF-SEC-006')) break;
    if (Date.now() > deadline) throw new Error(`the Problems panel shows ${text.includes('PWAF-SEC-006') ? 'PWAF-SEC-006, which .sowrc.yaml turns off' : 'no PWAF-SEC-013'}`);
    await page.waitForTimeout(250);
  }
  await page.screenshot({ path: join(artifacts, 'web-config.png') });
}

/** A copy of the anti-patterns example under a name no other check opens; its PWAF-SEC-013 must show. */
async function reviewWorkspace({ page, workspace, artifacts }) {
  writeFileSync(join(workspace, 'never-opened.sow.yaml'), readFileSync(join(workspace, 'anti-patterns.sow.yaml'), 'utf8'));
  await runCommand(page, 'SOW: Review Workspace');
  await page.locator('.notification-toast', { hasText: /SOW documents reviewed/ }).first().waitFor({ timeout: READY_MS });
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  await page.getByPlaceholder(/^Filter \(e\.g\./).fill('PWAF-SEC-013');
  await page.locator('.markers-panel .monaco-list-row', { hasText: 'never-opened.sow.yaml' }).first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(artifacts, 'web-review-workspace.png') });
  if (await page.locator('.tabs-container .tab', { hasText: 'never-opened.sow.yaml' }).count()) throw new Error('the review opened an editor');
}

/** A Node server would be a child of code-server's extension host, in its process group. */
async function noNodeServer({ codeServerPid, repoRoot }) {
  const serverModule = join(repoRoot, 'dist/server.js');
  const group = execFileSync('ps', ['-eo', 'pgid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => Number(l.trim().split(/\s+/)[0]) === codeServerPid);
  if (group.length === 0) throw new Error(`no processes in code-server's group ${codeServerPid}: cannot tell`);
  const servers = group.filter((l) => l.includes(serverModule));
  if (servers.length) throw new Error(`a Node language server ran: ${servers.join('; ')}`);
}
