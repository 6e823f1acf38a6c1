// `.sowrc.yaml` in a virtual workspace (github.dev, vscode.dev): the server finds it with the same
// lookup as on disk (the nearest one in the document's folder or above) but has the client read it
// (workspace.fs in VS Code; the test answers here).
// The web worker server always asks; the Node server reads file: folders itself and asks for others.
import * as assert from 'assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { Browser } from 'playwright-core';
import { ResponseError } from 'vscode-jsonrpc/node';
import { launch, ROOT } from '../preview/browser';
import { LspClient } from '../support/lspClient';
import { serveWebDist, startWorkerServer } from './workerServer';

const FOLDER = 'vscode-vfs://github/acme/sows';
const PLANS = `${FOLDER}/plans`;
const DOC = `${PLANS}/anti-patterns.sow.yaml`;
const TEXT = readFileSync(join(ROOT, 'examples/anti-patterns.sow.yaml'), 'utf8');
const RULE = 'PWAF-COST-015';
const OFF = `rules:\n  ${RULE}: off\n`;

type Files = Record<string, string | Error>;

/** Answers the server's file reads from `files` (a missing name is no such file) and records them. */
function serveFiles(client: LspClient, files: Files): { asked: string[]; warnings: string[] } {
  const seen = { asked: [] as string[], warnings: [] as string[] };
  client.connection.onRequest('sow/readWorkspaceFile', ({ uri }: { uri: string }) => {
    seen.asked.push(uri);
    const file = files[uri];
    if (file instanceof Error) return new ResponseError(-32803, file.message);
    return file === undefined ? null : { text: file };
  });
  client.connection.onNotification('window/showMessage', ({ message }: { message: string }) => seen.warnings.push(message));
  return seen;
}

const hasRule = (client: LspClient, uri: string) => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === RULE);

async function reviewedWithout(client: LspClient, uri: string): Promise<void> {
  const next = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === RULE) && p.diagnostics.length > 0);
  await client.open(uri, TEXT);
  await next;
}

describe('configuration in a virtual workspace', function () {
  describe('the web worker server', function () {
    let browser: Browser;
    let web: { url: string; close(): Promise<void> };

    before(async () => ([browser, web] = await Promise.all([launch(), serveWebDist()])));
    after(async () => Promise.all([browser?.close(), web?.close()]));

    async function workerClient(files: Files): Promise<{ client: LspClient; seen: ReturnType<typeof serveFiles> }> {
      const worker = await startWorkerServer(browser, web.url, 'blob');
      const client = new LspClient({ transport: worker.transport, rootUri: FOLDER, initializationOptions: { ...worker.initializationOptions, readsWorkspaceFiles: true } });
      const seen = serveFiles(client, files);
      await client.initialize();
      return { client, seen };
    }

    it('applies the workspace folder’s .sowrc.yaml, read by the client, looking from the document’s folder up', async () => {
      const { client, seen } = await workerClient({ [`${FOLDER}/.sowrc.yaml`]: OFF });
      try {
        await reviewedWithout(client, DOC);
        assert.deepStrictEqual(seen.asked, [`${PLANS}/.sowrc.yaml`, `${PLANS}/.sowrc.yml`, `${FOLDER}/.sowrc.yaml`]);
        assert.deepStrictEqual(seen.warnings, []);
      } finally {
        await client.shutdown();
      }
    });

    it('takes the nearest config: .sowrc.yml in the document’s folder over the workspace’s .sowrc.yaml', async () => {
      const { client, seen } = await workerClient({ [`${PLANS}/.sowrc.yml`]: OFF, [`${FOLDER}/.sowrc.yaml`]: 'rules: {}\n' });
      try {
        await reviewedWithout(client, DOC);
        assert.deepStrictEqual(seen.asked, [`${PLANS}/.sowrc.yaml`, `${PLANS}/.sowrc.yml`]);
      } finally {
        await client.shutdown();
      }
    });

    it('says which file could not be read and why, and keeps reviewing with the defaults', async () => {
      const { client, seen } = await workerClient({ [`${FOLDER}/.sowrc.yaml`]: new Error('not a file') });
      try {
        await client.openAndWait(DOC, TEXT);
        await waitFor(() => seen.warnings.length > 0);
        assert.match(seen.warnings[0], /vscode-vfs:\/\/github\/acme\/sows\/\.sowrc\.yaml: .*not a file/);
        assert.ok(hasRule(client, DOC), `${RULE} still reported with the default configuration`);
      } finally {
        await client.shutdown();
      }
    });
  });

  describe('the Node server', function () {
    const node = (rootUri: string) => new LspClient({ command: [process.execPath, join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT, rootUri, initializationOptions: { readsWorkspaceFiles: true } });

    it('asks the client for .sowrc.yaml in a virtual folder', async () => {
      const client = node(FOLDER);
      const seen = serveFiles(client, { [`${FOLDER}/.sowrc.yaml`]: OFF });
      try {
        await client.initialize();
        await reviewedWithout(client, DOC);
        assert.deepStrictEqual(seen.asked, [`${PLANS}/.sowrc.yaml`, `${PLANS}/.sowrc.yml`, `${FOLDER}/.sowrc.yaml`]);
      } finally {
        await client.shutdown();
      }
    });

    it('reads .sowrc.yaml from disk in a file: folder, asking the client nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sow-config-'));
      writeFileSync(join(dir, '.sowrc.yaml'), OFF);
      const folder = pathToFileURL(dir).href;
      const client = node(folder);
      const seen = serveFiles(client, {});
      try {
        await client.initialize();
        await reviewedWithout(client, `${folder}/anti-patterns.sow.yaml`);
        assert.deepStrictEqual(seen.asked, []);
      } finally {
        await client.shutdown();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
