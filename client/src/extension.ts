// The VS Code side: starts the language server and wires commands. No SOW logic lives here.
import * as vscode from 'vscode';
import { startLanguageClient, SowLanguageClient } from './languageClient';
import { registerImportCommand } from './commands/importDocument';
import { registerNewDocumentCommand } from './commands/newDocument';
import { registerPreview } from './preview';

let client: SowLanguageClient | undefined;

/** What activate() returns: its own duration, so the e2e suite can report startup cost. */
export interface SowExtensionApi {
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  const start = performance.now();
  client = startLanguageClient(context);
  registerNewDocumentCommand(context);
  registerPreview(context, client);
  registerImportCommand(context, client);
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('SOW: language server restarted.');
    }),
  );
  return { activationMs: Math.round((performance.now() - start) * 10) / 10 };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
