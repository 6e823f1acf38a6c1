// One parse per document version: the YAML tree with ranges and comments, its plain value, and
// the lookups every feature needs (path → range, offset → path). Features never re-parse.
import {
  Alias,
  Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  Pair,
  parseDocument,
  Scalar,
  visit,
} from 'yaml';
import { Finding, Path, PathSegment, Position, Range } from './types';

/** Above this many characters a document is not parsed: parsing 10 MB takes seconds and GBs. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 2_000_000;

/** Aliases may expand at most this many times: a billion-laughs document stops here. */
const MAX_ALIAS_EXPANSIONS = 100;

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

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    maxSize = DEFAULT_MAX_DOCUMENT_SIZE,
  ) {
    this.oversized = text.length > maxSize;
    // Lines as the editor counts them (\r\n, \r and \n each end one), not as the YAML lexer does,
    // so every range we publish lands where the client expects it, even in lone-CR files.
    this.lineCounter.addNewLine(0);
    for (const m of text.matchAll(/\r\n?|\n/g)) this.lineCounter.addNewLine(m.index + m[0].length);
    if (this.oversized) {
      this.yaml = parseDocument('');
      this.value = undefined;
      this.syntaxFindings.push({
        code: 'sow/document-too-large',
        severity: 'info',
        message: `This document has ${text.length.toLocaleString('en-US')} characters, over the ${maxSize.toLocaleString('en-US')} limit (setting sow.maxDocumentSize): it was not analysed, so there are no diagnostics, completion or hover for it.`,
        range: this.rangeOfOffsets(0, 0),
      });
      return;
    }
    this.yaml = parseDocument(text, {
      prettyErrors: false,
      // Problems are reported as findings; nothing goes to the console (the server's stderr).
      logLevel: 'error',
      // yaml's own unique-key check compares every key with every other (minutes for 20,000
      // keys); duplicateKeys() below does the same in one pass.
      uniqueKeys: false,
      keepSourceTokens: false,
    });
    for (const e of this.yaml.errors) this.syntaxFindings.push(this.yamlProblem(e.code, e.message, e.pos, 'error'));
    for (const w of this.yaml.warnings) this.syntaxFindings.push(this.yamlProblem(w.code, w.message, w.pos, 'warning'));
    this.reportDuplicateKeys(this.yaml.contents);
    let value: unknown;
    const cycle = text.includes('*') ? this.aliasCycle() : undefined;
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
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && key.range) {
          const name = String(key.value);
          if (seen.has(name)) this.syntaxFindings.push(this.yamlProblem('DUPLICATE_KEY', `The key "${name}" appears more than once in this mapping; only one of its values would count.`, [key.range[0], key.range[1]], 'error'));
          seen.add(name);
        }
        this.reportDuplicateKeys(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) this.reportDuplicateKeys(item);
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
    yield* walkScalars(this.yaml.contents, []);
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

function* walkScalars(node: unknown, path: PathSegment[]): Generator<ScalarVisit> {
  if (isScalar(node)) {
    // An empty value (`key:`) is an implicit null with no text of its own: nothing to visit.
    if (!node.range || node.range[0] < node.range[1]) yield { path, node, isKey: false };
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const childPath = [...path, String(pair.key.value)];
      yield { path: childPath, node: pair.key, isKey: true };
      yield* walkScalars(pair.value, childPath);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* walkScalars(node.items[i], [...path, i]);
  }
}

/** yaml's messages end with "at line X, column Y" and a code frame; the range already says where. */
function plainYamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** Keeps the latest parse per document so every feature shares one parse per version. */
export class DocumentCache {
  private readonly docs = new Map<string, SowDocument>();

  get(uri: string, version: number, text: string, maxSize = DEFAULT_MAX_DOCUMENT_SIZE): SowDocument {
    const cached = this.docs.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    const doc = new SowDocument(uri, version, text, maxSize);
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
