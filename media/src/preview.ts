// The preview's browser script, bundled with Mermaid into dist/preview.js (no CDN: works
// offline and inside the exported HTML file). It draws the diagrams, patches new content in
// place, follows the editor's scroll and theme, keeps its state for a window reload, and sends
// clicks back to the editor. In an exported file there is no editor: clicks simply do nothing.
import { diagramPng, diagramPngs, mermaidTheme, renderDiagrams } from './diagrams';
import { initDiagramView } from './diagramView';
import type { FromWebview, PreviewState, ToWebview } from './messages';
import { patchBody } from './patch';
import { lineAtTop, scrollToLine } from './scroll';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void; getState(): PreviewState | undefined; setState(state: PreviewState): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const body = document.getElementById('sow-body') as HTMLElement;
const STATE_SAVE_MS = 100;

function post(message: FromWebview): void {
  vscode?.postMessage(message);
}

/** The document this page shows (set by the extension on the page), for the saved state. */
const documentUri = body.dataset.uri;
let locked = body.dataset.locked === 'true';

function saveState(line = lineAtTop(body)): void {
  if (!vscode || !documentUri) return;
  vscode.setState({ uri: documentUri, locked, line });
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveState, STATE_SAVE_MS);
}, { passive: true });

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  if (!target) return;
  const anchor = target.closest('a');
  if (anchor) {
    // Nothing in the page navigates: links go through the editor, which opens http(s)/mailto only.
    event.preventDefault();
    if (anchor.classList.contains('sow-link')) post({ type: 'openLink', href: anchor.getAttribute('data-href') ?? '' });
    else if (anchor.classList.contains('sow-finding')) post({ type: 'revealLine', line: Number(anchor.dataset.line), character: Number(anchor.dataset.character ?? 0) });
    return;
  }
  if (target.closest('summary, .sow-diagram-tools') || window.getSelection()?.toString()) return;
  const block = target.closest<HTMLElement>('[data-line]');
  if (block) post({ type: 'revealLine', line: Number(block.dataset.line), character: 0 });
});

async function exportDiagrams(requestId: number): Promise<void> {
  try {
    post({ type: 'diagramImages', requestId, images: await diagramPngs() });
  } catch (err) {
    post({ type: 'diagramImages', requestId, images: [], error: err instanceof Error ? err.message : String(err) });
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  // Only the editor sends content; an exported file listens to no one.
  if (!vscode) return;
  const message = event.data;
  switch (message.type) {
    case 'update':
      patchBody(body, message.bodyHtml);
      void renderDiagrams();
      break;
    case 'scrollTo':
      scrollToLine(body, message.line);
      break;
    case 'locked':
      locked = message.locked;
      saveState(vscode.getState()?.line);
      break;
    case 'exportDiagrams':
      void exportDiagrams(message.requestId);
      break;
  }
});

// VS Code swaps the body classes when the user changes the color theme: redraw in the new theme.
new MutationObserver(() => void renderDiagrams()).observe(document.body, { attributes: true, attributeFilter: ['class'] });

initDiagramView(vscode ? { post, png: (el, background) => diagramPng(el, mermaidTheme(), background) } : undefined);

// The same document as before a reload (or before the panel was hidden): back to where the reader
// was once the diagrams have their height. A page for another document starts at its top.
const saved = vscode?.getState();
const restoreLine = saved && saved.uri === documentUri ? saved.line : undefined;
if (restoreLine === undefined) window.scrollTo(0, 0);
saveState(restoreLine);
post({ type: 'ready' });
void renderDiagrams().then(() => {
  if (restoreLine !== undefined) scrollToLine(body, restoreLine);
});
