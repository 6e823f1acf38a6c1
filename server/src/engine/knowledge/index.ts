// Reading the knowledge base: a fact by id (rules cite the ids they read; a test proves each
// exists), the facts of a product, and the product a format slug or key names.
import { FACTS, KNOWLEDGE_VERSION, PRODUCTS } from './facts';
import { Cloud, Fact, Product } from './types';

export { FACTS, KNOWLEDGE_VERSION, PRODUCTS };
export type { Cloud, Fact, Product };

const byId = new Map(FACTS.map((f) => [f.id, f]));
const bySlug = new Map(PRODUCTS.flatMap((p) => p.slugs.map((s) => [s, p] as const)));

/** The fact with this id; throws for an unknown id (a programming error the conformance test catches). */
export function fact(id: string): Fact {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown knowledge fact ${id}`);
  return found;
}

export function hasFact(id: string): boolean {
  return byId.has(id);
}

/** The numeric limit of a fact (throws when the fact states none). */
export function limitOf(id: string): number {
  const f = fact(id);
  if (!f.limit) throw new Error(`knowledge fact ${id} states no limit`);
  return f.limit.value;
}

/** The product a format slug or key names (`lakebase`, `delta-sharing`, `unity_catalog`), if any. */
export function productForSlug(slug: string): Product | undefined {
  return bySlug.get(slug);
}

/** A product's facts that hold for `cloud` (facts stated for every cloud included). */
export function factsFor(product: Product['id'], cloud?: Cloud): Fact[] {
  return FACTS.filter((f) => f.product === product && (!cloud || !f.clouds || f.clouds.includes(cloud)));
}

/** "5,000 recipients per metastore (raisable)" for messages and hover. */
export function describeLimit(f: Fact): string {
  if (!f.limit) return f.statement;
  const { value, unit, per, raisable } = f.limit;
  const n = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const how = raisable === true ? 'raisable on request' : raisable === false ? 'fixed' : 'raisable or not: not stated';
  return `${n} ${unit} per ${per} (${how})`;
}
