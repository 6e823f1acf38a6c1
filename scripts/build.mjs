// Bundles every entry point with esbuild into dist/: the extension client, the language server,
// the CLI, and (as they exist) the webview script and the in-VS-Code test runner.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'info' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...node, entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // In-VS-Code e2e runner and suites (test/e2e/). Mocha stays external: required from node_modules.
  { ...node, entryPoints: ['test/e2e/runner.ts', 'test/e2e/suite/*.test.ts'], outbase: 'test/e2e', outdir: 'dist/test/e2e', external: ['vscode', 'mocha'], logLevel: 'warning' },
];

// Entries owned by other parts are added here when their source exists.
const optional = [
  { entry: 'media/src/preview.ts', options: { bundle: true, platform: 'browser', target: 'es2022', format: 'iife', outfile: 'dist/preview.js', sourcemap: false, minify: true, logLevel: 'info' } },
];
for (const { entry, options } of optional) if (existsSync(entry)) builds.push({ ...options, entryPoints: [entry] });

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
