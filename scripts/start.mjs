#!/usr/bin/env node
// `npm start`: the product in a real VS Code in your browser, with nothing installed globally.
// Installs dependencies if missing, builds, installs code-server (once), then serves VS Code on
// 127.0.0.1:8080 (or the next free port) with this repo loaded as a development extension and
// examples/ as the workspace. Runs until Ctrl-C. `npm start -- --web` runs the extension's web
// version (dist/web/) in the browser's web worker extension host, as github.dev would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDependencies } from './ensure-deps.mjs';
import { ensureCodeServer, freePort, killGroup, repoRoot, startCodeServer, WEB_EXTENSION_HOST_SETTINGS, workbenchUrl } from './vscode-server.mjs';

const state = join(repoRoot, '.vscode-test'); // git-ignored; settings persist between runs

function npm(...args) {
  console.log(`> npm ${args.join(' ')}`);
  const result = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

ensureDependencies();
npm('run', 'build');
ensureCodeServer();

const port = await freePort(8080);
const workspace = join(repoRoot, 'examples');
const web = process.argv.includes('--web');
const userDataDir = join(state, web ? 'user-data-web' : 'user-data');
// Written once: later runs keep whatever else the user set in that profile.
if (web && !existsSync(join(userDataDir, 'User', 'settings.json'))) {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(WEB_EXTENSION_HOST_SETTINGS, null, 2));
}
const extensionsDir = join(state, 'extensions');
mkdirSync(extensionsDir, { recursive: true });
const logFile = join(state, 'code-server.log');
const server = await startCodeServer({ port, workspace, userDataDir, extensionsDir, logFile });

// The payload makes the workbench load this repo as the extension under development.
const url = workbenchUrl({ port, folder: workspace, extensionDevelopmentPath: repoRoot });
console.log(`\nSOW Architect${web ? ' (web version, in the browser\'s web worker extension host)' : ''} is running in VS Code (code-server ${port === 8080 ? 'on port 8080' : `on port ${port}; 8080 was busy`}).`);
console.log(`Open this URL in your browser (it loads the extension under development):\n\n  ${url}\n`);
console.log(`Edits to examples/ are saved in the repository. Server log: ${logFile}. Press Ctrl-C to stop.`);

server.once('exit', (code) => {
  console.error(`code-server exited (code ${code}); see ${logFile}`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    server.removeAllListeners('exit');
    await killGroup(server);
    process.exit(0);
  });
}
