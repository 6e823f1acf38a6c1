// The language server: LSP wiring around the engine and nothing else. Runs over node IPC when
// started by the VS Code client, or `--stdio` for other editors (`node dist/server.js --stdio`).
import * as fs from 'fs';
import * as path from 'path';
import {
  createConnection,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from './uri';
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
import { READINESS_REQUEST, ReadinessParams } from './protocol';
import { FEATURES, ServerState } from './features';
import { COMPLETION_TRIGGER_CHARACTERS } from './features/completion';
import { CODE_ACTION_KINDS } from './features/codeActions';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new DocumentCache();
const reviews = new Map<string, { version: number; result: ReviewResult }>();
const pending = new Map<string, NodeJS.Timeout>();

let workspaceRoots: string[] = [];
let hasConfigurationCapability = false;
let config: SowConfig = defaultConfig();
let configProblem: string | undefined;
let validationDelay = 40;

const isKnownRule = (id: string) => ruleById(id) !== undefined;

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

/** `.sowrc.yaml` in the first workspace folder that has one, then the `sow.*` settings on top. */
async function reloadConfiguration(): Promise<void> {
  let next = defaultConfig();
  configProblem = undefined;
  for (const root of workspaceRoots) {
    const file = CONFIG_FILE_NAMES.map((n) => path.join(root, n)).find((f) => fs.existsSync(f));
    if (!file) continue;
    try {
      next = parseConfig(fs.readFileSync(file, 'utf8'), isKnownRule);
    } catch (err) {
      configProblem = `${file}: ${(err as Error).message}`;
    }
    break;
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

/** The parsed document for the current version: one parse shared by every feature. */
function parsed(textDocument: TextDocument): SowDocument {
  collectWhenIdle();
  return cache.get(textDocument.uri, textDocument.version, textDocument.getText(), config.maxDocumentSize);
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
  const doc = documents.get(params.uri);
  return doc ? reviewOf(doc).readiness : null;
});

const state: ServerState = { connection, documents, parsed, reviewOf, config: () => config };
for (const register of FEATURES) register(state);

documents.listen(connection);
connection.listen();
