// The web bundles: no Node built-in module or Node-only global may slip in
// (scripts/noNodeBuiltins.mjs fails the build), and the worker's server stays within its budget.
import * as assert from 'assert';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import * as esbuild from 'esbuild';
import { ROOT } from '../preview/browser';

const BUDGET_BYTES = 1_000_000;

async function buildForWeb(options: esbuild.BuildOptions): Promise<esbuild.Message[]> {
  // An .mjs module: the test transpiler would turn a static import of it into require().
  const { noNodeBuiltins } = (await import(join(ROOT, 'scripts/noNodeBuiltins.mjs'))) as { noNodeBuiltins: esbuild.Plugin };
  try {
    await esbuild.build({ bundle: true, platform: 'browser', write: false, logLevel: 'silent', plugins: [noNodeBuiltins], ...options });
    return [];
  } catch (err) {
    return (err as esbuild.BuildFailure).errors;
  }
}

describe('web bundles', function () {
  it('fail to build when code imports a Node built-in, with or without node:', async () => {
    for (const name of ['fs', 'node:path', 'crypto', 'fs/promises']) {
      const errors = await buildForWeb({ stdin: { contents: `import * as m from '${name}'; console.log(m);`, resolveDir: ROOT } });
      assert.strictEqual(errors.length, 1, `${name}: ${JSON.stringify(errors)}`);
      assert.match(errors[0].text, new RegExp(`Node built-in "${name}" imported by <stdin>.*browser worker`));
    }
  });

  it('fail even where a package’s browser field would swap the built-in for an empty module', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sow-web-guard-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', browser: { fs: false } }));
      writeFileSync(join(dir, 'index.js'), "module.exports = require('fs').readFileSync;\n");
      const errors = await buildForWeb({ entryPoints: [join(dir, 'index.js')] });
      assert.match(errors.map((e) => e.text).join('\n'), /Node built-in "fs" imported by .*index\.js/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fail when our own code uses a Node-only global (comments may name them)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sow-web-guard-'));
    try {
      writeFileSync(join(dir, 'index.ts'), '// setImmediate(resolve) would not run in a worker\nexport const later = (f: () => void) => setImmediate(f);\nexport const bytes = Buffer.from("x");\n');
      const errors = await buildForWeb({ entryPoints: [join(dir, 'index.ts')] });
      assert.deepStrictEqual(errors.map((e) => `${e.location?.line}: ${e.text}`), [
        '2: Node-only global "setImmediate(" in a web bundle: a browser worker does not have it',
        '3: Node-only global "Buffer.from" in a web bundle: a browser worker does not have it',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('build code without built-ins (the engine’s review, through the guard)', async () => {
    const errors = await buildForWeb({ entryPoints: [join(ROOT, 'server/src/engine/review.ts')], external: ['./ajvValidator'] });
    assert.deepStrictEqual(errors, []);
  });

  it(`keep the worker's server within ${BUDGET_BYTES.toLocaleString('en')} bytes minified (validator and render load lazily)`, () => {
    const sizes = Object.fromEntries(['server', 'validator', 'render', 'client'].map((n) => [n, statSync(join(ROOT, 'dist/web', `${n}.js`)).size]));
    console.log(`      dist/web/: ${Object.entries(sizes).map(([n, s]) => `${n}.js ${(s / 1000).toFixed(0)} kB`).join(', ')}`);
    assert.ok(sizes.server <= BUDGET_BYTES, `dist/web/server.js is ${sizes.server} bytes`);
  });
});
