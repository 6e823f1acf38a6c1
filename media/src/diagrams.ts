// Drawing the Mermaid diagrams of the page: each `.sow-diagram` holds its source in a <pre>;
// the drawn SVG goes in front of it. Drawings are cached by theme and source, so an update that
// leaves a diagram unchanged redraws nothing.
import mermaid from 'mermaid';
import type { DiagramPng } from './messages';
import { svgToPng } from './rasterize';
import { attachDiagramView } from './diagramView';

type Theme = 'default' | 'dark' | 'neutral';

let generation = 0;
let diagramCounter = 0;
const drawn = new Map<string, string>();
/** Mermaid's configuration is global: one render at a time, each with its theme. */
let queue: Promise<unknown> = Promise.resolve();
/** Theme and label mode Mermaid was last initialized with. */
let initialized = '';
/** The current drawing pass; an export waits for it. */
let drawing: Promise<void> = Promise.resolve();

/** Mermaid's theme for VS Code's body class (VS Code sets it and changes it with the theme). */
export function mermaidTheme(): Theme {
  const classes = document.body.classList;
  if (classes.contains('vscode-high-contrast-light')) return 'neutral';
  if (classes.contains('vscode-dark') || classes.contains('vscode-high-contrast')) return 'dark';
  return 'default';
}

/**
 * `svgLabels`: labels as SVG text instead of HTML in <foreignObject>. The screen uses HTML labels
 * (wrapping, the smaller detail line); a drawing with them rasterises on a canvas in Chromium
 * (VS Code's webviews) and Firefox, but WebKit taints the canvas, so there the PNG is drawn
 * again with SVG labels.
 */
function initializeMermaid(theme: Theme, svgLabels: boolean): void {
  const mode = `${theme}/${svgLabels}`;
  if (mode === initialized) return;
  initialized = mode;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // A diagram may not fetch anything, and a directive inside a document's own diagram may
    // not loosen these settings.
    dompurifyConfig: { FORBID_TAGS: ['style', 'img', 'image', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'object', 'embed', 'form', 'input', 'link', 'meta', 'base'] },
    secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'suppressErrorRendering', 'maxEdges', 'dompurifyConfig', 'flowchart', 'htmlLabels'],
    htmlLabels: !svgLabels,
    theme,
    // The generated diagram's fills are translucent and its text takes the theme's colour; on
    // the dark canvas, edges and zone titles in a mid grey stay visible.
    ...(theme === 'dark' ? { themeVariables: { lineColor: '#8c939d', titleColor: '#9aa1ab', edgeLabelBackground: '#2b2d31' } } : {}),
    suppressErrorRendering: true,
    fontFamily: 'var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif)',
    // Tighter than Mermaid's defaults (50, 50, 200): architecture diagrams stay legible at the
    // width of a document column instead of being shrunk or scrolled.
    flowchart: { htmlLabels: !svgLabels, useMaxWidth: true, nodeSpacing: 24, rankSpacing: 36, wrappingWidth: 170 },
  });
}

function render(theme: Theme, source: string, svgLabels = false): Promise<string> {
  const id = `sow-mermaid-${++diagramCounter}`;
  const run = async () => {
    initializeMermaid(theme, svgLabels);
    try {
      return (await mermaid.render(id, source)).svg;
    } finally {
      // Mermaid leaves its scratch container behind when it fails.
      document.getElementById(`d${id}`)?.remove();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

export function diagramElements(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('.sow-diagram'));
}

export function sourceOf(el: Element): string {
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
  el.querySelector('.sow-diagram-source')?.before(out);
  attachDiagramView(el);
  el.classList.add('rendered');
  el.dataset.renderedKey = key;
}

/** Shows the cached drawing of an element's current source, if there is one. */
export function showCached(el: HTMLElement): boolean {
  const key = `${mermaidTheme()}\n${sourceOf(el)}`;
  const cached = drawn.get(key);
  if (cached === undefined || el.dataset.renderedKey === key) return el.dataset.renderedKey === key;
  showOutput(el, key, cached);
  return true;
}

/** Draws every diagram whose source or theme changed since it was drawn. */
export function renderDiagrams(): Promise<void> {
  drawing = drawAll();
  return drawing;
}

async function drawAll(): Promise<void> {
  const gen = ++generation;
  const theme = mermaidTheme();
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
    try {
      const svg = await render(theme, source);
      if (gen !== generation) return;
      drawn.set(key, svg);
      showOutput(el, key, svg);
    } catch (err) {
      if (gen !== generation) return;
      showOutput(el, key, undefined, err instanceof Error ? err.message : String(err));
    }
  }
  if (drawn.size > 50) drawn.clear();
  // Tests and latency measurements wait for this.
  document.documentElement.dataset.diagrams = 'done';
}

/** A diagram element's drawing as PNG in `theme` on `background` (see initializeMermaid). */
export async function diagramPng(el: HTMLElement, theme: Theme, background: string): Promise<Omit<DiagramPng, 'title'>> {
  const source = sourceOf(el);
  try {
    return await rasterise(await drawingOf(theme, source, false), background);
  } catch (err) {
    if (!(err instanceof DOMException && err.name === 'SecurityError')) throw err;
    // SVG text has no <small>: the detail line keeps the label's size there.
    return rasterise(await drawingOf(theme, source.replace(/<\/?small>/g, ''), true), background);
  }
}

async function drawingOf(theme: Theme, source: string, svgLabels: boolean): Promise<string> {
  const key = `${theme}${svgLabels ? '/svg' : ''}\n${source}`;
  const svg = drawn.get(key) ?? (await render(theme, source, svgLabels));
  drawn.set(key, svg);
  return svg;
}

/** Draws SVG markup on a canvas, laid out off-screen (Mermaid's sizes need a live document). */
async function rasterise(svgMarkup: string, background: string): Promise<Omit<DiagramPng, 'title'>> {
  const holder = document.createElement('div');
  holder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden';
  holder.append(inertSvg(svgMarkup));
  document.body.append(holder);
  try {
    const svg = holder.querySelector('svg');
    if (!svg) throw new Error('the diagram has no drawing');
    return await svgToPng(svg, background);
  } finally {
    holder.remove();
  }
}

/**
 * Every drawn diagram as a PNG in the light theme on white, whatever the editor's theme: for a
 * printed or Word document. Waits for the drawing in progress first.
 */
export async function diagramPngs(): Promise<DiagramPng[]> {
  while (document.documentElement.dataset.diagrams !== 'done') await drawing;
  const out: DiagramPng[] = [];
  for (const el of diagramElements()) {
    if (!el.querySelector('.sow-diagram-output svg')) continue;
    const title = el.closest('figure')?.querySelector('figcaption')?.textContent?.trim() || 'Architecture diagram';
    out.push({ title, ...(await diagramPng(el, 'default', '#ffffff')) });
  }
  return out;
}
