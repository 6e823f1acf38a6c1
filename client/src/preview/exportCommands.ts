// "SOW: Export as HTML" and "SOW: Export as Markdown": a file next to the source by default.
// The HTML is standalone (light theme, bundled Mermaid and CSS inline, same strict CSP).
import * as vscode from 'vscode';
import { renderStandalonePage } from '../../../server/src/engine/render/page';
import { RENDER_MARKDOWN_REQUEST, RENDER_PREVIEW_REQUEST, RenderParams, RenderPreviewResult } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';
import { PreviewManager, targetResource } from './previewManager';

type Format = 'html' | 'markdown';

const FORMATS: Record<Format, { extension: string; filter: Record<string, string[]> }> = {
  html: { extension: '.html', filter: { HTML: ['html', 'htm'] } },
  markdown: { extension: '.md', filter: { Markdown: ['md'] } },
};

export function registerExportCommands(context: vscode.ExtensionContext, client: SowLanguageClient, manager: PreviewManager): void {
  const run = (format: Format) => async (arg?: unknown) => {
    const resource = targetResource(manager, arg);
    if (!resource) {
      void vscode.window.showInformationMessage('SOW: open a .sow.yaml document to export it.');
      return;
    }
    const target = await vscode.window.showSaveDialog({ defaultUri: defaultTarget(resource, FORMATS[format].extension), filters: FORMATS[format].filter });
    if (!target) return;
    try {
      await vscode.workspace.openTextDocument(resource);
      const params: RenderParams = { uri: resource.toString() };
      const content = format === 'html' ? await exportHtml(context.extensionUri, client, params) : await client.sendRequest<string | null>(RENDER_MARKDOWN_REQUEST, params);
      if (content === null) throw new Error('the document is not open in the SOW language server');
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    } catch (err) {
      void vscode.window.showErrorMessage(`SOW: export failed: ${(err as Error).message}`);
      return;
    }
    // A browser opens files on this machine only; in a virtual workspace (github.dev) the export opens in the editor.
    const inBrowser = format === 'html' && target.scheme === 'file';
    const choice = await vscode.window.showInformationMessage(`SOW: exported to ${vscode.workspace.asRelativePath(target)}.`, inBrowser ? 'Open in Browser' : 'Open');
    if (choice === 'Open in Browser') void vscode.env.openExternal(target);
    else if (choice === 'Open') void vscode.window.showTextDocument(target);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.exportHtml', run('html')),
    vscode.commands.registerCommand('sow.exportMarkdown', run('markdown')),
  );
}

async function exportHtml(extensionUri: vscode.Uri, client: SowLanguageClient, params: RenderParams): Promise<string | null> {
  const rendered = await client.sendRequest<RenderPreviewResult | null>(RENDER_PREVIEW_REQUEST, params);
  if (!rendered) return null;
  const read = async (...segments: string[]) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...segments)));
  const [script, css] = await Promise.all([read('dist', 'preview.js'), read('media', 'preview.css')]);
  return renderStandalonePage(rendered, { script, css });
}

/** `plan.sow.yaml` → `plan.html` in the same folder; untitled documents go to the first workspace folder. */
function defaultTarget(resource: vscode.Uri, extension: string): vscode.Uri | undefined {
  if (resource.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `statement-of-work${extension}`) : undefined;
  }
  return resource.with({ path: resource.path.replace(/(\.sow)?\.ya?ml$/i, '') + extension });
}
