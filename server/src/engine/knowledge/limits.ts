// Which platform limit a counted thing meets: "6,000 recipients" meets the recipients-per-metastore
// limit. Used by hover (a number bound by a limit) and by the limit rules. Per-cloud limits pick
// the document's cloud; without one, the smallest of the clouds' values.
import { fact } from './index';
import { Cloud, Fact } from './types';

/** Counted noun (singular, as prose reading normalises it) → the fact ids of its limit, per cloud or for all. */
const LIMIT_FACTS: Record<string, string | Record<Cloud, string>> = {
  recipient: 'delta-sharing.recipients-per-metastore',
  share: 'delta-sharing.shares-per-metastore',
  provider: 'delta-sharing.providers-per-metastore',
  catalog: 'unity-catalog.catalogs-per-metastore',
  'clean room': { aws: 'clean-rooms.per-metastore-aws', azure: 'clean-rooms.per-metastore-azure', gcp: 'clean-rooms.per-metastore-gcp' },
  app: { aws: 'databricks-apps.per-workspace-aws', azure: 'databricks-apps.per-workspace-azure', gcp: 'databricks-apps.per-workspace-gcp' },
  group: 'identity.groups-per-account',
};

/** The limit a count of `unit` meets on `cloud`, if the knowledge base has one. */
export function limitForUnit(unit: string, cloud?: Cloud): Fact | undefined {
  const ids = LIMIT_FACTS[unit];
  if (!ids) return undefined;
  if (typeof ids === 'string') return fact(ids);
  if (cloud) return fact(ids[cloud]);
  return Object.values(ids)
    .map((id) => fact(id))
    .sort((a, b) => a.limit!.value - b.limit!.value)[0];
}

/** Every fact id this table reads (for the conformance test). */
export const LIMIT_FACT_IDS: readonly string[] = Object.values(LIMIT_FACTS).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
