// Desktop VS Code: the language server as a Node process (dist/server.js) over node IPC.
import * as vscode from 'vscode';
import { LanguageClient, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';
import { SowLanguageClient, startSowClient } from './languageClient';

export function startNodeClient(context: vscode.ExtensionContext): SowLanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  return startSowClient(context, (options) => new LanguageClient('sow', 'SOW Language Server', serverOptions, options));
}
