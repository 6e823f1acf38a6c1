// One preview panel: renders its document through the server, patches the webview in place as
// the author types, follows the editor's scroll, and routes clicks back to the editor.
import * as vscode from 'vscode';
import { escapeHtml } from '../../../server/src/engine/render/escape';
import { newNonce, renderPage } from '../../../server/src/engine/render/page';
import { RENDER_PREVIEW_REQUEST, RenderParams, RenderPreviewResult } from '../../../server/src/protocol';
import type { DiagramPng, FromWebview, ToWebview } from '../../../media/src/messages';
import type { SowLanguageClient } from '../languageClient';
import { copySvg, saveDiagram } from './diagramFiles';
import { safeExternalUrl } from './links';

export const PREVIEW_VIEW_TYPE = 'sow.preview';

/**
 * While the author types, at most one render per interval: the first change after a pause renders
 * at once, the last one of a burst at most this long after it. That leaves most of the 300 ms
 * budget from keystroke to preview for the server and the diagram redraw.
 */
const UPDATE_INTERVAL_MS = 100;
const SCROLL_THROTTLE_MS = 50;
/** After a click in the preview moves the editor, its scroll is not echoed back to the preview. */
const ECHO_GUARD_MS = 300;
/** How often and how far apart a render is asked again while the server does not have the document yet. */
const NOT_OPEN_RETRIES = 40;
const NOT_OPEN_RETRY_MS = 250;
/** How long the Word export waits for the webview to draw its diagrams as PNG. */
const EXPORT_TIMEOUT_MS = 30_000;

/** The webview options: a new panel gets them, a panel restored after a window reload is given them again. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export class PreviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  private disposed = false;
  private requestSeq = 0;
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  private changedSinceRender = false;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingScrollLine: number | undefined;
  private ignoreScrollUntil = 0;
  /** Whether the webview holds a page we can patch (false before the first render and after it was hidden). */
  private hasPage = false;
  private renderedVersion = -1;
  /** Whether the script of the current page has started (it says `ready`). */
  private pageReady = false;
  private exportSeq = 0;
  private readonly pendingExports = new Map<number, (answer: { images: DiagramPng[]; error?: string }) => void>();

  /** A new panel in `placement`, or (after a window reload) the panel VS Code restored. */
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly client: SowLanguageClient,
    private resourceUri: vscode.Uri,
    private lockedState: boolean,
    placement: { viewColumn: vscode.ViewColumn; preserveFocus: boolean } | vscode.WebviewPanel,
  ) {
    const panel =
      'webview' in placement
        ? placement
        : vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(), placement, { ...webviewOptions(extensionUri), enableFindWidget: true });
    if ('webview' in placement) {
      panel.webview.options = webviewOptions(extensionUri);
      panel.title = this.title();
    }
    this.panel = panel;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        // A hidden webview is discarded; it comes back with the last full page, so render anew.
        if (!panel.visible) this.hasPage = false;
        else if (!this.hasPage) void this.refresh(true);
      }),
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === this.resourceUri.toString()) this.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (e.textEditor.document.uri.toString() === this.resourceUri.toString()) this.scheduleScroll(e.visibleRanges[0]?.start.line ?? 0);
      }),
    );
    void this.refresh(true);
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.lockedState;
  }

  get active(): boolean {
    return this.panel.active;
  }

  reveal(column?: vscode.ViewColumn, preserveFocus = false): void {
    this.panel.reveal(column, preserveFocus);
  }

  toggleLock(): void {
    this.lockedState = !this.lockedState;
    this.panel.title = this.title();
    if (this.hasPage) this.post({ type: 'locked', locked: this.lockedState });
  }

  /**
   * The diagrams as the webview drew them, as PNG in the light theme (for the Word export). A
   * hidden preview is shown first (without taking the focus): only a visible webview runs.
   */
  async diagramImages(): Promise<DiagramPng[]> {
    if (!this.panel.visible) this.panel.reveal(undefined, true);
    const deadline = Date.now() + EXPORT_TIMEOUT_MS;
    while (!this.disposed && !(this.hasPage && this.pageReady)) {
      if (Date.now() > deadline) throw new Error('the preview did not load');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (this.disposed) throw new Error('the preview was closed');
    const requestId = ++this.exportSeq;
    const answer = await new Promise<{ images: DiagramPng[]; error?: string }>((resolve) => {
      const timer = setTimeout(() => resolve({ images: [], error: 'the preview did not draw the diagram in time' }), EXPORT_TIMEOUT_MS);
      this.pendingExports.set(requestId, (a) => {
        clearTimeout(timer);
        resolve(a);
      });
      this.post({ type: 'exportDiagrams', requestId });
    });
    this.pendingExports.delete(requestId);
    if (answer.error) throw new Error(answer.error);
    return answer.images;
  }

  /** An unlocked preview switching to another document: a full render, scrolled to the top. */
  show(resource: vscode.Uri): void {
    if (resource.toString() === this.resourceUri.toString()) return;
    this.resourceUri = resource;
    this.panel.title = this.title();
    this.renderedVersion = -1;
    void this.refresh(true);
  }

  private title(): string {
    const name = this.resourceUri.path.slice(this.resourceUri.path.lastIndexOf('/') + 1);
    return this.lockedState ? `[Preview] ${name}` : `Preview ${name}`;
  }

  private scheduleRefresh(): void {
    if (this.updateTimer) {
      this.changedSinceRender = true;
      return;
    }
    void this.refresh(false);
    this.updateTimer = setTimeout(() => {
      this.updateTimer = undefined;
      if (!this.changedSinceRender) return;
      this.changedSinceRender = false;
      this.scheduleRefresh();
    }, UPDATE_INTERVAL_MS);
  }

  private scheduleScroll(line: number): void {
    if (Date.now() < this.ignoreScrollUntil) return;
    this.pendingScrollLine = line;
    if (this.scrollTimer) return;
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      if (this.pendingScrollLine !== undefined && this.hasPage) this.post({ type: 'scrollTo', line: this.pendingScrollLine });
    }, SCROLL_THROTTLE_MS);
  }

  /** Asks the server for the current render; `full` replaces the page, otherwise it is patched. */
  private async refresh(full: boolean, attempt = 0): Promise<void> {
    const seq = ++this.requestSeq;
    const uri = this.resourceUri;
    let result: RenderPreviewResult | null;
    let document: vscode.TextDocument | undefined;
    try {
      // Opening is a no-op when the document is open already; otherwise the server learns of it.
      document = await vscode.workspace.openTextDocument(uri);
      result = await this.client.sendRequest<RenderPreviewResult | null>(RENDER_PREVIEW_REQUEST, { uri: uri.toString() } satisfies RenderParams);
    } catch (err) {
      result = { title: 'Preview unavailable', bodyHtml: messageHtml(`The preview could not be rendered: ${(err as Error).message}`), diagrams: [], version: -1 };
    }
    if (this.disposed || seq !== this.requestSeq) return;
    // A preview restored at startup may ask before the starting server has the document: ask again.
    if (result === null && attempt < NOT_OPEN_RETRIES) {
      setTimeout(() => seq === this.requestSeq && void this.refresh(full, attempt + 1), NOT_OPEN_RETRY_MS);
      return;
    }
    result ??= { title: 'Preview unavailable', bodyHtml: messageHtml('This document is not open in the SOW language server.'), diagrams: [], version: -1 };
    // The server answered for an older version than the editor has: ask again for the latest.
    if (document && result.version >= 0 && result.version < document.version) this.scheduleRefresh();
    if (!full && this.hasPage && result.version === this.renderedVersion) return;
    this.renderedVersion = result.version;
    if (full || !this.hasPage || !this.panel.visible) this.setPage(result);
    else this.post({ type: 'update', bodyHtml: result.bodyHtml });
  }

  private setPage(result: RenderPreviewResult): void {
    const webview = this.panel.webview;
    this.pageReady = false;
    webview.html = renderPage(result, {
      documentState: { uri: this.resourceUri.toString(), locked: this.lockedState },
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      theme: 'auto',
    });
    this.hasPage = this.panel.visible;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
    if (editor?.visibleRanges[0]) this.scheduleScroll(editor.visibleRanges[0].start.line);
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private onMessage(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        break;
      case 'copySvg':
        if (typeof message.svg === 'string') void copySvg(message.svg);
        break;
      case 'saveDiagram':
        void saveDiagram(this.resourceUri, message);
        break;
      case 'diagramImages':
        this.pendingExports.get(message.requestId)?.({ images: Array.isArray(message.images) ? message.images : [], error: message.error });
        break;
      case 'revealLine':
        if (Number.isInteger(message.line) && message.line >= 0) void this.revealLine(message.line, Number.isInteger(message.character) ? message.character : 0);
        break;
      case 'openLink': {
        const url = typeof message.href === 'string' ? safeExternalUrl(message.href) : undefined;
        if (url) void vscode.env.openExternal(vscode.Uri.parse(url, true));
        else void vscode.window.showWarningMessage('SOW: only http, https and mailto links open from the preview.');
        break;
      }
    }
  }

  private async revealLine(line: number, character: number): Promise<void> {
    this.ignoreScrollUntil = Date.now() + ECHO_GUARD_MS;
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resourceUri.toString());
    const document = existing?.document ?? (await vscode.workspace.openTextDocument(this.resourceUri));
    const position = document.validatePosition(new vscode.Position(line, character));
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: existing?.viewColumn ?? vscode.ViewColumn.Beside,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const answer of this.pendingExports.values()) answer({ images: [], error: 'the preview was closed' });
    clearTimeout(this.updateTimer);
    clearTimeout(this.scrollTimer);
    this.panel.dispose();
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function messageHtml(text: string): string {
  return `<p class="sow-empty">${escapeHtml(text)}</p>`;
}
