// Shared value types of the engine. They mirror the LSP shapes (0-based line/character, UTF-16
// offsets) so the server can pass them through unchanged, without the engine importing LSP.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A client's request was cancelled (LSP's CancellationToken has this shape). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A step into the YAML tree: a mapping key or a sequence index. */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];

/**
 * A quick fix described by intent, not by text. The actions module turns each operation into
 * a minimal text edit that keeps comments, indentation and quoting of everything else.
 */
export type FixOperation =
  /** Set the value at `path` (creating missing mappings on the way). */
  | { kind: 'set'; path: Path; value: unknown }
  /** In the sequence at `path`, replace the item equal to `from` by `to` (one or more items). */
  | { kind: 'replaceItem'; path: Path; from: unknown; to: unknown[] }
  /** Append items to the sequence at `path` (creating it if missing), skipping ones present. */
  | { kind: 'addItems'; path: Path; items: unknown[] }
  /** Remove the item equal to `item` from the sequence at `path`. */
  | { kind: 'removeItem'; path: Path; item: unknown }
  /** Replace a span of text (used for text-level fixes such as renamed products). */
  | { kind: 'replaceText'; range: Range; text: string };

export interface Fix {
  title: string;
  /** The obvious fix: shown first and applied by "fix all". */
  preferred?: boolean;
  operations: FixOperation[];
}

export interface FindingData {
  /** Path of the YAML node the finding is about (absent for whole-document findings). */
  path?: Path;
  fixes?: Fix[];
  /** Suggestions for near-miss keys and values ("did you mean"). */
  suggestions?: string[];
}

/** Another rule's statement of the same problem, folded into the finding that states it best. */
export interface RelatedFinding {
  code: string;
  message: string;
  range: Range;
}

export interface Finding {
  /** Stable code: a rule id (PWAF-SEC-001) or an engine code (yaml/..., schema/..., sow/...). */
  code: string;
  message: string;
  severity: Severity;
  range: Range;
  tags?: Array<'deprecated' | 'unnecessary'>;
  data?: FindingData;
  /** Findings of subsumed rules about the same problem (one problem, one finding). */
  related?: RelatedFinding[];
}
