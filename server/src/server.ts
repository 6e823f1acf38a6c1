// The language server: LSP wiring around the engine and nothing else, for any transport. Its
// entries only make the connection and say how files are read: nodeServer.ts (node IPC or
// `--stdio`, dist/server.js) and browserServer.ts (a web worker, dist/web/server.js).
// 'vscode-languageserver' resolves to the package's Node or browser build with the platform.
import {
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  InitializeParams,
  InitializeResult,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
// Engine modules by name, not the engine's index: that one also loads the render code, which
// only preview requests need (features/preview.ts loads it then).
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig, SowConfig } from './engine/config';
import { DocumentCache, SowDocument } from './engine/document';
import { reviewDocument, ReviewResult } from './engine/review';
import { ruleById, ruleDocUrl } from './engine/rules/index';
import { prepareSchemaValidator } from './engine/schema/validate';
import { glossaryMatcher, TermMatcher } from './engine/glossary/match';
import { documentGlossary } from './engine/glossary/documentGlossary';
import type { Finding } from './engine/types';
import { READ_WORKSPACE_FILE_REQUEST, READINESS_REQUEST, ReadinessParams, ReadWorkspaceFileParams, ReadWorkspaceFileResult, SowInitializationOptions } from './protocol';
import { FEATURES, FeatureRegistration, ServerState } from './features';
import { COMPLETION_TRIGGER_CHARACTERS } from './features/completion';
import { CODE_ACTION_KINDS } from './features/codeActions';

/** What differs between the Node and the web worker server. */
export interface ServerHost {
  /** Workspace files the server process reads itself (Node: `file:` URIs); the client reads the others (workspace.fs). */
  localFiles?: {
    has(uri: string): boolean;
    /** The file's text, or undefined when it does not exist; throws when it exists but cannot be read. */
    read(uri: string): Promise<string | undefined>;
  };
  /** Called whenever a feature asks for a document (the Node server collects garbage once idle). */
  onActivity?(): void;
  /** Called with the client's `initializationOptions`, before anything else. */
  initialize?(options: SowInitializationOptions | undefined): void;
  /** Features only this host serves (the Node server's import and Word export). */
  features?: FeatureRegistration[];
}

let connection: Connection;
let host: ServerHost;
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
const reviews = new Map<string, { version: number; result: ReviewResult }>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();

let workspaceFolders: string[] = [];
let hasConfigurationCapability = false;
let clientReadsFiles = false;
let config: SowConfig = defaultConfig();
let configProblem: string | undefined;
let validationDelay = 40;

const isKnownRule = (id: string) => ruleById(id) !== undefined;

/** Serves LSP on `conn` until the client exits. */
export function startServer(conn: Connection, serverHost: ServerHost): void {
  connection = conn;
  host = serverHost;
  connection.onInitialize(initialize);
  connection.onInitialized(() => {
    void reloadConfiguration();
    // While the editor opens its files: load the schema validator and compile our glossary
    // matcher, which the first review and the first hover would otherwise wait for.
    setTimeout(prepare, 0);
  });
  connection.onDidChangeConfiguration(() => void reloadConfiguration());
  connection.onDidChangeWatchedFiles(() => void reloadConfiguration());
  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, validationDelay));
  documents.onDidClose((e) => forget(e.document.uri));
  connection.onRequest(READINESS_REQUEST, (params: ReadinessParams) => {
    const doc = documents.get(params.uri);
    return doc ? reviewOf(doc).readiness : null;
  });
  const state: ServerState = { connection, documents, parsed, reviewOf, config: () => config };
  for (const register of [...FEATURES, ...(host.features ?? [])]) register(state);
  documents.listen(connection);
  connection.listen();
}

function initialize(params: InitializeParams): InitializeResult {
  const options = params.initializationOptions as SowInitializationOptions | undefined;
  host.initialize?.(options);
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  clientReadsFiles = !!options?.readsWorkspaceFiles;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      documentSymbolProvider: { label: 'SOW' },
      foldingRangeProvider: true,
      definitionProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      codeActionProvider: { codeActionKinds: CODE_ACTION_KINDS },
    },
    serverInfo: { name: 'sow-architect', version: '0.1.0' },
  };
}

function forget(uri: string): void {
  clearTimeout(pending.get(uri));
  pending.delete(uri);
  cache.delete(uri);
  reviews.delete(uri);
  hoverReady.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
}

function prepare(): void {
  prepareSchemaValidator();
  compileMatcher(glossaryMatcher());
}

/**
 * A glossary matcher is one large regex. A regex runs interpreted at first and is compiled to
 * machine code on its second run, once for Latin-1 text and once for text with other characters
 * (most documents have a few): tens of milliseconds for a long glossary.
 */
function compileMatcher(matcher: TermMatcher<unknown>): void {
  for (const text of ['Unity Catalog', 'Unity Catalog \u2014']) for (let run = 0; run < 2; run++) matcher.findAll(text);
}

/** Documents whose own glossary matcher is compiled. */
const hoverReady = new Set<string>();

/** With a document's first review, so that its first hover does not compile its glossary matcher. */
function prepareHover(textDocument: TextDocument): void {
  if (hoverReady.has(textDocument.uri)) return;
  hoverReady.add(textDocument.uri);
  try {
    compileMatcher(documentGlossary(parsed(textDocument)).matcher);
  } catch (err) {
    connection.console.error(`Preparing hover failed for ${textDocument.uri}: ${(err as Error).stack ?? err}`);
  }
}

/** `.sowrc.yaml` in the first workspace folder that has one, then the `sow.*` settings on top. */
async function reloadConfiguration(): Promise<void> {
  let next = defaultConfig();
  configProblem = undefined;
  folders: for (const folder of workspaceFolders) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = `${folder.replace(/\/+$/, '')}/${name}`;
      try {
        const text = await readWorkspaceFile(file);
        if (text === undefined) continue;
        next = parseConfig(text, isKnownRule);
      } catch (err) {
        configProblem = `${file}: ${(err as Error).message}`;
      }
      break folders;
    }
  }
  if (hasConfigurationCapability) {
    const settings = (await connection.workspace.getConfiguration('sow')) as { rules?: Record<string, unknown>; maxDocumentSize?: number; validation?: { delay?: number } } | null;
    try {
      next = mergeConfig(next, { rules: settings?.rules ?? {}, ...(settings?.maxDocumentSize ? { maxDocumentSize: settings.maxDocumentSize } : {}) }, isKnownRule);
    } catch (err) {
      configProblem = `sow.* settings: ${(err as Error).message}`;
    }
    if (typeof settings?.validation?.delay === 'number') validationDelay = Math.max(0, settings.validation.delay);
  }
  if (configProblem) connection.window.showWarningMessage(`SOW: configuration ignored where invalid — ${configProblem}`);
  config = next;
  cache.clear();
  reviews.clear();
  documents.all().forEach((d) => schedule(d, 0));
}

/**
 * A workspace file's text, undefined when it does not exist. In a virtual workspace (github.dev,
 * vscode.dev, or no file system at all in the web worker) the client reads it through workspace.fs.
 */
async function readWorkspaceFile(uri: string): Promise<string | undefined> {
  if (host.localFiles?.has(uri)) return host.localFiles.read(uri);
  if (!clientReadsFiles) return undefined;
  const result = await connection.sendRequest<ReadWorkspaceFileResult>(READ_WORKSPACE_FILE_REQUEST, { uri } satisfies ReadWorkspaceFileParams);
  return result?.text;
}

/** The parsed document for the current version: one parse shared by every feature. */
function parsed(textDocument: TextDocument): SowDocument {
  host.onActivity?.();
  return cache.get(textDocument.uri, textDocument.version, textDocument.getText(), config.maxDocumentSize);
}

/** The review of the current version, computed at most once per version. */
function reviewOf(textDocument: TextDocument): ReviewResult {
  const cached = reviews.get(textDocument.uri);
  if (cached && cached.version === textDocument.version) return cached.result;
  const result = reviewDocument(parsed(textDocument), { config });
  reviews.set(textDocument.uri, { version: textDocument.version, result });
  return result;
}

function schedule(textDocument: TextDocument, delay: number): void {
  clearTimeout(pending.get(textDocument.uri));
  pending.set(
    textDocument.uri,
    setTimeout(() => {
      pending.delete(textDocument.uri);
      const current = documents.get(textDocument.uri);
      if (current) publish(current);
    }, delay),
  );
}

function publish(textDocument: TextDocument): void {
  let diagnostics: Diagnostic[];
  try {
    diagnostics = reviewOf(textDocument).findings.map((f) => toDiagnostic(f, textDocument.uri));
  } catch (err) {
    // Never let one document take the server down: say what happened where the user looks.
    connection.console.error(`Review failed for ${textDocument.uri}: ${(err as Error).stack ?? err}`);
    diagnostics = [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'sow',
        code: 'sow/internal-error',
        message: `SOW Architect could not review this document: ${(err as Error).message}. See the "SOW Language Server" output.`,
      },
    ];
  }
  prepareHover(textDocument);
  void connection.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics });
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  return {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    source: 'sow',
    code: finding.code,
    codeDescription: { href: ruleDocUrl(finding.code) },
    message: finding.message,
    ...(finding.tags ? { tags: finding.tags.map((t) => (t === 'deprecated' ? DiagnosticTag.Deprecated : DiagnosticTag.Unnecessary)) } : {}),
    ...(finding.related?.length
      ? { relatedInformation: finding.related.map((r) => ({ location: { uri, range: r.range }, message: `${r.code}: ${r.message}` })) }
      : {}),
    data: finding.data,
  };
}
