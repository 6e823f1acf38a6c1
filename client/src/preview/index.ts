// The preview surfaces: preview panels and export commands.
import * as vscode from 'vscode';
import type { SowLanguageClient } from '../languageClient';
import { registerExportCommands } from './exportCommands';
import { PreviewManager, registerPreviewCommands } from './previewManager';

export function registerPreview(context: vscode.ExtensionContext, client: SowLanguageClient): PreviewManager {
  const manager = registerPreviewCommands(context, client);
  registerExportCommands(context, client, manager);
  return manager;
}
