// "SOW: Export as Word": a .docx reviewers can comment on, from the server's Word renderer. The
// architecture diagram is drawn here, in Node, the way the CLI draws it (headless Chromium with
// the preview page); without a browser 3.1 of the document says where to see it.
import * as vscode from 'vscode';
import { drawDiagrams } from '../../../server/src/diagramImages';
import { renderStandalonePage } from '../../../server/src/engine/render/page';
import { RENDER_DOCX_REQUEST, RENDER_PREVIEW_REQUEST, RenderDocxParams, RenderPreviewResult } from '../../../server/src/protocol';
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
        const params: RenderDocxParams = { uri: resource.toString(), withReview: options?.withReview ?? true, ...(await diagramImages(context.extensionUri, client, resource)) };
        const base64 = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'SOW: exporting as Word…' }, () =>
          client.sendRequest<string | null>(RENDER_DOCX_REQUEST, params),
        );
        if (base64 === null) throw new Error('the document is not open in the SOW language server');
        await vscode.workspace.fs.writeFile(target, Buffer.from(base64, 'base64'));
      } catch (err) {
        void vscode.window.showErrorMessage(`SOW: export failed: ${(err as Error).message}`);
        return undefined;
      }
      if (!options?.target) void vscode.window.showInformationMessage(`SOW: exported to ${vscode.workspace.asRelativePath(target)}.`);
      return target;
    }),
  );
}

async function diagramImages(extensionUri: vscode.Uri, client: SowLanguageClient, resource: vscode.Uri): Promise<Pick<RenderDocxParams, 'diagrams' | 'diagramUnavailable'>> {
  const rendered = await client.sendRequest<RenderPreviewResult | null>(RENDER_PREVIEW_REQUEST, { uri: resource.toString() });
  if (!rendered || !rendered.diagrams.length) return {};
  const read = async (...segments: string[]) => Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...segments))).toString('utf8');
  const [script, css] = await Promise.all([read('dist', 'preview.js'), read('media', 'preview.css')]);
  const drawn = await drawDiagrams(renderStandalonePage(rendered, { script, css }));
  if (typeof drawn === 'string') return { diagramUnavailable: `The architecture diagram could not be drawn for this export (${drawn}). See it in the SOW preview.` };
  return { diagrams: drawn.map((d) => ({ title: d.title, pngBase64: Buffer.from(d.png).toString('base64'), width: d.width, height: d.height })) };
}
