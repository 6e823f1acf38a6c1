// Scroll sync between the editor and the preview, by source line: elements carry `data-line`.

/** Elements that stand for a source line, in page order (not the review summary's badges). */
function lineElements(body: HTMLElement): Array<{ line: number; el: HTMLElement }> {
  const out: Array<{ line: number; el: HTMLElement }> = [];
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('[data-line]'))) {
    if (el.classList.contains('sow-finding') || el.closest('.sow-review')) continue;
    const line = Number(el.dataset.line);
    if (Number.isFinite(line) && el.getClientRects().length > 0) out.push({ line, el });
  }
  return out;
}

const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;

/** Scrolls so the given source line is at the top, interpolating between the nearest elements. */
export function scrollToLine(body: HTMLElement, line: number): void {
  let before: { line: number; el: HTMLElement } | undefined;
  let after: { line: number; el: HTMLElement } | undefined;
  for (const e of lineElements(body)) {
    if (e.line <= line && (!before || e.line >= before.line)) before = e;
    if (e.line > line && (!after || e.line < after.line)) after = e;
  }
  if (!before) {
    window.scrollTo(0, 0);
    return;
  }
  let y = top(before.el);
  if (after && top(after.el) > y) y += ((line - before.line) / (after.line - before.line)) * (top(after.el) - y);
  window.scrollTo(0, Math.max(0, y - 8));
}

/** The source line at the top of the window (the inverse of scrollToLine, to the line). */
export function lineAtTop(body: HTMLElement): number | undefined {
  if (window.scrollY <= 0) return undefined;
  let best: number | undefined;
  for (const { line, el } of lineElements(body)) {
    if (top(el) - 8 > window.scrollY + 1) continue;
    if (best === undefined || line > best) best = line;
  }
  return best;
}
