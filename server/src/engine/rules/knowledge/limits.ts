// Limits and scale: what the SOW projects (customers at every horizon, counts stated in prose)
// against the platform limit it meets, naming the horizon at which it breaks.
import { describeLimit, fact } from '../../knowledge/index';
import { limitForUnit } from '../../knowledge/limits';
import { isUnder } from '../../prose/index';
import { RuleContext } from '../context';
import { fmt } from '../helpers';
import { Rule, RuleHit } from '../types';
import { stringValues } from '../../prose/scalarText';
import { at, cloudOf, committed, customerHorizons, negated, phrasePattern, phrases, PRODUCTS, prose, PROSE_INPUTS, said, samePath, sentenceAround, using } from './common';

/** "one recipient per customer", "a dedicated Delta Sharing share for each tenant". */
const PER_CUSTOMER =
  phrasePattern(/\b(?:one|a|an|1|a dedicated|a separate|its own|their own)\s+(?:dedicated\s+|separate\s+)?(?:Delta Sharing\s+|OpenSharing\s+|open sharing\s+|D2D\s+|[a-z]+\s+)?(recipients?|shares?|clean rooms?|apps?|Databricks Apps?|groups?)\s+(?:per|for each|for every)\s+(?:[A-Z]{2,5}\s+)?(?:customer|tenant|client|publisher|brand|merchant|sponsor|utility|agency)\b(?!\s+(?:plant|site|store|location|device|user)s?\b)/gi);

const UNIT_OF: Record<string, string> = { recipient: 'recipient', share: 'share', 'clean room': 'clean room', app: 'app', 'databricks app': 'app', group: 'group' };

/** Limits counted per workspace only bind when customers share one workspace. */
const PER_WORKSPACE = new Set(['app']);

const HORIZON_WORDS = /\b(?:by|at|in|within|after)\s+(?:month\s+\d+|\d+\s+months|year\s+(?:one|two|three|\d)|the end of \d{4}|\d{4}|Q[1-4]\s+\d{4}|GA|launch)\b/i;

function perCustomerHits(ctx: RuleContext): RuleHit[] {
  const horizons = customerHorizons(ctx);
  if (horizons.length === 0) return [];
  const sharedWorkspace = ctx.get('deployment.tenancy.strategy') === 'multi-tenant-workspace';
  const cloud = cloudOf(ctx);
  const hits: RuleHit[] = [];
  for (const p of phrases(ctx, PER_CUSTOMER)) {
    const unit = UNIT_OF[p.match[1].toLowerCase().replace(/s$/, '')];
    if (!unit || (PER_WORKSPACE.has(unit) && !sharedWorkspace)) continue;
    const limit = limitForUnit(unit, cloud);
    const breaks = limit?.limit && horizons.find((h) => h.customers > limit.limit!.value);
    if (!limit || !breaks) continue;
    if (hits.some((h) => h.message.endsWith(`${describeLimit(limit)}.`))) continue; // the same plan restated
    hits.push(at(p, `${p.text} at ${fmt(breaks.customers)} customers (${breaks.label}) exceeds ${describeLimit(limit)}.`));
  }
  return hits;
}

/** A statement that people or services get Databricks identities (users or service principals). */
const IDENTITIES = phrasePattern(
  /\b(?:provisioned|synced|created|added|onboarded|registered) (?:as|into|to|in) (?:the |a |an |their |each |its )?(?:[\w']+ )?(?:Databricks (?:users?|account|workspace|identit(?:y|ies))|account users?|workspace users?)\b|\bDatabricks (?:users?|identit(?:y|ies)) (?:for|per) (?:each|every)\b|\b(?:SCIM|identity federation)\b/gi,
);
/** A head count: digits not followed by a unit of data, time, money or rate. */
const HEAD_COUNT = /(?<![$\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\s?(k|K|thousand))?\+?(?!\s*(?:%|percent|[KMGTP]i?B\b|ms\b|s\b|sec|second|minute|hour|day|week|month|year|row|record|event|message|quer|request|table|file|job|DBU|token|TPS|QPS|\/|[.,]\d))/g;

/** Users (and service principals) provisioned as Databricks identities, over the per-account limit. */
function identityHits(ctx: RuleContext): RuleHit[] {
  const limit = fact('identity.users-and-sps-per-account');
  const hits: RuleHit[] = [];
  for (const p of phrases(ctx, IDENTITIES)) {
    const sentence = sentenceAround(p.value, p.match.index);
    const offset = p.value.indexOf(sentence);
    let largest: { n: number; index: number; text: string } | undefined;
    for (const m of sentence.matchAll(HEAD_COUNT)) {
      const n = Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1);
      if (!largest || n > largest.n) largest = { n, index: m.index, text: m[0] };
    }
    if (!largest || largest.n <= limit.limit!.value || hits.some((h) => h.path && samePath(h.path, p.path))) continue;
    const span = p.spanOf(offset + largest.index, offset + largest.index + largest.text.length);
    hits.push(at(span, `${largest.text} people provisioned as Databricks identities exceeds ${describeLimit(limit)}.`));
  }
  return hits;
}

const projectionOverLimit: Rule = {
  id: 'PWAF-ARCH-020',
  title: 'Projected count exceeds a platform limit',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger:
    'A count the SOW states in prose (recipients, shares, clean rooms, apps, groups) is above the platform limit it meets, or one such object per customer is planned and the customers projected at some horizon exceed the limit, or a sentence that provisions people as Databricks users (SCIM, account users) counts more of them than an account holds.',
  rationale:
    'Delta Sharing recipients and shares, clean rooms and groups are limited per metastore or account, users and service principals together to 10,000 per account, and apps per workspace. A design that needs more than the limit at 12 or 24 months needs a limit increase (where the limit is raisable), more metastores or a different pattern before that horizon.',
  remedy: 'Plan for the limit: request an increase where it is raisable, split across metastores or workspaces, or share one object among customers.',
  source: fact('delta-sharing.recipients-per-metastore').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  check(ctx) {
    const cloud = cloudOf(ctx);
    const hits = [...perCustomerHits(ctx), ...identityHits(ctx)];
    let values: Map<string, string> | undefined; // the string values by path, when a count is over
    for (const q of prose(ctx).quantities) {
      if (q.dimension !== 'count') continue;
      const limit = limitForUnit(q.unit, cloud);
      if (!limit?.limit || q.value <= limit.limit.value) continue;
      if (hits.some((h) => h.path && samePath(h.path, q.path))) continue;
      if (!committed(q.path)) continue;
      values ??= new Map(stringValues(ctx.doc).map((s) => [s.path.join('\u0000'), s.value]));
      const value = values.get(q.path.join('\u0000')) ?? '';
      const horizon = HORIZON_WORDS.exec(value)?.[0];
      hits.push(at(q, `${q.text}${horizon ? ` (${horizon})` : ''} exceeds ${describeLimit(limit)}.`));
    }
    return hits;
  },
};

const TB = 1000; // GB

const lakebaseInstance: Rule = {
  id: 'PWAF-PERF-020',
  title: 'Lakebase workload beyond one instance',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger: 'Lakebase is used and the SOW states, where it describes Lakebase, a database size above 2 TB or more than 1,000 concurrent connections.',
  rationale:
    'A Lakebase Provisioned instance holds at most 2 TB of data across its databases and 1,000 concurrent connections, and a workspace has at most ten instances. A larger operational store needs sharding across instances, connection pooling or a different design.',
  remedy: 'Size the operational store per instance (shard by customer, pool connections) or keep large history in Delta tables and sync only what the app serves.',
  source: fact('lakebase.size-per-instance').source,
  inputs: [`${PRODUCTS}.lakebase.status`],
  optionalInputs: [`${PRODUCTS}.lakebase.details`],
  check(ctx) {
    if (!using(ctx, 'lakebase')) return [];
    const size = fact('lakebase.size-per-instance');
    const connections = fact('lakebase.connections-per-instance');
    const about = said(ctx, 'product', 'lakebase');
    const inLakebase = (path: (string | number)[]) => isUnder(path, `${PRODUCTS}.lakebase`) || about.some((m) => samePath(m.path, path));
    const hits: RuleHit[] = [];
    for (const q of prose(ctx).quantities) {
      if (!inLakebase(q.path)) continue;
      if (q.dimension === 'data' && q.value > size.limit!.value * TB) hits.push(at(q, `${q.text} in Lakebase exceeds ${describeLimit(size)}.`));
      if (q.dimension === 'count' && q.unit === 'connection' && q.value > connections.limit!.value) hits.push(at(q, `${q.text} exceed ${describeLimit(connections)}.`));
    }
    return hits;
  },
};

const genieSpace: Rule = {
  id: 'PWAF-PERF-021',
  title: 'Genie space over its table limit',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger: 'Where the SOW describes Genie, it puts more than 30 tables or views in one space.',
  rationale: 'A Genie space can include up to 30 tables or views; a space planned over more needs to be split by domain, or the tables consolidated into curated views.',
  remedy: 'Split the space by business domain or expose fewer, curated views.',
  source: fact('genie.tables-per-space').source,
  inputs: [`${PRODUCTS}.aibi_genie.status`],
  optionalInputs: [`${PRODUCTS}.aibi_genie.details`],
  check(ctx) {
    if (!using(ctx, 'aibi_genie')) return [];
    const limit = fact('genie.tables-per-space');
    const genie = said(ctx, 'product', 'genie');
    return prose(ctx)
      .quantities.filter((q) => q.dimension === 'count' && q.unit === 'table' && q.value > limit.limit!.value && genie.some((g) => samePath(g.path, q.path)))
      .map((q) => at(q, `${q.text} in a Genie space exceeds ${describeLimit(limit)}.`));
  },
};

const PER_SECOND: Record<string, number> = { second: 1, minute: 1 / 60, hour: 1 / 3600, day: 1 / 86400 };
const REQUESTS = new Set(['request', 'query', 'call', 'transaction', 'event', 'message', 'record']);
const OTHER_PRODUCTS = /\b(?:Vector Search|Genie|SQL warehouses?|DBSQL|Lakebase|Zerobus|Kafka|Kinesis|Event Hubs|Auto Loader|ingest\w*|Foundation Model APIs?)\b/i;
const ROUTE_OPTIMIZED_WORDS = phrasePattern(/\broute[- ]optimi[sz]\w*/gi);

const servingThroughput: Rule = {
  id: 'PWAF-PERF-022',
  title: 'Model Serving traffic beyond the per-workspace default',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger:
    'Model Serving is a component and, where the SOW describes serving, it states a request rate above 200 per second, and route optimization is not planned (an open question about it does not count).',
  rationale:
    'Model Serving allows 200 queries per second per workspace on endpoints without route optimization (recommended only for small development use); higher throughput needs route-optimized endpoints or an increase through the account team. Latency and availability SLAs committed on a throttled endpoint cannot be kept.',
  remedy: 'Use route-optimized endpoints for the production scoring API (and request a higher limit if needed), or state the peak rate the endpoint must sustain and how it is reached.',
  source: fact('model-serving.qps-per-workspace').source,
  inputs: [`${PRODUCTS}.agent_bricks.components`],
  optionalInputs: [`${PRODUCTS}.agent_bricks.details`],
  check(ctx) {
    if (!using(ctx, 'agent_bricks') || !ctx.has(`${PRODUCTS}.agent_bricks.components`, 'model-serving')) return [];
    // Route optimization planned (not merely asked about in the open questions, nor ruled out).
    if (phrases(ctx, ROUTE_OPTIMIZED_WORDS).some((p) => !isUnder(p.path, 'appendices.open_questions') && !negated(p))) return [];
    const limit = fact('model-serving.qps-per-workspace');
    const serving = said(ctx, 'product', 'model-serving');
    const about = (path: (string | number)[]) => isUnder(path, `${PRODUCTS}.agent_bricks`) || serving.some((m) => samePath(m.path, path));
    // The rate is the endpoint's when its sentence names no other product (Vector Search, warehouses, ingestion).
    let values: Map<string, string> | undefined; // built only when a rate is over the limit
    const ofOtherProduct = (q: { path: (string | number)[]; text: string }) => {
      values ??= new Map(stringValues(ctx.doc).map((s) => [s.path.join('\u0000'), s.value]));
      const value = values.get(q.path.join('\u0000')) ?? '';
      return OTHER_PRODUCTS.test(sentenceAround(value, Math.max(0, value.indexOf(q.text))));
    };
    const over = prose(ctx).quantities.find(
      (q) => q.dimension === 'rate' && REQUESTS.has(q.unit) && q.per !== undefined && q.value * (PER_SECOND[q.per] ?? 0) > limit.limit!.value && about(q.path) && !ofOtherProduct(q),
    );
    return over ? [at(over, `${over.text} on Model Serving exceeds ${describeLimit(limit)} without route optimization.`)] : [];
  },
};

export const limitRules: Rule[] = [projectionOverLimit, lakebaseInstance, genieSpace, servingThroughput];
