// PWAF rules of the architecture area: the deployment model and tenancy, workspace counts that
// must agree, the diagram, products not used without an alternative, and model-specific needs.
import { at, deploymentModels, fix, fmt, itemPath } from './helpers';
import { Rule, RuleHit } from './types';

const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';
const DEPLOYMENT_MODELS = 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models';
const WORKSPACE_MODELS = 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models/workspace-models';
const CUSTOMER_MANAGED = 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models/customer-managed';
const AI_GATEWAY_DOC = 'https://docs.databricks.com/en/ai-gateway/';
const TEMPLATE = CHECKLIST;

const DEPLOYMENT = 'deployment';
const MODEL = 'deployment.model';
const MULTIPLE = 'deployment.multiple_models';
const TENANCY = 'deployment.tenancy';
const STRATEGY = `${TENANCY}.strategy`;
const JUSTIFICATION = `${TENANCY}.justification`;
const PROJECTIONS = `${TENANCY}.scale_projections`;
const METRICS = 'executive_summary.business_metrics';
const AT_SCALE = 'scale_performance.capacity.workspaces_at_scale';
const CLOUD = 'deployment.cloud';
const PRIMARY = `${CLOUD}.primary`;
const MULTI_CLOUD = `${CLOUD}.multi_cloud`;
const SECONDARY = `${CLOUD}.secondary_clouds`;
const DIAGRAM = 'architecture.diagram';
const PRODUCTS = 'architecture.products';
const SHARING_STATUS = `${PRODUCTS}.delta_sharing.status`;
const AGENT_BRICKS = `${PRODUCTS}.agent_bricks`;
const AI_COMPONENTS = `${AGENT_BRICKS}.components`;
const IAC_TOOLS = 'operations.iac.tools';
const GOV = `${CLOUD}.gov_sovereign`;

/** Models in which the partner runs SaaS workspaces, so tenancy must be stated. */
const SAAS_MODELS = ['partner-hosted', 'hybrid'];

const modelMissing: Rule = {
  id: 'PWAF-ARCH-001',
  title: 'Deployment model not chosen',
  pillar: 'standards',
  area: 'architecture',
  severity: 'error',
  trigger: 'The deployment section is filled in (tenancy, cloud, per-segment models) but the deployment model is not chosen.',
  rationale: 'The Built-On checklist requires the deployment model (Partner Hosted, Hybrid, Side Car, Customer Managed) to be chosen and documented; residency, operations and telemetry all follow from it.',
  remedy: 'Choose the deployment model, or Multiple Models with a row per customer segment.',
  source: CHECKLIST,
  inputs: [DEPLOYMENT],
  check(ctx) {
    if (!ctx.isEmpty(MODEL) || ctx.isEmpty(DEPLOYMENT)) return [];
    return [{ message: 'The deployment section is filled in but the deployment model is not chosen.', path: at(MODEL), part: 'key' }];
  },
};

const multipleModels: Rule = {
  id: 'PWAF-ARCH-002',
  title: 'Multiple models and the per-segment table disagree',
  pillar: 'standards',
  area: 'architecture',
  severity: 'error',
  trigger: 'The model is "multiple" with no per-segment rows (error), or per-segment rows exist while the model is a single one (warning).',
  rationale: 'The template asks partners with several models to say which customer segment gets which model and why; a single model with a per-segment table says two different things.',
  remedy: 'List each customer segment with its model and justification, or clear the table when one model serves all.',
  source: TEMPLATE,
  inputs: [MODEL],
  optionalInputs: [MULTIPLE],
  check(ctx) {
    const model = ctx.text(MODEL);
    const rows = ctx.rows(MULTIPLE).length;
    if (model === 'multiple' && rows === 0) {
      return [{ message: 'The deployment model is "multiple" but no customer segment is mapped to a model.', path: at(MODEL) }];
    }
    if (model && model !== 'multiple' && rows > 0) {
      return [
        {
          message: `The deployment model is "${model}" but ${rows} customer segment${rows === 1 ? ' is' : 's are'} mapped to models.`,
          path: at(MODEL),
          severity: 'warning',
          fixes: [fix.set('Set the model to multiple', MODEL, 'multiple')],
        },
      ];
    }
    return [];
  },
};

const tenancyMissing: Rule = {
  id: 'PWAF-ARCH-003',
  title: 'SaaS deployment without a tenancy strategy',
  pillar: 'standards',
  area: 'architecture',
  severity: 'error',
  trigger: 'The model is Partner Hosted or Hybrid (or Multiple Models with such a segment) and the workspace tenancy strategy is not chosen.',
  rationale: 'The checklist asks for the tenancy model of SaaS deployments; it decides isolation, limits, cost attribution and operations.',
  remedy: 'Choose workspace per tenant, multi-tenant workspace or hybrid tenancy, and justify it.',
  source: WORKSPACE_MODELS,
  inputs: [MODEL, STRATEGY],
  check(ctx) {
    if (!ctx.isEmpty(STRATEGY)) return [];
    const model = ctx.text(MODEL);
    if (!deploymentModels(ctx).some((m) => SAAS_MODELS.includes(m))) return [];
    return [{ message: `The "${model}" deployment runs SaaS workspaces but no tenancy strategy is chosen.`, path: at(MODEL) }];
  },
};

const tenancyJustification: Rule = {
  id: 'PWAF-ARCH-004',
  title: 'Tenancy strategy without justification',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'A tenancy strategy is chosen and its justification is empty.',
  rationale: 'PWAF weighs tenancy by isolation, operational overhead, scale limits and cost attribution; the reviewer needs the partner\'s reasoning on each.',
  remedy: 'Explain the choice in terms of isolation, operations, limits and cost.',
  source: WORKSPACE_MODELS,
  inputs: [STRATEGY, JUSTIFICATION],
  check(ctx) {
    if (ctx.isEmpty(STRATEGY) || !ctx.isEmpty(JUSTIFICATION)) return [];
    return [{ message: `Tenancy is "${ctx.text(STRATEGY)}" but the justification (isolation, operations, scale limits, cost) is empty.`, path: at(STRATEGY) }];
  },
};

const PROJECTION_ROWS: Array<[string, string]> = [
  ['months_6', '6-month'],
  ['months_12', '12-month'],
  ['months_24', '24-month'],
];

const dedicatedWorkspaces: Rule = {
  id: 'PWAF-ARCH-005',
  title: 'Workspace per tenant with fewer workspaces than customers',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'error',
  trigger: 'Tenancy is workspace per tenant and a scale-projection row has fewer workspaces than customers.',
  rationale: 'Workspace per tenant gives every customer a dedicated workspace, so N customers need at least N workspaces; fewer means either the tenancy or the projection is wrong, and workspace limits are planned against the wrong number.',
  remedy: 'Project at least one workspace per customer, or choose hybrid tenancy if smaller customers share workspaces.',
  source: WORKSPACE_MODELS,
  inputs: [STRATEGY, PROJECTIONS],
  check(ctx) {
    if (!ctx.has(STRATEGY, 'workspace-per-tenant')) return [];
    const hits: RuleHit[] = [];
    for (const [row, label] of PROJECTION_ROWS) {
      const customers = ctx.number(`${PROJECTIONS}.${row}.customers`);
      const workspaces = ctx.number(`${PROJECTIONS}.${row}.workspaces`);
      if (customers === undefined || workspaces === undefined || workspaces >= customers) continue;
      hits.push({
        message: `Workspace per tenant, but the ${label} projection has ${fmt(workspaces)} workspaces for ${fmt(customers)} customers.`,
        path: at(`${PROJECTIONS}.${row}.workspaces`),
        fixes: [fix.set('Set tenancy to hybrid', STRATEGY, 'hybrid')],
      });
    }
    return hits;
  },
};

/** The same figure stated twice: business metrics column → scale-projection row. */
const TARGETS = 'scale_performance.targets';

/** Each quantity the template asks for in several sections, with where and how it is named. */
const SAME_FIGURES: Array<{ label: string; places: Array<[path: string, section: string]> }> = [
  { label: 'current customers', places: [[`${METRICS}.customers.current`, 'business metrics'], [`${TARGETS}.current.customers`, 'scale targets']] },
  {
    label: '6-month customers',
    places: [[`${METRICS}.customers.month_6`, 'business metrics'], [`${PROJECTIONS}.months_6.customers`, 'scale projections'], [`${TARGETS}.month_6.customers`, 'scale targets']],
  },
  {
    label: '12-month customers',
    places: [[`${METRICS}.customers.month_12`, 'business metrics'], [`${PROJECTIONS}.months_12.customers`, 'scale projections'], [`${TARGETS}.month_12.customers`, 'scale targets']],
  },
  { label: '6-month workspaces', places: [[`${METRICS}.workspaces.month_6`, 'business metrics'], [`${PROJECTIONS}.months_6.workspaces`, 'scale projections']] },
  { label: '12-month workspaces', places: [[`${METRICS}.workspaces.month_12`, 'business metrics'], [`${PROJECTIONS}.months_12.workspaces`, 'scale projections']] },
];

const figuresDisagree: Rule = {
  id: 'PWAF-ARCH-006',
  title: 'Customer or workspace counts disagree',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger:
    'The business metrics, the tenancy scale projections and the scale targets give different current, 6- or 12-month customer counts or 6- or 12-month workspace counts, or workspaces at scale is below the largest projected workspace count.',
  rationale: 'Limits, costs and onboarding effort are planned from these counts; when the document states them twice differently the reviewer cannot tell which plan holds.',
  remedy: 'Use the same figures in the business metrics, the scale projections, the scale targets and capacity planning.',
  source: TEMPLATE,
  inputs: [METRICS, PROJECTIONS],
  optionalInputs: [TARGETS, AT_SCALE],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const { label, places } of SAME_FIGURES) {
      const stated = places.map(([p, section]) => ({ p, section, value: ctx.number(p) })).filter((f) => f.value !== undefined);
      const differing = stated.find((f) => f.value !== stated[0]?.value);
      if (!differing) continue;
      // One finding per quantity, at the first figure that departs from the first one stated.
      hits.push({
        message: `The ${stated[0].section} give ${fmt(stated[0].value!)} ${label}, the ${differing.section} ${fmt(differing.value!)}.`,
        path: at(differing.p),
        fixes: [fix.set(`Use ${fmt(stated[0].value!)} (the ${stated[0].section})`, differing.p, stated[0].value)],
      });
    }
    const atScale = ctx.number(AT_SCALE);
    const most = Math.max(...PROJECTION_ROWS.map(([row]) => ctx.number(`${PROJECTIONS}.${row}.workspaces`) ?? 0));
    if (atScale !== undefined && atScale < most) {
      hits.push({ message: `Capacity planning expects ${fmt(atScale)} workspaces at scale, but the projections reach ${fmt(most)}.`, path: at(AT_SCALE) });
    }
    return hits;
  },
};

const customDiagram: Rule = {
  id: 'PWAF-ARCH-007',
  title: 'Custom diagram selected but missing',
  pillar: 'standards',
  area: 'architecture',
  severity: 'error',
  trigger: 'The diagram to show is "custom" or "both" but neither Mermaid source nor an attached image is given.',
  rationale: 'The template marks the reference architecture diagram as required; a custom diagram that is not there leaves the review without one.',
  remedy: 'Add the Mermaid source or the image, or show the generated diagram.',
  recommendation: 'generated',
  source: TEMPLATE,
  inputs: [`${DIAGRAM}.show`],
  check(ctx) {
    const show = ctx.text(`${DIAGRAM}.show`);
    if ((show !== 'custom' && show !== 'both') || !ctx.isEmpty(`${DIAGRAM}.mermaid`) || !ctx.isEmpty(`${DIAGRAM}.image`)) return [];
    return [
      {
        message: `The diagram is set to "${show}" but there is no Mermaid source or image.`,
        path: at(`${DIAGRAM}.show`),
        fixes: [fix.set('Show the generated diagram', `${DIAGRAM}.show`, 'generated', true)],
      },
    ];
  },
};

const DIAGRAM_ELEMENTS: Array<[string, string]> = [
  ['data-sources', 'data sources and ingestion'],
  ['databricks-components', 'Databricks components'],
  ['external-services', 'external services'],
  ['end-user-interfaces', 'end-user interfaces'],
  ['network-boundaries', 'network boundaries and security zones'],
];

const diagramCoverage: Rule = {
  id: 'PWAF-ARCH-008',
  title: 'Diagram misses required elements',
  pillar: 'standards',
  area: 'architecture',
  severity: 'warning',
  trigger: 'The list of what the diagram covers is filled in but lacks one of the five elements the template requires.',
  rationale: 'The template requires the diagram to show data sources and ingestion, Databricks components, external services, end-user interfaces, and network boundaries and security zones.',
  remedy: 'Add the missing elements to the diagram.',
  source: TEMPLATE,
  inputs: [`${DIAGRAM}.shows`],
  check(ctx) {
    const shows = `${DIAGRAM}.shows`;
    if (ctx.isEmpty(shows)) return [];
    const missing = DIAGRAM_ELEMENTS.filter(([slug]) => !ctx.has(shows, slug)).map(([, label]) => label);
    if (missing.length === 0) return [];
    return [{ message: `The architecture diagram does not show ${missing.join(', ')}.`, path: at(shows), part: 'key' }];
  },
};

const sideCarSharing: Rule = {
  id: 'PWAF-ARCH-009',
  title: 'Side Car without Delta Sharing in use',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'The deployment model is Side Car and Delta Sharing is "not-using" or "roadmapped" (or not answered while other products are).',
  rationale:
    'PWAF describes Side Car as a federated pattern in which the partner\'s and the customer\'s Databricks exchange data over Delta Sharing. The template places sharing in a later phase "if applicable", so a roadmapped share is a question for the review rather than a blocker, but the SOW should say how data reaches the customer until then.',
  remedy: 'Use Delta Sharing (Databricks-to-Databricks) for the data exchanged with customers, or explain how data is exchanged until sharing is live.',
  recommendation: 'using',
  source: DEPLOYMENT_MODELS,
  inputs: [MODEL, SHARING_STATUS],
  check(ctx) {
    if (!ctx.has(MODEL, 'side-car')) return [];
    const status = ctx.text(SHARING_STATUS);
    if (status === 'using' || (!status && ctx.isEmpty(PRODUCTS))) return [];
    return [
      {
        message: status ? `The model is Side Car but Delta Sharing is "${status}".` : 'The model is Side Car but Delta Sharing is not planned.',
        path: status ? at(SHARING_STATUS) : at(MODEL),
        fixes: [fix.set('Set Delta Sharing to using', SHARING_STATUS, 'using', true)],
      },
    ];
  },
};

const customerManagedPackaging: Rule = {
  id: 'PWAF-ARCH-010',
  title: 'Customer Managed without bundles or Terraform',
  pillar: 'operations',
  area: 'architecture',
  severity: 'warning',
  trigger: 'The model is Customer Managed and the IaC tools include neither DABs nor Terraform.',
  rationale: 'In the Customer Managed model the partner ships the product into the customer\'s account; PWAF packages it as Databricks Asset Bundles (jobs, pipelines) and Terraform modules (workspace, Unity Catalog, identities).',
  remedy: 'Package the deployment as bundles and Terraform modules the customer can apply.',
  recommendation: 'dabs',
  source: CUSTOMER_MANAGED,
  inputs: [MODEL, IAC_TOOLS],
  check(ctx) {
    if (!ctx.has(MODEL, 'customer-managed') || ctx.isEmpty(IAC_TOOLS) || ctx.has(IAC_TOOLS, 'dabs') || ctx.has(IAC_TOOLS, 'terraform')) return [];
    return [
      {
        message: 'Customers run the product themselves, but it is not packaged as Databricks Asset Bundles or Terraform modules.',
        path: at(IAC_TOOLS),
        part: 'key',
        fixes: [fix.add('Add dabs', IAC_TOOLS, ['dabs'], true)],
      },
    ];
  },
};

/** For each product: where its "if not using, what instead" answer lives. */
const ALTERNATIVES: Record<string, string[]> = {
  unity_catalog: [],
  lakeflow: [],
  dbsql: [],
  lakebase: ['external_oltp', 'external_oltp_other'],
  aibi_genie: ['bi_tools', 'bi_tools_other'],
  databricks_apps: ['external_hosting', 'external_hosting_other'],
  agent_bricks: ['alternative_stack'],
  delta_sharing: [],
  zerobus: [],
};

const notUsingUnexplained: Rule = {
  id: 'PWAF-ARCH-011',
  title: 'Product not used without a reason or alternative',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'A Databricks product is "not-using" and neither its details (why not) nor its alternative choices are filled in.',
  rationale: 'The template asks, for every product not used, why not and what is used instead; the external alternative is an architecture decision the Built-On review weighs (cost, governance, lock-in).',
  remedy: 'Say why the product is not used and what replaces it.',
  source: TEMPLATE,
  inputs: [PRODUCTS],
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const [product, alternatives] of Object.entries(ALTERNATIVES)) {
      const base = `${PRODUCTS}.${product}`;
      if (!ctx.has(`${base}.status`, 'not-using')) continue;
      if (!ctx.isEmpty(`${base}.details`) || alternatives.some((a) => !ctx.isEmpty(`${base}.${a}`))) continue;
      hits.push({ message: `${product} is not used, but neither the reason nor the alternative is given.`, path: at(`${base}.status`) });
    }
    return hits;
  },
};

const externalLlmGateway: Rule = {
  id: 'PWAF-ARCH-012',
  title: 'External LLM providers without AI Gateway',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'info',
  trigger: 'External LLM providers are listed, AI Gateway is not among the Agent Bricks components, and no government cloud is required (AI Gateway is unavailable there).',
  rationale: 'AI Gateway puts rate limits, usage tracking, payload logging and guardrails in front of external model providers too, so model traffic is governed and attributable like the rest of the platform.',
  remedy: 'Route external model calls through AI Gateway (external model endpoints).',
  recommendation: 'ai-gateway',
  source: AI_GATEWAY_DOC,
  inputs: [`${AGENT_BRICKS}.alternative_stack`, AI_COMPONENTS],
  assessedWhen: 'any',
  check(ctx) {
    const providers = `${AGENT_BRICKS}.alternative_stack.llm_providers`;
    if ((ctx.isEmpty(providers) && ctx.isEmpty(`${providers}_other`)) || ctx.has(AI_COMPONENTS, 'ai-gateway') || ctx.has(GOV, 'required')) return [];
    const names = [...ctx.list(providers), ...ctx.list(`${providers}_other`)].map(String).join(', ');
    return [
      {
        message: `External LLM providers (${names}) are called without AI Gateway in front of them.`,
        path: at(providers),
        part: 'key',
        fixes: [fix.add('Add ai-gateway to the Agent Bricks components', AI_COMPONENTS, ['ai-gateway'])],
      },
    ];
  },
};

const cloudPlan: Rule = {
  id: 'PWAF-ARCH-013',
  title: 'Multi-cloud plan and secondary clouds disagree',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'Multi-cloud with no secondary cloud, single cloud with secondary clouds, or the primary cloud listed again as secondary.',
  rationale: 'Each cloud is a separate set of accounts, metastores (one per region) and networking to build and operate; the plan must say which clouds exactly.',
  remedy: 'List the secondary clouds for a multi-cloud plan, or none for a single cloud.',
  source: DEPLOYMENT_MODELS,
  inputs: [MULTI_CLOUD],
  optionalInputs: [SECONDARY],
  check(ctx) {
    const primary = ctx.text(PRIMARY);
    const repeated = primary ? itemPath(ctx, SECONDARY, primary) : undefined;
    if (repeated) {
      return [{ message: `The primary cloud ${primary} is also listed as a secondary cloud.`, path: repeated, fixes: [fix.remove(`Remove ${primary}`, SECONDARY, primary, true)] }];
    }
    if (ctx.has(MULTI_CLOUD, 'multi-cloud') && ctx.isEmpty(SECONDARY)) {
      return [{ message: 'The plan is multi-cloud but no secondary cloud is named.', path: at(MULTI_CLOUD) }];
    }
    if (ctx.has(MULTI_CLOUD, 'single-cloud') && !ctx.isEmpty(SECONDARY)) {
      return [
        {
          message: `The plan is single-cloud but secondary clouds are listed (${ctx.list(SECONDARY).map(String).join(', ')}).`,
          path: at(MULTI_CLOUD),
          fixes: [fix.set('Set to multi-cloud', MULTI_CLOUD, 'multi-cloud')],
        },
      ];
    }
    return [];
  },
};

export const architectureRules: Rule[] = [
  modelMissing,
  multipleModels,
  tenancyMissing,
  tenancyJustification,
  dedicatedWorkspaces,
  figuresDisagree,
  customDiagram,
  diagramCoverage,
  sideCarSharing,
  customerManagedPackaging,
  notUsingUnexplained,
  externalLlmGateway,
  cloudPlan,
];
