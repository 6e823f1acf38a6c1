// Applying new content to the page with morphdom: only what changed is touched, so an opened
// <details> (the findings list, the improvement plan), the text selection, the focus and the
// scroll position stay while the author types. Diagrams are patched by hand: an unchanged
// diagram is left alone (no redraw), a changed one keeps its drawing until the new one is ready.
import morphdom from 'morphdom';
import { showCached, sourceOf } from './diagrams';

export function patchBody(body: HTMLElement, bodyHtml: string): void {
  const next = body.cloneNode(false) as HTMLElement;
  next.innerHTML = bodyHtml;
  morphdom(body, next, {
    childrenOnly: true,
    onBeforeElUpdated(from, to) {
      if (from.isEqualNode(to)) return false;
      if (from instanceof HTMLDetailsElement && to instanceof HTMLDetailsElement) {
        // Open or closed is the reader's choice, not the document's.
        to.open = from.open;
        return true;
      }
      if (from.classList.contains('sow-diagram')) {
        patchDiagram(from, to);
        return false;
      }
      return true;
    },
  });
}

/** The server's element holds only the source; ours also holds the toolbar and the drawing. */
function patchDiagram(from: HTMLElement, to: HTMLElement): void {
  for (const name of ['data-line', 'data-diagram-index', 'data-diagram-kind']) {
    const value = to.getAttribute(name);
    if (value === null) from.removeAttribute(name);
    else if (from.getAttribute(name) !== value) from.setAttribute(name, value);
  }
  const source = sourceOf(to);
  if (source === sourceOf(from)) return;
  const pre = from.querySelector('pre.sow-diagram-source');
  if (pre) pre.textContent = source;
  // Drawn before with this source (e.g. undo): shown at once; otherwise drawn by renderDiagrams.
  showCached(from);
}
