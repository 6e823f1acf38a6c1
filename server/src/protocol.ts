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
