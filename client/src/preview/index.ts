// The preview surfaces: preview panels, export commands and the readiness status-bar item.
import * as vscode from 'vscode';
import type { SowLanguageClient } from '../languageClient';
import { registerExportCommands } from './exportCommands';
import { PreviewManager, registerPreviewCommands } from './previewManager';
import { registerReadinessStatus } from './readinessStatus';

export function registerPreview(context: vscode.ExtensionContext, client: SowLanguageClient): PreviewManager {
  const manager = registerPreviewCommands(context, client);
  registerExportCommands(context, client, manager);
  registerReadinessStatus(context, client);
  return manager;
}
