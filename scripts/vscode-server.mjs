// Shared helpers for running the extension in a real VS Code: the one inside the npm package
// code-server (installed by scripts/install-code-server.sh). Used by the e2e harness and by
// `npm start`. code-server rather than @vscode/test-electron because it installs from the npm
// registry alone; test-electron downloads VS Code from an update server at run time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync, cpSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const codeServerEntry = join(repoRoot, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');

/** Chromium flags that keep a headless run quiet and offline-friendly (no update, sync or QUIC). */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];
export const chromiumPath = '/usr/bin/chromium';

/**
 * User settings that run this extension in the browser's web worker extension host (its
 * `browser` entry, dist/web/client.js) as VS Code for the Web does, instead of code-server's
 * Node extension host. The web workbench honours `remote.extensionKind` `web` for extensions
 * that have a `browser` entry.
 */
export const WEB_EXTENSION_HOST_SETTINGS = { 'remote.extensionKind': { 'sow-architect.sow-architect': ['web'] } };

/** Runs the idempotent installer (returns at once when code-server is already there). */
export function ensureCodeServer() {
  const result = spawnSync('bash', [join(repoRoot, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`install-code-server.sh failed (exit ${result.status})`);
}

/** Resolves to `preferred` when it is free on 127.0.0.1, else the next free port (0 = any free port). */
export async function freePort(preferred = 0) {
  for (let port = preferred; ; port = port === 0 ? 0 : port + 1) {
    const got = await new Promise((res) => {
      const server = createServer();
      server.once('error', () => res(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => res(bound));
      });
    });
    if (got) return got;
    if (preferred === 0) throw new Error('no free port on 127.0.0.1');
  }
}

/**
 * A fresh sandbox for one VS Code session: a copy of examples/ as the workspace (tests may edit
 * it), plus empty user-data and extensions dirs so no earlier state or extension leaks in.
 */
export function makeSandbox(prefix = 'sow-vscode-', settings = {}) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const workspace = join(root, 'workspace');
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  const userDataDir = join(root, 'user');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  // Keep the workbench predictable: no welcome page, no trust prompt, no tips or update nags.
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.enableExperiments': false,
    ...settings,
  }, null, 2));
  const extensionsDir = join(root, 'extensions');
  mkdirSync(extensionsDir);
  return { root, workspace, userDataDir, extensionsDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Starts code-server in its own process group (so the extension host and language server it
 * spawns die with it) and resolves once it accepts HTTP requests.
 * @param {{ port: number, workspace: string, userDataDir: string, extensionsDir: string,
 *           env?: Record<string, string>, logFile?: string, timeoutMs?: number }} options
 */
export async function startCodeServer({ port, workspace, userDataDir, extensionsDir, env = {}, logFile, timeoutMs = 30_000 }) {
  if (!existsSync(codeServerEntry)) throw new Error('code-server is not installed: run scripts/install-code-server.sh');
  const args = [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', workspace,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFile ? 'pipe' : 'inherit', logFile ? 'pipe' : 'inherit'],
  });
  if (logFile) {
    mkdirSync(dirname(logFile), { recursive: true });
    const log = createWriteStream(logFile);
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const exited = new Promise((_, reject) => child.once('exit', (code) => reject(new Error(`code-server exited early (code ${code})`))));
  exited.catch(() => undefined); // only observed while waiting below
  await Promise.race([waitForHttp(`http://127.0.0.1:${port}/healthz`, timeoutMs), exited]);
  return child;
}

async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** Stops a detached child and everything in its process group: SIGTERM, then SIGKILL. */
export async function killGroup(child, graceMs = 3_000) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const signalGroup = (signal) => { try { process.kill(-child.pid, signal); } catch { /* already gone */ } };
  const gone = new Promise((r) => child.once('exit', r));
  signalGroup('SIGTERM');
  const timer = new Promise((r) => setTimeout(r, graceMs, 'timeout'));
  if ((await Promise.race([gone, timer])) === 'timeout') signalGroup('SIGKILL');
}

/**
 * The workbench URL. The `payload` query parameter is how VS Code's web workbench receives what
 * desktop VS Code takes as --extensionDevelopmentPath / --extensionTestsPath / a file to open.
 * Paths are server-side, so they travel as vscode-remote URIs.
 * `openFile` may end in `:line:column` (1-based) to place the cursor there.
 * @param {{ port: number, folder: string, extensionDevelopmentPath?: string,
 *           extensionTestsPath?: string, openFile?: string }} options
 */
export function workbenchUrl({ port, folder, extensionDevelopmentPath, extensionTestsPath, openFile }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  if (openFile && /:\d+(:\d+)?$/.test(openFile)) payload.push(['gotoLineMode', 'true']);
  const query = new URLSearchParams({ folder });
  if (payload.length) query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}
