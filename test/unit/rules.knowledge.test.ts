// Rule cases for the knowledge rules: each starts from the well-architected example (which passes
// them all) and edits only key paths the format defines; prose cases name the words the finding
// must cover, not the paragraph.
import * as assert from 'assert';
import { knowledgeRules } from '../../server/src/engine/rules/knowledge/index';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, mutate, textAt } from '../support/rules';

const P = ['architecture', 'products'];
const RC = ['business_requirements', 'regulatory_compliance'];
const CLOUD = ['deployment', 'cloud'];
const ONBOARDING = ['operations', 'onboarding', 'steps'];
const PRICING = ['business_requirements', 'pricing_packaging'];
const RBAC = ['governance_security', 'access_control', 'rbac'];
const MONITORING = ['operations', 'monitoring'];
const WA = () => example('well-architected');

describeCases('knowledge', WA, knowledgeRules.map((r) => r.id), [
  {
    id: 'PWAF-ARCH-020',
    edits: [
      [['deployment', 'tenancy', 'scale_projections', 'months_24', 'customers'], 6000],
      [[...P, 'delta_sharing', 'details'], 'Forecasts reach customers through one recipient per customer.'],
    ],
    expect: ['one recipient per customer'],
  },
  { id: 'PWAF-ARCH-020', edits: [[[...P, 'delta_sharing', 'details'], 'We expect 6,000 recipients by month 24.']], expect: ['6,000 recipients'] },
  { id: 'PWAF-PERF-020', edits: [[[...P, 'lakebase', 'details'], 'Order history of about 3 TB, for 1,500 concurrent connections.']], expect: ['3 TB', '1,500 concurrent connections'] },
  { id: 'PWAF-PERF-021', edits: [[[...P, 'aibi_genie', 'details'], 'One Genie space per customer over 45 tables.']], expect: ['45 tables'] },
  { id: 'PWAF-ARCH-021', edits: [[[...P, 'zerobus', 'details'], 'Store gateways push POS events with exactly-once delivery.']], expect: ['exactly-once'] },
  {
    id: 'PWAF-ARCH-022',
    edits: [
      [[...P, 'lakebase', 'status'], 'not-using'],
      [[...P, 'dbsql', 'details'], 'SQL warehouses hold approvals as transactional writes.'],
    ],
    expect: ['transactional writes'],
  },
  { id: 'PWAF-ARCH-023', edits: [[[...P, 'databricks_apps', 'details'], 'The store locator is a publicly accessible app for shoppers.']], expect: ['publicly accessible'] },
  { id: 'PWAF-DOC-020', edits: [[['success_metrics', 'business', 0, 'target'], '15']], expect: ['"15"'] },
  { id: 'PWAF-DOC-021', edits: [[['executive_summary', 'business_metrics', 'customers', 'month_12'], 10]], expect: ['10'] },
  { id: 'PWAF-DOC-022', edits: [[['header', 'document_version'], '2.1']], expect: ['"2.1"'] },
  { id: 'PWAF-DOC-022', edits: [[['version_history', 3, 'date'], '2026-03-02']], expect: ['2026-03-02'] },
  { id: 'PWAF-SEC-020', edits: [[[...RC, 'data_classification'], ['pii', 'pci']]], expect: ['hybrid'] },
  { id: 'PWAF-SEC-021', edits: [[[...RC, 'data_classification'], ['pii', 'pci']]], expect: ['foundation-model-apis'] },
  { id: 'PWAF-SEC-022', edits: [[[...CLOUD, 'primary'], 'azure'], [[...CLOUD, 'gov_sovereign'], 'required']], expect: ['required'] },
  {
    id: 'PWAF-SEC-023',
    edits: [
      [[...RC, 'data_classification'], ['pii', 'phi']],
      [[...P, 'agent_bricks', 'details'], 'Forecast explanations are written by Azure OpenAI.'],
    ],
    expect: ['Azure OpenAI'],
  },
  { id: 'PWAF-SEC-024', edits: [[[...CLOUD, 'primary'], 'azure']], expect: ['genie', 'foundation-model-apis'] },
  { id: 'PWAF-SEC-025', edits: [[[...P, 'delta_sharing', 'details'], 'Forecasts are shared to recipients in us-west-2.']], expect: ['us-west-2'] },
  { id: 'PWAF-SEC-026', edits: [[['governance_security', 'data_security', 'network_other'], ['Back-end Private Link from the classic compute plane']]], expect: ['Back-end Private Link'] },
  { id: 'PWAF-SEC-027', edits: [[['risks', 'security', 0, 'mitigation'], 'OAuth secrets are stored in environment variables of the API pods.']], expect: ['secrets are stored in environment variables'] },
  { id: 'PWAF-SEC-028', edits: [[['appendices', 'assumptions'], ['Open sharing tokens never expire.']]], expect: ['never expire'] },
  {
    id: 'PWAF-SEC-029',
    edits: [
      [['deployment', 'model'], 'customer-managed'],
      [[...ONBOARDING, 'access_setup'], 'Our support engineers are workspace admins in every customer workspace.'],
    ],
    expect: ['Our support engineers are workspace admins'],
  },
  { id: 'PWAF-GOV-020', edits: [[[...P, 'unity_catalog', 'details'], 'All tables, volumes and models are governed by Unity Catalog.']], expect: ['unity_catalog'] },
  { id: 'PWAF-GOV-021', edits: [[['governance_security', 'access_control', 'rbac'], []]], expect: ['rbac'] },
  { id: 'PWAF-OPS-020', edits: [[['deployment', 'model'], 'customer-managed']], expect: ['customer-managed'] },
  {
    id: 'PWAF-ARCH-024',
    edits: [[['appendices', 'assumptions'], ['Retailers without a Databricks account get the same Databricks-to-Databricks share.']]],
    expect: ['without a Databricks account'],
  },
  { id: 'PWAF-OPS-021', edits: [[[...ONBOARDING, 'access_setup'], 'The customer sends a spreadsheet of users, which we load manually.']], expect: ['spreadsheet'] },
  {
    id: 'PWAF-COST-020',
    edits: [
      [[...PRICING, 'databricks_cost_in_pricing'], 'pass-through'],
      [[...PRICING, 'customer_dbu_visibility'], 'none'],
    ],
    expect: ['none'],
  },
  { id: 'PWAF-COST-021', edits: [[[...P, 'delta_sharing', 'details'], 'Forecasts are shared Databricks-to-Databricks with chains whose workspaces run on Azure.']], expect: ['Azure'] },
  { id: 'PWAF-SEC-030', edits: [[['appendices', 'assumptions'], ['GDPR erasure requests are completed within 30 days.']]], expect: ['erasure requests'] },
  {
    id: 'PWAF-SEC-031',
    edits: [
      [['governance_security', 'data_security', 'audit'], ['system-tables']],
      [['governance_security', 'data_security', 'siem_tool'], undefined],
      [['architecture', 'external_dependencies', 1, 'migration_plan'], 'None; Databricks-native metrics stay in system tables.'],
      [['appendices', 'assumptions'], ['Audit logs are kept for 7 years for the regulator.']],
    ],
    expect: ['Audit logs are kept for 7 years'],
  },
  { id: 'PWAF-SEC-032', edits: [[[...P, 'lakebase', 'details'], 'Pharmacy orders carry ICD-10 diagnosis codes for each prescription.']], expect: ['ICD-10'] },
  { id: 'PWAF-SEC-033', edits: [[[...P, 'agent_bricks', 'details'], 'We enabled cross-Geo processing so the assistant can use every model.']], expect: ['cross-Geo processing'] },
  { id: 'PWAF-SEC-034', edits: [[[...RBAC, 2, 'permissions'], 'Account admin and metastore admin for all engineers']], expect: ['Account admin'] },
  {
    id: 'PWAF-ARCH-025',
    edits: [[[...P, 'delta_sharing', 'details'], 'Every share holds the same gold tables; a row filter limits each recipient to its own rows.']],
    expect: ['row filter'],
  },
  {
    id: 'PWAF-OPS-022',
    edits: [
      [[...MONITORING, 'on_call'], 'business-hours'],
      [['scale_performance', 'slas', 2, 'target'], '99.5%'],
      [['risks', 'operational', 0, 'mitigation'], 'A 24/7 support desk answers customer incidents.'],
    ],
    expect: ['24/7'],
  },
  { id: 'PWAF-OPS-022', edits: [[['risks', 'operational', 0, 'mitigation'], 'Support engineers work business hours only.']], expect: ['Support engineers work business hours'] },
  { id: 'PWAF-OPS-023', edits: [[['scale_performance', 'slas', 2, 'target'], '99.95%']], expect: ['99.95%'] },
  { id: 'PWAF-OPS-024', edits: [[['cost_telemetry', 'telemetry', 'collection'], ['customer-reported']]], expect: ['collection'] },
  { id: 'PWAF-SEC-035', edits: [[['operations', 'cicd', 'pipeline'], 'Hot-fixes are deployed with a personal access token that each customer stores for us.']], expect: ['personal access token'] },
  {
    id: 'PWAF-SEC-036',
    edits: [[['architecture', 'data_flow', 'layers', 'gold'], 'Every night features exported from each customer workspace are pooled in us-east-1 to train the shared model.']],
    expect: ['us-east-1'],
  },
  {
    id: 'PWAF-ARCH-026',
    edits: [
      [[...CLOUD, 'primary'], 'azure'],
      [[...CLOUD, 'gov_sovereign'], 'required'],
      [[...P, 'agent_bricks', 'details'], 'Scoring runs on a Model Serving endpoint in usgovvirginia.'],
    ],
    expect: ['system tables', 'using', 'usgovvirginia', 'hybrid'],
  },
  { id: 'PWAF-PERF-022', edits: [[[...P, 'agent_bricks', 'details'], 'The forecast API calls Model Serving at about 1,500 requests per second at peak.']], expect: ['1,500 requests per second'] },
  {
    id: 'PWAF-OPS-026',
    edits: [
      [['scale_performance', 'slas', 3], { metric: 'Disaster recovery', target: 'RPO 1 hour, RTO 4 hours', measurement: 'Annual failover test' }],
      [['risks', 'technical', 0, 'mitigation'], 'A weekly deep clone copies gold tables to a secondary region.'],
    ],
    expect: ['RPO 1 hour, RTO 4 hours'],
  },
  {
    id: 'PWAF-COST-022',
    edits: [[['cost_telemetry', 'cost_allocation', 'attribution_details'], 'For the shared SQL warehouses, each customer\'s share is read from the customer_id tag on the warehouse.']],
    expect: ['tag on the warehouse'],
  },
]);

describe('rules: knowledge edge cases', () => {
  const wa = WA();
  const quiet = (id: string, edits: Parameters<typeof mutate>[1]) => assert.deepStrictEqual(hitsOf(id, mutate(wa, edits)).map((h) => h.message), [], id);

  it('a per-customer object within the limit at every horizon is not reported', () => {
    quiet('PWAF-ARCH-020', [[['architecture', 'products', 'delta_sharing', 'details'], 'Forecasts reach customers through one recipient per customer.']]);
  });

  it('names the first horizon at which a per-customer object breaks the limit', () => {
    const text = mutate(wa, [
      [['deployment', 'tenancy', 'scale_projections', 'months_12', 'customers'], 5200],
      [['deployment', 'tenancy', 'scale_projections', 'months_24', 'customers'], 9000],
      [['architecture', 'products', 'delta_sharing', 'details'], 'One recipient per customer.'],
    ]);
    const [hit] = hitsOf('PWAF-ARCH-020', text);
    assert.match(hit.message, /5,200 customers \(12 months\).*5,000 recipients per metastore \(raisable on request\)/);
  });

  it('PCI on AWS serverless SQL only passes in a covered region, and is silent on GCP', () => {
    const sqlOnly = (regions: string) =>
      mutate(wa, [
        [['business_requirements', 'regulatory_compliance', 'data_classification'], ['pci']],
        [['architecture', 'compute', 'types'], 'classic'],
        [['appendices', 'assumptions'], [`All customers are served from AWS ${regions}.`]],
      ]);
    assert.strictEqual(hitsOf('PWAF-SEC-020', sqlOnly('us-east-1')).length, 1, 'eu-west-1 still appears in the catalog structure');
    quiet('PWAF-SEC-020', [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['pci']],
      [['deployment', 'cloud', 'primary'], 'gcp'],
    ]);
  });

  it('pay-per-token FMAPI passes once provisioned throughput is stated', () => {
    quiet('PWAF-SEC-021', [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['pci']],
      [['architecture', 'products', 'agent_bricks', 'details'], 'Models are served on provisioned throughput endpoints.'],
    ]);
  });

  it('PII alone with an external LLM is information, PHI a warning', () => {
    const pii = hitsOf('PWAF-SEC-023', mutate(wa, [[['architecture', 'products', 'agent_bricks', 'alternative_stack', 'llm_providers'], ['openai']]]));
    assert.strictEqual(pii.length, 1);
    const rule = knowledgeRules.find((r) => r.id === 'PWAF-SEC-023')!;
    const { SowDocument } = require('../../server/src/engine/document');
    const { RuleContext } = require('../../server/src/engine/rules/context');
    const doc = new SowDocument('file:///x.sow.yaml', 1, mutate(wa, [[['architecture', 'products', 'agent_bricks', 'alternative_stack', 'llm_providers'], ['openai']]]));
    assert.strictEqual(rule.check(new RuleContext(doc, '2026-11-24'))[0].severity, 'info');
  });

  it('a decline explained in the risks is not reported', () => {
    quiet('PWAF-DOC-021', [
      [['executive_summary', 'business_metrics', 'workspaces', 'month_12'], 4],
      [['risks', 'operational', 0, 'mitigation'], 'Workspaces are consolidated into regional shared workspaces in the second half.'],
    ]);
  });

  it('serverless private connectivity stated: no finding', () => {
    quiet('PWAF-SEC-026', [[['governance_security', 'data_security', 'network_other'], ['Back-end Private Link plus a network connectivity configuration for serverless']]]);
  });

  it('User-Agent attribution: asked of customer-managed rows only, not when no telemetry at all (OPS-010)', () => {
    quiet('PWAF-OPS-020', [[['deployment', 'model'], 'side-car']]);
    quiet('PWAF-OPS-020', [[['deployment', 'model'], 'customer-managed'], [['cost_telemetry', 'telemetry', 'collection'], ['none']]]);
    const text = mutate(wa, [
      [['deployment', 'model'], 'multiple'],
      [['deployment', 'multiple_models'], [{ customer_segment: 'Enterprise', deployment_model: 'customer-managed', justification: 'Own platform team' }]],
    ]);
    assert.strictEqual(hitsOf('PWAF-OPS-020', text).length, 1);
  });

  it('D2D to recipients that the same sentence routes to open sharing is fine', () => {
    quiet('PWAF-ARCH-024', [[['appendices', 'assumptions'], ['Brands get Databricks-to-Databricks shares; retailers without Databricks use open sharing.']]]);
  });

  it('in a required government cloud the geography rule stays silent (the gov-cloud rules report it)', () => {
    quiet('PWAF-SEC-024', [[['deployment', 'cloud', 'primary'], 'azure'], [['deployment', 'cloud', 'gov_sovereign'], 'required']]);
  });

  it('onboarding with several manual steps is one finding', () => {
    const text = mutate(wa, [
      [['operations', 'onboarding', 'steps', 'access_setup'], 'Users are added manually.'],
      [['operations', 'onboarding', 'steps', 'validation'], 'A support engineer checks the dashboards by hand.'],
    ]);
    const hits = hitsOf('PWAF-OPS-021', text);
    assert.strictEqual(hits.length, 1);
    assert.match(hits[0].message, /and 2 more manual steps/);
  });

  it('people provisioned as Databricks users beyond the account limit are reported at the number', () => {
    const text = mutate(wa, [[['business_requirements', 'customer_segments', 'primary_customer_segment'], 'Up to 25,000 caseworkers per agency are provisioned as Databricks users through SCIM.']]);
    assert.deepStrictEqual(hitsOf('PWAF-ARCH-020', text).map((h) => textAt(text, h.range)), ['25,000']);
    quiet('PWAF-ARCH-020', [[['business_requirements', 'customer_segments', 'primary_customer_segment'], 'About 400 analysts per chain are provisioned as Databricks users through SCIM.']]);
  });

  it('a fully automated claim in prose counts like 100%, unless the sentence names the exception', () => {
    const manual: Parameters<typeof mutate>[1] = [
      [['operations', 'onboarding', 'automation_level_pct'], 90],
      [['operations', 'onboarding', 'steps', 'access_setup'], 'Users are added manually.'],
    ];
    const text = mutate(wa, [...manual, [['appendices', 'assumptions'], ['Onboarding is fully automated.']]]);
    assert.match(hitsOf('PWAF-OPS-021', text)[0].message, /calls onboarding "fully automated"/);
    quiet('PWAF-OPS-021', [...manual, [['appendices', 'assumptions'], ['Onboarding is fully automated except for adding users.']]]);
    quiet('PWAF-OPS-021', manual);
  });

  it('pricing: pass-through with a usage summary, or a margin without visibility, is consistent', () => {
    quiet('PWAF-COST-020', [[['business_requirements', 'pricing_packaging', 'databricks_cost_in_pricing'], 'pass-through']]);
    quiet('PWAF-COST-020', [[['business_requirements', 'pricing_packaging', 'customer_dbu_visibility'], 'none']]);
  });

  it('cross-cloud sharing with its egress accounted for, or within the cloud, is not reported', () => {
    quiet('PWAF-COST-021', [[['architecture', 'products', 'delta_sharing', 'details'], 'Chains on Azure read a replica kept by deep clone in their region, so no egress is charged.']]);
    quiet('PWAF-COST-021', [[['architecture', 'products', 'delta_sharing', 'details'], 'Forecasts are shared with chains whose workspaces run on AWS.']]);
  });

  it('erasure that purges history, or a negated promise, is not reported', () => {
    quiet('PWAF-SEC-030', [[['appendices', 'assumptions'], ['GDPR erasure requests delete rows in every layer, then REORG TABLE … APPLY (PURGE) and VACUUM run.']]]);
    quiet('PWAF-SEC-030', [[['appendices', 'assumptions'], ['No deletion requests apply: the data holds no personal data.']]]);
  });

  it('data described as tokenised or removed is not more sensitive than its classification', () => {
    quiet('PWAF-SEC-032', [[['architecture', 'products', 'lakebase', 'details'], 'Card numbers are tokenised by the payment gateway before ingestion.']]);
    quiet('PWAF-SEC-032', [[['risks', 'operational', 0, 'mitigation'], 'Incident diagnosis uses the run log.']]);
  });

  it('cross-Geo processing kept off is not reported', () => {
    quiet('PWAF-SEC-033', [[['architecture', 'products', 'agent_bricks', 'details'], 'Cross-Geo processing stays disabled; models are served in the workspace Geo.']]);
  });

  it('admin for a few named people or a break-glass group is not reported; an admin identity that also serves the API is', () => {
    quiet('PWAF-SEC-034', [[['governance_security', 'access_control', 'rbac', 2, 'permissions'], 'Account admin for two named engineers, break-glass only']]);
    const text = mutate(wa, [[['governance_security', 'access_control', 'rbac', 2, 'permissions'], 'Metastore admin; the portal API also uses it to run customer queries']]);
    assert.deepStrictEqual(hitsOf('PWAF-SEC-034', text).map((h) => textAt(text, h.range)), ['Metastore admin']);
  });

  it('shared views filtered by current_recipient() are the remedy, not a finding', () => {
    quiet('PWAF-ARCH-025', [[['architecture', 'products', 'delta_sharing', 'details'], 'A row filter limits each recipient to its own rows through shared views using current_recipient().']]);
  });

  it('on-call: business hours named for load, or with a pager for out-of-hours incidents, is consistent with 24/7', () => {
    quiet('PWAF-OPS-022', [[['risks', 'operational', 0, 'mitigation'], 'Support engineers work business hours; a pager covers out-of-hours P1 incidents.']]);
    quiet('PWAF-OPS-022', [[['business_requirements', 'customer_segments', 'primary_customer_segment'], 'Chains whose analysts use dashboards during business hours.']]);
  });

  it('an availability SLA with RPO/RTO stated, or below 99.95%, asks no recovery objectives', () => {
    quiet('PWAF-OPS-023', [[['scale_performance', 'slas', 2, 'target'], '99.95%'], [['appendices', 'assumptions'], ['RPO 1 hour and RTO 4 hours through a standby workspace in us-west-2.']]]);
    quiet('PWAF-OPS-023', []);
  });

  it('recipient usage: a "no visibility" claim about sharing is reported at the words', () => {
    const text = mutate(wa, [[['architecture', 'products', 'delta_sharing', 'details'], 'Delta Sharing gives us no visibility into how recipients use the forecasts.']]);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-024', text).map((h) => textAt(text, h.range)), ['no visibility']);
  });

  it('the compliance security profile declined or made conditional in prose counts as missing (SEC-009, SEC-006)', () => {
    const declined = mutate(wa, [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['pii', 'pci']],
      [['appendices', 'assumptions'], ['We do not plan to buy the Enhanced Security and Compliance add-on.']],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-SEC-009', declined).map((h) => textAt(declined, h.range)), ['Enhanced Security and Compliance']);
    const committed = mutate(wa, [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['pii', 'pci']],
      [['appendices', 'assumptions'], ['The compliance security profile with PCI-DSS is enabled on every workspace, not only on request.']],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-SEC-009', committed), []);
    const conditional = mutate(wa, [
      [['business_requirements', 'regulatory_compliance', 'compliance_frameworks'], ['hipaa']],
      [['appendices', 'assumptions'], ['A BAA with Databricks is signed. The compliance security profile is enabled only if a customer asks for it.']],
    ]);
    assert.match(hitsOf('PWAF-SEC-006', conditional)[0].message, /declines the compliance security profile/);
  });

  it('erasure: a history kept longer than the promised deadline is reported at the retention', () => {
    const text = mutate(wa, [
      [['appendices', 'assumptions'], ['Erasure is complete within 30 days. Tables keep delta.deletedFileRetentionDuration = 180 days for audits, and VACUUM runs weekly.']],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-SEC-030', text).map((h) => textAt(text, h.range)), ['deletedFileRetentionDuration = 180 days']);
    quiet('PWAF-SEC-030', [[['appendices', 'assumptions'], ['Erasure is complete within 30 days; VACUUM keeps the 7-day default retention.']]]);
  });

  it('a PAT that is replaced, forbidden, or chosen in the answers (SEC-001) is not reported in prose', () => {
    quiet('PWAF-SEC-035', [[['operations', 'cicd', 'pipeline'], 'Personal access tokens are disabled; the pipeline uses OAuth M2M.']]);
    quiet('PWAF-SEC-035', [[['operations', 'cicd', 'pipeline'], 'We replaced PATs with OAuth token federation.']]);
    quiet('PWAF-SEC-035', [
      [['governance_security', 'access_control', 'backend_api_auth'], ['oauth-m2m', 'pat']],
      [['operations', 'cicd', 'pipeline'], 'Deployments use a personal access token.'],
    ]);
  });

  it('a move of one customer\'s data, or a disaster-recovery copy, is not pooling', () => {
    quiet('PWAF-SEC-036', [[['architecture', 'data_flow', 'layers', 'gold'], 'Reports are exported to us-west-2 for the chain that runs there.']]);
    quiet('PWAF-SEC-036', [[['architecture', 'data_flow', 'layers', 'gold'], 'Gold tables from each customer workspace are replicated to eu-west-1 for disaster recovery.']]);
  });

  it('Azure Government named only as a roadmap: only statements that place a feature there count', () => {
    quiet('PWAF-ARCH-026', [[['appendices', 'assumptions'], ['An Azure Government edition may follow in 2028.']], [[...CLOUD, 'primary'], 'azure']]);
  });

  it('route-optimized serving, or traffic within the default, is not reported; an open question about it does not count', () => {
    quiet('PWAF-PERF-022', [[['architecture', 'products', 'agent_bricks', 'details'], 'Model Serving takes 1,500 requests per second on route-optimized endpoints.']]);
    quiet('PWAF-PERF-022', [[['architecture', 'products', 'agent_bricks', 'details'], 'Model Serving takes 150 requests per second at peak.']]);
    const text = mutate(wa, [
      [['architecture', 'products', 'agent_bricks', 'details'], 'Model Serving takes 1,500 requests per second at peak.'],
      [['appendices', 'open_questions'], ['Can we move to route-optimized endpoints?']],
    ]);
    assert.strictEqual(hitsOf('PWAF-PERF-022', text).length, 1);
  });

  it('an RPO met by the copy cadence, or continuous replication, is consistent', () => {
    const rpo: Parameters<typeof mutate>[1] = [[['scale_performance', 'slas', 3], { metric: 'Disaster recovery', target: 'RPO 24 hours', measurement: 'Annual failover test' }]];
    quiet('PWAF-OPS-026', [...rpo, [['risks', 'technical', 0, 'mitigation'], 'A daily deep clone copies gold tables to a secondary region.']]);
    quiet('PWAF-OPS-026', [
      [['scale_performance', 'slas', 3], { metric: 'Disaster recovery', target: 'RPO 15 minutes', measurement: 'Annual failover test' }],
      [['risks', 'technical', 0, 'mitigation'], 'Weekly snapshots, plus S3 cross-region replication of all tables.'],
    ]);
  });

  it('per-customer cost of a dedicated warehouse from its tag is fine', () => {
    quiet('PWAF-COST-022', [[['cost_telemetry', 'cost_allocation', 'attribution_details'], 'Each enterprise customer has its own SQL warehouse, tagged with customer_id on the warehouse.']]);
  });

  it('the geography rule is silent once the document answers at the Geo level', () => {
    quiet('PWAF-SEC-024', [
      [['deployment', 'cloud', 'primary'], 'azure'],
      [['appendices', 'assumptions'], ['Genie and Foundation Model APIs are Designated Services and process content within the workspace Geo.']],
    ]);
  });

  it('a 24x7x365 support SLA row is a round-the-clock promise against business-hours on-call', () => {
    const text = mutate(wa, [
      [['operations', 'monitoring', 'on_call'], 'business-hours'],
      [['scale_performance', 'slas', 2, 'target'], '99.5%'],
      [['scale_performance', 'slas', 3], { metric: 'Severity-1 support response', target: '< 30 minutes, 24x7x365', measurement: 'Ticket timestamps' }],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-022', text).map((h) => textAt(text, h.range)), ['24x7x365']);
  });

  it('names that are not what a rule reads stay quiet: cloud services, aggregates, other products, a team with read-only access', () => {
    quiet('PWAF-COST-021', [[['architecture', 'products', 'delta_sharing', 'details'], 'Recipients sign in through Azure AD before the share is granted.']]);
    quiet('PWAF-SEC-036', [[['architecture', 'data_flow', 'layers', 'gold'], 'Aggregated, non-personal benchmarks from all customers are sent to us-east-1.']]);
    quiet('PWAF-PERF-022', [[['architecture', 'products', 'agent_bricks', 'details'], 'Model Serving scores forecasts; Vector Search answers 900 queries per second.']]);
    quiet('PWAF-SEC-034', [[['governance_security', 'access_control', 'rbac', 2, 'permissions'], 'All engineers have read-only access. Account admin is held by two named people.']]);
    quiet('PWAF-SEC-032', [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['confidential']],
      [['architecture', 'products', 'lakebase', 'details'], 'Dates of birth are reduced to the birth year before ingestion.'],
    ]);
    const described = mutate(wa, [
      [['business_requirements', 'regulatory_compliance', 'data_classification'], ['confidential']],
      [['architecture', 'products', 'lakebase', 'details'], 'Orders keep the shopper date of birth for age checks.'],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-SEC-032', described).map((h) => textAt(described, h.range)), ['date of birth']);
  });
});
