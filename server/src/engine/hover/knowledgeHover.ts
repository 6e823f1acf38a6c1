// Hover from the knowledge base: on a product's key or slug (`lakebase`, `delta-sharing`) its facts
// for the document's cloud, each with its source; on a number in prose that a platform limit bounds
// ("6,000 recipients") the limit, how far the number is from it, and its source.
import { SowDocument } from '../document';
import { Cloud, describeLimit, Fact, factsFor, productForSlug } from '../knowledge/index';
import { limitForUnit } from '../knowledge/limits';
import { readProse } from '../prose/index';
import { Position, Range } from '../types';

const MAX_FACTS = 8;

export function documentCloud(doc: SowDocument): Cloud | undefined {
  const root = doc.value as { deployment?: { cloud?: { primary?: unknown } } } | undefined;
  const primary = root?.deployment?.cloud?.primary;
  return primary === 'aws' || primary === 'azure' || primary === 'gcp' ? primary : undefined;
}

/** The knowledge section for a key or slug naming a product, or undefined. */
export function productKnowledge(slug: unknown, cloud: Cloud | undefined): string | undefined {
  if (typeof slug !== 'string') return undefined;
  const product = productForSlug(slug);
  if (!product) return undefined;
  const facts = factsFor(product.id, cloud).filter((f) => f.status !== 'unverified');
  if (facts.length === 0) return undefined;
  const shown = facts.slice(0, MAX_FACTS).map((f) => `- ${factLine(f)}`);
  if (facts.length > MAX_FACTS) shown.push(`- … and ${facts.length - MAX_FACTS} more in docs/knowledge.md`);
  return [`**${product.name}: what the platform guarantees and limits**${cloud ? ` _(${cloud.toUpperCase()})_` : ''}`, shown.join('\n')].join('\n\n');
}

/** The hover for a limit-bound number in prose at `position`, or undefined. */
export function limitHover(doc: SowDocument, position: Position): { contents: string; range: Range } | undefined {
  const cloud = documentCloud(doc);
  for (const q of readProse(doc).quantities) {
    if (q.dimension !== 'count' || !q.exact || !within(q.range, position)) continue;
    const limit = limitForUnit(q.unit, cloud);
    if (!limit?.limit) continue;
    const share = q.value / limit.limit.value;
    const verdict = share > 1 ? `**${fmtPct(share)} of the limit: over it.**` : `${fmtPct(share)} of the limit.`;
    return { contents: [`**Platform limit:** ${describeLimit(limit)}. ${verdict}`, `${limit.statement} [Source](${limit.source})`].join('\n\n'), range: q.range };
  }
  return undefined;
}

function factLine(f: Fact): string {
  const archived = f.status === 'archived' ? ' _(from a retired page)_' : '';
  return `${f.statement}${archived} [Source](${f.source})`;
}

function fmtPct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function within(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}
