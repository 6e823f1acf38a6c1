// The document's own glossary appendix: its entries with their ranges, matched like ours, and
// compared with ours. Read once per parsed document.
import { isMap, isScalar, isSeq, Node } from 'yaml';
import { SowDocument } from '../document';
import { Path, Range } from '../types';
import { formsOf, lookupTerm, TermMatch, TermMatcher } from './match';
import { GlossaryTerm } from './terms';

/** Where the appendix lives in a `.sow.yaml` (docs/format.md). */
export const GLOSSARY_PATH: Path = ['appendices', 'glossary'];

export interface DocumentTerm {
  term: string;
  definition: string;
  /** Path of the entry's term scalar (the row's `term`, or the mapping key). */
  path: Path;
  /** Range of the term as written in the appendix: where go-to-definition lands. */
  range: Range;
  /** Our entry for the same term, if we have one. */
  ours?: GlossaryTerm;
}

export interface DocumentGlossary {
  entries: DocumentTerm[];
  matcher: TermMatcher<DocumentTerm>;
  /** The document's entry for one of our terms (by any of its forms). */
  entryFor(term: GlossaryTerm): DocumentTerm | undefined;
}

const cache = new WeakMap<SowDocument, DocumentGlossary>();

export function documentGlossary(doc: SowDocument): DocumentGlossary {
  let glossary = cache.get(doc);
  if (!glossary) {
    glossary = build(doc);
    cache.set(doc, glossary);
  }
  return glossary;
}

function build(doc: SowDocument): DocumentGlossary {
  const entries = readEntries(doc);
  const byOurs = new Map<GlossaryTerm, DocumentTerm>();
  for (const e of entries) if (e.ours && !byOurs.has(e.ours)) byOurs.set(e.ours, e);
  return {
    entries,
    // A document term is matched by its own spelling; ours by all of our forms (see hover).
    matcher: new TermMatcher(entries.map((e) => ({ forms: [e.term], caseSensitive: isAbbreviation(e.term) ? [e.term] : [], entry: e }))),
    entryFor: (term) => byOurs.get(term),
  };
}

/** "PAT", "OAuth M2M": written with capitals inside, so case matters as it does for ours. */
function isAbbreviation(term: string): boolean {
  return /[A-Z].*[A-Z]/.test(term.replace(/\s/g, '')) && term.length <= 12;
}

/** Rows `{term, definition}` in a list, or a plain `term: definition` mapping; anything else is skipped. */
function readEntries(doc: SowDocument): DocumentTerm[] {
  const node = doc.nodeAt(GLOSSARY_PATH);
  const entries: DocumentTerm[] = [];
  const add = (term: unknown, definition: unknown, path: Path, termNode: Node | null | undefined) => {
    if (typeof term !== 'string' || !term.trim() || !termNode?.range) return;
    entries.push({
      term: term.trim(),
      definition: typeof definition === 'string' ? definition.trim() : '',
      path,
      range: doc.rangeOfOffsets(termNode.range[0], termNode.range[1]),
      ours: lookupTerm(term),
    });
  };
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const termPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'term');
      const defPair = item.items.find((p) => isScalar(p.key) && p.key.value === 'definition');
      const termNode = termPair?.value as Node | null | undefined;
      add(isScalar(termNode) ? termNode.value : undefined, isScalar(defPair?.value) ? defPair.value.value : undefined, [...GLOSSARY_PATH, i, 'term'], termNode);
    });
  } else if (isMap(node)) {
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      add(key, isScalar(pair.value) ? pair.value.value : undefined, [...GLOSSARY_PATH, key], pair.key);
    }
  }
  return entries;
}

export interface TermHit {
  start: number;
  end: number;
  ours?: GlossaryTerm;
  document?: DocumentTerm;
}

/** The glossary term (ours, the document's, or both) at `character` of a line of text. */
export function termAt(doc: SowDocument, lineText: string, character: number, ourMatch?: TermMatch<GlossaryTerm>): TermHit | undefined {
  const glossary = documentGlossary(doc);
  const docMatch = glossary.matcher.at(lineText, character);
  if (ourMatch && (!docMatch || ourMatch.end - ourMatch.start >= docMatch.end - docMatch.start)) {
    return { start: ourMatch.start, end: ourMatch.end, ours: ourMatch.entry, document: glossary.entryFor(ourMatch.entry) ?? docMatch?.entry };
  }
  if (docMatch) return { start: docMatch.start, end: docMatch.end, ours: docMatch.entry.ours, document: docMatch.entry };
  return undefined;
}

// ── Consistency with our glossary ────────────────────────────────────────────────────────

const STOPWORDS = new Set(
  'about above after again also another based because been before being between both cannot could does doing down during each either every from further have having here into itself just more most must need only other over same should some such than that their them then there these they this those through under until used uses using very were what when where which while will with within without would your data databricks'.split(' '),
);

/** Lower-case content words of 4+ letters, plurals folded so "tokens" meets "token". */
export function significantWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
    if (raw.length < 4 || STOPWORDS.has(raw)) continue;
    words.add(raw.endsWith('ies') ? `${raw.slice(0, -3)}y` : raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw);
  }
  return words;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * True when the document's definition cannot be ours: it neither spells out one of our longer
 * forms (the expansion of an abbreviation, "Unity Catalog" for UC) nor shares content words with
 * our definition (none, or one out of three or more). Conservative on purpose: paraphrases pass.
 */
export function definesDifferently(entry: DocumentTerm, ours: GlossaryTerm): boolean {
  const definition = squash(entry.definition);
  if (!definition) return false;
  const written = squash(entry.term);
  const expansions = formsOf(ours).map(squash).filter((f) => f !== written && f.length > written.length);
  if (expansions.some((f) => ` ${definition} `.includes(` ${f} `))) return false;
  const theirs = significantWords(entry.definition);
  if (theirs.size === 0) return false;
  const reference = significantWords([ours.definition, ...formsOf(ours)].join(' '));
  let shared = 0;
  for (const w of theirs) if (reference.has(w)) shared++;
  return shared === 0 || (shared === 1 && theirs.size >= 3);
}
