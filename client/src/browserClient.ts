// VS Code for the Web (github.dev, vscode.dev): the language server in a web worker
// (dist/web/server.js) over postMessage.
import * as vscode from 'vscode';
import { BaseLanguageClient, BrowserMessageReader, BrowserMessageWriter, LanguageClientOptions, MessageTransports } from 'vscode-languageclient/browser';
import type { WebScript, WebScriptUrls } from '../../server/src/webScripts';
import { SowLanguageClient, startSowClient } from './languageClient';

const LAZY_SCRIPTS: WebScript[] = ['validator', 'render', 'docx'];

/**
 * The worker and its lazily loaded scripts start from blob: URLs of the files' text: the
 * extension's own URL may be one a worker cannot load (VS Code refuses `new Worker` for
 * vscode-remote: URLs), while fetch() in the web extension host reads every extension URL.
 * Fetched once per session; render.js and docx.js are not evaluated until the first preview
 * or Word export.
 */
class WorkerLanguageClient extends BaseLanguageClient {
  private worker: Worker | undefined;
  private scripts: Promise<Record<WebScript | 'server', string>> | undefined;
  scriptUrls: WebScriptUrls = {};

  constructor(
    private readonly extensionUri: vscode.Uri,
    clientOptions: LanguageClientOptions,
  ) {
    super('sow', 'SOW Language Server', clientOptions);
  }

  protected async createMessageTransports(): Promise<MessageTransports> {
    this.scripts ??= this.loadScripts();
    const { server, ...lazy } = await this.scripts;
    this.scriptUrls = lazy;
    // A restart after a crash gets a fresh worker; the old one is stopped.
    this.worker?.terminate();
    this.worker = new Worker(server, { name: 'SOW Language Server' });
    return { reader: new BrowserMessageReader(this.worker), writer: new BrowserMessageWriter(this.worker) };
  }

  override async dispose(timeout?: number): Promise<void> {
    await super.dispose(timeout);
    this.worker?.terminate();
  }

  private async loadScripts(): Promise<Record<WebScript | 'server', string>> {
    const names = ['server', ...LAZY_SCRIPTS] as const;
    const urls = await Promise.all(names.map((name) => this.blobUrl(`${name}.js`)));
    return Object.fromEntries(names.map((name, i) => [name, urls[i]])) as Record<WebScript | 'server', string>;
  }

  private async blobUrl(file: string): Promise<string> {
    const uri = vscode.Uri.joinPath(this.extensionUri, 'dist', 'web', file);
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: ${response.status} ${response.statusText}`);
    return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  }
}

export function startBrowserClient(context: vscode.ExtensionContext): SowLanguageClient {
  let client: WorkerLanguageClient | undefined;
  return startSowClient(
    context,
    (options) => (client = new WorkerLanguageClient(context.extensionUri, options)),
    () => ({ webScripts: client?.scriptUrls }),
  );
}
