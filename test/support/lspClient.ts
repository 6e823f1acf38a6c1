// A minimal LSP client over stdio for tests and the benchmark: spawns a server process and
// speaks real JSON-RPC to it. The same code drives our server and yaml-language-server, and,
// over another transport, the web worker server in Chromium (test/web).
import { ChildProcess, spawn } from 'child_process';
import { createMessageConnection, MessageConnection, MessageReader, MessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/** A server reached some other way than a child process's stdio. */
export interface LspTransport {
  reader: MessageReader;
  writer: MessageWriter;
  /** Stops the server once it was asked to exit. */
  close(): Promise<void>;
}

export interface LspClientOptions {
  /** Command and args, e.g. ['node', 'dist/server.js', '--stdio']; or a `transport`. */
  command?: string[];
  transport?: LspTransport;
  cwd?: string;
  /** Answers for `workspace/configuration` requests, by section. */
  settings?: Record<string, unknown>;
  /** Answers `workspace/configuration` per item instead (per `scopeUri`, like a multi-root workspace). */
  configuration?: (item: { scopeUri?: string; section?: string }) => unknown;
  rootUri?: string | null;
  /** Several workspace folders (a multi-root workspace); the default is the rootUri alone. */
  workspaceFolders?: string[];
  /** Sent as `initializationOptions`. */
  initializationOptions?: unknown;
}

type DiagnosticsWaiter = { uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void };

export class LspClient {
  private readonly child: ChildProcess | undefined;
  readonly connection: MessageConnection;
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: DiagnosticsWaiter[] = [];
  private versions = new Map<string, number>();
  stderr = '';

  constructor(private readonly options: LspClientOptions) {
    if (options.transport) {
      this.connection = createMessageConnection(options.transport.reader, options.transport.writer);
    } else {
      const [cmd, ...args] = options.command ?? [];
      this.child = spawn(cmd, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      this.child.stderr!.on('data', (d: Buffer) => (this.stderr += d.toString()));
      this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    }
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || !w.predicate(p)) return true;
        w.resolve(p);
        return false;
      });
    });
    this.connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
      params.items.map((i) => (options.configuration ? (options.configuration(i) ?? null) : i.section ? (options.settings?.[i.section] ?? null) : null)),
    );
    // Servers may ask for these; answering keeps them from stalling.
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.listen();
  }

  /** The server process (not for a `transport`). */
  get process(): ChildProcess {
    if (!this.child) throw new Error('this client speaks to its server over a transport, not to a process');
    return this.child;
  }

  async initialize(capabilities: object = defaultCapabilities()): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: this.options.rootUri ?? null,
      workspaceFolders: this.options.workspaceFolders?.map((uri, i) => ({ uri, name: `folder ${i + 1}` })) ?? (this.options.rootUri ? [{ uri: this.options.rootUri, name: 'root' }] : null),
      capabilities,
      initializationOptions: this.options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `predicate`. */
  nextDiagnostics(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${this.stderr.slice(-500)}`)), timeoutMs);
      this.waiters.push({
        uri,
        predicate,
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, languageId = 'sow'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Opens and waits for the first diagnostics. */
  async openAndWait(uri: string, text: string, languageId = 'sow'): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri);
    await this.open(uri, text, languageId);
    return (await next).diagnostics;
  }

  /** Replaces the whole text (or a range) and returns the new version. */
  async change(uri: string, text: string, range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [range ? { range, text } : { text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The process may already be gone; killing it below is what matters.
    }
    this.connection.dispose();
    if (this.child?.exitCode === null) this.child.kill();
    await this.options.transport?.close();
  }
}

export function defaultCapabilities(): object {
  return {
    workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.sow'] } }, isPreferredSupport: true, dataSupport: true },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
}
