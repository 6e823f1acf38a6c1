// What both extension hosts activate: the language client (started as the entry says), the
// commands, the preview, exports and the language status items. No SOW logic lives here.
import * as vscode from 'vscode';
import type { SowLanguageClient } from './languageClient';
import { registerAddCiWorkflowCommand } from './commands/addCiWorkflow';
import { registerCompareCommand } from './commands/compareWith';
import { registerExportWordCommand } from './commands/exportWord';
import { registerNewDocumentCommand } from './commands/newDocument';
import { registerReviewWorkspaceCommand } from './commands/reviewWorkspace';
import { LanguageStatusSnapshot, registerLanguageStatus } from './status/languageStatus';
import { registerPreview } from './preview';
import type { PreviewManager } from './preview/previewManager';

let client: SowLanguageClient | undefined;

/**
 * What activate() returns, for the e2e suite: activate()'s own duration (startup cost) and what
 * the language status items show (the workbench does not expose them through the API).
 */
export interface SowExtensionApi {
  activationMs: number;
  languageStatus(): LanguageStatusSnapshot;
}

/** Commands only one extension host has (the desktop's import). */
export type HostCommands = (context: vscode.ExtensionContext, client: SowLanguageClient, preview: PreviewManager) => void;

export function activateSow(context: vscode.ExtensionContext, startClient: (context: vscode.ExtensionContext) => SowLanguageClient, hostCommands?: HostCommands): SowExtensionApi {
  const start = performance.now();
  client = startClient(context);
  registerNewDocumentCommand(context);
  const preview = registerPreview(context, client);
  registerCompareCommand(context, client);
  registerExportWordCommand(context, client, preview);
  registerReviewWorkspaceCommand(context, client);
  registerAddCiWorkflowCommand(context);
  const languageStatus = registerLanguageStatus(context, client);
  hostCommands?.(context, client, preview);
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.showOutput', () => client?.outputChannel.show(true)),
    vscode.commands.registerCommand('sow.restartServer', async () => {
      await client?.stop();
      await client?.start();
      void vscode.window.showInformationMessage('SOW: language server restarted.');
    }),
  );
  return { activationMs: Math.round((performance.now() - start) * 10) / 10, languageStatus };
}

export async function deactivateSow(): Promise<void> {
  await client?.stop();
}
