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
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
// Engine modules by name, not the engine's index: that one also loads the render code, which
// only preview requests need (features/preview.ts loads it then).
import { baselineFromConfigFile, Baselines } from './baselines';
import { CONFIG_FILE_NAMES, defaultConfig, mergeConfig, parseConfig, SowConfig } from './engine/config';
import { parentFolder } from './engine/configLookup';
import { DocumentCache, SowDocument } from './engine/document';
import { reviewDocument, ReviewResult } from './engine/review';
import { ruleById, ruleDocUrl } from './engine/rules/index';
import { prepareSchemaValidator } from './engine/schema/validate';
import { glossaryMatcher, TermMatcher } from './engine/glossary/match';
import { documentGlossary } from './engine/glossary/documentGlossary';
import type { Finding } from './engine/types';
import { MAX_DOCUMENT_BYTES, READ_WORKSPACE_FILE_REQUEST, READINESS_REQUEST, ReadinessParams, ReadWorkspaceFileParams, ReadWorkspaceFileResult, SowInitializationOptions } from './protocol';
import { NO_SETTINGS, ResourceSettings, SowSettings } from './resourceSettings';
import { isSowDocumentUri, WorkspaceReview } from './workspaceReview';
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
  /** The text of a config's baseline (git:<ref> or a file URI) for the document `uri`, or why not (Node only). */
  readBaseline?(uri: string, spec: string): string | Error;
  /** Features only this host serves (the Node server's import and Word export). */
  features?: FeatureRegistration[];
}

let connection: Connection;
let host: ServerHost;
let workspaceReview: WorkspaceReview;
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
/** Per document, the review of one parse: reused only for that very parse (same version AND text). */
const reviews = new Map<string, { doc: SowDocument; result: ReviewResult }>();
const pending = new Map<string, ReturnType<typeof setTimeout>>();

let workspaceFolders: string[] = [];
let hasConfigurationCapability = false;
let clientReadsFiles = false;
let validationDelay = 40;

const isKnownRule = (id: string) => ruleById(id) !== undefined;
/** Each document's `sow.*` settings (resource scope). */
let resourceSettings: ResourceSettings;
/** Per folder URI: the nearest `.sowrc.yaml` at or above it, as the CLI finds it (or defaults). */
let folderConfigs = new Map<string, Promise<SowConfig>>();
/** Per document URI: the config resolved for it (with the settings on top). */
const documentConfigs = new Map<string, SowConfig>();
/** Each file config with settings on top, computed once per (file config, settings). */
let withSettings = new WeakMap<SowConfig, Map<SowSettings, SowConfig>>();
/** Config problems already shown, so that each is shown once, not at every keystroke. */
const shownProblems = new Set<string>();
/** Per document: the approved version PWAF-DOC-008 compares with. */
let baselines: Baselines;

/** Serves LSP on `conn` until the client exits. */
export function startServer(conn: Connection, serverHost: ServerHost): void {
  connection = conn;
  host = serverHost;
  resourceSettings = new ResourceSettings(connection, () => hasConfigurationCapability);
  baselines = new Baselines({ readBaseline: host.readBaseline?.bind(host), warn: showConfigProblem });
  connection.onInitialize(initialize);
  connection.onInitialized(() => {
    void reloadConfiguration();
    // While the editor opens its files: load the schema validator and compile our glossary
    // matcher, which the first review and the first hover would otherwise wait for.
    setTimeout(prepare, 0);
  });
  connection.onDidChangeConfiguration(() => void reloadConfiguration());
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const sowFiles = changes.filter((c) => isSowDocumentUri(c.uri));
    if (sowFiles.length < changes.length) void reloadConfiguration();
    workspaceReview.filesChanged(sowFiles);
  });
  workspaceReview = new WorkspaceReview({ connection, documents, diagnosticsOf: reviewText, readDocument });
  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, validationDelay));
  documents.onDidClose((e) => forget(e.document.uri));
  connection.onRequest(READINESS_REQUEST, (params: ReadinessParams) => {
    const doc = documents.get(params?.uri);
    return doc ? reviewOf(doc).readiness : null;
  });
  const state: ServerState = { connection, documents, parsed, reviewOf, config: configFor, chooseBaseline };
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
  documentConfigs.delete(uri);
  resourceSettings.forget(uri);
  hoverReady.delete(uri);
  // A document of a workspace review keeps the diagnostics of its file on disk.
  if (!workspaceReview.closed(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
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

/** Settings or a config file changed: read them again and review every open document. */
async function reloadConfiguration(): Promise<void> {
  // Before awaiting the settings: a lookup started meanwhile (a document opening) reads the files
  // as they are now, and is not thrown away and read again once the settings arrive.
  folderConfigs = new Map();
  resourceSettings.clear();
  if (hasConfigurationCapability) {
    // The delay is a window setting: one value for the whole window.
    const delay = (await connection.workspace.getConfiguration({ section: 'sow.validation' })) as { delay?: unknown } | null;
    if (typeof delay?.delay === 'number') validationDelay = Math.max(0, delay.delay);
  }
  withSettings = new WeakMap();
  documentConfigs.clear();
  baselines.clearConfig();
  shownProblems.clear();
  cache.clear();
  reviews.clear();
  documents.all().forEach((d) => schedule(d, 0));
  workspaceReview.refreshAll();
}

/**
 * The config for a document: the nearest `.sowrc.yaml` above it (resolved before its first
 * review, see publish) with the `sow.*` settings on top; the defaults with the settings until then.
 */
function configFor(textDocument: TextDocument): SowConfig {
  return documentConfigs.get(textDocument.uri) ?? settled(defaultConfig(), NO_SETTINGS);
}

/** Finds the config of a document's folder; a changed config drops the document's parse and review. */
async function resolveConfig(uri: string): Promise<void> {
  // A document that is not in a folder (untitled:) takes the first workspace folder's config.
  const folder = parentFolder(uri) ?? workspaceFolders[0];
  const [base, settings] = await Promise.all([folder ? nearestConfig(folder) : defaultConfig(), resourceSettings.for(uri)]);
  const config = settled(base, settings);
  if (baselines.applyConfig(uri, config)) reviews.delete(uri);
  if (documentConfigs.get(uri) === config) return;
  documentConfigs.set(uri, config);
  cache.delete(uri);
  reviews.delete(uri);
}

/** SOW: Compare with… chose the approved version of a document: review it against that from now on. */
function chooseBaseline(textDocument: TextDocument, text: string): void {
  baselines.choose(textDocument.uri, text, configFor(textDocument).maxDocumentSize);
  reviews.delete(textDocument.uri);
  schedule(textDocument, 0);
}

/** The nearest `.sowrc.yaml` (or `.sowrc.yml`) in `folder` or above it, cached per folder. */
function nearestConfig(folder: string): Promise<SowConfig> {
  let found = folderConfigs.get(folder);
  if (!found) {
    found = (async () => {
      for (const name of CONFIG_FILE_NAMES) {
        const file = folder.endsWith('/') ? `${folder}${name}` : `${folder}/${name}`;
        let text: string | undefined;
        try {
          text = await readWorkspaceFile(file);
          if (text === undefined) continue;
          const config = parseConfig(text, isKnownRule);
          if (config.baseline) config.baseline = baselineFromConfigFile(config.baseline, file);
          return config;
        } catch (err) {
          // A broken config is reported once and ignored: the review goes on with the defaults.
          showConfigProblem(`${file}: ${(err as Error).message}`);
          return defaultConfig();
        }
      }
      const parent = parentFolder(folder);
      return parent ? nearestConfig(parent) : defaultConfig();
    })();
    folderConfigs.set(folder, found);
  }
  return found;
}

/** A file config with settings on top (a broken setting is reported once and left out). */
function settled(base: SowConfig, settings: SowSettings): SowConfig {
  let bySettings = withSettings.get(base);
  if (!bySettings) withSettings.set(base, (bySettings = new Map()));
  let merged = bySettings.get(settings);
  if (!merged) {
    try {
      merged = mergeConfig(base, settings as unknown as Record<string, unknown>, isKnownRule);
    } catch (err) {
      showConfigProblem(`sow.* settings: ${(err as Error).message}`);
      merged = base;
    }
    bySettings.set(settings, merged);
  }
  return merged;
}

function showConfigProblem(problem: string): void {
  if (shownProblems.has(problem)) return;
  shownProblems.add(problem);
  connection.console.warn(`Configuration ignored: ${problem}`);
  // A notification, not showWarningMessage's request: a client that does not answer requests
  // must not leave a rejected promise behind (it would end the process).
  void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `SOW: configuration ignored where invalid — ${problem}` });
}

/**
 * A workspace file's text, undefined when it does not exist. In a virtual workspace (github.dev,
 * vscode.dev, or no file system at all in the web worker) the client reads it through workspace.fs.
 */
async function readWorkspaceFile(uri: string): Promise<string | undefined> {
  if (host.localFiles?.has(uri)) return host.localFiles.read(uri);
  return readThroughClient({ uri });
}

/** A SOW document that is not open, as the client reads it (undefined when it cannot). */
function readDocument(uri: string): Promise<string | undefined> {
  return readThroughClient({ uri, maxBytes: MAX_DOCUMENT_BYTES });
}

/** A file's text as the client reads it through workspace.fs (undefined when it cannot). */
async function readThroughClient(params: ReadWorkspaceFileParams): Promise<string | undefined> {
  if (!clientReadsFiles) return undefined;
  const result = await connection.sendRequest<ReadWorkspaceFileResult>(READ_WORKSPACE_FILE_REQUEST, params);
  return result?.text;
}

/** The diagnostics of a document that is not open (a workspace review): not cached, like the CLI's review. */
async function reviewText(uri: string, text: string): Promise<Diagnostic[]> {
  await resolveConfig(uri);
  const config = documentConfigs.get(uri) ?? settled(defaultConfig(), NO_SETTINGS);
  return diagnosticsFor(uri, () => reviewDocument(new SowDocument(uri, 0, text, config.maxDocumentSize), { config }));
}

/** The parsed document for the current version: one parse shared by every feature. */
function parsed(textDocument: TextDocument): SowDocument {
  host.onActivity?.();
  return cache.get(textDocument.uri, textDocument.version, textDocument.getText(), configFor(textDocument).maxDocumentSize);
}

/**
 * The review of the current text, computed at most once per parse. A client may reuse a version
 * number with new text (a re-open, a buggy didChange): the parse cache compares the text, and
 * the review follows the parse.
 */
function reviewOf(textDocument: TextDocument): ReviewResult {
  const doc = parsed(textDocument);
  const cached = reviews.get(textDocument.uri);
  if (cached && cached.doc === doc) return cached.result;
  const result = reviewDocument(doc, { config: configFor(textDocument), baseline: baselines.of(textDocument.uri) });
  reviews.set(textDocument.uri, { doc, result });
  return result;
}

function schedule(textDocument: TextDocument, delay: number): void {
  clearTimeout(pending.get(textDocument.uri));
  pending.set(
    textDocument.uri,
    setTimeout(() => {
      pending.delete(textDocument.uri);
      void resolveConfig(textDocument.uri).then(() => {
        const current = documents.get(textDocument.uri);
        if (current && !pending.has(textDocument.uri)) publish(current);
      });
    }, delay),
  );
}

function publish(textDocument: TextDocument): void {
  const diagnostics = diagnosticsFor(textDocument.uri, () => reviewOf(textDocument));
  prepareHover(textDocument);
  void connection.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics });
}

function diagnosticsFor(uri: string, review: () => ReviewResult): Diagnostic[] {
  try {
    return review().findings.map((f) => toDiagnostic(f, uri));
  } catch (err) {
    // Never let one document take the server down: say what happened where the user looks.
    connection.console.error(`Review failed for ${uri}: ${(err as Error).stack ?? err}`);
    return [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Error,
        source: 'sow',
        code: 'sow/internal-error',
        message: `SOW Architect could not review this document: ${(err as Error).message}. See the "SOW Language Server" output.`,
      },
    ];
  }
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
