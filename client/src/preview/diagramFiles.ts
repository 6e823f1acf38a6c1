// The preview's "Copy SVG", "Save as SVG" and "Save as PNG": the webview hands over the drawing,
// the extension puts it on the clipboard or asks where to save it and writes it through
// workspace.fs (so it also works in VS Code for the Web and in virtual workspaces).
import * as vscode from 'vscode';
import type { FromWebview } from '../../../media/src/messages';
import { base64ToBytes } from '../../../server/src/engine/base64';

type SaveMessage = Extract<FromWebview, { type: 'saveDiagram' }>;

export async function copySvg(svg: string): Promise<void> {
  await vscode.env.clipboard.writeText(svg);
  void vscode.window.setStatusBarMessage('SOW: diagram copied as SVG.', 3000);
}

export async function saveDiagram(resource: vscode.Uri, message: SaveMessage): Promise<vscode.Uri | undefined> {
  const bytes = message.format === 'svg' ? (typeof message.svg === 'string' ? new TextEncoder().encode(message.svg) : undefined) : typeof message.pngBase64 === 'string' ? base64ToBytes(message.pngBase64) : undefined;
  if (!bytes) return undefined;
  const name = `${typeof message.name === 'string' ? message.name.replace(/[^\w.-]+/g, '-') : 'diagram'}.${message.format}`;
  const folder = defaultFolder(resource);
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: message.format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
    saveLabel: message.format === 'svg' ? 'Save as SVG' : 'Save as PNG',
  });
  if (!target) return undefined;
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (err) {
    void vscode.window.showErrorMessage(`SOW: could not save the diagram: ${(err as Error).message}`);
    return undefined;
  }
  void vscode.window.setStatusBarMessage(`SOW: diagram saved to ${vscode.workspace.asRelativePath(target)}.`, 3000);
  return target;
}

/** The document's folder; for an untitled document, the first workspace folder. */
function defaultFolder(resource: vscode.Uri): vscode.Uri | undefined {
  if (resource.scheme === 'untitled') return vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.Uri.joinPath(resource, '..');
}
