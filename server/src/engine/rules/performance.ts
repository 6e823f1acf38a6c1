// PWAF rules of the performance area: SLA targets against the template's own baselines and the
// success metrics, warehouse choice for latency targets, and the arithmetic of scale projections.
import { Path } from '../types';
import { durationSeconds, fmt, numberIn, rowMatching, TableRow } from './helpers';
import { RuleContext } from './context';
import { Rule, RuleHit } from './types';

const WAREHOUSE_BEHAVIOR = 'https://docs.databricks.com/aws/compute/sql-warehouse/warehouse-behavior';
const TEMPLATE = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

const SLAS = 'scale_performance.slas';
const TECHNICAL = 'success_metrics.technical';
const WAREHOUSE_TYPE = 'architecture.products.dbsql.warehouse_type';
const PROJECTIONS = 'deployment.tenancy.scale_projections';
const OUT_OF_SCOPE = 'appendices.out_of_scope';
const FRESHNESS_SLA = 'operations.monitoring.freshness_sla';

const path = (dotted: string): Path => dotted.split('.');

const QUERY_P95 = /p95|latency/i;
const AVAILABILITY = /availab/i;
const JOB_SUCCESS = /job/i;
const FRESHNESS = /fresh/i;

// The template's own targets: query p95 under 5 s, API availability 99.9%, job success 99.5%.
const P95_SECONDS = 5;
const AVAILABILITY_PCT = 99.9;
const JOB_SUCCESS_PCT = 99.5;

function slaTarget(ctx: RuleContext, pattern: RegExp): TableRow | undefined {
  return rowMatching(ctx, SLAS, 'metric', pattern);
}

function targetPath(table: string, row: TableRow): Path {
  return [...path(table), row.index, 'target'];
}

const slowQueries: Rule = {
  id: 'PWAF-PERF-001',
  title: 'Query latency SLA looser than the template target',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger: `The query latency (p95) SLA target is slower than ${P95_SECONDS} seconds.`,
  rationale: 'The template sets p95 query latency under five seconds for customer-facing analytics; a looser SLA signals a serving design (warehouse type, sizing, caching) that will feel slow to end users.',
  remedy: 'Design for p95 under 5 s (serverless warehouses, right-sizing, a serving layer) or explain why the product tolerates more.',
  recommendation: '< 5 seconds',
  source: WAREHOUSE_BEHAVIOR,
  inputs: [SLAS],
  check(ctx) {
    const row = slaTarget(ctx, QUERY_P95);
    const seconds = row ? durationSeconds(row.row.target) : undefined;
    if (!row || seconds === undefined || seconds <= P95_SECONDS) return [];
    return [
      {
        message: `Query p95 target "${String(row.row.target)}" is slower than the template's < ${P95_SECONDS} seconds.`,
        path: targetPath(SLAS, row),
        fixes: [{ title: 'Set the target to < 5 seconds', preferred: true, operations: [{ kind: 'set', path: targetPath(SLAS, row), value: '< 5 seconds' }] }],
      },
    ];
  },
};

/** An SLA percentage below the template's baseline, with the fix that restores it. */
function percentBelow(ctx: RuleContext, pattern: RegExp, baseline: number, what: string): RuleHit[] {
  const row = slaTarget(ctx, pattern);
  const pct = row ? numberIn(row.row.target) : undefined;
  if (!row || pct === undefined || pct >= baseline) return [];
  return [
    {
      message: `${what} target ${fmt(pct)}% is below the template's ${baseline}%.`,
      path: targetPath(SLAS, row),
      fixes: [{ title: `Set the target to ${baseline}%`, preferred: true, operations: [{ kind: 'set', path: targetPath(SLAS, row), value: `${baseline}%` }] }],
    },
  ];
}

const availability: Rule = {
  id: 'PWAF-PERF-002',
  title: 'API availability SLA below 99.9%',
  pillar: 'operations',
  area: 'performance',
  severity: 'warning',
  trigger: `The API availability SLA target is below ${AVAILABILITY_PCT}%.`,
  rationale: 'The template baseline for a customer-facing product is 99.9% (about 43 minutes of downtime a month); less is hard to sell to enterprise customers.',
  remedy: 'Target 99.9% and plan the redundancy and on-call that keep it.',
  recommendation: '99.9%',
  source: TEMPLATE,
  inputs: [SLAS],
  check: (ctx) => percentBelow(ctx, AVAILABILITY, AVAILABILITY_PCT, 'API availability'),
};

const jobSuccess: Rule = {
  id: 'PWAF-PERF-003',
  title: 'Job success SLA below 99.5%',
  pillar: 'operations',
  area: 'performance',
  severity: 'warning',
  trigger: `The job success rate SLA target is below ${JOB_SUCCESS_PCT}%.`,
  rationale: 'The template targets 99.5% job success; a lower target means failed pipelines are expected often enough for customers to see stale data.',
  remedy: 'Target 99.5% with retries, alerts on failure and run-history monitoring.',
  recommendation: '99.5%',
  source: TEMPLATE,
  inputs: [SLAS],
  check: (ctx) => percentBelow(ctx, JOB_SUCCESS, JOB_SUCCESS_PCT, 'Job success rate'),
};

const slaVsSuccess: Rule = {
  id: 'PWAF-PERF-004',
  title: 'SLA and success metric disagree',
  pillar: 'measurement',
  area: 'performance',
  severity: 'warning',
  trigger: 'The query p95 or job success target differs between the performance SLAs and the technical success metrics.',
  rationale: 'The same target stated twice with different values leaves the team unsure which one the product is measured against.',
  remedy: 'Use one value in both tables.',
  source: TEMPLATE,
  inputs: [SLAS, TECHNICAL],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const [pattern, read, name] of [
      [QUERY_P95, durationSeconds, 'Query p95'],
      [JOB_SUCCESS, numberIn, 'Job success'],
    ] as const) {
      const sla = slaTarget(ctx, pattern);
      const metric = rowMatching(ctx, TECHNICAL, 'metric', pattern);
      if (!sla || !metric) continue;
      const a = read(sla.row.target);
      const b = read(metric.row.target);
      if (a === undefined || b === undefined || a === b) continue;
      hits.push({
        message: `${name} is "${String(metric.row.target)}" here but "${String(sla.row.target)}" in the performance SLAs.`,
        path: targetPath(TECHNICAL, metric),
        fixes: [{ title: `Use the SLA value ${String(sla.row.target)}`, operations: [{ kind: 'set', path: targetPath(TECHNICAL, metric), value: sla.row.target }] }],
      });
    }
    return hits;
  },
};

const classicForLatency: Rule = {
  id: 'PWAF-PERF-005',
  title: 'Classic SQL warehouses for a low-latency SLA',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger: `Only classic SQL warehouses are planned and the query p95 SLA is ${P95_SECONDS} seconds or less.`,
  rationale: 'Classic warehouses start slowly and add clusters only after queries have queued for minutes; Databricks recommends serverless warehouses, which scale within seconds.',
  remedy: 'Use serverless SQL warehouses for customer-facing queries.',
  recommendation: 'serverless',
  source: WAREHOUSE_BEHAVIOR,
  inputs: [WAREHOUSE_TYPE, SLAS],
  check(ctx) {
    if (!ctx.has(WAREHOUSE_TYPE, 'classic') || ctx.has(WAREHOUSE_TYPE, 'serverless')) return [];
    const row = slaTarget(ctx, QUERY_P95);
    const seconds = row ? durationSeconds(row.row.target) : undefined;
    if (!row || seconds === undefined || seconds > P95_SECONDS) return [];
    return [
      {
        message: `Classic warehouses are unlikely to hold a p95 of "${String(row.row.target)}" under load.`,
        path: path(WAREHOUSE_TYPE),
        fixes: [
          {
            title: 'Use serverless warehouses',
            preferred: true,
            operations: [{ kind: 'replaceItem', path: path(WAREHOUSE_TYPE), from: 'classic', to: ['serverless'] }],
          },
        ],
      },
    ];
  },
};

const realTimeOutOfScope: Rule = {
  id: 'PWAF-PERF-006',
  title: 'Freshness SLA needs what is out of scope',
  pillar: 'architecture',
  area: 'performance',
  severity: 'error',
  trigger: 'A data freshness target (the performance SLA row or the monitoring freshness SLA) is under one minute while the out-of-scope list excludes real-time or streaming.',
  rationale: 'A sub-minute freshness target needs streaming ingestion; excluding real-time in the same document makes the SLA unachievable by design.',
  remedy: 'Relax the freshness SLA or bring streaming into scope.',
  source: 'https://docs.databricks.com/aws/en/ldp/where-is-dlt',
  inputs: [SLAS, FRESHNESS_SLA, OUT_OF_SCOPE],
  check(ctx) {
    const outOfScope = ctx.list(OUT_OF_SCOPE);
    const excluded = outOfScope.find((item): item is string => typeof item === 'string' && /real[- ]?time|streaming/i.test(item));
    if (excluded === undefined) return [];
    const row = slaTarget(ctx, FRESHNESS);
    const targets: Array<[unknown, Path]> = [[ctx.text(FRESHNESS_SLA), path(FRESHNESS_SLA)]];
    if (row) targets.unshift([row.row.target, targetPath(SLAS, row)]);
    return targets.flatMap(([target, at]): RuleHit[] => {
      const seconds = durationSeconds(target);
      if (seconds === undefined || seconds >= 60) return [];
      return [{ message: `Freshness target "${String(target)}" needs streaming, but out of scope says "${excluded}".`, path: at }];
    });
  },
};

const HORIZONS: Array<[string, string]> = [
  ['months_6', '6 months'],
  ['months_12', '12 months'],
  ['months_24', '24 months'],
];

const workspacesPerCustomer: Rule = {
  id: 'PWAF-PERF-007',
  title: 'Workspaces per customer do not add up',
  pillar: 'architecture',
  area: 'performance',
  severity: 'warning',
  trigger: 'For a scale-projection horizon (6, 12 or 24 months), avg workspaces per customer differs by more than 10% from workspaces ÷ customers.',
  rationale: 'Workspace counts drive account limits and operational load; a projection whose columns contradict each other cannot be planned against.',
  remedy: 'Recompute the average as workspaces ÷ customers (or correct the counts).',
  source: 'https://databrickslabs.github.io/partner-architecture/built-on/architecture/scale-limits',
  inputs: [PROJECTIONS],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const [horizon, label] of HORIZONS) {
      const row = `${PROJECTIONS}.${horizon}`;
      const customers = ctx.number(`${row}.customers`);
      const workspaces = ctx.number(`${row}.workspaces`);
      const avg = ctx.number(`${row}.avg_workspaces_per_customer`);
      if (!customers || workspaces === undefined || avg === undefined) continue;
      const actual = workspaces / customers;
      if (Math.abs(avg - actual) <= 0.1 * Math.max(actual, 0.01)) continue;
      const at = path(`${row}.avg_workspaces_per_customer`);
      const rounded = Math.round(actual * 100) / 100;
      hits.push({
        message: `At ${label}, ${fmt(workspaces)} workspaces for ${fmt(customers)} customers is ${fmt(rounded)} per customer, not ${fmt(avg)}.`,
        path: at,
        fixes: [{ title: `Set to ${fmt(rounded)}`, preferred: true, operations: [{ kind: 'set', path: at, value: rounded }] }],
      });
    }
    return hits;
  },
};

export const performanceRules: Rule[] = [slowQueries, availability, jobSuccess, slaVsSuccess, classicForLatency, realTimeOutOfScope, workspacesPerCustomer];
