// The language client both extension hosts share: its options, the bounded restart after a
// crash, and the workspace files it reads for the server. Only starting the server differs:
// nodeClient.ts (a Node process over IPC) and browserClient.ts (a web worker).
import * as vscode from 'vscode';
import { BaseLanguageClient, CloseAction, ErrorAction, LanguageClientOptions } from 'vscode-languageclient';
import type { SowInitializationOptions } from '../../server/src/protocol';
import { registerWorkspaceFileReader } from './workspaceFiles';

export type SowLanguageClient = BaseLanguageClient;

/** What the error handler decided after the server process ended unexpectedly. */
export interface ServerCrash {
  restarted: boolean;
}
const crashes = new vscode.EventEmitter<ServerCrash>();
/** Fired when the server ends unexpectedly (the language status item says so). */
export const onServerCrash = crashes.event;

/** Restarts allowed within the window before we give up and tell the user once. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/**
 * Creates the client with `create` and starts it. `initializationOptions` is read when the
 * server starts (the web client learns where its scripts are only then).
 */
export function startSowClient(
  context: vscode.ExtensionContext,
  create: (options: LanguageClientOptions) => BaseLanguageClient,
  initializationOptions: () => SowInitializationOptions = () => ({}),
): SowLanguageClient {
  const outputChannel = vscode.window.createOutputChannel('SOW Language Server');
  const restarts: number[] = [];
  let toldAboutRestart = false;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'sow' }],
    outputChannel,
    initializationOptions: () => ({ readsWorkspaceFiles: true, ...initializationOptions() }) satisfies SowInitializationOptions,
    synchronize: {
      configurationSection: 'sow',
      // Config files, and SOW documents for the diagnostics of a workspace review (SOW: Review Workspace).
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/.sowrc.{yaml,yml}'), vscode.workspace.createFileSystemWatcher('**/*.sow.{yaml,yml}')],
    },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        const now = Date.now();
        restarts.push(now);
        while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
        const restarted = restarts.length <= MAX_RESTARTS;
        crashes.fire({ restarted });
        if (restarted) {
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
  const client = create(clientOptions);
  registerWorkspaceFileReader(client);
  void client.start();
  context.subscriptions.push(client, outputChannel, crashes);
  return client;
}
