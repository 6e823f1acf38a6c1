// Where rules' own phrases (patterns the vocabulary does not name: "stored in environment
// variables", "one share per customer") occur in a document. Every registered pattern is matched
// in one pass over the string values per document version, and a value's matches are remembered by
// its text across versions: typing changes one value, so a new version matches only that one, and
// a rule's lookup costs what it finds, not the size of the document.
import { SowDocument } from '../document';
import { PathSegment, Range } from '../types';
import { StringValue, stringValues } from './scalarText';

export interface PhraseHit {
  path: PathSegment[];
  /** The matched words. */
  text: string;
  range: Range;
  exact: boolean;
  match: RegExpExecArray;
  /** The whole string value the words are in. */
  value: string;
  /** Other words of the same value, value[start, end), at their exact source range. */
  spanOf(start: number, end: number): { path: PathSegment[]; text: string; range: Range; exact: boolean };
}

const patterns: RegExp[] = [];

/** Declares a global pattern rules look up with `phraseHits`, so one pass per version finds it. */
export function phrasePattern(pattern: RegExp): RegExp {
  if (!pattern.global) throw new Error(`phrase pattern ${pattern} must be global`);
  if (!patterns.includes(pattern)) patterns.push(pattern);
  return pattern;
}

/** A value's matches per pattern; `upTo` is how many registered patterns it has been matched against. */
interface TextHits {
  upTo: number;
  hits: Map<RegExp, RegExpExecArray[]> | undefined;
}

const byText = new Map<string, TextHits>();
const MAX_REMEMBERED = 50_000;

function hitsOf(value: string): TextHits {
  let entry = byText.get(value);
  if (!entry) {
    if (byText.size >= MAX_REMEMBERED) byText.clear();
    entry = { upTo: 0, hits: undefined };
    byText.set(value, entry);
  }
  for (; entry.upTo < patterns.length; entry.upTo++) {
    const pattern = patterns[entry.upTo];
    const found: RegExpExecArray[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
      if (m[0] === '') pattern.lastIndex++;
      else found.push(m);
    }
    if (found.length) (entry.hits ??= new Map()).set(pattern, found);
  }
  return entry;
}

/** The hits of every pattern in one version, built in one pass. */
interface VersionIndex {
  upTo: number;
  byPattern: Map<RegExp, PhraseHit[]>;
}

const index = new WeakMap<SowDocument, VersionIndex>();

/** Every match of `pattern` in the document's string values, in document order. */
export function phraseHits(doc: SowDocument, pattern: RegExp): readonly PhraseHit[] {
  phrasePattern(pattern);
  let version = index.get(doc);
  if (!version || version.upTo < patterns.length) {
    version = { upTo: patterns.length, byPattern: new Map() };
    for (const s of stringValues(doc)) {
      const { hits } = hitsOf(s.value);
      if (!hits) continue;
      for (const [p, found] of hits) {
        let list = version.byPattern.get(p);
        if (!list) version.byPattern.set(p, (list = []));
        for (const m of found) list.push(new Hit(s, m));
      }
    }
    index.set(doc, version);
  }
  return version.byPattern.get(pattern) ?? [];
}

/** A match whose source range is worked out when first asked for (most hits are never reported). */
class Hit implements PhraseHit {
  readonly path: PathSegment[];
  readonly text: string;
  readonly value: string;
  #located?: { range: Range; exact: boolean };

  constructor(
    private readonly source: StringValue,
    readonly match: RegExpExecArray,
  ) {
    this.path = source.path;
    this.text = match[0];
    this.value = source.value;
  }

  private located(): { range: Range; exact: boolean } {
    return (this.#located ??= this.source.locate(this.match.index, this.match.index + this.match[0].length));
  }

  get range(): Range {
    return this.located().range;
  }

  spanOf(start: number, end: number): { path: PathSegment[]; text: string; range: Range; exact: boolean } {
    return { path: this.path, text: this.value.slice(start, end), ...this.source.locate(start, end) };
  }

  get exact(): boolean {
    return this.located().exact;
  }
}
