// Looking at a drawn diagram: zoom (buttons, Ctrl/⌘ + wheel or pinch, keys + − 0), pan (drag,
// or the arrow keys and scroll bars of the focused drawing), and in the editor Copy SVG, Save as
// SVG and Save as PNG, which hand the drawing to the extension (clipboard, save dialog).
import type { DiagramPng, FromWebview } from './messages';
import { svgText } from './rasterize';

const ZOOM_STEP = 1.25;
const MIN_ZOOM = 0.25;
const MAX_ZOOM = 8;
/** Smallest scale a wide diagram is fitted at; below it the figure scrolls sideways instead. */
const MIN_FIT_SCALE = 0.5;

type Action = 'zoom-in' | 'zoom-out' | 'reset' | 'copy-svg' | 'save-svg' | 'save-png';

const VIEW_BUTTONS: ReadonlyArray<[Action, string, string]> = [
  ['zoom-in', '+', 'Zoom in'],
  ['zoom-out', '−', 'Zoom out'],
  ['reset', '⟲', 'Reset zoom'],
];
const FILE_BUTTONS: ReadonlyArray<[Action, string, string]> = [
  ['copy-svg', 'Copy SVG', 'Copy the diagram as SVG'],
  ['save-svg', 'Save as SVG', 'Save the diagram as an SVG file'],
  ['save-png', 'Save as PNG', 'Save the diagram as a PNG image'],
];

/** In the editor: how to reach the extension, and how to draw a diagram as PNG for "Save as PNG". */
export interface DiagramFiles {
  post(message: FromWebview): void;
  png(el: HTMLElement, background: string): Promise<Omit<DiagramPng, 'title'>>;
}

let files: DiagramFiles | undefined;

/** Gives a diagram element its toolbar (once) and fits its drawing at the current zoom. */
export function attachDiagramView(el: HTMLElement): void {
  if (!el.querySelector(':scope > .sow-diagram-tools')) el.prepend(toolbar());
  const out = el.querySelector<HTMLElement>('.sow-diagram-output');
  if (!out) return;
  out.tabIndex = 0;
  out.setAttribute('role', 'group');
  out.setAttribute('aria-label', 'Diagram: + and − zoom, 0 resets, arrow keys pan');
  applyZoom(el);
}

function toolbar(): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'sow-diagram-tools';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Diagram');
  for (const [action, text, label] of [...VIEW_BUTTONS, ...(files ? FILE_BUTTONS : [])]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.diagramAction = action;
    button.textContent = text;
    button.title = label;
    button.setAttribute('aria-label', label);
    bar.append(button);
  }
  return bar;
}

function zoomOf(el: HTMLElement): number {
  const zoom = Number(el.dataset.zoom);
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

/** The fitted width times the zoom; the drawing's box scrolls when it is larger. */
function applyZoom(el: HTMLElement): void {
  const out = el.querySelector<HTMLElement>('.sow-diagram-output');
  const svg = out?.querySelector('svg');
  const natural = svg?.viewBox.baseVal?.width;
  if (!out || !svg || !natural) return;
  const available = el.clientWidth - 24;
  const fitted = Math.min(natural, Math.max(available, natural * MIN_FIT_SCALE));
  svg.style.maxWidth = 'none';
  svg.style.width = `${fitted * zoomOf(el)}px`;
  svg.style.height = 'auto';
  el.classList.toggle('zoomed', zoomOf(el) !== 1);
}

/** Zooms by `factor`, keeping the point under (clientX, clientY) — or the centre — in place. */
function zoomBy(el: HTMLElement, factor: number, clientX?: number, clientY?: number): void {
  const out = el.querySelector<HTMLElement>('.sow-diagram-output');
  if (!out) return;
  const before = zoomOf(el);
  const after = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, before * factor));
  if (after === before) return;
  const rect = out.getBoundingClientRect();
  const x = (clientX ?? rect.left + rect.width / 2) - rect.left;
  const y = (clientY ?? rect.top + rect.height / 2) - rect.top;
  const ratio = after / before;
  const left = (out.scrollLeft + x) * ratio - x;
  const top = (out.scrollTop + y) * ratio - y;
  el.dataset.zoom = String(after);
  applyZoom(el);
  out.scrollLeft = left;
  out.scrollTop = top;
}

function reset(el: HTMLElement): void {
  delete el.dataset.zoom;
  applyZoom(el);
  const out = el.querySelector<HTMLElement>('.sow-diagram-output');
  out?.scrollTo(0, 0);
}

function fileName(el: HTMLElement): string {
  const title = el.closest('figure')?.querySelector('figcaption')?.textContent ?? '';
  return title.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'diagram';
}

async function run(el: HTMLElement, action: Action): Promise<void> {
  const svg = el.querySelector<SVGSVGElement>('.sow-diagram-output svg');
  switch (action) {
    case 'zoom-in':
      return zoomBy(el, ZOOM_STEP);
    case 'zoom-out':
      return zoomBy(el, 1 / ZOOM_STEP);
    case 'reset':
      return reset(el);
    case 'copy-svg':
      if (svg) files?.post({ type: 'copySvg', svg: svgText(svg) });
      return;
    case 'save-svg':
      if (svg) files?.post({ type: 'saveDiagram', format: 'svg', svg: svgText(svg), name: fileName(el) });
      return;
    case 'save-png':
      // As shown, on the page's own background, so a diagram drawn for a dark theme stays readable.
      if (svg && files) files.post({ type: 'saveDiagram', format: 'png', pngBase64: (await files.png(el, getComputedStyle(el).backgroundColor || '#ffffff')).pngBase64, name: fileName(el) });
      return;
  }
}

const diagramOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('.sow-diagram') : null);

/** Listens on the document once, so diagrams added or patched later need no listeners of their own. */
export function initDiagramView(editor: DiagramFiles | undefined): void {
  files = editor;
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-diagram-action]') : null;
    const el = diagramOf(button);
    if (!button || !el) return;
    event.stopPropagation();
    void run(el, button.dataset.diagramAction as Action).catch((err: Error) => console.error(`SOW preview: ${err.message}`));
  }, true);
  document.addEventListener('keydown', (event) => {
    const el = event.target instanceof HTMLElement && event.target.classList.contains('sow-diagram-output') ? diagramOf(event.target) : null;
    if (!el || event.ctrlKey || event.metaKey || event.altKey) return;
    const action: Action | undefined = event.key === '+' || event.key === '=' ? 'zoom-in' : event.key === '-' ? 'zoom-out' : event.key === '0' ? 'reset' : undefined;
    if (!action) return;
    event.preventDefault();
    void run(el, action);
  });
  // Ctrl/⌘ + wheel (and a trackpad pinch, which browsers report so) zooms; a plain wheel scrolls the page.
  document.addEventListener('wheel', (event) => {
    const el = (event.ctrlKey || event.metaKey) && event.target instanceof Element && event.target.closest('.sow-diagram-output') ? diagramOf(event.target) : null;
    if (!el) return;
    event.preventDefault();
    zoomBy(el, Math.exp(-event.deltaY / 300), event.clientX, event.clientY);
  }, { passive: false });
  document.addEventListener('pointerdown', (event) => {
    const out = event.button === 0 && event.target instanceof Element ? event.target.closest<HTMLElement>('.sow-diagram-output') : null;
    if (!out || (out.scrollWidth <= out.clientWidth && out.scrollHeight <= out.clientHeight)) return;
    const start = { x: event.clientX, y: event.clientY, left: out.scrollLeft, top: out.scrollTop };
    let moved = false;
    const move = (e: PointerEvent) => {
      moved ||= Math.abs(e.clientX - start.x) + Math.abs(e.clientY - start.y) > 3;
      out.scrollLeft = start.left - (e.clientX - start.x);
      out.scrollTop = start.top - (e.clientY - start.y);
    };
    const end = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', end);
      out.classList.remove('panning');
      // A drag is not a click: it must not reveal the diagram's line in the editor.
      if (!moved) return;
      const swallow = (e: MouseEvent) => e.stopPropagation();
      window.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
    };
    out.classList.add('panning');
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', end);
  });
  // The fitted width follows the window.
  window.addEventListener('resize', () => document.querySelectorAll<HTMLElement>('.sow-diagram').forEach(applyZoom));
}
