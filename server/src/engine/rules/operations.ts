// PWAF rules of the operations area: infrastructure as code, CI/CD, onboarding automation,
// monitoring, alerting, on-call and review cadence.
import { Path } from '../types';
import { durationSeconds, fmt, numberIn, onlyCustomerManaged, rowOfKind } from './helpers';
import { Rule } from './types';

const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

const IAC_TOOLS = 'operations.iac.tools';
const IAC_AUTOMATED = 'operations.iac.automated';
const CICD_TOOL = 'operations.cicd.tool';
const CICD_TOOL_OTHER = 'operations.cicd.tool_other';
const ONBOARDING = 'operations.onboarding';
const MONITORING = 'operations.monitoring';
const METRICS = `${MONITORING}.metrics`;
const ALERT_CHANNELS = `${MONITORING}.alert_channels`;
const ALERT_CHANNELS_OTHER = `${MONITORING}.alert_channels_other`;
const ON_CALL = `${MONITORING}.on_call`;
const TENANCY = 'deployment.tenancy.strategy';
const MODEL = 'deployment.model';
const TELEMETRY = 'cost_telemetry.telemetry.collection';
const REVIEW_CADENCE = 'success_metrics.review_cadence';
const SLAS = 'scale_performance.slas';

const path = (dotted: string): Path => dotted.split('.');

function addItemFix(list: string, items: string[]) {
  return [{ title: `Add ${items.map((i) => `"${i}"`).join(', ')}`, preferred: true, operations: [{ kind: 'addItems' as const, path: path(list), items }] }];
}

const manualIac: Rule = {
  id: 'PWAF-OPS-001',
  title: 'Manual infrastructure configuration',
  pillar: 'operations',
  area: 'operations',
  severity: 'error',
  trigger: 'The IaC tools include manual configuration.',
  rationale: 'The Built-On checklist requires all infrastructure as code and names manual workspace configuration in the UI as an anti-pattern: it does not repeat per customer and drifts.',
  remedy: 'Define workspaces, Unity Catalog and policies in Terraform and deploy jobs and pipelines with bundles (DABs).',
  recommendation: 'terraform, dabs',
  source: CHECKLIST,
  inputs: [IAC_TOOLS],
  // Manual configuration is the root cause of every automation gap below it.
  subsumes: ['PWAF-OPS-002', 'PWAF-OPS-003', 'PWAF-OPS-004', 'PWAF-SEC-015', 'PWAF-ARCH-010'],
  check(ctx) {
    const index = ctx.list(IAC_TOOLS).indexOf('manual');
    if (index < 0) return [];
    return [
      {
        message: 'Infrastructure is configured manually; per-customer setup will not be repeatable.',
        path: [...path(IAC_TOOLS), index],
        fixes: [
          {
            title: 'Replace manual with terraform and dabs',
            preferred: true,
            operations: [{ kind: 'replaceItem', path: path(IAC_TOOLS), from: 'manual', to: ['terraform', 'dabs'] }],
          },
        ],
      },
    ];
  },
};

const workspaceProvisioning: Rule = {
  id: 'PWAF-OPS-002',
  title: 'Workspace provisioning not automated',
  pillar: 'operations',
  area: 'operations',
  severity: 'error',
  trigger: 'Tenancy gives customers dedicated workspaces (workspace per tenant or hybrid) and workspace provisioning is not among the automated items. Not for Customer Managed deployments, where the customer owns its Databricks account and creates its workspaces.',
  rationale: 'The checklist requires automated workspace provisioning; with a workspace per customer, onboarding speed and consistency depend on it.',
  remedy: 'Provision workspaces with Terraform (account-level provider) from the onboarding pipeline.',
  recommendation: 'workspace-provisioning',
  source: CHECKLIST,
  inputs: [TENANCY, IAC_AUTOMATED],
  check(ctx) {
    const tenancy = ctx.text(TENANCY);
    if (!['workspace-per-tenant', 'hybrid'].includes(tenancy) || ctx.has(IAC_AUTOMATED, 'workspace-provisioning')) return [];
    if (onlyCustomerManaged(ctx)) return [];
    return [
      {
        message: `Tenancy is ${tenancy} but workspace provisioning is not automated.`,
        path: path(IAC_AUTOMATED),
        part: 'key',
        fixes: addItemFix(IAC_AUTOMATED, ['workspace-provisioning']),
      },
    ];
  },
};

const ucSetup: Rule = {
  id: 'PWAF-OPS-003',
  title: 'Unity Catalog setup not automated',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'Automated items are listed but Unity Catalog setup (catalogs, schemas, grants) is not one of them.',
  rationale: 'The checklist requires Unity Catalog setup as code, so every customer gets the same catalogs and grants.',
  remedy: 'Create catalogs, schemas, bindings and grants with Terraform or bundles.',
  recommendation: 'uc-setup',
  source: CHECKLIST,
  inputs: [IAC_AUTOMATED],
  check(ctx) {
    if (ctx.isEmpty(IAC_AUTOMATED) || ctx.has(IAC_AUTOMATED, 'uc-setup')) return [];
    return [{ message: 'Unity Catalog setup (catalogs, schemas, grants) is not automated.', path: path(IAC_AUTOMATED), part: 'key', fixes: addItemFix(IAC_AUTOMATED, ['uc-setup']) }];
  },
};

const computeTemplates: Rule = {
  id: 'PWAF-OPS-004',
  title: 'Compute and policies not defined as code',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'Automated items are listed but cluster/warehouse creation or cluster policy creation is missing.',
  rationale: 'The checklist asks for cluster and warehouse templates as code; policies created by hand drift between workspaces.',
  remedy: 'Create clusters, warehouses and compute policies from Terraform or bundles.',
  recommendation: 'compute-creation, cluster-policy-creation',
  source: CHECKLIST,
  inputs: [IAC_AUTOMATED],
  check(ctx) {
    if (ctx.isEmpty(IAC_AUTOMATED)) return [];
    const missing = ['compute-creation', 'cluster-policy-creation'].filter((s) => !ctx.has(IAC_AUTOMATED, s));
    if (missing.length === 0) return [];
    return [{ message: `Not automated: ${missing.join(', ')}.`, path: path(IAC_AUTOMATED), part: 'key', fixes: addItemFix(IAC_AUTOMATED, missing) }];
  },
};

const cicd: Rule = {
  id: 'PWAF-OPS-005',
  title: 'No CI/CD tool',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'Infrastructure as code is described but no CI/CD tool is chosen (neither a listed tool nor an other one).',
  rationale: 'The checklist requires a CI/CD pipeline for deployments; code that is applied by hand is only half automated.',
  remedy: 'Choose the CI/CD system that runs tests and deploys bundles and Terraform to staging and production.',
  source: CHECKLIST,
  inputs: [IAC_TOOLS],
  optionalInputs: [CICD_TOOL, CICD_TOOL_OTHER],
  check(ctx) {
    if (ctx.isEmpty(IAC_TOOLS) || !ctx.isEmpty(CICD_TOOL) || !ctx.isEmpty(CICD_TOOL_OTHER)) return [];
    return [{ message: 'No CI/CD tool is chosen to deploy the infrastructure code.', path: path('operations.cicd'), part: 'key' }];
  },
};

// The template's example onboarding target, used only when the document states none of its own.
const TEMPLATE_ONBOARDING_HOURS = 2;
const AUTOMATED_HOURS = `${ONBOARDING}.automated_time_hours`;
const TECH_METRICS = 'success_metrics.technical';

const onboarding: Rule = {
  id: 'PWAF-OPS-006',
  title: 'Automated onboarding slower than the onboarding target',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: `Automated customer onboarding takes longer than the document's own onboarding-time target (its technical success metric), or than the template's ${TEMPLATE_ONBOARDING_HOURS}-hour example when the document states no target (not for Customer Managed deployments, which the customer installs).`,
  rationale:
    'The template measures success by how fast a new customer is onboarded and lists manual onboarding as an operational risk. An onboarding that meets its target is fine whatever share of it is automated; one that misses it does not scale with customers.',
  remedy: 'Automate the slow onboarding steps (provisioning, catalog setup, access) until onboarding meets its target, or restate the target.',
  source: CHECKLIST,
  inputs: [AUTOMATED_HOURS],
  optionalInputs: [TECH_METRICS],
  check(ctx) {
    const hours = ctx.number(AUTOMATED_HOURS);
    if (hours === undefined) return [];
    const row = rowOfKind(ctx, TECH_METRICS, 'onboardingTime');
    const stated = row ? durationSeconds(row.row.target) : undefined;
    // In a Customer Managed deployment the customer installs the product: only a target the
    // document sets for that installation applies, not the template's SaaS example.
    if (stated === undefined && onlyCustomerManaged(ctx)) return [];
    const targetHours = stated !== undefined ? stated / 3600 : TEMPLATE_ONBOARDING_HOURS;
    if (hours <= targetHours) return [];
    const target = stated !== undefined ? `the document's own target (${String(row?.row.target)})` : `the template's ${TEMPLATE_ONBOARDING_HOURS}-hour example target`;
    return [{ message: `Automated onboarding takes ${fmt(hours)} hours, longer than ${target}.`, path: path(AUTOMATED_HOURS) }];
  },
};

const onCall: Rule = {
  id: 'PWAF-OPS-007',
  title: 'On-call coverage below the availability SLA',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'On-call is business hours only or best-effort while the availability SLA (the SLA row that measures availability or uptime) is 99.9% or higher.',
  rationale: '99.9% allows about 43 minutes of downtime a month; an outage at night or on a weekend exhausts it before anyone responds. The template lists insufficient on-call as a risk.',
  remedy: 'Provide 24/7 on-call, or lower the SLA to what the coverage can keep.',
  recommendation: '24-7',
  source: 'https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews',
  inputs: [ON_CALL, SLAS],
  check(ctx) {
    const coverage = ctx.text(ON_CALL);
    if (!coverage || coverage === '24-7') return [];
    const sla = rowOfKind(ctx, SLAS, 'availability');
    const target = sla ? numberIn(sla.row.target) : undefined;
    if (target === undefined || target < 99.9) return [];
    return [
      {
        message: `On-call is "${coverage}" but the availability SLA is ${fmt(target)}%, which leaves about ${fmt(Math.round((100 - target) * 438))} minutes of downtime a month.`,
        path: path(ON_CALL),
        fixes: [{ title: 'Set on-call to 24-7', preferred: true, operations: [{ kind: 'set', path: path(ON_CALL), value: '24-7' }] }],
      },
    ];
  },
};

const dbuMonitoring: Rule = {
  id: 'PWAF-OPS-008',
  title: 'DBU consumption not monitored',
  pillar: 'measurement',
  area: 'operations',
  severity: 'warning',
  trigger: 'Monitored metrics are listed but DBU consumption (per customer, per service) is not one of them.',
  rationale: 'Per-customer DBU consumption is what budgets and attribution are checked against; without it, a cost problem shows up only on the invoice.',
  remedy: 'Monitor DBU consumption per customer and per service from the billing system tables.',
  recommendation: 'dbu-consumption',
  source: 'https://docs.databricks.com/en/admin/usage/system-tables.html',
  inputs: [METRICS],
  check(ctx) {
    if (ctx.isEmpty(METRICS) || ctx.has(METRICS, 'dbu-consumption')) return [];
    return [{ message: 'DBU consumption per customer is not among the monitored metrics.', path: path(METRICS), part: 'key', fixes: addItemFix(METRICS, ['dbu-consumption']) }];
  },
};

const alertChannels: Rule = {
  id: 'PWAF-OPS-009',
  title: 'Monitoring without alert channels',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'Monitored metrics are listed but no alerting channel is chosen (neither a listed channel nor an other one).',
  rationale: 'Metrics nobody is alerted on are noticed only after customers complain.',
  remedy: 'Route alerts to a paging or chat channel the on-call engineer watches.',
  source: 'https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews',
  inputs: [METRICS],
  optionalInputs: [ALERT_CHANNELS, ALERT_CHANNELS_OTHER],
  check(ctx) {
    if (ctx.isEmpty(METRICS) || !ctx.isEmpty(ALERT_CHANNELS) || !ctx.isEmpty(ALERT_CHANNELS_OTHER)) return [];
    return [{ message: 'Metrics are monitored but no alerting channel is chosen.', path: path(MONITORING), part: 'key' }];
  },
};

const customerManagedTelemetry: Rule = {
  id: 'PWAF-OPS-010',
  title: 'Customer-managed deployment without telemetry',
  pillar: 'measurement',
  area: 'operations',
  severity: 'warning',
  trigger: 'The deployment model is customer managed and telemetry collection is "no telemetry collected".',
  rationale: 'The PWAF customer-managed page says program benefits are limited in this model because the partner has little visibility into usage; with no telemetry at all, the partner cannot measure or attribute usage of its product.',
  remedy: 'Collect usage through Databricks APIs (system tables, usage APIs) or an agent in the customer workspace.',
  recommendation: 'databricks-apis',
  source: 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models/customer-managed',
  inputs: [MODEL, TELEMETRY],
  check(ctx) {
    if (ctx.text(MODEL) !== 'customer-managed' || !ctx.has(TELEMETRY, 'none')) return [];
    return [
      {
        message: 'A customer-managed deployment collects no telemetry, so usage cannot be measured.',
        path: [...path(TELEMETRY), ctx.list(TELEMETRY).indexOf('none')],
        fixes: [{ title: 'Collect telemetry via Databricks APIs', preferred: true, operations: [{ kind: 'replaceItem', path: path(TELEMETRY), from: 'none', to: ['databricks-apis'] }] }],
      },
    ];
  },
};

const reviewCadence: Rule = {
  id: 'PWAF-OPS-011',
  title: 'No architecture review cadence',
  pillar: 'operations',
  area: 'operations',
  severity: 'info',
  trigger: 'The success metrics are filled in but no review cadence is chosen.',
  rationale: 'The review process calls for reviews during the build and after GA; a validated architecture needs revalidation after material changes.',
  remedy: 'Plan a monthly architecture sync during the build and a quarterly business review after GA.',
  recommendation: 'monthly-sync',
  source: 'https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews',
  inputs: ['success_metrics'],
  check(ctx) {
    if (ctx.isEmpty('success_metrics') || !ctx.isEmpty(REVIEW_CADENCE)) return [];
    return [{ message: 'No review cadence is planned for the build or after GA.', path: path('success_metrics'), part: 'key', fixes: addItemFix(REVIEW_CADENCE, ['monthly-sync']) }];
  },
};

export const operationsRules: Rule[] = [
  manualIac,
  workspaceProvisioning,
  ucSetup,
  computeTemplates,
  cicd,
  onboarding,
  onCall,
  dbuMonitoring,
  alertChannels,
  customerManagedTelemetry,
  reviewCadence,
];
