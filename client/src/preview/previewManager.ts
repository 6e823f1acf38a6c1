// The set of preview panels and their commands: at most one preview per document; unlocked
// previews follow the active SOW editor, locked ones stay on their document.
import * as vscode from 'vscode';
import type { SowLanguageClient } from '../languageClient';
import type { PreviewState } from '../../../media/src/messages';
import { PREVIEW_VIEW_TYPE, PreviewPanel } from './previewPanel';

export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: SowLanguageClient,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId !== 'sow' || this.previewOf(editor.document.uri)) return;
        for (const preview of this.previews) if (!preview.locked) preview.show(editor.document.uri);
      }),
    );
  }

  /** Shows the document's preview, reusing its own preview, else the unlocked one, else a new one. */
  open(resource: vscode.Uri, sideBySide: boolean): void {
    const column = sideBySide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.previewOf(resource) ?? [...this.previews].find((p) => !p.locked);
    if (existing) {
      existing.show(resource);
      existing.reveal(undefined, sideBySide);
      return;
    }
    this.add(new PreviewPanel(this.extensionUri, this.client, resource, false, { viewColumn: column, preserveFocus: sideBySide }));
  }

  /** The document's preview; when it has none, one is opened beside the editor, keeping the focus there. */
  previewFor(resource: vscode.Uri): PreviewPanel {
    if (!this.previewOf(resource)) this.open(resource, true);
    return this.previewOf(resource)!;
  }

  /** A preview VS Code brought back after a window reload, from the state its webview saved. */
  restore(panel: vscode.WebviewPanel, state: unknown): void {
    const saved = state as Partial<PreviewState> | undefined;
    let resource: vscode.Uri | undefined;
    try {
      resource = typeof saved?.uri === 'string' ? vscode.Uri.parse(saved.uri, true) : undefined;
    } catch {
      resource = undefined;
    }
    if (!resource) {
      panel.dispose(); // nothing to show: a preview saved by an older version or damaged state
      return;
    }
    this.add(new PreviewPanel(this.extensionUri, this.client, resource, saved?.locked === true, panel));
  }

  private add(preview: PreviewPanel): void {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
  }

  /** The focused preview, else the preview of the active editor's document. */
  activePreview(): PreviewPanel | undefined {
    const focused = [...this.previews].find((p) => p.active);
    const editorUri = vscode.window.activeTextEditor?.document.uri;
    return focused ?? (editorUri ? this.previewOf(editorUri) : undefined);
  }

  private previewOf(resource: vscode.Uri): PreviewPanel | undefined {
    return [...this.previews].find((p) => p.resource.toString() === resource.toString());
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** The SOW document a command acts on: its argument, the active SOW editor, or the focused preview's. */
export function targetResource(manager: PreviewManager, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'sow') return editor.document.uri;
  return manager.activePreview()?.resource;
}

export function registerPreviewCommands(context: vscode.ExtensionContext, client: SowLanguageClient): PreviewManager {
  const manager = new PreviewManager(context.extensionUri, client);
  const open = (sideBySide: boolean) => (arg?: unknown) => {
    const resource = targetResource(manager, arg);
    if (resource) manager.open(resource, sideBySide);
    else void vscode.window.showInformationMessage('SOW: open a .sow.yaml document to preview it.');
  };
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('sow.openPreview', open(false)),
    vscode.commands.registerCommand('sow.openPreviewToSide', open(true)),
    vscode.commands.registerCommand('sow.togglePreviewLock', () => manager.activePreview()?.toggleLock()),
    // Previews open when the window reloads come back showing the same document (activation event
    // onWebviewPanel:sow.preview); the webview keeps the document, the lock and the scroll line.
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => manager.restore(panel, state),
    }),
  );
  return manager;
}
