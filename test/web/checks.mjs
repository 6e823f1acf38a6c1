// UI checks for VS Code for the Web, run by `node test/e2e/harness.mjs --web` after the shared
// UI checks (test/e2e/ui/checks.mjs): the harness makes the extension run in the browser's web
// worker extension host, so everything here goes through dist/web/client.js and the worker server.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstWord, runCommand } from '../e2e/ui/checks.mjs';

const READY_MS = 45_000;

/** @typedef {import('../e2e/ui/checks.mjs').Ctx & { codeServerPid: number, repoRoot: string, timings: Record<string, number> }} Ctx */

export const webFirstChecks = [
  { id: 'web-first-diagnostics', name: 'opening the well-architected example from the Explorer shows its review (time measured)', run: firstDiagnostics },
];

export const webChecks = [
  { id: 'web-completion', name: 'completion offers the choices of an enum and applies the one picked', run: completeChoice },
  { id: 'web-quickfix', name: 'Quick Fix "Replace pat with oauth-m2m" edits the anti-patterns example', run: applyQuickFix },
  { id: 'web-restart', name: 'SOW: Restart Language Server starts a new worker that reviews the next edit', run: restartServer },
  { id: 'web-host', name: 'the extension ran in the web worker extension host: no Node language server was started', run: noNodeServer },
];

/** @param {Ctx} ctx */
async function firstDiagnostics({ page, artifacts, open, timings }) {
  await open(undefined); // the workbench with no file open: the extension is not active yet
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'well-architected.sow.yaml' });
  await row.waitFor({ timeout: READY_MS });
  const start = Date.now();
  await row.click();
  // The readiness item appears once the server has published the document's diagnostics. The
  // time includes activating the extension and starting the worker, and the workbench's own work.
  await page.locator('.statusbar-item', { hasText: /SOW \d+%/ }).first().waitFor({ timeout: READY_MS });
  timings['click in the Explorer → first review of well-architected.sow.yaml, extension not yet active (ms)'] = Date.now() - start;
  await page.screenshot({ path: join(artifacts, 'web-first-diagnostics.png') });
}

/** @param {Ctx} ctx */
async function completeChoice(ctx) {
  const choice = ctx.page.locator('.suggest-widget .monaco-list-row', { hasText: 'business-hours' });
  await showAt(ctx, 'well-architected.sow.yaml', '24-7', 'Control+Space', choice);
  await ctx.page.screenshot({ path: join(ctx.artifacts, 'web-completion.png') });
  await choice.first().click();
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

/** After the quick fix check: its document is the active editor. */
async function restartServer({ page, artifacts }) {
  await runCommand(page, 'SOW: Restart Language Server');
  await page.locator('.notification-toast', { hasText: 'language server restarted' }).first().waitFor({ timeout: 20_000 });
  await page.locator('.monaco-editor .view-lines').first().click();
  // A short document with a misspelt key: few findings, so its row is among those shown.
  // insertText, not typing: an open suggestion would take the Enter.
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('sow: 1\nheadr: {}\n');
  await page.keyboard.press('Control+Shift+M'); // View: Problems
  await page.locator('.markers-panel .monaco-list-row', { hasText: /headr/ }).first().waitFor({ timeout: 20_000 });
  await page.screenshot({ path: join(artifacts, 'web-restart.png') });
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
