// Desktop VS Code (`main` in package.json): the language server runs as a Node process.
import * as vscode from 'vscode';
import { activateSow, deactivateSow, SowExtensionApi } from './activate';
import { registerImportCommand } from './commands/importDocument';
import { startNodeClient } from './nodeClient';
import { registerLintTask } from './tasks/lintTask';

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  return activateSow(context, startNodeClient, (ctx, client) => {
    // Import reads Word files with mammoth in the Node server only.
    registerImportCommand(ctx, client);
    // The CLI task needs a Node process; the web has none.
    registerLintTask(ctx);
    void vscode.commands.executeCommand('setContext', 'sow.roundTrip', true);
  });
}

export const deactivate = deactivateSow;
