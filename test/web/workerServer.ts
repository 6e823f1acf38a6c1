// The web worker language server (dist/web/server.js) in headless Chromium, as a transport for
// the tests' LSP client: JSON-RPC messages go to the worker with postMessage and come back
// through a function the page calls in Node. dist/web/ is served over HTTP from 127.0.0.1.
import { createServer, Server } from 'http';
import { AddressInfo } from 'net';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, DataCallback, Disposable, Message, MessageReader, MessageWriter } from 'vscode-jsonrpc/node';
import type { LspTransport } from '../support/lspClient';
import { ROOT } from '../preview/browser';

const WEB_DIST = join(ROOT, 'dist/web');

/** Serves dist/web/ (and an empty page to start workers from) on a free port. */
export async function serveWebDist(): Promise<{ url: string; close(): Promise<void> }> {
  if (!existsSync(join(WEB_DIST, 'server.js'))) throw new Error('dist/web/server.js is missing: run `npm run build` first');
  const server: Server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (name === '') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>worker host</title><link rel="icon" href="data:,">');
    const file = join(WEB_DIST, name);
    if (!/^[\w.-]+\.js$/.test(name) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * How the worker starts. `blob` does what the VS Code web client does (client/src/browserClient.ts):
 * the worker and its lazy scripts from blob: URLs, passed in `initializationOptions.webScripts`.
 * `url` starts it from its own URL, where it finds its scripts next to itself.
 */
export type WorkerStart = 'blob' | 'url';

class PageReader extends AbstractMessageReader implements MessageReader {
  private callback: DataCallback | undefined;
  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  deliver(message: Message): void {
    this.callback?.(message);
  }
}

class PageWriter extends AbstractMessageWriter implements MessageWriter {
  constructor(private readonly page: Page) {
    super();
  }
  async write(message: Message): Promise<void> {
    await this.page.evaluate((m) => (window as unknown as { sowWorker: Worker }).sowWorker.postMessage(m), message);
  }
  end(): void {}
}

export interface WorkerServer {
  transport: LspTransport;
  /** What the worker's start needs in `initializationOptions` (the blob: URLs of its scripts). */
  initializationOptions: object;
  /** Errors the page or the worker reported. */
  errors: string[];
  /** Date.now() just before the worker was created (its scripts fetched, then started). */
  startedAt: number;
}

/** Opens a page on `baseUrl` and starts the worker server in it. */
export async function startWorkerServer(browser: Browser, baseUrl: string, start: WorkerStart): Promise<WorkerServer> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const reader = new PageReader();
  await page.exposeFunction('sowFromWorker', (message: Message) => reader.deliver(message));
  await page.goto(baseUrl);
  const startedAt = Date.now();
  // A string, not a function: the test transpiler would wrap a function's closures in helpers the page lacks.
  const webScripts = (await page.evaluate(`(async () => {
    const blobUrl = async (name) => URL.createObjectURL(new Blob([await (await fetch(name + '.js')).text()], { type: 'text/javascript' }));
    const blob = ${JSON.stringify(start === 'blob')};
    const worker = new Worker(blob ? await blobUrl('server') : 'server.js');
    worker.onmessage = (e) => window.sowFromWorker(e.data);
    worker.onerror = (e) => console.error('worker: ' + e.message);
    window.sowWorker = worker;
    return blob ? { validator: await blobUrl('validator'), render: await blobUrl('render') } : undefined;
  })()`)) as object | undefined;
  return {
    transport: { reader, writer: new PageWriter(page), close: () => page.close() },
    initializationOptions: webScripts ? { webScripts } : {},
    errors,
    startedAt,
  };
}
