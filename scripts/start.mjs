#!/usr/bin/env node
// `npm start`: the product in a real VS Code in your browser, with nothing installed globally.
// Installs dependencies if missing, builds, installs code-server (once), then serves VS Code on
// 127.0.0.1:8080 (or the next free port) with this repo loaded as a development extension and a
// scratch copy of examples/ as the workspace. Runs until Ctrl-C, or SIGINT/SIGTERM to npm, to this
// process, to code-server, its extension host or the language server; then stops them all.
// `npm start -- --web` runs the extension's web version (dist/web/) in the browser's web worker
// extension host, as github.dev would; `--reset` starts over from a fresh copy of examples/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDependencies } from './ensure-deps.mjs';
import {
  ensureCodeServer, freePort, killGroup, mergeSettingsFile, QUIET_SETTINGS, repoRoot, startCodeServer,
  WEB_EXTENSION_HOST_SETTINGS, workbenchUrl,
} from './vscode-server.mjs';

const USAGE = `Usage: npm start [-- --web] [-- --reset] [-- --skip-build]
  --web         run the extension's web version in the browser's web worker extension host
  --reset       replace the scratch workspace with a fresh copy of examples/
  --skip-build  serve dist/ as it is (no npm run build first)`;

/** npm start's options; throws (with the usage) on an unknown one. */
export function parseStartArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      web: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { web: values.web, reset: values.reset, skipBuild: values['skip-build'], help: values.help };
}

/**
 * Where npm start keeps its state: the scratch workspace, the VS Code profiles and the log.
 * Git-ignored; SOW_START_DIR moves it (the tests use a temporary folder).
 */
export function stateDir(env = process.env) {
  return env.SOW_START_DIR || join(repoRoot, '.vscode-test');
}

/**
 * The workspace npm start opens: a copy of examples/, made when missing or on --reset, so trying
 * things never edits the repository's files. Later runs keep the edits made in it.
 */
export function prepareScratchWorkspace(state, { reset = false } = {}) {
  const workspace = join(state, 'playground');
  if (reset) rmSync(workspace, { recursive: true, force: true });
  const fresh = !existsSync(workspace);
  if (fresh) cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
  return { workspace, fresh };
}

/** The user settings npm start merges into its VS Code profile: quiet, and for --web the web worker host. */
export function startSettings(web) {
  return { defaults: QUIET_SETTINGS, required: web ? WEB_EXTENSION_HOST_SETTINGS : {} };
}

/**
 * The environment that preloads scripts/session-guard.cjs into code-server's Node processes, so a
 * signal to code-server, its extension host or the language server stops the whole session.
 */
export function sessionGuardEnv(startPid, nodeOptions = '') {
  const guard = join(repoRoot, 'scripts', 'session-guard.cjs');
  return {
    SOW_START_PID: String(startPid),
    SOW_START_SERVER: join(repoRoot, 'dist', 'server.js'),
    NODE_OPTIONS: `${nodeOptions} --require ${JSON.stringify(guard)}`.trim(),
  };
}

function npm(...args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  let options;
  try {
    options = parseStartArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(USAGE);
    return;
  }

  // Whatever stops us — Ctrl-C, SIGTERM to npm or to this process, code-server ending, a signal
  // to the extension host or language server (relayed by scripts/session-guard.cjs) — stops
  // code-server's whole process group and frees the port before this process exits.
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let server;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    await killGroup(server);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (!stopping) console.log(`\n${signal}: stopping VS Code and the language server…`);
      void stop(0);
    });
  }
  // `npm start` runs us under `sh -c`: a SIGTERM to npm ends that shell, which passes nothing
  // on, and we are re-parented. A new parent means whoever started us is gone: stop too.
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) void stop(0); }, 250).unref();

  ensureDependencies();
  if (!options.skipBuild) npm('run', 'build');
  ensureCodeServer();

  const state = stateDir();
  const { workspace, fresh } = prepareScratchWorkspace(state, { reset: options.reset });
  const { web } = options;
  const userDataDir = join(state, web ? 'user-data-web' : 'user-data');
  // Merged into the profile: later runs keep whatever else the user set there.
  const { defaults, required } = startSettings(web);
  mergeSettingsFile(join(userDataDir, 'User', 'settings.json'), defaults, required);
  const extensionsDir = join(state, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  const logFile = join(state, 'code-server.log');
  const port = await freePort(8080);
  try {
    const env = sessionGuardEnv(process.pid, process.env.NODE_OPTIONS);
    await startCodeServer({ port, workspace, userDataDir, extensionsDir, logFile, env, onSpawn: (child) => { server = child; } });
  } catch (error) {
    console.error(`${error.message}; see ${logFile}`);
    await stop(1);
    return;
  }
  server?.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`code-server exited (${signal ?? `code ${code}`}); stopping. See ${logFile}`);
    void stop(code ?? 1);
  });

  // The payload makes the workbench load this repo as the extension under development.
  const url = workbenchUrl({ port, folder: workspace, extensionDevelopmentPath: repoRoot });
  const shown = relative(repoRoot, workspace).startsWith('..') ? workspace : relative(repoRoot, workspace);
  console.log(`\nSOW Architect${web ? ' (web version, in the browser\'s web worker extension host)' : ''} is running in VS Code (code-server ${port === 8080 ? 'on port 8080' : `on port ${port}; 8080 was busy`}).`);
  console.log(`Open this URL in your browser (it loads the extension under development):\n\n  ${url}\n`);
  console.log(`The workspace is a scratch copy of examples/ in ${shown}${fresh ? ' (fresh)' : ' (with your earlier edits)'}: the repository's files do not change.`);
  console.log('`npm start -- --reset` starts over from a fresh copy.');
  console.log(`Server log: ${logFile}. Press Ctrl-C to stop.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
