// Finds glossary terms in text: every form of every term compiled into two regexes (one
// case-sensitive for abbreviations, one ignoring case), built once per term list. Whole words
// only, longest form first, spaces and hyphens interchangeable, an optional plural "s".
import { GLOSSARY, GlossaryTerm } from './terms';

export interface TermForms<T> {
  /** Every spelling that names the entry. */
  forms: readonly string[];
  /** Forms that must match with exactly this case. */
  caseSensitive?: readonly string[];
  entry: T;
}

export interface TermMatch<T> {
  entry: T;
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  /** The text as written ("PATs", "oauth  m2m"). */
  text: string;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** "OAuth M2M" and "oauth-m2m" are the same form: case folded (when allowed), separators unified. */
function normalize(form: string, foldCase: boolean): string {
  const unified = form.trim().replace(/[\s-]+/g, ' ');
  return foldCase ? unified.toLowerCase() : unified;
}

function formPattern(form: string): string {
  return form
    .trim()
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[\\s-]+');
}

export class TermMatcher<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly regexes: RegExp[] = [];

  constructor(entries: ReadonlyArray<TermForms<T>>) {
    const exactForms: string[] = [];
    const foldedForms: string[] = [];
    for (const { forms, caseSensitive = [], entry } of entries) {
      for (const form of forms) {
        if (!form.trim()) continue;
        const sensitive = caseSensitive.includes(form);
        const map = sensitive ? this.exact : this.folded;
        const key = normalize(form, !sensitive);
        // The first entry to claim a form keeps it (a document's own term beats nothing else).
        if (map.has(key)) continue;
        map.set(key, entry);
        (sensitive ? exactForms : foldedForms).push(form);
      }
    }
    for (const [forms, flags] of [
      [exactForms, 'gu'],
      [foldedForms, 'giu'],
    ] as const) {
      if (forms.length === 0) continue;
      // Longest first, so "OAuth M2M" wins over a shorter form starting at the same place.
      const alternation = [...forms].sort((a, b) => b.length - a.length).map(formPattern).join('|');
      this.regexes.push(compiledRegex(`(?<!${WORD_CHAR})(?:${alternation})(?:e?s)?(?!${WORD_CHAR})`, flags));
    }
  }

  /** Every term in `text`, in order, without overlaps (the longer of two overlapping matches wins). */
  findAll(text: string): TermMatch<T>[] {
    const found: TermMatch<T>[] = [];
    for (const regex of this.regexes) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const entry = this.lookup(m[0]);
        if (entry !== undefined) found.push({ entry, start: m.index, end: m.index + m[0].length, text: m[0] });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const result: TermMatch<T>[] = [];
    for (const match of found) {
      if (result.length && match.start < result[result.length - 1].end) continue;
      result.push(match);
    }
    return result;
  }

  /** The term covering `offset` in `text` (a cursor just after a term still counts). */
  at(text: string, offset: number): TermMatch<T> | undefined {
    const matches = this.findAll(text);
    return matches.find((m) => m.start <= offset && offset < m.end) ?? matches.find((m) => m.end === offset);
  }

  /** The entry a form names, if any ("uc" finds nothing, "Unity catalog" finds Unity Catalog). */
  lookup(written: string): T | undefined {
    for (const candidate of [written, written.replace(/s$/, ''), written.replace(/es$/, '')]) {
      const hit = this.exact.get(normalize(candidate, false)) ?? this.folded.get(normalize(candidate, true));
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
}

export function formsOf(term: GlossaryTerm): string[] {
  return [term.term, ...term.aliases];
}

let builtIn: TermMatcher<GlossaryTerm> | undefined;

/** The matcher over our glossary, compiled on first use. */
export function glossaryMatcher(): TermMatcher<GlossaryTerm> {
  builtIn ??= new TermMatcher(GLOSSARY.map((t) => ({ forms: formsOf(t), caseSensitive: t.caseSensitive, entry: t })));
  return builtIn;
}

/** Our entry for a written form ("PAT", "Unity Catalog"), if we have one. */
export function lookupTerm(written: string): GlossaryTerm | undefined {
  return glossaryMatcher().lookup(written.trim());
}

/**
 * A document's glossary gives the same pattern version after version; compiling a large
 * alternation costs tens of milliseconds, so equal patterns share one RegExp. Sharing is safe:
 * findAll resets lastIndex and runs synchronously. Bounded so edited glossaries do not pile up.
 */
const regexCache = new Map<string, RegExp>();
const REGEX_CACHE_SIZE = 16;

function compiledRegex(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let regex = regexCache.get(key);
  if (!regex) {
    if (regexCache.size >= REGEX_CACHE_SIZE) regexCache.delete(regexCache.keys().next().value!);
    regex = new RegExp(source, flags);
    regexCache.set(key, regex);
  }
  return regex;
}
