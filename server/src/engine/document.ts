// One parse per document version: the YAML tree with ranges and comments, its plain value, and
// the lookups every feature needs (path → range, offset → path). Features never re-parse.
import {
  Alias,
  Composer,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  Pair,
  Parser,
  parseDocument,
  Scalar,
  visit,
  YAMLMap,
} from 'yaml';
import { Finding, Path, PathSegment, Position, Range } from './types';

/** Above this many characters a document is not parsed: parsing 10 MB takes seconds and GBs. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;

/** Aliases may expand at most this many times: a billion-laughs document stops here. */
const MAX_ALIAS_EXPANSIONS = 100;

export const PARSE_OPTIONS = {
  prettyErrors: false,
  // Problems are reported as findings; nothing goes to the console (the server's stderr).
  logLevel: 'error',
  // yaml's own unique-key check compares every key with every other (minutes for 20,000
  // keys); duplicateKeys() below does the same in one pass.
  uniqueKeys: false,
  keepSourceTokens: false,
} as const;

export interface ScalarVisit {
  path: PathSegment[];
  node: Scalar;
  /** True when the scalar is a mapping key, not a value. */
  isKey: boolean;
}

export interface NodeAtOffset {
  /** Path of the deepest node containing the offset. */
  path: PathSegment[];
  node: Node | null;
  /** Set when the offset is on a mapping key. */
  onKey: boolean;
  /** The mapping (if any) whose pair contains the offset. */
  parentMap?: Node;
}

export class SowDocument {
  readonly yaml: Document.Parsed;
  readonly lineCounter = new LineCounter();
  /** The plain JavaScript value, or undefined when it could not be built. */
  readonly value: unknown;
  /** YAML syntax errors and warnings as findings. */
  readonly syntaxFindings: Finding[] = [];
  /** Set when the document was too large to parse; it then reads as empty. */
  readonly oversized: boolean;

  /** The top-level entries parsed one by one (incremental parsing). */
  private readonly segments: Segment[] | undefined;
  /** True when the tree is the sections' trees joined (not a whole-text parse). */
  private readonly joined: boolean = false;
  private scalarList: ScalarVisit[] | undefined;

  /**
   * `incremental` parses top-level entries one by one and keeps them, so that the next version
   * (given its `previous`, this document's last version) takes over the entries whose text did
   * not change instead of parsing them again: an edit costs about the size of the entry it
   * touches. Their nodes move to the new version: `previous` must not be used afterwards.
   */
  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    maxSize = DEFAULT_MAX_DOCUMENT_SIZE,
    incremental?: { previous?: SowDocument },
  ) {
    this.oversized = text.length > maxSize;
    // Lines as the editor counts them (\r\n, \r and \n each end one), not as the YAML lexer does,
    // so every range we publish lands where the client expects it, even in lone-CR files.
    this.lineCounter.addNewLine(0);
    if (text.includes('\r')) {
      for (const m of text.matchAll(/\r\n?|\n/g)) this.lineCounter.addNewLine(m.index + m[0].length);
    } else {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineCounter.addNewLine(i + 1);
    }
    if (this.oversized) {
      this.yaml = parseDocument('');
      this.value = undefined;
      this.syntaxFindings.push({
        code: 'sow/document-too-large',
        // A warning, not an info: a document nobody reviewed must not look like a pass.
        severity: 'warning',
        message: `This document has ${text.length.toLocaleString('en-US')} characters, over the ${maxSize.toLocaleString('en-US')} limit (setting sow.maxDocumentSize): it was not analysed, so there are no diagnostics, completion or hover for it.`,
        range: this.rangeOfOffsets(0, 0),
      });
      return;
    }
    // The YAML lexer breaks lines only at \n; a lone \r (old Mac files) ends a line for the
    // editor and for YAML 1.2. As \n it has the same length, so every offset stays valid.
    const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
    this.segments = incremental ? parseSegments(source, incremental.previous?.segments) : undefined;
    const joined = this.segments && joinSegments(this.segments, source);
    this.joined = !!joined;
    this.yaml = joined ?? parseDocument(source, PARSE_OPTIONS);
    for (const e of this.yaml.errors) this.syntaxFindings.push(this.yamlProblem(e.code, e.message, e.pos, 'error'));
    for (const w of this.yaml.warnings) this.syntaxFindings.push(this.yamlProblem(w.code, w.message, w.pos, 'warning'));
    this.reportDuplicateKeys(this.yaml.contents);
    let value: unknown;
    // Joined segments hold no alias (see parseSegment).
    const cycle = !this.joined && text.includes('*') ? this.aliasCycle() : undefined;
    if (cycle) {
      // A node that contains an alias to itself has no finite value; rules would recurse forever.
      this.syntaxFindings.push({
        code: 'yaml/alias-cycle',
        severity: 'error',
        message: `The alias *${cycle.source} refers to a node that contains it, so the document has no finite value; it was not reviewed.`,
        range: this.rangeOfOffsets(cycle.range?.[0] ?? 0, cycle.range?.[1] ?? 0),
      });
    } else {
      try {
        value = this.yaml.toJS({ maxAliasCount: MAX_ALIAS_EXPANSIONS });
      } catch (err) {
        this.syntaxFindings.push({
          code: 'yaml/alias-limit',
          severity: 'error',
          message: `The document could not be read: ${(err as Error).message}`,
          range: this.rangeOfOffsets(0, 0),
        });
      }
    }
    this.value = value;
  }

  /** A key repeated in one mapping: YAML forbids it and only one of the values would count. */
  private reportDuplicateKeys(node: unknown): void {
    for (const key of duplicateKeys(node)) {
      this.syntaxFindings.push(this.yamlProblem('DUPLICATE_KEY', `The key "${String(key.value)}" appears more than once in this mapping; only one of its values would count.`, [key.range![0], key.range![1]], 'error'));
    }
  }

  /** The first alias inside the node it refers to, if any. */
  private aliasCycle(): Alias | undefined {
    let found: Alias | undefined;
    visit(this.yaml, {
      Alias: (_, node, path) => {
        const target = node.resolve(this.yaml);
        if (target && path.includes(target)) {
          found = node;
          return visit.BREAK;
        }
        return undefined;
      },
    });
    return found;
  }

  /** The document's line break (its first one; \n when it has none): text we insert uses it. */
  get eol(): string {
    return /\r\n?|\n/.exec(this.text)?.[0] ?? '\n';
  }

  get hasSyntaxErrors(): boolean {
    return this.syntaxFindings.some((f) => f.severity === 'error');
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const { line, col } = this.lineCounter.linePos(o);
    return { line: line - 1, character: col - 1 };
  }

  offsetAt(position: Position): number {
    const starts = this.lineCounter.lineStarts;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[Math.max(0, position.line)];
    const lineEnd = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    // A character past the end of the line stops before its line break.
    const breakLength = /\r\n$|[\r\n]$/.exec(this.text.slice(Math.max(lineStart, lineEnd - 2), lineEnd))?.[0].length ?? 0;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd - breakLength);
  }

  /**
   * A position from outside (a client's request) made one of this document: line and character
   * whole numbers within it. Huge, negative or non-numeric values would otherwise send line
   * scans to 2^31 or index with NaN.
   */
  clampPosition(position: Position | undefined): Position {
    const whole = (n: unknown, max: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), max) : 0);
    const line = whole(position?.line, this.lineCount - 1);
    return { line, character: whole(position?.character, this.lineText(line).length) };
  }

  clampRange(range: Range | undefined): Range {
    const start = this.clampPosition(range?.start);
    const end = this.clampPosition(range?.end);
    const ordered = end.line > start.line || (end.line === start.line && end.character >= start.character);
    return ordered ? { start, end } : { start: end, end: start };
  }

  rangeOfOffsets(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(Math.max(start, end)) };
  }

  /** The text of one line, without its line break. */
  lineText(line: number): string {
    const starts = this.lineCounter.lineStarts;
    if (line < 0 || line >= starts.length) return '';
    const end = line + 1 < starts.length ? starts[line + 1] : this.text.length;
    return this.text.slice(starts[line], end).replace(/\r\n?$|\n$/, '');
  }

  get lineCount(): number {
    return this.lineCounter.lineStarts.length;
  }

  /** The node at `path`, or undefined when any step is missing. */
  nodeAt(path: Path): Node | undefined {
    let node: unknown = this.yaml.contents;
    for (const seg of path) {
      const pair = pairIn(node, seg);
      if (pair) {
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number') {
        node = node.items[seg];
      } else {
        return undefined;
      }
      if (isAlias(node)) node = node.resolve(this.yaml);
    }
    return (node ?? undefined) as Node | undefined;
  }

  /** The mapping pair whose key is the last step of `path`. */
  pairAt(path: Path): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = path.length === 1 ? this.yaml.contents : this.nodeAt(path.slice(0, -1));
    return pairIn(parent, path[path.length - 1]);
  }

  /**
   * The range of the value at `path` (or of its key with `part: 'key'`). Collections and empty
   * values point at their key (a whole block would swamp the editor); a missing path falls back
   * to the nearest existing ancestor, so a finding lands where the author must type and never
   * covers the whole file.
   */
  rangeOf(path: Path, part: 'value' | 'key' = 'value'): Range {
    for (let depth = path.length; depth >= 0; depth--) {
      const prefix = path.slice(0, depth);
      const keyNode = this.pairAt(prefix)?.key as Node | null | undefined;
      const node = depth === 0 ? ((this.yaml.contents as Node | null) ?? undefined) : this.nodeAt(prefix);
      const wantsValue = depth === path.length && part === 'value';
      if (wantsValue && isScalar(node) && node.range && node.range[0] < node.range[1]) {
        return this.rangeOfOffsets(node.range[0], trimEnd(this.text, node.range[0], node.range[1]));
      }
      if (keyNode?.range) return this.rangeOfOffsets(keyNode.range[0], keyNode.range[1]);
      if (node?.range) return this.firstLineRange(node.range[0]);
    }
    return this.firstLineRange(this.firstContentOffset());
  }

  /** From `offset` to the end of its line (without trailing blanks). */
  private firstLineRange(offset: number): Range {
    const start = this.positionAt(offset);
    const end = { line: start.line, character: this.lineText(start.line).trimEnd().length };
    return { start, end: end.character > start.character ? end : start };
  }

  /** Every scalar of the tree (keys and values) with its path, in document order. */
  *scalars(): Generator<ScalarVisit> {
    // Listed once per version, and per section where sections were taken over (their paths and
    // nodes are the same): several rules scan every scalar.
    if (this.joined && this.segments) {
      for (const segment of this.segments) yield* (segment.scalars ??= walkScalars(segment.map, []));
    } else {
      yield* (this.scalarList ??= walkScalars(this.yaml.contents, []));
    }
  }

  /** The deepest node that contains `offset`, with its path. */
  nodeAtOffset(offset: number): NodeAtOffset {
    const result: NodeAtOffset = { path: [], node: (this.yaml.contents as Node | null) ?? null, onKey: false };
    let node: unknown = this.yaml.contents;
    for (;;) {
      if (isMap(node)) {
        const pair = node.items.find((p) => pairContains(p, offset));
        if (!pair) return result;
        const key = pair.key as Node | null;
        const keyName = isScalar(key) ? String(key.value) : '';
        result.path.push(keyName);
        result.parentMap = node;
        if (key?.range && offset >= key.range[0] && offset <= key.range[1]) {
          result.onKey = true;
          result.node = key;
          return result;
        }
        result.node = (pair.value as Node | null) ?? null;
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => {
          const r = (item as Node | null)?.range;
          return !!r && offset >= r[0] && offset <= r[1];
        });
        if (index < 0) return result;
        result.path.push(index);
        result.node = node.items[index] as Node;
        result.parentMap = undefined;
        node = node.items[index];
      } else {
        return result;
      }
    }
  }

  private firstContentOffset(): number {
    const m = /\S/.exec(this.text);
    return m ? m.index : 0;
  }

  private yamlProblem(code: string, message: string, pos: [number, number], severity: 'error' | 'warning'): Finding {
    const [start, end] = pos;
    return {
      code: `yaml/${code.toLowerCase().replace(/_/g, '-')}`,
      severity,
      message: plainYamlMessage(message),
      range: this.rangeOfOffsets(start, Math.max(end, start + 1)),
    };
  }
}

/**
 * Every key that repeats an earlier key of its mapping, anywhere under `node`, in one pass (yaml's
 * own check compares every key with every other: minutes for 20,000 keys). Documents and
 * `.sowrc.yaml` files both use it, parsed with PARSE_OPTIONS.
 */
export function duplicateKeys(node: unknown, out: Scalar[] = []): Scalar[] {
  if (isMap(node)) {
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key;
      if (isScalar(key) && key.range) {
        const name = String(key.value);
        if (seen.has(name)) out.push(key);
        seen.add(name);
      }
      duplicateKeys(pair.value, out);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) duplicateKeys(item, out);
  }
  return out;
}

function pairIn(node: unknown, seg: PathSegment): Pair | undefined {
  if (!isMap(node)) return undefined;
  // The last of duplicate keys, as it is the one whose value the document has.
  return node.items.findLast((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
}

function pairContains(pair: Pair, offset: number): boolean {
  const key = pair.key as Node | null;
  const value = pair.value as Node | null;
  const start = key?.range?.[0] ?? value?.range?.[0];
  const end = value?.range?.[2] ?? key?.range?.[2];
  return start !== undefined && end !== undefined && offset >= start && offset <= end;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

function walkScalars(node: unknown, path: PathSegment[], out: ScalarVisit[] = []): ScalarVisit[] {
  if (isScalar(node)) {
    // An empty value (`key:`) is an implicit null with no text of its own: nothing to visit.
    if (!node.range || node.range[0] < node.range[1]) out.push({ path, node, isKey: false });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      out.push({ path: childPath, node: pair.key, isKey: true });
      walkScalars(pair.value, childPath, out);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) walkScalars(node.items[i], [...path, i], out);
  }
  return out;
}

/** yaml's messages end with "at line X, column Y" and a code frame; the range already says where. */
function plainYamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

// ── Incremental parsing ──────────────────────────────────────────────────────────────────
// A SOW is one block mapping of top-level sections. Each section's text is parsed on its own
// (with its real offsets) and kept; the next version re-parses only sections whose text changed
// and moves the others by the length difference. The joined tree must equal a parse of the whole
// text, so sections are joined only where that is certain: each parses without a problem into a
// block mapping at column 0, and none holds an alias (aliases resolve across the document) or
// a tag that needs the document's schema (!!binary).
// Sections with YAML problems (typing often leaves some) are parsed again together with the
// clean section after them: if that one still starts a top-level key and all problems end
// before it, the parser was back at the top level there, exactly as in a whole-text parse.
// Anything else (several documents, directives, aliases) takes the whole-text parse.

interface Segment {
  start: number;
  text: string;
  /** Its document's range: the first section's start and the last one's end are the whole document's. */
  docRange: [number, number, number];
  /** The section's mapping when it joins as it is (see above), else null. */
  map: YAMLMap | null;
  /** Why `map` is null: YAML problems (worth re-parsing with a neighbour) or its structure. */
  unjoinable?: 'problems' | 'structure';
  /** Its scalars, listed at first use (SowDocument.scalars). */
  scalars?: ScalarVisit[];
}

/** A line that starts a top-level `key:` (a plain key at column 0). */
const TOP_LEVEL_KEY = /\n(?=[A-Za-z_][\w-]*[ \t]*:(?:[ \t\r\n]|$))/g;
/** Document markers and directives: several documents or a header the segments would not see. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;

function parseSegments(text: string, previous: Segment[] | undefined): Segment[] | undefined {
  if (DOCUMENT_MARKER.test(text)) return undefined;
  // Unchanged sections by text; each is taken over at most once.
  const unchanged = new Map<string, Segment[]>();
  for (const segment of previous ?? []) {
    const same = unchanged.get(segment.text);
    if (same) same.push(segment);
    else unchanged.set(segment.text, [segment]);
  }
  const starts = [0];
  // The first section runs to the second top-level key: comments before the first key are its own.
  const firstContent = /^[ \t]*[^\s#]/m.exec(text)?.index ?? text.length;
  for (const m of text.matchAll(TOP_LEVEL_KEY)) if (m.index >= firstContent) starts.push(m.index + 1);
  if (starts.length < 2) return undefined;
  return starts.map((start, i) => {
    const segmentText = text.slice(start, starts[i + 1] ?? text.length);
    const reused = unchanged.get(segmentText)?.shift();
    if (!reused) return parseSegment(segmentText, start, text);
    const delta = start - reused.start;
    if (reused.map && delta !== 0) shiftRanges(reused.map, delta);
    reused.start = start;
    reused.docRange = reused.docRange.map((offset) => offset + delta) as Segment['docRange'];
    return reused;
  });
}

/**
 * Text after a section in place of the next one: a parse of a section alone must end as it ends
 * in the whole text, where a top-level key follows (at the end of the text an empty value takes
 * in the comments after it, and a tab-indented blank line is no error).
 */
const NEXT_KEY = '_:\n';

interface Piece {
  doc: Document.Parsed;
  /** The piece's pairs when they can join another piece's (see joinableMap), else undefined. */
  map?: YAMLMap;
}

/** text[start, end) parsed alone, with its real offsets, as it parses within the whole text. */
function parsePiece(text: string, start: number, end: number): Piece | undefined {
  const followed = end < text.length;
  const source = text.slice(start, end) + (followed ? NEXT_KEY : '');
  const parser = new Parser();
  parser.offset = start;
  const docs = [...new Composer(PARSE_OPTIONS).compose(parser.parse(source), true, start + source.length)];
  if (docs.length !== 1) return undefined;
  const doc = docs[0];
  const map = joinableMap(doc, text, start, end);
  if (map && followed) {
    // The stand-in key must still be a top-level key; then it goes.
    if ((map.items[map.items.length - 1]?.key as Node | null)?.range?.[0] !== end) return { doc };
    map.items.pop();
  }
  return { doc, map };
}

/** How many tags a fresh document knows: parsing adds yaml's known tags (!!binary, !!set…) as used. */
const BASE_TAG_COUNT = new Document(undefined, PARSE_OPTIONS).schema.tags.length;

/**
 * A block mapping that starts at column 0, holds no alias and used no tag the joined document
 * would lack (its schema is a fresh one): what can be joined.
 */
function joinableMap(doc: Document.Parsed, text: string, start: number, end: number): YAMLMap | undefined {
  const map = doc.contents;
  if (!isMap(map) || map.flow || !map.range || !(map.range[0] === 0 || text[map.range[0] - 1] === '\n')) return undefined;
  if (doc.schema.tags.length !== BASE_TAG_COUNT) return undefined;
  if (text.slice(start, end).includes('*') && hasAlias(map)) return undefined;
  return map;
}

function parseSegment(segmentText: string, start: number, text: string): Segment {
  const end = start + segmentText.length;
  const piece = parsePiece(text, start, end);
  const segment: Segment = { start, text: segmentText, docRange: piece?.doc.range ?? [start, end, end], map: null };
  if (!piece?.map) segment.unjoinable = 'structure';
  else if (piece.doc.errors.length > 0 || piece.doc.warnings.length > 0) segment.unjoinable = 'problems';
  else segment.map = piece.map;
  return segment;
}

function hasAlias(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Alias: () => {
      found = true;
      return visit.BREAK;
    },
  });
  return found;
}

/** One document whose root mapping holds every section's pairs, or undefined when they cannot join. */
function joinSegments(segments: Segment[], text: string): Document.Parsed | undefined {
  const failing = segments.flatMap((s, i) => (s.map ? [] : [i]));
  const doc = new Document(undefined, PARSE_OPTIONS) as Document.Parsed;
  let maps: YAMLMap[];
  let docStart = segments[0].docRange[0];
  let docEnd = segments[segments.length - 1].docRange[2];
  if (failing.length === 0) {
    maps = segments.map((s) => s.map as YAMLMap);
  } else {
    if (failing.some((i) => segments[i].unjoinable !== 'problems')) return undefined;
    const first = failing[0];
    const last = failing[failing.length - 1];
    const neighbour = segments[last + 1];
    const start = segments[first].start;
    const end = neighbour ? neighbour.start + neighbour.text.length : text.length;
    const piece = parsePiece(text, start, end);
    const map = piece?.map;
    if (!piece || !map) return undefined;
    const middle = piece.doc;
    if (neighbour) {
      const backAtTop = map.items.some((p) => (p.key as Node | null)?.range?.[0] === neighbour.start);
      if (!backAtTop || [...middle.errors, ...middle.warnings].some((e) => e.pos[1] > neighbour.start)) return undefined;
    }
    doc.errors.push(...middle.errors);
    doc.warnings.push(...middle.warnings);
    if (first === 0) docStart = middle.range[0];
    if (end === text.length) docEnd = middle.range[2];
    maps = [...segments.slice(0, first).map((s) => s.map as YAMLMap), map, ...segments.slice(last + 2).map((s) => s.map as YAMLMap)];
  }
  const firstRange = maps[0].range!;
  const lastRange = maps[maps.length - 1].range!;
  const root = new YAMLMap();
  root.items = maps.flatMap((m) => m.items);
  root.range = [firstRange[0], lastRange[1], lastRange[2]];
  doc.contents = root as YAMLMap.Parsed;
  doc.range = [docStart, lastRange[2], docEnd];
  return doc;
}

/** Moves every node of a taken-over section by `delta` characters. */
function shiftRanges(node: unknown, delta: number): void {
  if (isPair(node)) {
    shiftRanges(node.key, delta);
    shiftRanges(node.value, delta);
    return;
  }
  const range = (node as Node | null)?.range;
  if (range) for (let i = 0; i < range.length; i++) range[i] += delta;
  if (isMap(node) || isSeq(node)) for (const item of node.items) shiftRanges(item, delta);
}

/** Keeps the latest parse per document so every feature shares one parse per version. */
export class DocumentCache {
  private readonly docs = new Map<string, SowDocument>();

  get(uri: string, version: number, text: string, maxSize = DEFAULT_MAX_DOCUMENT_SIZE): SowDocument {
    const cached = this.docs.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    const doc = new SowDocument(uri, version, text, maxSize, { previous: cached });
    this.docs.set(uri, doc);
    return doc;
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  /** Forget every parse (the size limit changed). */
  clear(): void {
    this.docs.clear();
  }
}
