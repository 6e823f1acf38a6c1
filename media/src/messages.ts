// The message contract between the preview panel (extension host) and its webview script.

/** A diagram drawn to PNG in the webview (light theme, for documents such as the Word export). */
export interface DiagramPng {
  title: string;
  pngBase64: string;
  /** Size to show it at, in CSS pixels (the PNG itself has twice as many). */
  width: number;
  height: number;
}

export type ToWebview =
  /** New content for the same page: patched in place, so the scroll position stays. */
  | { type: 'update'; bodyHtml: string }
  /** The editor scrolled: show the element of this (0-based) source line at the top. */
  | { type: 'scrollTo'; line: number }
  /** The preview was locked or unlocked (kept in the webview state for a window reload). */
  | { type: 'locked'; locked: boolean }
  /** Draw every diagram as PNG, once the current drawing is done; answered by `diagramImages`. */
  | { type: 'exportDiagrams'; requestId: number };

export type FromWebview =
  /** The script is running: the page can take messages. */
  | { type: 'ready' }
  /** A click on a block or a finding badge: reveal that source position in the editor. */
  | { type: 'revealLine'; line: number; character: number }
  /** A click on a link: the extension validates it and opens http(s)/mailto only. */
  | { type: 'openLink'; href: string }
  /** "Copy SVG": the extension puts the text on the clipboard. */
  | { type: 'copySvg'; svg: string }
  /** "Save as SVG / PNG": the extension asks where and writes the file. */
  | { type: 'saveDiagram'; format: 'svg'; svg: string; name: string }
  | { type: 'saveDiagram'; format: 'png'; pngBase64: string; name: string }
  | { type: 'diagramImages'; requestId: number; images: DiagramPng[]; error?: string };

/** What the webview keeps across a window reload (acquireVsCodeApi().setState). */
export interface PreviewState {
  /** The document shown (its URI as a string). */
  uri: string;
  locked: boolean;
  /** The source line at the top of the preview (0-based). */
  line?: number;
}
