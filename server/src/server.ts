// The language server: LSP wiring around the engine and nothing else. Runs over node IPC when
// started by the VS Code client, or `--stdio` for other editors (`node dist/server.js --stdio`).
import {
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
// Engine modules by name, not the engine's index: that one also loads the render code, which
// only preview requests need (features/preview.ts loads it then).
import { defaultConfig, mergeConfig, SowConfig } from './engine/config';
import { ConfigLookup, ConfigProblem } from './sowrc';
import { DocumentCache, SowDocument } from './engine/document';
import { reviewDocument, ReviewResult } from './engine/review';
import { ruleById, ruleDocUrl } from './engine/rules/index';
import { prepareSchemaValidator } from './engine/schema/validate';
import { glossaryMatcher, TermMatcher } from './engine/glossary/match';
import { documentGlossary } from './engine/glossary/documentGlossary';
import type { Finding } from './engine/types';
import { READINESS_REQUEST, ReadinessParams } from './protocol';
import { FEATURES, ServerState } from './features';
import { COMPLETION_TRIGGER_CHARACTERS } from './features/completion';
import { CODE_ACTION_KINDS } from './features/codeActions';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
/** Per document, the review of one parse: reused only for that very parse (same version AND text). */
const reviews = new Map<string, { doc: SowDocument; result: ReviewResult }>();
const pending = new Map<string, NodeJS.Timeout>();

let workspaceRoots: string[] = [];
let hasConfigurationCapability = false;
let validationDelay = 40;

const isKnownRule = (id: string) => ruleById(id) !== undefined;
/** `.sowrc.yaml` files, found as the CLI finds them: the nearest one above each document. */
const configFiles = new ConfigLookup(isKnownRule);
/** The `sow.rules` / `sow.maxDocumentSize` settings, applied on top of every file's config. */
let settings: Record<string, unknown> = {};
/** Each file config with the settings on top, computed once per (file config, settings). */
let withSettings = new WeakMap<SowConfig, SowConfig>();
/** Config problems already shown, so that each is shown once, not at every keystroke. */
const shownProblems = new Set<string>();

connection.onInitialize((params) => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => URI.toFsPath(f.uri)).filter((p): p is string => !!p);
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
});

connection.onInitialized(() => {
  void reloadConfiguration();
  // While the editor opens its files: load the schema validator and compile our glossary
  // matcher, which the first review and the first hover would otherwise wait for.
  setImmediate(prepare);
});

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

connection.onDidChangeConfiguration(() => void reloadConfiguration());
connection.onDidChangeWatchedFiles(() => void reloadConfiguration());

/** Settings or a config file changed: read them again and review every open document. */
async function reloadConfiguration(): Promise<void> {
  if (hasConfigurationCapability) {
    const current = (await connection.workspace.getConfiguration('sow')) as { rules?: Record<string, unknown>; maxDocumentSize?: number; validation?: { delay?: number } } | null;
    settings = { rules: current?.rules ?? {}, ...(current?.maxDocumentSize ? { maxDocumentSize: current.maxDocumentSize } : {}) };
    if (typeof current?.validation?.delay === 'number') validationDelay = Math.max(0, current.validation.delay);
  }
  configFiles.clear();
  withSettings = new WeakMap();
  shownProblems.clear();
  cache.clear();
  reviews.clear();
  documents.all().forEach((d) => schedule(d, 0));
}

/**
 * The config for a document: the nearest `.sowrc.yaml` above its file (for a document that is
 * not a file, above the first workspace folder), with the `sow.*` settings on top. A broken file
 * or setting is reported once and ignored (defaults apply), so the review goes on.
 */
function configFor(textDocument: TextDocument): SowConfig {
  const file = URI.toFsPath(textDocument.uri);
  let base = file ? configFiles.forFile(file) : workspaceRoots.length ? configFiles.forDir(workspaceRoots[0]) : defaultConfig();
  if (base instanceof ConfigProblem) {
    showConfigProblem(base.message);
    base = defaultConfig();
  }
  let merged = withSettings.get(base);
  if (!merged) {
    try {
      merged = mergeConfig(base, settings, isKnownRule);
    } catch (err) {
      showConfigProblem(`sow.* settings: ${(err as Error).message}`);
      merged = base;
    }
    withSettings.set(base, merged);
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

/** The parsed document for the current version: one parse shared by every feature. */
function parsed(textDocument: TextDocument): SowDocument {
  collectWhenIdle();
  return cache.get(textDocument.uri, textDocument.version, textDocument.getText(), configFor(textDocument).maxDocumentSize);
}

/** Exposed by --expose-gc (SERVER_NODE_FLAGS). */
const collectGarbage = (globalThis as { gc?: () => void }).gc;
const IDLE_BEFORE_GC_MS = 2000;
let idleTimer: NodeJS.Timeout | undefined;

/**
 * V8 keeps the memory that parses and reviews used for minutes; once no feature has asked for
 * a document for a while (the user paused), full collections give it back to the system. One
 * leaves the old generation fragmented (55 MB committed for 13 MB live after typing in a
 * 5,000-line document); the second compacts it.
 */
function collectWhenIdle(): void {
  if (!collectGarbage) return;
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    collectGarbage();
    collectGarbage();
  }, IDLE_BEFORE_GC_MS);
  idleTimer.unref();
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
  const result = reviewDocument(doc, { config: configFor(textDocument) });
  reviews.set(textDocument.uri, { doc, result });
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

documents.onDidOpen((e) => schedule(e.document, 0));
documents.onDidChangeContent((e) => schedule(e.document, validationDelay));
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  reviews.delete(e.document.uri);
  hoverReady.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onRequest(READINESS_REQUEST, (params: ReadinessParams) => {
  const doc = documents.get(params?.uri);
  return doc ? reviewOf(doc).readiness : null;
});

const state: ServerState = { connection, documents, parsed, reviewOf, config: configFor };
for (const register of FEATURES) register(state);

documents.listen(connection);
connection.listen();
