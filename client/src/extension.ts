// Desktop VS Code (`main` in package.json): the language server runs as a Node process.
import * as vscode from 'vscode';
import { activateSow, deactivateSow, SowExtensionApi } from './activate';
import { startNodeClient } from './nodeClient';

export async function activate(context: vscode.ExtensionContext): Promise<SowExtensionApi> {
  return activateSow(context, startNodeClient);
}

export const deactivate = deactivateSow;
