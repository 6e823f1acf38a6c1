#!/usr/bin/env node
// Runs the e2e suites (test/e2e/suite) and the UI checks (test/e2e/ui) in a real VS Code: the
// one inside code-server, driven by headless Chromium. Expects `npm run build` and
// scripts/install-code-server.sh to have run (`npm run test:e2e` does both).
//
// Flow: fresh sandbox (copy of examples/) -> code-server on a free port -> workbench page whose
// `payload` loads this repo as the development extension and dist/test/e2e/runner.js as the test
// runner -> wait for the runner's results file -> UI checks in a fresh window -> report.
// code-server and Chromium are always stopped, whatever happens. `--no-ui` skips the UI checks.
// `--web` runs the extension in the browser's web worker extension host instead (VS Code for the
// Web, as on github.dev): the UI checks plus test/web/checks.mjs; the suites need Node, so not those.
import { chromium } from 'playwright-core';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  chromiumArgs, chromiumPath, freePort, killGroup, makeSandbox, repoRoot, startCodeServer, WEB_EXTENSION_HOST_SETTINGS, workbenchUrl,
} from '../../scripts/vscode-server.mjs';
import { uiChecks } from './ui/checks.mjs';
import { webChecks, webFirstChecks } from '../web/checks.mjs';

const WEB = process.argv.includes('--web');
const ARTIFACTS = join(repoRoot, WEB ? 'test-artifacts/e2e-web' : 'test-artifacts/e2e');
const RUNNER = join(repoRoot, 'dist/test/e2e/runner.js');
const SUITES_TIMEOUT_MS = 120_000;
const VIEWPORT = { width: 1400, height: 900 };

const started = Date.now();
const running = { codeServer: undefined, browserServer: undefined, sandbox: undefined };

installSignalHandlers();
main()
  .then((ok) => finish(ok ? 0 : 1))
  .catch((err) => {
    console.error(`e2e: ${err.stack ?? err}`);
    return finish(1);
  });

async function main() {
  for (const file of ['dist/client.js', 'dist/server.js', 'dist/test/e2e/runner.js']) {
    if (!existsSync(join(repoRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });

  const sandbox = (running.sandbox = makeSandbox('sow-e2e-', WEB ? WEB_EXTENSION_HOST_SETTINGS : {}));
  const resultsFile = join(sandbox.root, 'results.json');
  const port = await freePort();
  running.codeServer = await startCodeServer({
    port, ...sandbox, env: { SOW_E2E_RESULTS: resultsFile }, logFile: join(ARTIFACTS, 'code-server.log'),
  });
  // launchServer (not launch) so we hold Chromium's process and can kill its group ourselves.
  running.browserServer = await chromium.launchServer({
    executablePath: chromiumPath, args: chromiumArgs, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
  });
  const browser = await chromium.connect(running.browserServer.wsEndpoint());
  console.log(`e2e: VS Code (code-server) on port ${port}, workspace ${sandbox.workspace}`);

  const suitesOk = WEB || (await runSuites(browser, port, sandbox.workspace, resultsFile));
  const checks = WEB ? [...webFirstChecks, ...uiChecks, ...webChecks] : uiChecks;
  const uiOk = process.argv.includes('--no-ui') || (await runUiChecks(browser, port, sandbox.workspace, checks));
  return suitesOk && uiOk;
}

/** Opens the workbench with the test runner in its payload and reports the runner's results. */
async function runSuites(browser, port, workspace, resultsFile) {
  const page = await newPage(browser, 'suites');
  // VS Code calls window.codeAutomationExit when the test run ends; it tells us the runner
  // finished (or crashed before writing results) without waiting for the full time-out.
  let exitCode;
  await page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; });
  const url = workbenchUrl({ port, folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: RUNNER });
  await page.goto(url);

  const deadline = Date.now() + SUITES_TIMEOUT_MS;
  while (!existsSync(resultsFile) && exitCode === undefined && Date.now() < deadline) await sleep(250);
  await page.screenshot({ path: join(ARTIFACTS, 'suites.png') });
  await page.close();

  if (!existsSync(resultsFile)) {
    console.error(exitCode === undefined
      ? `e2e: no results after ${SUITES_TIMEOUT_MS / 1000} s (see test-artifacts/e2e/)`
      : `e2e: the test runner ended with code ${exitCode} without writing results (see test-artifacts/e2e/logs)`);
    return false;
  }
  return printResults(JSON.parse(readFileSync(resultsFile, 'utf8')));
}

function printResults(results) {
  console.log('\nVS Code suites (mocha, inside the extension host):');
  for (const t of results.tests) {
    const mark = t.state === 'passed' ? '  ✓' : t.state === 'pending' ? '  -' : '  ✗';
    console.log(`${mark} ${t.title}${t.durationMs !== undefined ? ` (${t.durationMs} ms)` : ''}`);
  }
  console.log(`\n  ${results.passes} passing`);
  if (results.pending) console.log(`  ${results.pending} pending`);
  if (results.failures) console.log(`  ${results.failures} failing`);
  results.tests.filter((t) => t.state === 'failed').forEach((t, i) => console.log(`\n  ${i + 1}) ${t.title}\n     ${t.error.replace(/\n/g, '\n     ')}`));
  for (const [name, value] of Object.entries(results.metrics ?? {})) console.log(`  metric ${name}: ${value}`);
  return results.failures === 0 && results.passes > 0;
}

/** The UI checks: what a person sees, in a fresh window with only the development extension. */
async function runUiChecks(browser, port, workspace, checks) {
  const page = await newPage(browser, 'ui');
  const ctx = {
    page, workspace, artifacts: ARTIFACTS, repoRoot, codeServerPid: running.codeServer.pid, timings: {},
    open: (openFile) => page.goto(workbenchUrl({ port, folder: workspace, extensionDevelopmentPath: repoRoot, openFile })),
  };
  console.log('\nUI checks (Playwright, workbench DOM):');
  let failures = 0;
  for (const check of checks) {
    try {
      await check.run(ctx);
      console.log(`  ✓ ${check.name}`);
    } catch (err) {
      failures++;
      console.log(`  ✗ ${check.name}\n     ${String(err.message ?? err).replace(/\n/g, '\n     ')}`);
      await page.screenshot({ path: join(ARTIFACTS, `failed-${check.id}.png`) }).catch(() => undefined);
    }
  }
  console.log(`\n  ${checks.length - failures} passing${failures ? `\n  ${failures} failing` : ''}`);
  for (const [name, value] of Object.entries(ctx.timings)) console.log(`  metric ${name}: ${value}`);
  await page.close();
  return failures === 0;
}

/** A page in its own browser context, logging the workbench console to an artifact file. */
async function newPage(browser, name) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const lines = [];
  page.on('console', (m) => lines.push(`[${m.type()}] ${m.text()}`));
  page.on('close', () => writeFileSync(join(ARTIFACTS, `${name}-console.log`), lines.join('\n')));
  return page;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Stops Chromium and code-server (whole process groups) and removes the sandbox. Idempotent. */
async function stopAll() {
  const { browserServer, codeServer, sandbox } = running;
  running.browserServer = running.codeServer = running.sandbox = undefined;
  if (browserServer) await Promise.race([browserServer.close(), sleep(5_000)]).finally(() => browserServer.kill());
  await killGroup(codeServer);
  if (sandbox) {
    // VS Code's own logs (extension host, language server output) help explain a failure.
    const logs = join(sandbox.userDataDir, 'logs');
    if (existsSync(logs)) cpSync(logs, join(ARTIFACTS, 'logs'), { recursive: true });
    sandbox.remove();
  }
}

async function finish(code) {
  await stopAll().catch((err) => console.error(`e2e: cleanup: ${err}`));
  console.log(`\ne2e: ${code === 0 ? 'PASSED' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s (artifacts: ${relative(repoRoot, ARTIFACTS)}/)`);
  process.exit(code);
}

function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      console.error(`e2e: interrupted (${signal})`);
      return finish(130);
    });
  }
  // Last resort if the process dies some other way: no async work is possible in 'exit'.
  process.on('exit', () => {
    for (const pid of [running.codeServer?.pid, running.browserServer?.process().pid]) {
      if (pid) try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
    }
    running.sandbox?.remove();
  });
}
