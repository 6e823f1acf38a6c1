// VS Code for the Web (`browser` in package.json: github.dev, vscode.dev): the same extension,
// with the language server in a web worker.
import * as vscode from 'vscode';
import { activateSow, deactivateSow, SowExtensionApi } from './activate';
import { startBrowserClient } from './browserClient';

/** Commands of the desktop only (they need the Node server); the walkthrough links to them. */
const DESKTOP_ONLY = { 'sow.importDocument': 'Import Statement of Work' };

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  const api = activateSow(context, startBrowserClient);
  for (const [command, title] of Object.entries(DESKTOP_ONLY)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(command, () => vscode.window.showInformationMessage(`SOW: ${title} needs VS Code on the desktop (it runs in the Node language server).`)),
    );
  }
  return api;
}

export const deactivate = deactivateSow;
