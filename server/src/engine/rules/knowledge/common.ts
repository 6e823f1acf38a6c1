// What the knowledge rules share: the document's cloud, its prose reading, a finding at the words
// of a mention, customer counts per horizon, and "is X used" for the product sections.
import { Cloud } from '../../knowledge/index';
import { isUnder, Mention, ProseReading, readProse, Span } from '../../prose/index';
export { phrasePattern } from '../../prose/phrases';
import { PhraseHit, phraseHits } from '../../prose/phrases';
import { PathSegment } from '../../types';
import { RuleContext } from '../context';
import { numberIn } from '../helpers';
import { RuleHit } from '../types';

export const PRODUCTS = 'architecture.products';

/**
 * The sections whose free text prose rules read. A prose rule is assessed once any of them is
 * filled (an empty or starter document is not assessed, and so never passes).
 */
export const PROSE_INPUTS = [
  'executive_summary.business_overview',
  'business_requirements.customer_segments',
  'architecture.products',
  'architecture.data_flow',
  'architecture.external_dependencies',
  'governance_security',
  'integration',
  'operations.onboarding.steps',
  'scale_performance.capacity',
  'risks',
  'appendices.assumptions',
  'appendices.open_questions',
];

export function cloudOf(ctx: RuleContext): Cloud | undefined {
  const primary = ctx.get('deployment.cloud.primary');
  return primary === 'aws' || primary === 'azure' || primary === 'gcp' ? primary : undefined;
}

export function prose(ctx: RuleContext): ProseReading {
  return readProse(ctx.doc);
}

/** Where statements count: not the glossary (definitions) and not the out-of-scope list. */
export function committed(path: readonly PathSegment[]): boolean {
  return !(path[0] === 'appendices' && (path[1] === 'glossary' || path[1] === 'out_of_scope'));
}

/** Mentions of a kind (and id) in the document's commitments (not glossary, not out of scope). */
export function said(ctx: RuleContext, kind: Mention['kind'], id?: string): Mention[] {
  return prose(ctx).mentions.filter((m) => m.kind === kind && (id === undefined || m.id === id) && committed(m.path));
}

/** True when the string value at `path` is the same scalar as a mention's. */
export function samePath(a: readonly PathSegment[], b: readonly PathSegment[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Mentions of `kind`/`id` in the same string value as a mention of `otherKind`/`otherId`, or under `section`. */
export function saidAbout(ctx: RuleContext, kind: Mention['kind'], id: string, product: string, section?: string): Mention[] {
  const about = said(ctx, 'product', product);
  return said(ctx, kind, id).filter((m) => (section && isUnder(m.path, section)) || about.some((p) => samePath(p.path, m.path)));
}

/** A hit at the words of a span. */
export function at(span: Span, message: string, extra: Partial<RuleHit> = {}): RuleHit {
  return { message, range: span.range, path: span.path, ...extra };
}

export function using(ctx: RuleContext, product: string): boolean {
  const status = ctx.get(`${PRODUCTS}.${product}.status`);
  return status === 'using' || status === 'roadmapped';
}

export interface Horizon {
  label: string;
  customers: number;
}

const HORIZONS: Array<[string, string[]]> = [
  ['today', ['executive_summary.business_metrics.customers.current', 'scale_performance.targets.current.customers']],
  ['6 months', ['executive_summary.business_metrics.customers.month_6', 'deployment.tenancy.scale_projections.months_6.customers', 'scale_performance.targets.month_6.customers']],
  ['12 months', ['executive_summary.business_metrics.customers.month_12', 'deployment.tenancy.scale_projections.months_12.customers', 'scale_performance.targets.month_12.customers']],
  ['24 months', ['deployment.tenancy.scale_projections.months_24.customers']],
];

/** The largest customer count the document states for each horizon it states one for, in time order. */
export function customerHorizons(ctx: RuleContext): Horizon[] {
  const out: Horizon[] = [];
  for (const [label, paths] of HORIZONS) {
    const values = paths.map((p) => numberIn(ctx.get(p))).filter((v): v is number => v !== undefined);
    if (values.length) out.push({ label, customers: Math.max(...values) });
  }
  return out;
}

/**
 * Every match of `pattern` (global, declared with `phrasePattern`) in the document's commitments,
 * at the exact words — for phrases the prose vocabulary does not name (a rule's own evidence).
 */
export function phrases(ctx: RuleContext, pattern: RegExp, under?: string): PhraseHit[] {
  return phraseHits(ctx.doc, pattern).filter((h) => committed(h.path) && (!under || isUnder(h.path, under)));
}

/** One finding per string value: a sentence that states a problem twice is one problem. */
export function onePerValue(hits: RuleHit[]): RuleHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => {
    if (!h.path) return true;
    const key = h.path.join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The sentence of `text` that contains position `at`: it ends at . ; ! ? followed by a space (so
 * "system.access.audit" and "99.9" stay whole) or at a line break before a list item or a tree
 * line of a literal block ("- ", "1. ", "├──"); wrapped prose lines stay one sentence.
 */
export function sentenceAround(text: string, at: number): string {
  const END = /[.;!?](?=\s|$)|\n(?=[ \t]*(?:[-*•#│├└|+]|\d+[.)]\s))/g;
  let start = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    if (m.index >= at) return text.slice(start, m.index);
    start = m.index + 1;
  }
  return text.slice(start);
}

/** Words that turn a statement into its opposite or a condition ("not", "only if", "instead of"). */
export const NEGATED =
  /\b(?:not|no|never|none|without|won't|cannot|can't|don't|doesn't|isn't|aren't|declin\w*|unnecessary|optional|only (?:if|when|on request)|instead of|rather than|out of scope|deferred|disabled?|(?:turned|switched|stays|remains|kept) off)\b/i;

/**
 * True when the clause around a hit says the opposite of the hit or makes it conditional: "we do
 * not plan to buy X", "X is not required", "X only if asked". The clause ends at a comma or a
 * sentence end, so "because Y is not available, we enabled X" is not a negation of X.
 */
export function negated(hit: { value: string; match: RegExpExecArray }): boolean {
  const start = hit.match.index;
  const before = hit.value.slice(0, start);
  const clauseStart = Math.max(...[',', '.', ';', ':', '(', '\n'].map((c) => before.lastIndexOf(c))) + 1;
  const after = hit.value.slice(start + hit.match[0].length);
  const clauseEnd = after.search(/[,;:)]|[.!?](?:\s|$)/);
  return NEGATED.test(before.slice(clauseStart)) || NEGATED.test(clauseEnd < 0 ? after : after.slice(0, clauseEnd));
}
