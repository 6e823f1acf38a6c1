// What the knowledge base holds: facts about Databricks products, each with the page that states it.
// Rules and hover read facts by id; docs/knowledge.md is generated from them.

export type Cloud = 'aws' | 'azure' | 'gcp';

export type FactKind = 'purpose' | 'guarantee' | 'limit' | 'availability' | 'compliance' | 'data-location' | 'cost';

/**
 * `current`: a current documentation page states it. `archived`: only a retired page states it (the
 * value may have changed). `unverified`: no page found; rules must not rely on it.
 */
export type FactStatus = 'current' | 'archived' | 'unverified';

export interface Fact {
  /** Stable id, `<product>.<what>` (e.g. `delta-sharing.recipients-per-metastore`). */
  id: string;
  product: ProductId;
  kind: FactKind;
  /** The fact in one sentence, in our words. */
  statement: string;
  /** URL of a page that states it. */
  source: string;
  status: FactStatus;
  /** For limits: the number, its unit and what it is counted per. */
  /** `raisable`: true when the page says it can be raised, false when fixed, null when it does not say. */
  limit?: { value: number; unit: string; per: string; raisable: boolean | null };
  /** Clouds the fact is stated for; absent when the page states it for every cloud. */
  clouds?: Cloud[];
}

export type ProductId =
  | 'unity-catalog'
  | 'lakeflow-connect'
  | 'lakeflow-jobs'
  | 'declarative-pipelines'
  | 'auto-loader'
  | 'dbsql'
  | 'lakebase'
  | 'genie'
  | 'databricks-apps'
  | 'model-serving'
  | 'foundation-model-apis'
  | 'delta-sharing'
  | 'delta-lake'
  | 'system-tables'
  | 'disaster-recovery'
  | 'designated-services'
  | 'government-clouds'
  | 'clean-rooms'
  | 'zerobus'
  | 'identity'
  | 'compliance-security-profile'
  | 'private-connectivity'
  | 'partner-attribution'
  | 'pwaf';

export interface Product {
  id: ProductId;
  name: string;
  /** Format slugs and keys that name this product (hover on them shows its facts). */
  slugs: string[];
}
