// The language server in a web worker (dist/web/server.js), for VS Code for the Web (github.dev,
// vscode.dev): LSP over postMessage. It reads no files itself; the client reads `.sowrc.yaml`
// through workspace.fs (READ_WORKSPACE_FILE_REQUEST).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { registerWordExport } from './features/wordExport';
import { startServer } from './server';
import { setWebScriptUrls } from './webScripts';

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { initialize: (options) => setWebScriptUrls(options?.webScripts), features: [registerWordExport] });
