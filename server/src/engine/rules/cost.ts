// PWAF rules of the cost area: tagging and its enforcement, attribution, budgets, compute
// guard-rails and the cost figures of the business metrics.
import { Path } from '../types';
import { RuleContext } from './context';
import { findRow, fmt, fmtSig, onlyCustomerManaged, TableRow } from './helpers';
import { Rule, RuleHit } from './types';

const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';
const BUDGET_POLICIES = 'https://docs.databricks.com/api/azure/account/budgetpolicy';
const POLICY_DEFINITION = 'https://docs.databricks.com/admin/clusters/policy-definition.html';
const CLUSTER_RESOURCE = 'https://github.com/databricks/terraform-provider-databricks/blob/main/docs/resources/cluster.md';

const TAGGING = 'cost_telemetry.tagging';
const IMPLEMENTATION = `${TAGGING}.implementation`;
const TAGS = `${TAGGING}.required_tags`;
const ENFORCEMENT = `${TAGGING}.enforcement_mechanisms`;
const COMPUTE = 'architecture.compute';
const COMPUTE_TYPES = `${COMPUTE}.types`;
const POLICIES = `${COMPUTE}.policies`;
const AUTOSCALING = `${COMPUTE}.autoscaling`;
const ATTRIBUTION = 'cost_telemetry.cost_allocation.customer_attribution';
const DIFFERENTIATE = 'cost_telemetry.cost_allocation.can_differentiate';
const BUDGET_ALERTS = 'cost_telemetry.budgets.alerts';
const BUDGET_RECIPIENTS = 'cost_telemetry.budgets.recipients';
const TENANCY = 'deployment.tenancy.strategy';
const METRICS = 'executive_summary.business_metrics';

const path = (dotted: string): Path => dotted.split('.');

/** A hit that a checkbox list lacks `slug`, with the fix that ticks it. */
function missingItem(list: string, slug: string, message: string): RuleHit {
  return {
    message,
    path: path(list),
    part: 'key',
    fixes: [{ title: `Add "${slug}"`, preferred: true, operations: [{ kind: 'addItems', path: path(list), items: [slug] }] }],
  };
}

/** The required-tags row for `key`, with its index. */
function tagRow(ctx: RuleContext, key: string): TableRow | undefined {
  return findRow(ctx, TAGS, (r) => r.tag_key === key);
}

function usesClassic(ctx: RuleContext): boolean {
  return ctx.has(COMPUTE_TYPES, 'classic') || ctx.has(COMPUTE_TYPES, 'hybrid');
}

const tagging: Rule = {
  id: 'PWAF-COST-001',
  title: 'Tagging not fully implemented',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger: 'The tagging implementation is anything other than fully implemented from day one.',
  rationale:
    'Per-customer cost attribution is a must-have of the Built-On checklist, and "add tags later" is its named anti-pattern: usage is tagged only from the moment a tag exists, so early usage can never be attributed.',
  remedy: 'Tag every resource from the first workspace and enforce the tags through policies.',
  recommendation: 'fully-implemented',
  source: CHECKLIST,
  inputs: [IMPLEMENTATION],
  // Incomplete tagging is one problem whether it shows as partial tagging or optional tags.
  subsumes: ['PWAF-COST-002', 'PWAF-COST-003'],
  check(ctx) {
    const value = ctx.text(IMPLEMENTATION);
    if (!value || value === 'fully-implemented') return [];
    return [
      {
        message: `Tagging is "${value}", not fully implemented: usage before the tags exist cannot be attributed to customers.`,
        path: path(IMPLEMENTATION),
        fixes: [{ title: 'Set to fully-implemented', preferred: true, operations: [{ kind: 'set', path: path(IMPLEMENTATION), value: 'fully-implemented' }] }],
      },
    ];
  },
};

const customerIdTag: Rule = {
  id: 'PWAF-COST-002',
  title: 'customer_id tag missing or optional',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger: 'The required-tags table has no `customer_id` row, or that row is not marked Required. Not for Customer Managed deployments, where the customer owns the workspaces and all usage in them.',
  rationale: 'The Built-On checklist requires a customer_id tag on all compute; without it billing system tables cannot split DBUs by customer.',
  remedy: 'Add a customer_id row with enforcement Required and enforce it in cluster policies and serverless usage (budget) policies.',
  recommendation: 'customer_id → required',
  source: CHECKLIST,
  inputs: [TAGS],
  check(ctx) {
    if (onlyCustomerManaged(ctx)) return [];
    if (ctx.isEmpty(TAGS)) return [];
    const found = tagRow(ctx, 'customer_id');
    if (!found) {
      return [
        {
          message: 'The required tags have no customer_id row, so usage cannot be attributed to customers.',
          path: path(TAGS),
          part: 'key',
          fixes: [
            {
              title: 'Add a Required customer_id tag',
              preferred: true,
              operations: [{ kind: 'addItems', path: path(TAGS), items: [{ tag_key: 'customer_id', purpose: 'Billing attribution', enforcement: 'required' }] }],
            },
          ],
        },
      ];
    }
    if (found.row.enforcement === 'required') return [];
    const at = [...path(TAGS), found.index, 'enforcement'];
    return [
      {
        message: `The customer_id tag is ${found.row.enforcement ? `"${String(found.row.enforcement)}"` : 'not marked'}, not Required.`,
        path: found.row.enforcement ? at : [...path(TAGS), found.index, 'tag_key'],
        fixes: [{ title: 'Mark customer_id as required', preferred: true, operations: [{ kind: 'set', path: at, value: 'required' }] }],
      },
    ];
  },
};

const baselineTags: Rule = {
  id: 'PWAF-COST-003',
  title: 'Baseline tag not Required',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: 'The environment, service or cost_center row of the required tags is present but not Required.',
  rationale: 'These tags separate production from internal usage and attribute cost to features and teams; the checklist asks that product and internal usage be distinguishable.',
  remedy: 'Mark environment, service and cost_center as Required.',
  recommendation: 'required',
  source: CHECKLIST,
  inputs: [TAGS],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const key of ['environment', 'service', 'cost_center']) {
      const found = tagRow(ctx, key);
      if (!found || found.row.enforcement === 'required' || found.row.enforcement === undefined) continue;
      const at = [...path(TAGS), found.index, 'enforcement'];
      hits.push({
        message: `The ${key} tag is "${String(found.row.enforcement)}", not Required.`,
        path: at,
        fixes: [{ title: `Mark ${key} as required`, preferred: true, operations: [{ kind: 'set', path: at, value: 'required' }] }],
      });
    }
    return hits;
  },
};

const manualEnforcement: Rule = {
  id: 'PWAF-COST-004',
  title: 'Tags enforced by a manual process',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger: 'The tag enforcement mechanisms include the manual process.',
  rationale: 'The template marks manual tagging as not recommended and the Built-On checklist names it an anti-pattern: a forgotten tag silently breaks attribution.',
  remedy: 'Enforce tags with cluster policies (classic compute), serverless usage policies (formerly serverless budget policies) and SQL warehouse tags.',
  recommendation: 'cluster-policies, serverless-budget-policies',
  source: CHECKLIST,
  inputs: [ENFORCEMENT],
  // Replacing manual enforcement with policies is the fix the missing-mechanism rules ask for.
  subsumes: ['PWAF-COST-005', 'PWAF-COST-006'],
  check(ctx) {
    if (!ctx.has(ENFORCEMENT, 'manual')) return [];
    const index = ctx.list(ENFORCEMENT).indexOf('manual');
    return [
      {
        message: 'Tags are enforced by a manual process; use cluster policies and serverless usage (budget) policies instead.',
        path: [...path(ENFORCEMENT), index],
        fixes: [
          {
            title: 'Replace manual with cluster-policies and serverless-budget-policies',
            preferred: true,
            operations: [{ kind: 'replaceItem', path: path(ENFORCEMENT), from: 'manual', to: ['cluster-policies', 'serverless-budget-policies'] }],
          },
        ],
      },
    ];
  },
};

const MODEL_SERVING = 'architecture.products.agent_bricks';

/**
 * Serverless workloads that only a serverless budget (usage) policy can tag: notebooks, jobs and
 * pipelines on serverless compute, and model serving. Serverless SQL warehouses carry their own
 * tags, so they are not among them.
 */
function untaggableServerless(ctx: RuleContext): string | undefined {
  if (ctx.has(COMPUTE_TYPES, 'serverless') || ctx.has(COMPUTE_TYPES, 'hybrid')) return 'Serverless notebooks, jobs and pipelines are planned';
  const serving = ['model-serving', 'foundation-model-apis'].filter((c) => ctx.has(`${MODEL_SERVING}.components`, c));
  if (serving.length > 0 && ctx.text(`${MODEL_SERVING}.status`) === 'using') return 'Model serving is planned';
  return undefined;
}

const serverlessBudgetPolicies: Rule = {
  id: 'PWAF-COST-005',
  title: 'Serverless workloads without a usage (budget) policy',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger:
    'Serverless notebooks, jobs or pipelines (compute serverless or hybrid), or model serving, are planned and the tag enforcement mechanisms lack serverless usage policies (the template\'s "serverless budget policies"). Serverless SQL warehouses alone do not trigger it: they carry their own tags.',
  rationale:
    'Serverless notebooks, jobs, pipelines and model serving get custom tags only from serverless usage policies (formerly serverless budget policies); cluster policies do not reach them, so their DBUs stay unattributed. SQL warehouses, serverless ones included, are tagged on the warehouse itself.',
  remedy: 'Add serverless usage (budget) policies carrying customer_id for serverless notebooks, jobs, pipelines and serving endpoints.',
  recommendation: 'serverless-budget-policies',
  source: BUDGET_POLICIES,
  inputs: [ENFORCEMENT],
  optionalInputs: [COMPUTE_TYPES, `${MODEL_SERVING}.components`],
  check(ctx) {
    const workloads = untaggableServerless(ctx);
    if (!workloads || ctx.isEmpty(ENFORCEMENT) || ctx.has(ENFORCEMENT, 'serverless-budget-policies')) return [];
    return [missingItem(ENFORCEMENT, 'serverless-budget-policies', `${workloads}, but no serverless usage (budget) policy tags their usage.`)];
  },
};

const clusterPolicyTags: Rule = {
  id: 'PWAF-COST-006',
  title: 'Classic compute without cluster-policy tag enforcement',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger: 'Compute is classic or hybrid and the tag enforcement mechanisms lack cluster policies.',
  rationale: 'The checklist names cluster policies as the way to enforce tags on classic compute; a policy can fix or require the customer_id custom tag on every cluster.',
  remedy: 'Add cluster policies that require the customer tags.',
  recommendation: 'cluster-policies',
  source: POLICY_DEFINITION,
  inputs: [COMPUTE_TYPES, ENFORCEMENT],
  check(ctx) {
    if (!usesClassic(ctx) || ctx.isEmpty(ENFORCEMENT) || ctx.has(ENFORCEMENT, 'cluster-policies')) return [];
    return [missingItem(ENFORCEMENT, 'cluster-policies', 'Classic compute is planned but no cluster policy enforces its tags.')];
  },
};

const attribution: Rule = {
  id: 'PWAF-COST-007',
  title: 'Customer cost attribution not automated',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: 'Customer cost attribution is semi-automated or manual. Not for Customer Managed deployments, where the customer owns the workspaces and all usage in them.',
  rationale: 'The checklist expects cost queries over the billing system tables; with tags in place these give per-customer cost without manual work.',
  remedy: 'Attribute cost from system.billing.usage joined on the customer_id tag.',
  recommendation: 'fully-automated',
  source: CHECKLIST,
  inputs: [ATTRIBUTION],
  check(ctx) {
    if (onlyCustomerManaged(ctx)) return [];
    const value = ctx.text(ATTRIBUTION);
    if (!value || value === 'fully-automated') return [];
    return [
      {
        message: `Customer cost attribution is "${value}"; automate it from billing system tables and tags.`,
        path: path(ATTRIBUTION),
        fixes: [{ title: 'Set to fully-automated', preferred: true, operations: [{ kind: 'set', path: path(ATTRIBUTION), value: 'fully-automated' }] }],
      },
    ];
  },
};

const sharedSplit: Rule = {
  id: 'PWAF-COST-008',
  title: 'Shared workspaces without per-customer usage split',
  pillar: 'measurement',
  area: 'cost',
  severity: 'error',
  trigger: 'Tenancy is multi-tenant or hybrid and the cost allocation cannot differentiate per-customer usage in shared workspaces. Not for Customer Managed deployments, where the customer owns the workspaces and all usage in them.',
  rationale: 'When customers share compute, workspace-level billing cannot tell them apart; the checklist requires per-customer attribution.',
  remedy: 'Split shared usage per customer (customer tags on jobs and warehouses, query tags, or apportioning by query history).',
  recommendation: 'per-customer-shared',
  source: CHECKLIST,
  inputs: [TENANCY, DIFFERENTIATE],
  subsumes: ['PWAF-COST-007'],
  check(ctx) {
    if (onlyCustomerManaged(ctx)) return [];
    const tenancy = ctx.text(TENANCY);
    if (!['multi-tenant-workspace', 'hybrid'].includes(tenancy) || ctx.has(DIFFERENTIATE, 'per-customer-shared')) return [];
    return [missingItem(DIFFERENTIATE, 'per-customer-shared', `Tenancy is ${tenancy} but usage in shared workspaces cannot be split per customer.`)];
  },
};

const productVsInternal: Rule = {
  id: 'PWAF-COST-009',
  title: 'Product and internal usage not distinguished',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: 'The cost allocation answers are filled in but cannot differentiate product usage from internal usage. Not for Customer Managed deployments, where the customer owns the workspaces and all usage in them.',
  rationale: 'The checklist asks that customer-facing usage be distinguishable from the partner\'s own platform operations, for margins and for program attribution.',
  remedy: 'Use the environment / cost_center tags to separate product from internal usage.',
  recommendation: 'product-vs-internal',
  source: CHECKLIST,
  inputs: [DIFFERENTIATE],
  check(ctx) {
    if (onlyCustomerManaged(ctx)) return [];
    if (ctx.isEmpty(DIFFERENTIATE) || ctx.has(DIFFERENTIATE, 'product-vs-internal')) return [];
    return [missingItem(DIFFERENTIATE, 'product-vs-internal', 'Product usage cannot be told apart from internal usage.')];
  },
};

const budgets: Rule = {
  id: 'PWAF-COST-010',
  title: 'No per-customer or per-workspace budget alerts',
  pillar: 'operations',
  area: 'cost',
  severity: 'warning',
  trigger: 'Budget alerts are "not yet implemented", or neither per-customer nor per-workspace budgets are planned. Not for Customer Managed deployments, where the customer owns the workspaces and all usage in them.',
  rationale: 'The checklist asks for budget alerts per customer (or per workspace); budgets alert on spend filtered by workspace or tag, so one runaway tenant is caught early.',
  remedy: 'Create a budget per customer filtered on the customer_id tag (or one per workspace).',
  recommendation: 'per-customer',
  source: 'https://docs.databricks.com/api/azure/account/budgets',
  inputs: [BUDGET_ALERTS],
  check(ctx) {
    if (onlyCustomerManaged(ctx)) return [];
    if (ctx.isEmpty(BUDGET_ALERTS) || ctx.has(BUDGET_ALERTS, 'per-customer') || ctx.has(BUDGET_ALERTS, 'per-workspace')) return [];
    const none = ctx.has(BUDGET_ALERTS, 'not-yet');
    return [
      {
        message: none ? 'Budget alerts are not implemented yet.' : 'Budget alerts exist only at account level, not per customer or per workspace.',
        path: path(BUDGET_ALERTS),
        part: 'key',
        fixes: [
          {
            title: 'Use per-customer budgets',
            preferred: true,
            operations: none
              ? [{ kind: 'replaceItem', path: path(BUDGET_ALERTS), from: 'not-yet', to: ['per-customer'] }]
              : [{ kind: 'addItems', path: path(BUDGET_ALERTS), items: ['per-customer'] }],
          },
        ],
      },
    ];
  },
};

const budgetRecipients: Rule = {
  id: 'PWAF-COST-011',
  title: 'Budget alerts without recipients',
  pillar: 'operations',
  area: 'cost',
  severity: 'warning',
  trigger: 'Budget alerts are planned but no notification recipients are chosen.',
  rationale: 'Budgets notify; they do not stop usage. An alert nobody receives does not prevent a runaway bill.',
  remedy: 'Name who receives budget alerts (finance, the technical team, an automated channel).',
  source: 'https://docs.databricks.com/api/azure/account/budgets',
  inputs: [BUDGET_ALERTS, BUDGET_RECIPIENTS],
  check(ctx) {
    const alerts = ctx.list(BUDGET_ALERTS);
    if (alerts.length === 0 || ctx.has(BUDGET_ALERTS, 'not-yet') || !ctx.isEmpty(BUDGET_RECIPIENTS)) return [];
    return [{ message: 'Budget alerts are planned but nobody is named to receive them.', path: path(BUDGET_ALERTS), part: 'key' }];
  },
};

const computePolicies: Rule = {
  id: 'PWAF-COST-012',
  title: 'No compute policies (ad-hoc clusters)',
  pillar: 'operations',
  area: 'cost',
  severity: 'warning',
  trigger: 'Compute policies are answered "No, users create ad-hoc clusters" (an error when classic compute then has no tag enforcement: COST-006 is folded in).',
  rationale: 'Policies are how instance types, auto-termination, autoscaling limits and tags are enforced; ad-hoc clusters break attribution and invite runaway cost.',
  remedy: 'Create compute policies that fix tags, auto-termination and worker limits, and let users create clusters only through them.',
  recommendation: 'yes',
  source: POLICY_DEFINITION,
  inputs: [POLICIES],
  subsumes: ['PWAF-COST-006'],
  check(ctx) {
    if (ctx.text(POLICIES) !== 'no') return [];
    return [
      {
        message: 'Users create ad-hoc clusters without compute policies.',
        path: path(POLICIES),
        fixes: [{ title: 'Enforce compute policies', preferred: true, operations: [{ kind: 'set', path: path(POLICIES), value: 'yes' }] }],
      },
    ];
  },
};

const AUTO_TERMINATION = `${AUTOSCALING}.auto_termination_minutes`;
const MAX_IDLE_MINUTES = 120;

const autoTermination: Rule = {
  id: 'PWAF-COST-013',
  title: 'Auto-termination missing, disabled or too long',
  pillar: 'operations',
  area: 'cost',
  severity: 'warning',
  trigger: `Classic compute is planned and auto-termination is missing or 0 (disabled), or longer than ${MAX_IDLE_MINUTES} minutes (info).`,
  rationale: 'Idle clusters keep billing DBUs and cloud VMs; auto-termination (10 to 10,000 minutes, 0 disables it) is the template\'s own mitigation for runaway compute cost.',
  remedy: 'Set auto-termination to 30–60 minutes for interactive and BI compute and enforce it in the compute policy.',
  recommendation: '30',
  source: CLUSTER_RESOURCE,
  inputs: [AUTOSCALING],
  check(ctx) {
    if (!usesClassic(ctx) || ctx.isEmpty(AUTOSCALING)) return [];
    const minutes = ctx.number(AUTO_TERMINATION);
    const fix = (value: number) => [{ title: `Set auto-termination to ${value} minutes`, preferred: true, operations: [{ kind: 'set' as const, path: path(AUTO_TERMINATION), value }] }];
    if (minutes === undefined) {
      return [{ message: 'Auto-termination is not set; idle clusters would run until stopped by hand.', path: path(AUTOSCALING), part: 'key', fixes: fix(30) }];
    }
    if (minutes === 0) return [{ message: 'Auto-termination is 0, which disables it.', path: path(AUTO_TERMINATION), fixes: fix(30) }];
    if (minutes > MAX_IDLE_MINUTES) {
      return [{ message: `Auto-termination after ${fmt(minutes)} idle minutes wastes DBUs; 30–60 is usual.`, path: path(AUTO_TERMINATION), severity: 'info', fixes: fix(60) }];
    }
    return [];
  },
};

const autoscalingRange: Rule = {
  id: 'PWAF-COST-014',
  title: 'Autoscaling range is invalid',
  pillar: 'operations',
  area: 'cost',
  severity: 'error',
  trigger: 'Min workers is greater than max workers.',
  rationale: 'An autoscaling range whose minimum exceeds its maximum cannot be created and hides the intended cost ceiling.',
  remedy: 'Make min workers ≤ max workers.',
  source: CLUSTER_RESOURCE,
  inputs: [`${AUTOSCALING}.min_workers`, `${AUTOSCALING}.max_workers`],
  check(ctx) {
    const min = ctx.number(`${AUTOSCALING}.min_workers`);
    const max = ctx.number(`${AUTOSCALING}.max_workers`);
    if (min === undefined || max === undefined || min <= max) return [];
    return [{ message: `Min workers (${fmt(min)}) is greater than max workers (${fmt(max)}).`, path: path(`${AUTOSCALING}.min_workers`) }];
  },
};

// List prices run from about $0.07/DBU (jobs compute) to about $1/DBU (serverless SQL); a
// figure far outside this band means one of the two columns is wrong.
const MIN_PRICE = 0.05;
const MAX_PRICE = 1.5;

const MONTHLY_DBUS = `${METRICS}.monthly_dbus`;
const ANNUAL_SPEND = `${METRICS}.annual_dbu_spend_usd`;
const METRIC_COLUMNS: Array<[string, string]> = [
  ['current', 'current'],
  ['month_6', '6-month target'],
  ['month_12', '12-month target'],
];

// Corrected prices must land in the common list-price range to name a slip with confidence.
const TYPICAL_LOW = 0.2;
const TYPICAL_HIGH = 1;
const typical = (p: number) => p >= TYPICAL_LOW && p <= TYPICAL_HIGH;

/** The arithmetic slip a price outside the band most likely comes from, for the message. */
function likelyCause(price: number): string {
  if (price < MIN_PRICE && typical(price * 12)) return ': the annual figure looks like one month of spend';
  if (price < MIN_PRICE && typical(price * 1000)) return ': the annual figure looks like it is in thousands of dollars';
  if (price > MAX_PRICE && typical(price / 12)) return ': the annual figure looks multiplied by 12 twice';
  return '';
}

const dbuSpend: Rule = {
  id: 'PWAF-COST-015',
  title: 'Annual DBU spend does not match monthly DBUs',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: `In the business metrics, est. annual DBU spend ÷ (est. monthly DBUs × 12) lies outside $${MIN_PRICE}–$${MAX_PRICE} per DBU for a column (current, 6-month, 12-month).`,
  rationale: 'Published list prices are roughly $0.07–$1 per DBU; a spend figure implying much less or more is a unit or arithmetic error that undermines the unit economics the review relies on.',
  remedy: 'Recompute the annual spend as monthly DBUs × 12 × your expected $/DBU (classic compute also bills cloud VMs separately).',
  source: 'https://www.databricks.com/product/pricing',
  inputs: [MONTHLY_DBUS, ANNUAL_SPEND],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const [column, label] of METRIC_COLUMNS) {
      const monthly = ctx.number(`${MONTHLY_DBUS}.${column}`);
      const annual = ctx.number(`${ANNUAL_SPEND}.${column}`);
      if (monthly === undefined || annual === undefined || monthly <= 0) continue;
      const price = annual / (monthly * 12);
      if (price >= MIN_PRICE && price <= MAX_PRICE) continue;
      hits.push({
        message: `In the ${label} column, ${fmt(monthly)} DBUs/month × 12 against $${fmt(annual)}/year implies $${fmtSig(price, 2)} per DBU, ${price < MIN_PRICE ? 'below' : 'above'} the plausible $${MIN_PRICE}–$${MAX_PRICE}${likelyCause(price)}.`,
        path: path(`${ANNUAL_SPEND}.${column}`),
      });
    }
    return hits;
  },
};

export const costRules: Rule[] = [
  tagging,
  customerIdTag,
  baselineTags,
  manualEnforcement,
  serverlessBudgetPolicies,
  clusterPolicyTags,
  attribution,
  sharedSplit,
  productVsInternal,
  budgets,
  budgetRecipients,
  computePolicies,
  autoTermination,
  autoscalingRange,
  dbuSpend,
];
