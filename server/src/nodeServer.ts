// The language server in a Node process (dist/server.js): over node IPC when started by the VS
// Code client, or `--stdio` for other editors (`node dist/server.js --stdio`).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { readBaseline } from './baseline';
import { GIT_BASELINE_PREFIX } from './engine/config';
import { registerImport } from './features/importTemplate';
import { registerWordExport } from './features/wordExport';
import { startServer } from './server';
import { readConfigFileIfAny } from './sowrc';
import { URI } from './uri';

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
 * `file:` URIs from disk; any other scheme (a virtual workspace) is left to the client. The files
 * read are `.sowrc.yaml` configs, read as the CLI reads them: only a regular file under the size
 * limit (a FIFO, a device or a huge file is refused with a message, never read).
 */
const localFiles = {
  has: (uri: string) => URI.toFsPath(uri) !== undefined,
  async read(uri: string): Promise<string | undefined> {
    return readConfigFileIfAny(URI.toFsPath(uri)!);
  },
};

/** A config's baseline: the document at a git revision, or a file on disk. */
function readBaselineOf(uri: string, spec: string): string | Error {
  const file = URI.toFsPath(uri);
  if (!file) return new Error(`baseline ${spec}: ${uri} is not a file on disk`);
  return readBaseline(file, spec.startsWith(GIT_BASELINE_PREFIX) ? spec : (URI.toFsPath(spec) ?? spec));
}

startServer(createConnection(ProposedFeatures.all), { localFiles, onActivity: collectWhenIdle, readBaseline: readBaselineOf, features: [registerWordExport, registerImport] });
