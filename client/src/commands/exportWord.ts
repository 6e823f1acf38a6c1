// "SOW: Export as Word": a .docx reviewers can comment on, from the server's Word renderer. The
// architecture diagram is the preview's own drawing, rasterised to PNG in its webview: the open
// preview of the document, or one opened beside the editor. No browser of our own is needed, so
// this works in an installed extension and in VS Code for the Web alike.
import * as vscode from 'vscode';
import { base64ToBytes } from '../../../server/src/engine/base64';
import { RENDER_DOCX_REQUEST, RenderDocxParams } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';
import { PreviewManager, targetResource } from '../preview/previewManager';

export function registerExportWordCommand(context: vscode.ExtensionContext, client: SowLanguageClient, manager: PreviewManager): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.exportWord', async (arg?: unknown, options?: { target?: vscode.Uri; withReview?: boolean }) => {
      const resource = targetResource(manager, arg);
      if (!resource) {
        void vscode.window.showInformationMessage('SOW: open a .sow.yaml document to export it.');
        return undefined;
      }
      const target =
        options?.target ??
        (await vscode.window.showSaveDialog({ defaultUri: resource.with({ path: resource.path.replace(/(\.sow)?\.ya?ml$/i, '') + '.docx' }), filters: { Word: ['docx'] } }));
      if (!target) return undefined;
      try {
        await vscode.workspace.openTextDocument(resource);
        const base64 = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'SOW: exporting as Word…' }, async () => {
          const params: RenderDocxParams = { uri: resource.toString(), withReview: options?.withReview ?? true, ...(await diagramImages(manager, resource)) };
          return client.sendRequest<string | null>(RENDER_DOCX_REQUEST, params);
        });
        if (base64 === null) throw new Error('the document is not open in the SOW language server');
        await vscode.workspace.fs.writeFile(target, base64ToBytes(base64));
      } catch (err) {
        void vscode.window.showErrorMessage(`SOW: export failed: ${(err as Error).message}`);
        return undefined;
      }
      if (!options?.target) void vscode.window.showInformationMessage(`SOW: exported to ${vscode.workspace.asRelativePath(target)}.`);
      return target;
    }),
  );
}

/** 3.1's images from the document's preview; when it cannot draw them, 3.1 says so instead. */
async function diagramImages(manager: PreviewManager, resource: vscode.Uri): Promise<Pick<RenderDocxParams, 'diagrams' | 'diagramUnavailable'>> {
  try {
    return { diagrams: await manager.previewFor(resource).diagramImages() };
  } catch (err) {
    return { diagramUnavailable: `The architecture diagram could not be drawn for this export (${(err as Error).message}). See it in the SOW preview.` };
  }
}
