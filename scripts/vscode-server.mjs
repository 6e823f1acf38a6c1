// Shared helpers for running the extension in a real VS Code: the one inside the npm package
// code-server (installed by scripts/install-code-server.sh). Used by the e2e harness and by
// `npm start`. code-server rather than @vscode/test-electron because it installs from the npm
// registry alone; test-electron downloads VS Code from an update server at run time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync, rmSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
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

/**
 * User settings that keep the workbench quiet and predictable: no Welcome page or walkthrough
 * (VS Code for the Web opens one otherwise), no "a git repository was found in the parent
 * folders" prompt (npm start's scratch workspace lies inside this repository), no trust prompt,
 * no telemetry, no update checks, tips, experiments or extension recommendations.
 */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.openRepositoryInParentFolders': 'never',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
};

/**
 * Merges settings into the text of a settings.json (JSON with comments), keeping everything else
 * and its comments: `defaults` are added only where the user has not set the key; `required`
 * keys are always set (an object value key by key, so other entries of that object stay).
 * Returns undefined when the text is not a JSON object (the caller leaves such a file alone).
 * @param {string} text @param {Record<string, unknown>} defaults @param {Record<string, unknown>} [required]
 */
export function mergeSettings(text, defaults, required = {}) {
  // Loaded here, not at the top: npm start imports this file before it installs the dependencies.
  /** @type {typeof import('jsonc-parser')} */
  const { applyEdits, modify, parse } = createRequire(import.meta.url)('jsonc-parser');
  /** @type {import('jsonc-parser').ParseError[]} */
  const errors = [];
  const current = parse(text.trim() ? text : '{}', errors, { allowTrailingComma: true });
  if (errors.length || current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
  let out = text.trim() ? text : '{}';
  const set = (path, value) => {
    out = applyEdits(out, modify(out, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } }));
  };
  for (const [key, value] of Object.entries(defaults)) if (!(key in current)) set([key], value);
  for (const [key, value] of Object.entries(required)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) for (const [sub, v] of Object.entries(value)) set([key, sub], v);
    else set([key], value);
  }
  return out;
}

/** mergeSettings on a file: creates it when missing; says so and leaves it alone when it is not a JSON object. */
export function mergeSettingsFile(file, defaults, required = {}) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const merged = mergeSettings(text, defaults, required);
  if (merged === undefined) {
    console.warn(`${file} is not a JSON object; left as it is (settings not applied: ${Object.keys({ ...defaults, ...required }).join(', ')}).`);
    return;
  }
  if (merged === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, merged);
}

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
  writeFileSync(join(userDataDir, 'User/settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  const extensionsDir = join(root, 'extensions');
  mkdirSync(extensionsDir);
  return { root, workspace, userDataDir, extensionsDir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * code-server's command line (after the entry script): bound to 127.0.0.1 without a password,
 * with its own profile and extensions, quiet (no telemetry, update check, trust prompt or
 * code-server's own Getting Started content), opening `workspace`.
 * @param {{ port: number, workspace: string, userDataDir: string, extensionsDir: string }} options
 */
export function codeServerArgs({ port, workspace, userDataDir, extensionsDir }) {
  return [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    workspace,
  ];
}

/**
 * Starts code-server in its own process group (so the extension host and language server it
 * spawns can be stopped with it, see killGroup) and resolves once it accepts HTTP requests.
 * `onSpawn` gets the child at once, so a caller can stop it while it is still starting.
 * @param {{ port: number, workspace: string, userDataDir: string, extensionsDir: string,
 *           env?: Record<string, string>, logFile?: string, timeoutMs?: number,
 *           onSpawn?: (child: import('node:child_process').ChildProcess) => void }} options
 */
export async function startCodeServer({ port, workspace, userDataDir, extensionsDir, env = {}, logFile, timeoutMs = 30_000, onSpawn }) {
  if (!existsSync(codeServerEntry)) throw new Error('code-server is not installed: run scripts/install-code-server.sh');
  const args = [codeServerEntry, ...codeServerArgs({ port, workspace, userDataDir, extensionsDir })];
  const child = spawn(process.execPath, args, {
    detached: true,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFile ? 'pipe' : 'inherit', logFile ? 'pipe' : 'inherit'],
  });
  onSpawn?.(child);
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

/**
 * Stops a detached child and everything left in its process group — also after the child
 * itself has gone (killed on its own, its extension host and language server may remain):
 * SIGTERM, then SIGKILL to what is still there after `graceMs`. Resolves when the group is empty.
 */
export async function killGroup(child, graceMs = 3_000) {
  const pgid = child?.pid;
  if (!pgid) return;
  const signalGroup = (signal) => { try { process.kill(-pgid, signal); } catch { /* already gone */ } };
  const waitEmpty = async (ms) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
      if (!groupAlive(pgid)) return true;
    }
    return !groupAlive(pgid);
  };
  signalGroup('SIGTERM');
  if (await waitEmpty(graceMs)) return;
  signalGroup('SIGKILL');
  await waitEmpty(2_000);
}

/** Whether any live (not zombie) process is in process group `pgid`. */
function groupAlive(pgid) {
  if (process.platform !== 'linux') {
    try { process.kill(-pgid, 0); return true; } catch { return false; }
  }
  return listProcesses().some((p) => p.pgrp === pgid && p.state !== 'Z' && p.state !== 'X');
}

/**
 * The processes on this machine from /proc (Linux): pid, parent, process group, state (`Z` for a
 * zombie) and command line. Processes that end while it reads are left out.
 * @returns {{ pid: number, ppid: number, pgrp: number, state: string, cmdline: string }[]}
 */
export function listProcesses() {
  const out = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command name (which may hold spaces and parentheses): state ppid pgrp …
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim();
      out.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), state, cmdline });
    } catch { /* gone meanwhile */ }
  }
  return out;
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
