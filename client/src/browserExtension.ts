// VS Code for the Web (`browser` in package.json: github.dev, vscode.dev): the same extension,
// with the language server in a web worker.
import * as vscode from 'vscode';
import { activateSow, deactivateSow, SowExtensionApi } from './activate';
import { startBrowserClient } from './browserClient';

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  return activateSow(context, startBrowserClient);
}

export const deactivate = deactivateSow;
