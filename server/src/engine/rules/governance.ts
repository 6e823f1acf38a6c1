// PWAF rules of the governance area: Unity Catalog adoption, tenant isolation in the catalog
// design, the controls that make that isolation real, and catalog/schema counts against limits.
import { RuleContext } from './context';
import { at, findInStrings, fix, fmt, itemPath, maxCustomers, mentions, numberIn, rowMatching } from './helpers';
import { Rule, RuleHit } from './types';

const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';
const GOVERNANCE = 'https://databrickslabs.github.io/partner-architecture/built-on/architecture/governance';
const WORKSPACE_MODELS = 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models/workspace-models';
const BINDING_DOC = 'https://docs.databricks.com/aws/en/data-governance/unity-catalog/access-control/workspace-catalog-binding';
const FILTERS_DOC = 'https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/filters-and-masks/';
const APPS_AUTH_DOC = 'https://learn.microsoft.com/azure/databricks/dev-tools/databricks-apps/auth';
const UC_LIMITS = 'https://docs.databricks.com/aws/data-governance/unity-catalog/resource-quotas';
const ACCESS_CONTROL_DOC = 'https://docs.databricks.com/aws/data-governance/unity-catalog/access-control';
const UC_BEST_PRACTICES = 'https://docs.databricks.com/data-governance/unity-catalog/best-practices.html';
const AUDIT_LOGS_DOC = 'https://docs.databricks.com/administration-guide/account-settings/audit-log-delivery';
const HMS_FEDERATION_DOC = 'https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/hive-metastore';

const UC = 'governance_security.unity_catalog';
const ADOPTION = `${UC}.adoption`;
const ADOPTION_PCT = `${UC}.adoption_pct`;
const ADOPTION_DETAILS = `${UC}.adoption_details`;
const STRUCTURE = `${UC}.catalog_structure`;
const BINDINGS = `${UC}.workspace_bindings`;
const UC_PRODUCT = 'architecture.products.unity_catalog';
const UC_STATUS = `${UC_PRODUCT}.status`;
const PATTERN = `${UC_PRODUCT}.design_pattern`;
const PATTERN_OTHER = `${UC_PRODUCT}.design_pattern_other`;
const TENANCY = 'deployment.tenancy.strategy';
const APP_AUTH = 'governance_security.access_control.app_auth_method';
const RBAC = 'governance_security.access_control.rbac';
const DS = 'governance_security.data_security';
const MASKING = `${DS}.masking`;
const AUDIT = `${DS}.audit`;
const CLASSIFICATION = 'business_requirements.regulatory_compliance.data_classification';
const TECH_METRICS = 'success_metrics.technical';
const MILESTONES = 'implementation_plan.milestones';

const CATALOG_LIMIT = 1_000;
const CATALOG_WARN = 800;
const SCHEMA_LIMIT = 10_000;
const SCHEMA_WARN = 8_000;

/** Patterns that isolate tenants inside Unity Catalog (hub-and-spoke gives each customer a catalog). */
const ISOLATING = ['catalog-per-customer', 'schema-per-tenant', 'multi-tenant-rls', 'hub-and-spoke'];

/** Figures of the workspace count that show more than one workspace is planned. */
const WORKSPACE_FIGURES = [
  'executive_summary.business_metrics.workspaces.current',
  'executive_summary.business_metrics.workspaces.month_6',
  'executive_summary.business_metrics.workspaces.month_12',
  'deployment.tenancy.scale_projections.months_6.workspaces',
  'deployment.tenancy.scale_projections.months_12.workspaces',
  'deployment.tenancy.scale_projections.months_24.workspaces',
  'scale_performance.capacity.workspaces_at_scale',
];

function multiWorkspace(ctx: RuleContext): boolean {
  return ctx.has(TENANCY, 'workspace-per-tenant') || ctx.has(TENANCY, 'hybrid') || WORKSPACE_FIGURES.some((p) => (ctx.number(p) ?? 0) > 1);
}

const adoption: Rule = {
  id: 'PWAF-GOV-001',
  title: 'Unity Catalog adoption below 100%',
  pillar: 'standards',
  area: 'governance',
  severity: 'error',
  trigger: 'Unity Catalog adoption is "partial" or "not-yet".',
  rationale: 'The Built-On checklist makes 100% Unity Catalog adoption for production data a must-have: access control, lineage and audit only cover what UC governs.',
  remedy: 'Govern all production data in Unity Catalog; migrate what is outside it before launch.',
  recommendation: 'full',
  source: CHECKLIST,
  inputs: [ADOPTION],
  subsumes: ['PWAF-GOV-003', 'PWAF-GOV-004', 'PWAF-GOV-016', 'PWAF-GOV-017'],
  check(ctx) {
    const value = ctx.text(ADOPTION);
    if (value !== 'partial' && value !== 'not-yet') return [];
    return [
      {
        message: `Unity Catalog adoption is "${value}"; Built-On requires 100% of production data in Unity Catalog.`,
        path: at(ADOPTION),
        fixes: [fix.set('Set adoption to full', ADOPTION, 'full', true)],
      },
    ];
  },
};

const productStatus: Rule = {
  id: 'PWAF-GOV-002',
  title: 'Unity Catalog not used',
  pillar: 'standards',
  area: 'governance',
  severity: 'error',
  trigger: 'The Unity Catalog product status is "not-using" or "roadmapped".',
  rationale: 'Unity Catalog is mandatory for Built-On products: tenant isolation, lineage, audit and cost attribution all build on it.',
  remedy: 'Use Unity Catalog from the first workspace.',
  recommendation: 'using',
  source: CHECKLIST,
  inputs: [UC_STATUS],
  subsumes: ['PWAF-GOV-001'],
  check(ctx) {
    const value = ctx.text(UC_STATUS);
    if (value !== 'not-using' && value !== 'roadmapped') return [];
    return [
      {
        message: `Unity Catalog is "${value}"; Built-On products must use it.`,
        path: at(UC_STATUS),
        fixes: [fix.set('Set Unity Catalog to using', UC_STATUS, 'using', true)],
      },
    ];
  },
};

const adoptionPlan: Rule = {
  id: 'PWAF-GOV-003',
  title: 'Partial Unity Catalog adoption without a plan',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger: 'Adoption is "partial" or "not-yet" and the details (what is outside UC and why, or the migration plan and timeline) are empty.',
  rationale: 'The template asks what stays outside Unity Catalog and why, or for a migration plan with a timeline; a reviewer cannot judge the gap without it.',
  remedy: 'Describe what is outside Unity Catalog, why, and when it moves.',
  source: CHECKLIST,
  inputs: [ADOPTION],
  optionalInputs: [ADOPTION_DETAILS],
  check(ctx) {
    const value = ctx.text(ADOPTION);
    if ((value !== 'partial' && value !== 'not-yet') || !ctx.isEmpty(ADOPTION_DETAILS)) return [];
    return [{ message: `Unity Catalog adoption is "${value}" but there is no migration plan or explanation of what is outside it.`, path: at(ADOPTION) }];
  },
};

// Legacy metastores the checklist names as anti-patterns. "Glue" alone is the ETL service, so the
// pattern asks for its catalog.
const LEGACY_METASTORE = /\bhive[ _-]?metastore\b|\bHMS\b|\b(?:AWS )?Glue (?:Data )?Catalog\b|\bGlue metastore\b|\bexternal (?:Hive )?metastore\b/gi;
// A sentence that moves tables out of the legacy metastore, or federates it into Unity Catalog,
// is the migration plan the checklist asks for, not a design that keeps the metastore.
const MIGRATION = /\b(migrat|federat|upgrad|retir|decommission|replac|sunset|phas(e|ed|ing) out|mov(e|ed|ing) (off|away|out|from)|SYNC\b|until|cut ?over|deprecat)/i;

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.;!?\n]*$/);
  const after = text.slice(end).search(/[.;!?\n]/);
  return text.slice(before, after < 0 ? text.length : end + after);
}

const legacyMetastore: Rule = {
  id: 'PWAF-GOV-004',
  title: 'Hive metastore or Glue catalog kept in the design',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger:
    'A text value mentions the Hive metastore, the AWS Glue Data Catalog or an external metastore, and the sentence does not describe migrating, upgrading, federating or retiring it (glossary, risk tables and the adoption details, where the migration plan belongs, excluded).',
  rationale:
    'The Built-On checklist names a legacy Hive metastore or an external metastore such as AWS Glue as the anti-pattern to 100% Unity Catalog: tables there escape UC grants, lineage and audit. Migrating them, or federating the metastore so Unity Catalog governs its tables, is the way out.',
  remedy: 'Upgrade the tables to Unity Catalog or federate the metastore into it (Hive metastore federation), and say when the legacy metastore is retired.',
  recommendation: 'Unity Catalog',
  source: HMS_FEDERATION_DOC,
  // Where a metastore choice is described; an unfilled document is not assessed.
  inputs: [UC, UC_PRODUCT, 'architecture.external_dependencies', 'architecture.data_flow'],
  assessedWhen: 'any',
  check(ctx) {
    return findInStrings(ctx, LEGACY_METASTORE)
      .filter((m) => m.path[0] !== 'risks' && !(m.path[0] === 'appendices' && m.path[1] === 'glossary') && m.path.join('.') !== ADOPTION_DETAILS)
      .filter((m) => {
        const value = String(ctx.get(m.path) ?? '');
        return !MIGRATION.test(sentenceAround(value, m.match.index, m.match.index + m.text.length));
      })
      .map((m) => ({
        message: `"${m.text}" stays in the design; plan to upgrade or federate its tables into Unity Catalog and retire it.`,
        path: m.path,
        range: m.range,
      }));
  },
};

const catalogStructure: Rule = {
  id: 'PWAF-GOV-005',
  title: 'Catalog structure not documented',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: 'Unity Catalog adoption is answered but the catalog structure is empty.',
  rationale: 'The checklist asks for a documented catalog/schema hierarchy; it is where tenant isolation and the shared (hub) catalog become concrete.',
  remedy: 'Sketch the metastore → catalog → schema tree, naming per-customer and shared catalogs.',
  source: CHECKLIST,
  inputs: [ADOPTION, STRUCTURE],
  check(ctx) {
    if (ctx.isEmpty(ADOPTION) || !ctx.isEmpty(STRUCTURE)) return [];
    return [{ message: 'The catalog/schema hierarchy is not documented.', path: at(STRUCTURE), part: 'key' }];
  },
};

const bindings: Rule = {
  id: 'PWAF-GOV-006',
  title: 'Several workspaces without workspace bindings',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: 'More than one workspace is planned (tenancy or workspace counts), the Unity Catalog section is filled in, and workspace bindings are empty.',
  rationale: 'By default every catalog is visible in every workspace attached to the metastore; binding catalogs to workspaces is what keeps one customer\'s catalog out of another customer\'s workspace.',
  remedy: 'Describe how each customer catalog is bound to its workspace(s) and how shared catalogs are bound read-only.',
  source: BINDING_DOC,
  inputs: [UC, TENANCY],
  check(ctx) {
    if (ctx.isEmpty(UC) || !ctx.isEmpty(BINDINGS) || !multiWorkspace(ctx)) return [];
    return [{ message: 'Several workspaces are planned but workspace-catalog bindings are not described; every catalog is visible in every workspace by default.', path: at(BINDINGS), part: 'key' }];
  },
};

const perTenantCatalogs: Rule = {
  id: 'PWAF-GOV-007',
  title: 'Workspace per tenant without per-customer catalogs',
  pillar: 'architecture',
  area: 'governance',
  severity: 'info',
  trigger: 'Tenancy is workspace per tenant and the UC design pattern has neither catalog per customer nor hub-and-spoke.',
  rationale: 'PWAF governance guidance for single-tenant workspaces is a dedicated catalog per customer, with a hub catalog for shared assets; catalogs are Unity Catalog\'s unit of data isolation.',
  remedy: 'Give each customer its own catalog (plus a shared hub catalog).',
  recommendation: 'catalog-per-customer',
  source: GOVERNANCE,
  inputs: [TENANCY, PATTERN],
  check(ctx) {
    if (!ctx.has(TENANCY, 'workspace-per-tenant') || ctx.isEmpty(PATTERN)) return [];
    if (ctx.has(PATTERN, 'catalog-per-customer') || ctx.has(PATTERN, 'hub-and-spoke')) return [];
    return [
      {
        message: 'Each customer gets a workspace, but the Unity Catalog design has no catalog per customer or hub-and-spoke.',
        path: at(PATTERN),
        part: 'key',
        fixes: [fix.add('Add catalog-per-customer', PATTERN, ['catalog-per-customer'], true)],
      },
    ];
  },
};

const sharedWorkspaceIsolation: Rule = {
  id: 'PWAF-GOV-008',
  title: 'Multi-tenant workspace without tenant isolation in Unity Catalog',
  pillar: 'architecture',
  area: 'governance',
  severity: 'error',
  trigger: 'Tenancy is a multi-tenant workspace, the Unity Catalog product is filled in, and its design pattern has no isolating pattern (catalog per customer, schema per tenant, RLS tables, hub-and-spoke) and no "other" pattern.',
  rationale: 'When customers share a workspace, Unity Catalog is the only boundary between their data; it must isolate at catalog, schema or row level.',
  remedy: 'Choose a per-tenant isolation pattern: catalog per customer, schema per tenant, or multi-tenant tables with row-level security.',
  recommendation: 'catalog-per-customer, schema-per-tenant or multi-tenant-rls',
  source: WORKSPACE_MODELS,
  inputs: [TENANCY, PATTERN],
  check(ctx) {
    if (!ctx.has(TENANCY, 'multi-tenant-workspace') || ctx.isEmpty(UC_PRODUCT) || !ctx.isEmpty(PATTERN_OTHER)) return [];
    if (ISOLATING.some((p) => ctx.has(PATTERN, p))) return [];
    return [
      {
        message: 'Customers share a workspace, but the Unity Catalog design pattern isolates no tenant (no per-customer catalog, per-tenant schema or RLS).',
        path: at(PATTERN),
        part: 'key',
        fixes: ['catalog-per-customer', 'schema-per-tenant', 'multi-tenant-rls'].map((p) => fix.add(`Add ${p}`, PATTERN, [p])),
      },
    ];
  },
};

const rlsControl: Rule = {
  id: 'PWAF-GOV-009',
  title: 'RLS design without row-level security',
  pillar: 'architecture',
  area: 'governance',
  severity: 'error',
  trigger: 'The UC design pattern is multi-tenant tables with RLS, data security is filled in, and its masking lacks row-level security.',
  rationale: 'The design relies on row filters to separate tenants; if the data-security controls do not include them, shared tables expose every tenant\'s rows.',
  remedy: 'Add row-level security (row filters or ABAC policies) to the data-security controls.',
  recommendation: 'row-level-security',
  source: FILTERS_DOC,
  inputs: [PATTERN, MASKING],
  check(ctx) {
    const where = itemPath(ctx, PATTERN, 'multi-tenant-rls');
    if (!where || ctx.isEmpty(DS) || ctx.has(MASKING, 'row-level-security')) return [];
    return [
      {
        message: 'The design uses multi-tenant tables with RLS, but data masking does not include row-level security.',
        path: where,
        fixes: [fix.add('Add row-level-security to masking', MASKING, ['row-level-security'], true)],
      },
    ];
  },
};

const rlsSharedSp: Rule = {
  id: 'PWAF-GOV-010',
  title: 'Row-level security behind one shared service principal',
  pillar: 'architecture',
  area: 'governance',
  severity: 'error',
  trigger: 'Tenant rows are separated by RLS (design pattern or masking) and the app calls Databricks as one shared service principal.',
  rationale:
    'Row filters decide by the identity running the query. With one shared service principal every tenant\'s query runs as the same identity, so the filters cannot tell tenants apart (Databricks Apps in service-principal mode likewise has no per-user access control).',
  remedy: 'Run queries as a per-customer service principal (SSO-mapped OAuth, as Firefly does) or with the user\'s own token.',
  recommendation: 'sso-mapped-oauth',
  source: APPS_AUTH_DOC,
  inputs: [APP_AUTH],
  optionalInputs: [PATTERN, MASKING],
  check(ctx) {
    if (!ctx.has(APP_AUTH, 'shared-sp')) return [];
    if (!ctx.has(PATTERN, 'multi-tenant-rls') && !ctx.has(MASKING, 'row-level-security')) return [];
    return [
      {
        message: 'Row-level security separates tenants, but every query runs as one shared service principal, so the row filters see the same identity for all tenants.',
        path: at(APP_AUTH),
        fixes: [fix.set('Use sso-mapped-oauth (a service principal per customer)', APP_AUTH, 'sso-mapped-oauth', true)],
      },
    ];
  },
};

/** A warn/error hit when `count` objects approach or pass `limit`. */
function limitHit(count: number, warn: number, message: string, path: (string | number)[]): RuleHit[] {
  return count <= warn ? [] : [{ message, path }];
}

const catalogLimit: Rule = {
  id: 'PWAF-GOV-011',
  title: 'Catalog per customer near the catalogs-per-metastore limit',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: `The design is catalog per customer (or hub-and-spoke) and the largest customer count stated anywhere, plus the hub catalog, exceeds ${fmt(CATALOG_WARN)} (the limit is ${fmt(CATALOG_LIMIT)}).`,
  rationale: `A metastore holds up to ${fmt(CATALOG_LIMIT)} catalogs by default and there is one metastore per region, so one catalog per customer caps the customers per region unless the limit is raised.`,
  remedy: 'Split customers across regions, ask Databricks for a higher limit in time, or move smaller tenants to schema per tenant.',
  source: UC_LIMITS,
  inputs: [PATTERN],
  check(ctx) {
    const where = itemPath(ctx, PATTERN, 'catalog-per-customer') ?? itemPath(ctx, PATTERN, 'hub-and-spoke');
    const customers = maxCustomers(ctx);
    if (!where || !customers) return [];
    const catalogs = customers.value + (ctx.has(PATTERN, 'hub-and-spoke') ? 1 : 0);
    return limitHit(
      catalogs,
      CATALOG_WARN,
      `A catalog per customer needs about ${fmt(catalogs)} catalogs (${fmt(customers.value)} customers, ${customers.label}); a metastore holds ${fmt(CATALOG_LIMIT)} by default (some Unity Catalog quotas can be raised on request).`,
      where,
    );
  },
};

const schemaLimit: Rule = {
  id: 'PWAF-GOV-012',
  title: 'Schema per tenant near the schemas-per-catalog limit',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: `The design is schema per tenant and the largest customer count stated anywhere exceeds ${fmt(SCHEMA_WARN)} (the limit is ${fmt(SCHEMA_LIMIT)}).`,
  rationale: `A catalog holds up to ${fmt(SCHEMA_LIMIT)} schemas by default (the template repeats this limit in capacity planning); one schema per tenant in one catalog caps the number of tenants.`,
  remedy: 'Spread tenants over several catalogs (for example one per region or tier) or request a higher limit.',
  source: UC_LIMITS,
  inputs: [PATTERN],
  check(ctx) {
    const where = itemPath(ctx, PATTERN, 'schema-per-tenant');
    const customers = maxCustomers(ctx);
    if (!where || !customers) return [];
    return limitHit(
      customers.value,
      SCHEMA_WARN,
      `A schema per tenant needs about ${fmt(customers.value)} schemas (${customers.label}); a catalog holds ${fmt(SCHEMA_LIMIT)} by default (some Unity Catalog quotas can be raised on request).`,
      where,
    );
  },
};

const sensitiveMasking: Rule = {
  id: 'PWAF-GOV-013',
  title: 'Sensitive data without column masking',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: 'PII, PHI or PCI data is classified, data security is filled in, and masking has neither column-level masking nor dynamic views.',
  rationale: 'Unity Catalog column masks, dynamic views and ABAC policies keep sensitive columns hidden from roles that do not need them.',
  remedy: 'Mask sensitive columns with column masks (or ABAC policies) or expose them through dynamic views.',
  recommendation: 'column-masking',
  source: ACCESS_CONTROL_DOC,
  inputs: [CLASSIFICATION, MASKING],
  check(ctx) {
    const sensitive = ['pii', 'phi', 'pci'].filter((s) => ctx.has(CLASSIFICATION, s));
    if (sensitive.length === 0 || ctx.isEmpty(DS) || ctx.has(MASKING, 'column-masking') || ctx.has(MASKING, 'dynamic-views')) return [];
    return [
      {
        message: `${sensitive.map((s) => s.toUpperCase()).join(', ')} data is in scope but masking has no column-level masking or dynamic views.`,
        path: at(MASKING),
        part: 'key',
        fixes: [fix.add('Add column-masking', MASKING, ['column-masking'], true)],
      },
    ];
  },
};

const auditTrail: Rule = {
  id: 'PWAF-GOV-014',
  title: 'No Databricks audit source',
  pillar: 'measurement',
  area: 'governance',
  severity: 'warning',
  trigger: 'Data security is filled in and audit logging has neither Unity Catalog audit logs nor system-tables monitoring, and the document does not mention audit log delivery.',
  rationale: 'Auditability is one of the dimensions a Partner Well-Architected Review validates. Databricks audit events come from the audit log system table (the recommended source) or audit log delivery to cloud storage; an external SIEM consumes one of them.',
  remedy: 'Monitor the audit system tables (and forward them to the SIEM if you use one).',
  recommendation: 'system-tables',
  source: AUDIT_LOGS_DOC,
  inputs: [AUDIT],
  check(ctx) {
    if (ctx.isEmpty(DS) || ctx.has(AUDIT, 'uc-audit-logs') || ctx.has(AUDIT, 'system-tables') || mentions(ctx, AUDIT_DELIVERY)) return [];
    return [
      {
        message: 'Audit logging has neither Unity Catalog audit logs nor system-tables monitoring.',
        path: at(AUDIT),
        part: 'key',
        fixes: [fix.add('Add system-tables', AUDIT, ['system-tables'], true)],
      },
    ];
  },
};

const AUDIT_DELIVERY = /audit[- ]log delivery|system\.access\.audit|deliver\w* (the )?audit logs?/i;

const USER_GRANT = /[^\s@]+@[^\s@]+\.\w+|\b(?:individual|named|direct(?:ly)?(?: to)?) users?\b|\bper[- ]user grants?\b/i;

const rbacGroups: Rule = {
  id: 'PWAF-GOV-015',
  title: 'RBAC grants to individual users',
  pillar: 'architecture',
  area: 'governance',
  severity: 'warning',
  trigger: 'An RBAC row\'s implementation names individual users (an email address, "individual users", "direct user grants").',
  rationale: 'Unity Catalog best practice is to grant privileges to account-level groups managed in the identity provider, not to individual users, and to run jobs as service principals.',
  remedy: 'Grant to account groups synced from the IdP and manage membership there.',
  recommendation: 'Unity Catalog grants to account groups',
  source: UC_BEST_PRACTICES,
  inputs: [RBAC],
  check(ctx) {
    const hits: RuleHit[] = [];
    ctx.list(RBAC).forEach((row, index) => {
      const implementation = row && typeof row === 'object' ? (row as Record<string, unknown>).implementation : undefined;
      if (typeof implementation !== 'string' || !USER_GRANT.test(implementation)) return;
      const role = String((row as Record<string, unknown>).role ?? `row ${index + 1}`);
      hits.push({ message: `Role "${role}" is granted to individual users; grant to account groups instead.`, path: at(RBAC, index, 'implementation') });
    });
    return hits;
  },
};

const UC_COVERAGE = /unity catalog|\bUC\b/i;

const coverageTarget: Rule = {
  id: 'PWAF-GOV-016',
  title: 'Unity Catalog coverage target below 100%',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger: 'The Unity Catalog coverage success metric, or the "Unity Catalog Live" milestone criterion, states a percentage below 100%.',
  rationale: 'The template and the Built-On checklist measure success as 100% of tables governed by Unity Catalog.',
  remedy: 'Target 100% Unity Catalog coverage.',
  recommendation: '100%',
  source: CHECKLIST,
  inputs: [TECH_METRICS, MILESTONES],
  assessedWhen: 'any',
  check(ctx) {
    const hits: RuleHit[] = [];
    const metric = rowMatching(ctx, TECH_METRICS, 'metric', UC_COVERAGE);
    const target = metric ? numberIn(metric.row.target) : undefined;
    if (metric && target !== undefined && target < 100) {
      const path = at(TECH_METRICS, metric.index, 'target');
      hits.push({
        message: `The Unity Catalog coverage target is ${String(metric.row.target)}; the template target is 100%.`,
        path,
        fixes: [{ title: 'Set the target to 100%', preferred: true, operations: [{ kind: 'set', path, value: '100%' }] }],
      });
    }
    const milestone = rowMatching(ctx, MILESTONES, 'milestone', UC_COVERAGE);
    const criterion = milestone ? String(milestone.row.success_criteria ?? '') : '';
    const pct = /(\d+(?:\.\d+)?)\s*%/.exec(criterion);
    if (milestone && pct && Number(pct[1]) < 100) {
      const path = at(MILESTONES, milestone.index, 'success_criteria');
      hits.push({
        message: `The "${String(milestone.row.milestone)}" milestone counts ${pct[0]} of tables; it should mean 100% governed by Unity Catalog.`,
        path,
        fixes: [{ title: 'Use "100% of tables governed by Unity Catalog"', preferred: true, operations: [{ kind: 'set', path, value: '100% of tables governed by Unity Catalog' }] }],
      });
    }
    return hits;
  },
};

const adoptionPct: Rule = {
  id: 'PWAF-GOV-017',
  title: 'Adoption percentage contradicts the adoption answer',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger: 'Adoption is "full" with a percentage below 100, or "partial" with 100%.',
  rationale: 'The same fact stated twice differently leaves the reviewer unsure which one holds; the checklist asks for 100% adoption.',
  remedy: 'Make the percentage and the adoption answer agree.',
  source: CHECKLIST,
  inputs: [ADOPTION, ADOPTION_PCT],
  check(ctx) {
    const pct = ctx.number(ADOPTION_PCT);
    if (pct === undefined) return [];
    if (ctx.has(ADOPTION, 'full') && pct < 100) {
      return [{ message: `Adoption is "full" but the percentage is ${fmt(pct)}%.`, path: at(ADOPTION_PCT), fixes: [fix.set('Set the percentage to 100', ADOPTION_PCT, 100, true)] }];
    }
    if (ctx.has(ADOPTION, 'partial') && pct >= 100) {
      return [{ message: 'Adoption is "partial" but the percentage is 100%.', path: at(ADOPTION_PCT), fixes: [fix.set('Set adoption to full', ADOPTION, 'full')] }];
    }
    return [];
  },
};

export const governanceRules: Rule[] = [
  adoption,
  productStatus,
  adoptionPlan,
  legacyMetastore,
  catalogStructure,
  bindings,
  perTenantCatalogs,
  sharedWorkspaceIsolation,
  rlsControl,
  rlsSharedSp,
  catalogLimit,
  schemaLimit,
  sensitiveMasking,
  auditTrail,
  rbacGroups,
  coverageTarget,
  adoptionPct,
];
