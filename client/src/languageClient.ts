// Starts the bundled language server over node IPC and restarts it (bounded) if it dies.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';

export type SowLanguageClient = LanguageClient;

/** Restarts allowed within the window before we give up and tell the user once. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_FLAGS } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('SOW Language Server');
  const restarts: number[] = [];
  let toldAboutRestart = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sow' }],
    outputChannel,
    synchronize: {
      configurationSection: 'sow',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.sowrc.{yaml,yml}'),
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        if (restarts.length <= MAX_RESTARTS) {
          // Said once per session: a crash is worth knowing about, a second toast is noise.
          if (!toldAboutRestart) {
            toldAboutRestart = true;
            void vscode.window.showWarningMessage('SOW: the language server stopped unexpectedly and was restarted.', 'Show Log').then((choice) => {
              if (choice === 'Show Log') outputChannel.show();
            });
          }
          return { action: CloseAction.Restart, handled: true };
        }
        void vscode.window
          .showErrorMessage('SOW: the language server stopped repeatedly and was not restarted.', 'Show Log', 'Restart')
          .then((choice) => {
            if (choice === 'Show Log') outputChannel.show();
            if (choice === 'Restart') void vscode.commands.executeCommand('sow.restartServer');
          });
        return { action: CloseAction.DoNotRestart, handled: true };
      },
    },
  };
  const client = new LanguageClient('sow', 'SOW Language Server', serverOptions, clientOptions);
  void client.start();
  context.subscriptions.push(client, outputChannel);
  return client;
}
