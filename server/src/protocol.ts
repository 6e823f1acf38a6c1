// Custom requests between the client (status bar, preview) and the server.
import type { WebScriptUrls } from './webScripts';

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

/** What the client tells the server at `initialize` (`initializationOptions`). */
export interface SowInitializationOptions {
  /** The client answers READ_WORKSPACE_FILE_REQUEST (the VS Code client does, through workspace.fs). */
  readsWorkspaceFiles?: boolean;
  /** The web worker server: where its lazily loaded scripts (dist/web/validator.js, render.js) are. */
  webScripts?: WebScriptUrls;
}

/**
 * Server → client: a workspace file the server cannot read itself (a virtual workspace such as
 * github.dev, or any workspace for the web worker): `.sowrc.yaml`, and the SOW documents of a
 * workspace review when they are closed or change on disk.
 */
export const READ_WORKSPACE_FILE_REQUEST = 'sow/readWorkspaceFile';

export interface ReadWorkspaceFileParams {
  uri: string;
  /** Refuse a larger file (default: the size of a configuration file, 1 MiB). */
  maxBytes?: number;
}

/** `null` when there is no such file; an error response when it exists but cannot be read. */
export type ReadWorkspaceFileResult = { text: string } | null;

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

/** "SOW: Compare with…": the open document against an earlier version the client read (a git revision or a file). */
export const COMPARE_REQUEST = 'sow/compare';

export interface CompareParams {
  uri: string;
  /** The earlier version's text. */
  baseText: string;
  /** How to name it in the report ("main", "plan-v1.sow.yaml"). */
  baseLabel: string;
}

export interface CompareResult {
  title: string;
  /** The change report as an escaped HTML fragment (no raw HTML from the documents). */
  bodyHtml: string;
  markdown: string;
  /** Number of material changes (revalidation needed). */
  material: number;
}

/**
 * Client → server ("SOW: Review Workspace"): documents that are not open, with their text as the
 * client read it (workspace.fs, so a virtual workspace works too). The server reviews each into
 * the Problems panel and keeps its diagnostics right as the file is opened, closed, changed on
 * disk or deleted.
 */
export const REVIEW_FILES_REQUEST = 'sow/reviewFiles';

export interface ReviewFilesParams {
  files: Array<{ uri: string; text: string }>;
}

export interface ReviewFilesResult {
  /** Files reviewed from the text sent. */
  reviewed: number;
  /** Files open in an editor: reviewed as they are edited, the text sent was not used. */
  open: number;
  /** Findings of the reviewed files, by severity. */
  counts: Record<'error' | 'warning' | 'info' | 'hint', number>;
}

/** The largest SOW document the client reads for the server (a document, unlike a config file, may be large). */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
