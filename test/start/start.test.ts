// `npm start` as a process, as a user runs it: it serves VS Code on a scratch copy of examples/,
// quietly, and stops cleanly whichever of its processes gets SIGINT or SIGTERM — npm (Ctrl-C
// reaches npm's whole process group), code-server, the extension host or the language server:
// afterwards no process of the session is left (walked in /proc: the recorded tree, and anything
// whose command line or working directory lies in the session's state folder) and the port is
// free. Cases without a browser check that nothing depends on one being open on the URL.
// Needs code-server (scripts/install-code-server.sh) and dist/ (npm run build); Chromium for the
// cases with a browser.
import * as assert from 'assert';
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import { createServer } from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../support/rules';

interface Proc { pid: number; ppid: number; pgrp: number; state: string; cmdline: string; cwd?: string }
interface VscodeServer {
  listProcesses(): Proc[];
  workbenchUrl(o: { port: number; folder: string; extensionDevelopmentPath?: string; openFile?: string }): string;
  chromiumArgs: string[];
  chromiumPath: string;
}

const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
const READY_MS = 90_000;
let vs: VscodeServer;

interface Session {
  npm: ChildProcess;
  state: string;
  port: number;
  out: () => string;
  exited: Promise<number | null>;
}

/** `npm start -- --skip-build` with its state in a temporary folder; resolves once VS Code answers on its port. */
async function startSession(...args: string[]): Promise<Session> {
  const state = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-start-'));
  // As in a clone: the scratch workspace lies inside a git repository (VS Code would prompt about it).
  execFileSync('git', ['init', '-q', state]);
  let out = '';
  // Its own process group, as in a terminal: Ctrl-C there is SIGINT to that group.
  const npm = spawn('npm', ['start', '--', '--skip-build', ...args], {
    cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SOW_START_DIR: state, npm_config_update_notifier: 'false' },
  });
  npm.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  npm.stderr!.on('data', (d: Buffer) => { out += d.toString(); });
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  let port: number | undefined;
  while (port === undefined) {
    const m = /Open this URL[^\n]*\n\n {2}http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
    if (m) port = Number(m[1]);
    else if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not print its URL:\n${out}`);
    else await sleep(200);
  }
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  assert.ok(health.ok, `code-server answers on port ${port}`);
  return { npm, state, port, out: () => out, exited };
}

/** The processes below `root` (itself included), from /proc. */
function tree(root: number): Proc[] {
  const all = vs.listProcesses();
  const found = all.filter((p) => p.pid === root);
  for (let i = 0; i < found.length; i++) found.push(...all.filter((p) => p.ppid === found[i].pid));
  return found;
}

/** What is left of a session: recorded processes still alive, or any whose command line or cwd is in its state folder. */
function leftovers(recorded: Proc[], state: string): Proc[] {
  return vs.listProcesses().filter((p) => {
    if (p.state === 'Z' || p.state === 'X') return false; // ended, waiting to be reaped
    if (recorded.some((r) => r.pid === p.pid && r.cmdline === p.cmdline)) return true;
    let cwd = '';
    try { cwd = fs.readlinkSync(`/proc/${p.pid}/cwd`); } catch { /* gone, or not ours to read */ }
    return p.cmdline.includes(state) || cwd.startsWith(state);
  });
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** After the signal: npm ends, nothing of the session is left, the port is free. */
async function assertStoppedCleanly(session: Session, recorded: Proc[]): Promise<void> {
  const code = await Promise.race([session.exited, sleep(20_000).then(() => 'timeout' as const)]);
  assert.notStrictEqual(code, 'timeout', `npm start still runs 20 s after the signal:\n${session.out()}`);
  let left = leftovers(recorded, session.state);
  for (const deadline = Date.now() + 5_000; left.length && Date.now() < deadline; left = leftovers(recorded, session.state)) await sleep(100);
  assert.deepStrictEqual(left.map((p) => `${p.pid} ${p.cmdline.slice(0, 160)}`), [], 'no process of the session is left');
  assert.ok(await portFree(session.port), `port ${session.port} is free`);
}

/** Last resort after a failed case: the session's groups, then anything still in its state folder. */
function cleanup(session: Session | undefined, recorded: Proc[]): void {
  if (!session) return;
  for (const p of [...recorded, ...leftovers(recorded, session.state)]) {
    for (const target of [-p.pgrp, p.pid]) {
      try { process.kill(target, 'SIGKILL'); } catch { /* gone */ }
    }
  }
  fs.rmSync(session.state, { recursive: true, force: true });
}

const codeServerOf = (procs: Proc[]) => procs.find((p) => /code-server\/out\/node\/entry\.js --auth/.test(p.cmdline))!;

describe('npm start: a scratch workspace, a quiet start, and a clean stop (about 2 minutes)', function () {
  this.timeout(240_000);
  let session: Session | undefined;
  let recorded: Proc[] = [];
  let browser: Browser | undefined;

  before(async () => {
    vs = (await import(path.join(ROOT, 'scripts/vscode-server.mjs'))) as VscodeServer;
    for (const file of ['dist/client.js', 'dist/server.js']) assert.ok(fs.existsSync(path.join(ROOT, file)), `${file} is built`);
  });
  afterEach(() => {
    cleanup(session, recorded);
    session = undefined;
    recorded = [];
  });
  after(async () => { await browser?.close(); });

  /** Opens the workbench on the scratch copy's anti-patterns.sow.yaml; resolves once the language server has reviewed it. */
  async function openWorkbench(s: Session, file = 'anti-patterns.sow.yaml'): Promise<{ page: Page; server: Proc; extensionHost: Proc }> {
    browser ??= await chromium.launch({ executablePath: vs.chromiumPath, args: vs.chromiumArgs });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const folder = path.join(s.state, 'playground');
    await page.goto(vs.workbenchUrl({ port: s.port, folder, extensionDevelopmentPath: ROOT, openFile: path.join(folder, file) }));
    for (const deadline = Date.now() + READY_MS; ; await sleep(250)) {
      const procs = tree(s.npm.pid!);
      const server = procs.find((p) => p.cmdline.includes(SERVER_JS));
      const extensionHost = procs.find((p) => /--type=extensionHost/.test(p.cmdline));
      // Problems counted in the status bar: the server has started and reviewed the document.
      if (server && extensionHost && (await page.locator('[id="status.problems"]', { hasText: /[1-9]/ }).count())) return { page, server, extensionHost };
      assert.ok(Date.now() < deadline, `the language server started within ${READY_MS / 1000} s`);
    }
  }

  it('SIGTERM to npm, no browser: quiet flags, the scratch copy as workspace, then nothing left and the port free', async () => {
    session = await startSession();
    recorded = tree(session.npm.pid!);
    const codeServer = codeServerOf(recorded);
    assert.ok(codeServer, `code-server runs below npm start:\n${recorded.map((p) => p.cmdline).join('\n')}`);
    for (const flag of ['--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override']) {
      assert.ok(codeServer.cmdline.split(' ').includes(flag), `code-server runs with ${flag}`);
    }
    const scratch = path.join(session.state, 'playground');
    assert.ok(codeServer.cmdline.endsWith(` ${scratch}`), 'code-server opens the scratch copy');
    assert.match(session.out(), new RegExp(`scratch copy of examples/ in ${escape(scratch)} \\(fresh\\)`));
    assert.match(session.out(), /npm start -- --reset/);
    for (const name of fs.readdirSync(path.join(ROOT, 'examples'))) {
      assert.strictEqual(fs.readFileSync(path.join(scratch, name), 'utf8'), fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8'), `${name} is copied`);
    }
    const settings = JSON.parse(fs.readFileSync(path.join(session.state, 'user-data', 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.strictEqual(settings['workbench.startupEditor'], 'none');
    assert.strictEqual(settings['git.openRepositoryInParentFolders'], 'never');

    process.kill(session.npm.pid!, 'SIGTERM');
    await assertStoppedCleanly(session, recorded);
  });

  it('Ctrl-C (SIGINT to npm\'s process group) with the workbench open: an edit is saved in the scratch copy; then the extension host and language server go too', async () => {
    session = await startSession();
    const repoFile = path.join(ROOT, 'examples', 'anti-patterns.sow.yaml');
    const before = fs.readFileSync(repoFile, 'utf8');
    const { page } = await openWorkbench(session);
    recorded = tree(session.npm.pid!);
    // Type a comment on the first line and save: the scratch copy changes, the repository's file does not.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# tried in the scratch copy');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+s');
    const scratchFile = path.join(session.state, 'playground', 'anti-patterns.sow.yaml');
    for (const deadline = Date.now() + 20_000; !fs.readFileSync(scratchFile, 'utf8').startsWith('# tried in the scratch copy\n'); await sleep(200)) {
      assert.ok(Date.now() < deadline, 'the edit is saved in the scratch copy');
    }
    assert.strictEqual(fs.readFileSync(repoFile, 'utf8'), before, "the repository's example is untouched");
    // Quiet: only our document is open (no Welcome page or walkthrough), and no notification asks
    // about the git repository in the parent folder, workspace trust, telemetry, updates or
    // recommended extensions. (VS Code's one-time "try the new default theme" offer remains.)
    const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
    assert.deepStrictEqual(tabs.map((t) => t.trim().split('\n')[0]), ['anti-patterns.sow.yaml']);
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('Notifications: Show Notifications');
    await page.keyboard.press('Enter');
    await sleep(1_000);
    const notices = await page.locator('.notifications-center .notification-list-item').allInnerTexts();
    assert.deepStrictEqual(notices.filter((n) => !/new default theme/.test(n)), [], 'no other notification');
    // Closing the browser tab is not a stop: the session keeps serving.
    await page.context().close();
    await sleep(3_000);
    assert.strictEqual(session.npm.exitCode, null, `npm start still runs after the tab closed:\n${session.out()}`);
    assert.ok((await fetch(`http://127.0.0.1:${session.port}/healthz`)).ok, 'code-server still answers');

    process.kill(-session.npm.pid!, 'SIGINT');
    await assertStoppedCleanly(session, recorded);
  });

  it('SIGTERM to code-server, no browser: npm start ends with it, nothing left', async () => {
    session = await startSession();
    recorded = tree(session.npm.pid!);
    process.kill(codeServerOf(recorded).pid, 'SIGTERM');
    await assertStoppedCleanly(session, recorded);
  });

  it('--web, SIGTERM to the start script itself: the web worker host profile, then nothing left', async () => {
    session = await startSession('--web');
    recorded = tree(session.npm.pid!);
    assert.match(session.out(), /web version, in the browser's web worker extension host/);
    const settings = JSON.parse(fs.readFileSync(path.join(session.state, 'user-data-web', 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
    assert.deepStrictEqual(settings['remote.extensionKind'], { 'sow-architect.sow-architect': ['web'] });
    assert.strictEqual(settings['workbench.startupEditor'], 'none');
    const script = recorded.find((p) => /node scripts\/start\.mjs/.test(p.cmdline))!;
    process.kill(script.pid, 'SIGTERM');
    await assertStoppedCleanly(session, recorded);
  });

  for (const [target, signal] of [['extensionHost', 'SIGTERM'], ['server', 'SIGINT']] as const) {
    it(`${signal} to the ${target === 'server' ? 'language server' : 'extension host'}: the whole session stops`, async () => {
      session = await startSession();
      const opened = await openWorkbench(session);
      recorded = tree(session.npm.pid!);
      process.kill(opened[target].pid, signal);
      await assertStoppedCleanly(session, recorded);
      await opened.page.context().close();
    });
  }
});

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
