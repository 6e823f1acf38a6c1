// The VS Code side: starts the language server and wires commands. No SOW logic lives here.
import * as vscode from 'vscode';
import { startLanguageClient, SowLanguageClient } from './languageClient';
import { registerNewDocumentCommand } from './commands/newDocument';
import { registerPreview } from './preview';

let client: SowLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = startLanguageClient(context);
  registerNewDocumentCommand(context);
  registerPreview(context, client);
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.restartServer', async () => {
      await client?.restart();
      void vscode.window.showInformationMessage('SOW: language server restarted.');
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
