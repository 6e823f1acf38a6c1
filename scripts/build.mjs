// Bundles every entry point with esbuild into dist/: the extension client, the language server,
// the CLI, and (as they exist) the webview script and the in-VS-Code test runner; and into
// dist/web/ the same client and server for VS Code for the Web (browser workers, no Node).
// Node bundles are minified in every build (what we test and benchmark is what ships, and the
// server starts faster) and keep source maps outside production.
import * as esbuild from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const VALIDATOR_SOURCE = resolve('server/src/engine/schema/ajvValidator.ts');
const SCHEMA_FILE = resolve('schemas/sow.schema.json');
/** The generated code per schema text: every build that needs it shares one compile. */
const standalone = new Map();

/**
 * ajv's standalone code for the schema, generated from ajvValidator.ts's own compileSowSchema()
 * (same options, same schema), so the shipped server and CLI never compile at runtime.
 */
function standaloneValidator() {
  const schema = readFileSync(SCHEMA_FILE, 'utf8');
  if (!standalone.has(schema)) {
    standalone.clear();
    standalone.set(schema, generateStandalone());
  }
  return standalone.get(schema);
}

async function generateStandalone() {
  const dir = mkdtempSync(join(tmpdir(), 'sow-validator-'));
  try {
    const file = join(dir, 'compile.cjs');
    await esbuild.build({ entryPoints: [VALIDATOR_SOURCE], bundle: true, platform: 'node', format: 'cjs', outfile: file, logLevel: 'warning' });
    const requireHere = createRequire(import.meta.url);
    const { compileSowSchema } = requireHere(file);
    const { default: standaloneCode } = requireHere('ajv/dist/standalone');
    const { ajv, validate } = compileSowSchema(true);
    // The generated module exports the validate function itself; give it ajvValidator's API too.
    return `${standaloneCode(ajv, validate)}\nconst sowValidate = module.exports;\nmodule.exports.sowValidator = () => sowValidate;\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Replaces ajvValidator.ts with the standalone code wherever it is bundled. */
const precompiledValidator = {
  name: 'precompiled-validator',
  setup(build) {
    build.onLoad({ filter: /[\\/]schema[\\/]ajvValidator\.ts$/ }, async (args) =>
      resolve(args.path) === VALIDATOR_SOURCE
        ? { contents: await standaloneValidator(), loader: 'js', resolveDir: dirname(VALIDATOR_SOURCE), watchFiles: [SCHEMA_FILE] }
        : undefined,
    );
  },
};

/**
 * The language server loads the validator and the render code (Markdown, Mermaid) from files of
 * their own at first use: the editor waits for the server to start, and compiling code it does
 * not run yet was a fifth of that. The CLI keeps one file: it always validates.
 */
const LAZY_MODULES = [
  { filter: /^\.\/ajvValidator$/, outfile: 'validator.js' },
  { filter: /^\.\.\/engine\/render\/(html|markdown)$/, outfile: 'render.js' },
  // Word export and template import (docx, mammoth, htmlparser2): only for those two commands.
  { filter: /^\.\.\/engine\/render\/docx$/, outfile: 'docx.js' },
  { filter: /^\.\.\/engine\/import$/, outfile: 'import.js' },
];
const lazyModules = {
  name: 'lazy-modules',
  setup(build) {
    for (const { filter, outfile } of LAZY_MODULES) build.onResolve({ filter }, () => ({ path: `./${outfile}`, external: true }));
  },
};

/** ESM-only code paths bundled into CommonJS (tinyglobby's fdir) read import.meta.url. */
const esmInterop = { define: { 'import.meta.url': 'importMetaUrl' }, banner: { js: 'const importMetaUrl = require("url").pathToFileURL(__filename).href;' } };

/**
 * The web worker server loads the validator, the render code and the Word export lazily, with
 * importScripts (server/src/webScripts.ts): each import becomes a stub that loads
 * dist/web/<name>.js at first use.
 */
const WEB_SCRIPTS = { validator: /^\.\/ajvValidator$/, render: /^\.\.\/engine\/render\/(html|markdown)$/, docx: /^\.\.\/engine\/render\/docx$/ };
const WEB_SCRIPTS_MODULE = resolve('server/src/webScripts.ts');
const webScripts = {
  name: 'web-scripts',
  setup(build) {
    for (const [name, filter] of Object.entries(WEB_SCRIPTS)) build.onResolve({ filter }, () => ({ path: name, namespace: 'web-script' }));
    build.onLoad({ filter: /.*/, namespace: 'web-script' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(WEB_SCRIPTS_MODULE)}).loadWebScript(${JSON.stringify(args.path)});`,
      loader: 'js',
      resolveDir: dirname(WEB_SCRIPTS_MODULE),
    }));
  },
};

/** The render module the servers load at the first preview or export request. */
const renderEntry = { contents: "export { renderSowHtml } from './html';\nexport { renderSowMarkdown } from './markdown';\n", resolveDir: resolve('server/src/engine/render'), loader: 'ts' };

const node = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: true, logLevel: 'info' };

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  // require() rather than import() for the lazy files: they are CommonJS like the server.
  { ...node, entryPoints: ['server/src/nodeServer.ts'], outfile: 'dist/server.js', plugins: [lazyModules], supported: { 'dynamic-import': false } },
  { ...node, entryPoints: [VALIDATOR_SOURCE], outfile: 'dist/validator.js', plugins: [precompiledValidator], sourcemap: false },
  { ...node, stdin: renderEntry, outfile: 'dist/render.js' },
  { ...node, entryPoints: ['server/src/engine/render/docx.ts'], outfile: 'dist/docx.js' },
  { ...node, entryPoints: ['server/src/engine/import/index.ts'], outfile: 'dist/import.js' },
  { ...node, ...esmInterop, entryPoints: ['server/src/cli/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${esmInterop.banner.js}` }, plugins: [precompiledValidator], external: ['playwright-core'] },
  // The GitHub Action (action.yml): the CLI's review with GitHub's inputs and outputs.
  { ...node, ...esmInterop, entryPoints: ['server/src/cli/action.ts'], outfile: 'dist/action.js', plugins: [precompiledValidator], sourcemap: false },
  // In-VS-Code e2e runner and suites (test/e2e/). Mocha stays external: required from node_modules.
  { ...node, minify: production, entryPoints: ['test/e2e/runner.ts', 'test/e2e/suite/*.test.ts'], outbase: 'test/e2e', outdir: 'dist/test/e2e', external: ['vscode', 'mocha'], logLevel: 'warning' },
];

// VS Code for the Web: `browser` in package.json. The client runs in the web extension host
// (CommonJS, `vscode` provided); the server and its lazy scripts run in a web worker.
const web = { bundle: true, platform: 'browser', target: 'es2022', sourcemap: !production, minify: true, logLevel: 'info', plugins: [noNodeBuiltins] };
const webScript = (globalName) => ({ ...web, format: 'iife', globalName: `sowWebScripts.${globalName}`, sourcemap: false });
builds.push(
  { ...web, entryPoints: ['client/src/browserExtension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
  { ...web, entryPoints: ['server/src/browserServer.ts'], outfile: 'dist/web/server.js', format: 'iife', plugins: [noNodeBuiltins, webScripts] },
  { ...webScript('validator'), entryPoints: [VALIDATOR_SOURCE], outfile: 'dist/web/validator.js', plugins: [noNodeBuiltins, precompiledValidator] },
  { ...webScript('render'), stdin: renderEntry, outfile: 'dist/web/render.js' },
  { ...webScript('docx'), entryPoints: ['server/src/engine/render/docx.ts'], outfile: 'dist/web/docx.js' },
);

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
