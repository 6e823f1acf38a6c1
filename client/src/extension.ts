// Desktop VS Code (`main` in package.json): the language server runs as a Node process.
import * as vscode from 'vscode';
import { activateSow, deactivateSow, SowExtensionApi } from './activate';
import { registerExportWordCommand } from './commands/exportWord';
import { registerImportCommand } from './commands/importDocument';
import { startNodeClient } from './nodeClient';
import { registerLintTask } from './tasks/lintTask';

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  return activateSow(context, startNodeClient, (ctx, client, preview) => {
    // Import and Word export run in the Node server (and draw the diagram with a local browser).
    registerImportCommand(ctx, client);
    registerExportWordCommand(ctx, client, preview);
    // The CLI task needs a Node process; the web has none.
    registerLintTask(ctx);
    void vscode.commands.executeCommand('setContext', 'sow.roundTrip', true);
  });
}

export const deactivate = deactivateSow;
