// Custom requests between the client (status bar, preview) and the server.
export const READINESS_REQUEST = 'sow/readiness';

export interface ReadinessParams {
  uri: string;
}

/** The SOW rendered for the preview webview, from the server's cached parse and review. */
export const RENDER_PREVIEW_REQUEST = 'sow/renderPreview';
/** The SOW as Markdown (export), with the architecture diagram as a mermaid fence. */
export const RENDER_MARKDOWN_REQUEST = 'sow/renderMarkdown';

export interface RenderParams {
  uri: string;
}

export interface RenderPreviewResult {
  title: string;
  /** An escaped HTML fragment with `data-line` (0-based) on blocks for scroll sync. */
  bodyHtml: string;
  /** Mermaid sources, indexed like `data-diagram-index` in the body. */
  diagrams: string[];
  /** The document version this render is of, so the client can drop stale results. */
  version: number;
}

/** The SOW as a Word document (base64 .docx), with the diagrams the client could draw. */
export const RENDER_DOCX_REQUEST = 'sow/renderDocx';

export interface RenderDocxParams extends RenderParams {
  withReview?: boolean;
  /** PNG images of the 3.1 diagrams (base64), drawn by the client. */
  diagrams?: Array<{ title: string; pngBase64: string; width: number; height: number }>;
  /** What 3.1 says when there is no image. */
  diagramUnavailable?: string;
}

/** A filled SOW template (Markdown, Word or HTML) → .sow.yaml text and the import report. */
export const IMPORT_REQUEST = 'sow/import';

export interface ImportParams {
  /** File name (its extension selects the reader). */
  name: string;
  contentBase64: string;
}

export interface ImportResultMessage {
  yaml: string;
  /** The report as text. */
  report: string;
  mapped: number;
  kept: number;
  ambiguous: number;
}
