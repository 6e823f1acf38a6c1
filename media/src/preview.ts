// The preview's browser script, bundled with Mermaid into dist/preview.js (no CDN: works
// offline and inside the exported HTML file). It draws the diagrams, patches new content in
// place, follows the editor's scroll and theme, and sends clicks back to the editor. In an
// exported file there is no editor: clicks simply do nothing.
import mermaid from 'mermaid';
import type { FromWebview, ToWebview } from './messages';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
const body = document.getElementById('sow-body') as HTMLElement;

let generation = 0;
let diagramCounter = 0;
/** Drawn SVGs by theme and source: an update that leaves a diagram unchanged redraws nothing. */
const drawn = new Map<string, string>();

function post(message: FromWebview): void {
  vscode?.postMessage(message);
}

/** Mermaid's theme for VS Code's body class (VS Code sets it and changes it with the theme). */
function mermaidTheme(): 'default' | 'dark' | 'neutral' {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'neutral';
  if (classes.contains('vscode-dark') || classes.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}

let initializedTheme = '';

function initializeMermaid(theme: string): void {
  if (theme === initializedTheme) return;
  initializedTheme = theme;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // Labels may be HTML (sanitized by DOMPurify); a diagram may not fetch anything, and a
    // directive inside a document's own diagram may not loosen these settings.
    dompurifyConfig: { FORBID_TAGS: ['style', 'img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base'] },
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'dompurifyConfig', 'flowchart'],
    theme: theme as 'default',
    // The generated diagram's fills are translucent and its text takes the theme's colour; on
    // the dark canvas, edges and zone titles in a mid grey stay visible.
    ...(theme === 'dark' ? { themeVariables: { lineColor: '#8c939d', titleColor: '#9aa1ab', edgeLabelBackground: '#2b2d31' } } : {}),
    suppressErrorRendering: true,
    fontFamily: 'var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif)',
    // Tighter than Mermaid's defaults (50, 50, 200): architecture diagrams stay legible at the
    // width of a document column instead of being shrunk or scrolled.
    flowchart: { htmlLabels: true, useMaxWidth: true, nodeSpacing: 24, rankSpacing: 36, wrappingWidth: 170 },
  });
}

function diagramElements(): HTMLElement[] {
  return Array.from(body.querySelectorAll<HTMLElement>('.sow-diagram'));
}

function sourceOf(el: HTMLElement): string {
  return el.querySelector('pre.sow-diagram-source')?.textContent ?? '';
}

/**
 * Mermaid (securityLevel strict) already sanitizes its SVG with DOMPurify. On top of that a
 * diagram may not fetch anything: images are dropped while the markup is still inert.
 */
function inertSvg(svg: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = svg;
  template.content.querySelectorAll('img, image').forEach((el) => el.remove());
  return template.content;
}

/** Smallest scale a wide diagram is drawn at; below it the figure scrolls sideways instead. */
const MIN_DIAGRAM_SCALE = 0.5;

/** Fits the column when that keeps the labels legible; a wider diagram scrolls rather than shrinks. */
function sizeDiagram(container: HTMLElement, svg: SVGSVGElement | null): void {
  const natural = svg?.viewBox.baseVal?.width;
  if (!svg || !natural) return;
  const available = container.clientWidth - 24;
  svg.style.maxWidth = 'none';
  svg.style.width = `${Math.min(natural, Math.max(available, natural * MIN_DIAGRAM_SCALE))}px`;
  svg.style.height = 'auto';
}

/** Shows an SVG (or an error) in a diagram element, keeping its source for later redraws. */
function showOutput(el: HTMLElement, key: string, svg: string | undefined, error?: string): void {
  el.querySelector('.sow-diagram-output, .sow-diagram-error')?.remove();
  const out = document.createElement('div');
  if (svg !== undefined) {
    out.className = 'sow-diagram-output';
    out.append(inertSvg(svg));
    el.classList.remove('has-error');
  } else {
    out.className = 'sow-diagram-error';
    out.setAttribute('role', 'alert');
    const title = document.createElement('strong');
    title.textContent = 'This diagram could not be drawn. Its Mermaid source is shown below.';
    const detail = document.createElement('pre');
    detail.textContent = error ?? 'Unknown error';
    out.append(title, detail);
    el.classList.add('has-error');
  }
  el.prepend(out);
  if (svg !== undefined) sizeDiagram(el, out.querySelector('svg'));
  el.classList.add('rendered');
  el.dataset.renderedKey = key;
}

async function renderDiagrams(): Promise<void> {
  const gen = ++generation;
  const theme = mermaidTheme();
  initializeMermaid(theme);
  document.documentElement.dataset.diagrams = 'rendering';
  for (const el of diagramElements()) {
    const source = sourceOf(el);
    const key = `${theme}\n${source}`;
    if (el.dataset.renderedKey === key) continue;
    const cached = drawn.get(key);
    if (cached !== undefined) {
      showOutput(el, key, cached);
      continue;
    }
    const id = `sow-mermaid-${++diagramCounter}`;
    try {
      const { svg } = await mermaid.render(id, source);
      if (gen !== generation) return;
      drawn.set(key, svg);
      showOutput(el, key, svg);
    } catch (err) {
      if (gen !== generation) return;
      showOutput(el, key, undefined, err instanceof Error ? err.message : String(err));
    } finally {
      // Mermaid leaves its scratch container behind when it fails.
      document.getElementById(`d${id}`)?.remove();
    }
  }
  if (drawn.size > 50) drawn.clear();
  // Tests and latency measurements wait for this.
  document.documentElement.dataset.diagrams = 'done';
}

/**
 * Replaces the content in one synchronous step (no blank frame). Unchanged diagrams reappear
 * from the cache; a changed one keeps showing its previous drawing until the new one is ready.
 */
function update(bodyHtml: string): void {
  const previous = diagramElements().map((el) => el.querySelector('.sow-diagram-output'));
  body.innerHTML = bodyHtml;
  const theme = mermaidTheme();
  diagramElements().forEach((el, i) => {
    const key = `${theme}\n${sourceOf(el)}`;
    const cached = drawn.get(key);
    const stale = previous[i];
    if (cached !== undefined) showOutput(el, key, cached);
    else if (stale) {
      el.prepend(stale);
      el.classList.add('rendered');
    }
  });
  void renderDiagrams();
}

/** Elements that stand for a source line, in page order (not the review summary's badges). */
function lineElements(): Array<{ line: number; el: HTMLElement }> {
  const out: Array<{ line: number; el: HTMLElement }> = [];
  for (const el of Array.from(body.querySelectorAll<HTMLElement>('[data-line]'))) {
    if (el.classList.contains('sow-finding') || el.closest('.sow-review')) continue;
    const line = Number(el.dataset.line);
    if (Number.isFinite(line) && el.getClientRects().length > 0) out.push({ line, el });
  }
  return out;
}

/** Scrolls so the given source line is at the top, interpolating between the nearest elements. */
function scrollToLine(line: number): void {
  const elements = lineElements();
  let before: { line: number; el: HTMLElement } | undefined;
  let after: { line: number; el: HTMLElement } | undefined;
  for (const e of elements) {
    if (e.line <= line && (!before || e.line >= before.line)) before = e;
    if (e.line > line && (!after || e.line < after.line)) after = e;
  }
  if (!before) {
    window.scrollTo(0, 0);
    return;
  }
  const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
  let y = top(before.el);
  if (after && top(after.el) > y) y += ((line - before.line) / (after.line - before.line)) * (top(after.el) - y);
  window.scrollTo(0, Math.max(0, y - 8));
}

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
  if (target.closest('summary') || window.getSelection()?.toString()) return;
  const block = target.closest<HTMLElement>('[data-line]');
  if (block) post({ type: 'revealLine', line: Number(block.dataset.line), character: 0 });
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  // Only the editor sends content; an exported file listens to no one.
  if (!vscode) return;
  const message = event.data;
  if (message.type === 'update') update(message.bodyHtml);
  else if (message.type === 'scrollTo') scrollToLine(message.line);
});

// VS Code swaps the body classes when the user changes the color theme: redraw in the new theme.
new MutationObserver(() => {
  if (mermaidTheme() !== initializedTheme) void renderDiagrams();
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

void renderDiagrams();
