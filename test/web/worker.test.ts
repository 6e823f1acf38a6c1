// The web worker language server (dist/web/server.js) in headless Chromium, spoken to over
// postMessage, against the Node server over stdio: same findings, same features.
import * as assert from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { launch, ROOT } from '../preview/browser';
import { LspClient } from '../support/lspClient';
import { serveWebDist, startWorkerServer, WorkerServer, WorkerStart } from './workerServer';

const example = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
const ANTI = 'file:///ws/anti-patterns.sow.yaml';
/** What crosses the wire: postMessage keeps `undefined` members that JSON over stdio drops. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const WELL = 'file:///ws/well-architected.sow.yaml';

describe('web worker language server (dist/web/server.js in Chromium)', function () {
  let browser: Browser;
  let web: { url: string; close(): Promise<void> };
  let worker: WorkerServer;
  let client: LspClient;
  let desktop: LspClient;

  before(async function () {
    [browser, web] = await Promise.all([launch(), serveWebDist()]);
    worker = await startWorkerServer(browser, web.url, 'blob');
    client = new LspClient({ transport: worker.transport, initializationOptions: worker.initializationOptions });
    desktop = new LspClient({ command: [process.execPath, join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
  });

  after(async () => {
    await Promise.all([client?.shutdown(), desktop?.shutdown()]);
    await Promise.all([browser?.close(), web?.close()]);
  });

  it('initializes over postMessage with the same capabilities as the Node server', async () => {
    const [inWorker, onNode] = await Promise.all([client.initialize(), desktop.initialize()]);
    assert.strictEqual(inWorker.serverInfo?.name, 'sow-architect');
    assert.deepStrictEqual(inWorker.capabilities, onNode.capabilities);
  });

  it('gives the anti-patterns example the same findings as the Node server: codes, ranges, messages', async () => {
    const text = example('anti-patterns.sow.yaml');
    const [inWorker, onNode] = await Promise.all([client.openAndWait(ANTI, text), desktop.openAndWait(ANTI, text)]);
    const summary = (ds: Diagnostic[]) => ds.map((d) => `${d.code} ${d.range.start.line}:${d.range.start.character}`);
    assert.ok(onNode.length > 20, `the anti-patterns example has many findings, got ${onNode.length}`);
    assert.deepStrictEqual(summary(inWorker), summary(onNode));
    assert.deepStrictEqual(wire(inWorker), onNode);
  });

  it('reports schema errors (validator.js, loaded lazily) as the Node server does', async () => {
    const uri = 'file:///ws/schema.sow.yaml';
    const text = example('well-architected.sow.yaml').replace(/^(\s*backend_api_auth: \[)oauth-m2m\]/m, '$1oauth-m3m]') + 'headr: {}\n';
    const [inWorker, onNode] = await Promise.all([client.openAndWait(uri, text), desktop.openAndWait(uri, text)]);
    assert.ok(['schema/enum', 'schema/unknown-property'].every((code) => inWorker.some((d) => d.code === code)), JSON.stringify(inWorker.map((d) => d.code)));
    assert.deepStrictEqual(wire(inWorker), onNode);
  });

  it('answers hover, completion and code actions as the Node server does', async () => {
    const text = example('anti-patterns.sow.yaml');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /Unity Catalog/.test(l));
    assert.ok(line >= 0, 'the example mentions Unity Catalog');
    const position = { line, character: lines[line].indexOf('Unity Catalog') + 2 };
    const ask = (c: LspClient) =>
      Promise.all([
        c.request<Hover | null>('textDocument/hover', { textDocument: { uri: ANTI }, position }),
        c.request('textDocument/completion', { textDocument: { uri: ANTI }, position: { line: 0, character: 0 } }),
        c.request('textDocument/codeAction', {
          textDocument: { uri: ANTI },
          range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
          context: { diagnostics: c.diagnostics.get(ANTI)!.diagnostics },
        }),
      ]);
    const [inWorker, onNode] = await Promise.all([ask(client), ask(desktop)]);
    assert.match(JSON.stringify(inWorker[0]?.contents), /Unity Catalog/);
    assert.ok((inWorker[2] as unknown[]).length > 0, 'quick fixes offered');
    assert.deepStrictEqual(wire(inWorker), onNode);
  });

  it('renders the preview and the Markdown export, loading render.js at the first request', async () => {
    const params = { uri: ANTI };
    const [html, markdown] = await Promise.all([client.request('sow/renderPreview', params), client.request<string>('sow/renderMarkdown', params)]);
    const [htmlOnNode, markdownOnNode] = await Promise.all([desktop.request('sow/renderPreview', params), desktop.request<string>('sow/renderMarkdown', params)]);
    assert.ok((html as { diagrams: string[] }).diagrams.length > 0, 'the preview has its architecture diagram');
    assert.deepStrictEqual(wire(html), htmlOnNode);
    assert.strictEqual(markdown, markdownOnNode);
    assert.deepStrictEqual(worker.errors, []);
  });
});

describe('web worker language server on its own', function () {
  let browser: Browser;
  let web: { url: string; close(): Promise<void> };

  before(async () => ([browser, web] = await Promise.all([launch(), serveWebDist()])));
  after(async () => Promise.all([browser?.close(), web?.close()]));

  /** A fresh worker started as `start` says, initialized; closed after `use`. */
  async function withWorker(start: WorkerStart, use: (client: LspClient, worker: WorkerServer) => Promise<void>): Promise<void> {
    const worker = await startWorkerServer(browser, web.url, start);
    const client = new LspClient({ transport: worker.transport, initializationOptions: worker.initializationOptions });
    try {
      await use(client, worker);
      assert.deepStrictEqual(worker.errors, []);
    } finally {
      await client.shutdown();
    }
  }

  it('publishes first diagnostics for the well-architected example (time from worker start measured, not asserted)', () =>
    withWorker('blob', async (client, worker) => {
      await client.initialize();
      const initialized = Date.now() - worker.startedAt;
      const diagnostics = await client.openAndWait(WELL, example('well-architected.sow.yaml'));
      const first = Date.now() - worker.startedAt;
      console.log(`      scripts fetched + worker started + initialized: ${initialized} ms; first diagnostics on well-architected.sow.yaml: ${first} ms (budget 1,000 ms)`);
      assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 1), []);
    }));

  it('finds validator.js next to itself when started from its URL with no scripts named', () =>
    withWorker('url', async (client) => {
      await client.initialize();
      const diagnostics = await client.openAndWait('file:///ws/bad.sow.yaml', 'sow: 1\nheadr: {}\n');
      assert.ok(diagnostics.some((d) => d.code === 'schema/unknown-property'), JSON.stringify(diagnostics.map((d) => d.code)));
    }));
});
