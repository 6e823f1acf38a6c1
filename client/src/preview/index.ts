// The preview surfaces: preview panels, export commands and the readiness status-bar item.
import * as vscode from 'vscode';
import type { SowLanguageClient } from '../languageClient';
import { registerExportWordCommand } from '../commands/exportWord';
import { registerExportCommands } from './exportCommands';
import { registerPreviewCommands } from './previewManager';
import { registerReadinessStatus } from './readinessStatus';

export function registerPreview(context: vscode.ExtensionContext, client: SowLanguageClient): void {
  const manager = registerPreviewCommands(context, client);
  registerExportCommands(context, client, manager);
  registerExportWordCommand(context, client, manager);
  registerReadinessStatus(context, client);
}
