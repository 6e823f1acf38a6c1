// The glossary: Databricks, PWAF and compliance terms an SOW reviewer meets, in our own words,
// each with the public page it is based on. Matching lives in match.ts; hover shows these.

export interface GlossaryTerm {
  /** Display name: the full name when there is one ("Unity Catalog"). */
  term: string;
  /** Other forms that name the same thing: abbreviations, former names, spelling variants. */
  aliases: readonly string[];
  /**
   * Forms (the term or aliases) matched only with exactly this case: abbreviations that are
   * also words or word parts ("PAT" but not "pat", "UC" but not "uc"). Others ignore case.
   */
  caseSensitive?: readonly string[];
  /** What it is and why it matters in an SOW review: 2–3 sentences of our own. */
  definition: string;
  /** Public page the definition is based on. */
  source: string;
  seeAlso?: readonly string[];
  /** The current product name, when Databricks renamed it. */
  renamedTo?: string;
}

const PWAF = 'https://databrickslabs.github.io/partner-architecture';
const CHECKLIST = `${PWAF}/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST`;
const DEPLOYMENT_MODELS = `${PWAF}/built-on/deployment-models`;
const WORKSPACE_MODELS = `${PWAF}/built-on/deployment-models/workspace-models`;
const UC_BEST_PRACTICES = 'https://docs.databricks.com/data-governance/unity-catalog/best-practices.html';
const FILTERS_MASKS = 'https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/filters-and-masks/';
const UC_ACCESS = 'https://docs.databricks.com/aws/data-governance/unity-catalog/access-control';
const OAUTH_M2M = 'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-m2m';
const AUTH = 'https://docs.databricks.com/aws/en/dev-tools/auth/';
const ACCOUNT_AUTH = 'https://docs.databricks.com/aws/en/security/auth/';
const SYSTEM_TABLES = 'https://docs.databricks.com/en/admin/usage/system-tables.html';
const SECURITY_PROFILE = 'https://docs.databricks.com/security/privacy/security-profile.html';
const HIPAA = 'https://docs.databricks.com/aws/security/privacy/hipaa';
const WAREHOUSES = 'https://docs.databricks.com/aws/compute/sql-warehouse/warehouse-behavior';
const OPENSHARING = 'https://docs.databricks.com/aws/ja/opensharing/';
const GENAI = 'https://docs.databricks.com/en/generative-ai/guide/index.html';
const MEDALLION = 'https://docs.azure.cn/databricks/lakehouse/medallion';
const LAKEFLOW_CONNECT = 'https://learn.microsoft.com/azure/databricks/ingestion/lakeflow-connect/';
const TERRAFORM = 'https://github.com/databricks/terraform-provider-databricks';
const USAGE_POLICY_API = 'https://docs.databricks.com/api/azure/account/budgetpolicy';
const NIST_GLOSSARY = 'https://csrc.nist.gov/glossary/term';

export const GLOSSARY: readonly GlossaryTerm[] = [
  // ── Partner program ────────────────────────────────────────────────────────────────────
  {
    term: 'Partner Well-Architected Framework',
    aliases: ['PWAF'],
    caseSensitive: ['PWAF'],
    definition:
      "Databricks' guidance and standards for partner products built on or integrated with the platform, organised in four pillars: architectural best practices, defined technical standards, measurement & attribution, and operations & lifecycle management. Every rule this SOW is checked against comes from it.",
    source: `${PWAF}/intro`,
    seeAlso: ['PWAR', 'Built-On'],
  },
  {
    term: 'Partner Well-Architected Review',
    aliases: ['PWAR', 'PWARs'],
    caseSensitive: ['PWAR', 'PWARs'],
    definition:
      'The validation Databricks performs of a partner product against the PWAF standards for security, reliability, auditability and compliance. It is not permanent: a material change to the architecture calls for a new review, so the SOW should say what would trigger one.',
    source: `${PWAF}/partner-well-architected-reviews`,
    seeAlso: ['PWAF'],
  },
  {
    term: 'Built-On',
    aliases: ['Built-On ISV', 'Built On Databricks', 'Built-On Databricks'],
    definition:
      "A partner type whose product runs on Databricks as its data and AI engine, behind the partner's own user interface or API. This SOW template is the blueprint Built-On partners complete before implementation, and the Built-On team reviews it.",
    source: `${PWAF}/intro`,
    seeAlso: ['PWAF', 'Partner Hosted'],
  },
  {
    term: 'Connected ISV',
    aliases: ['Connected ISVs'],
    definition:
      "A partner type whose product connects to a customer's own Databricks environment (for example a BI or ingestion tool) rather than running on the partner's estate. Its integration requirements, such as OAuth only and a partner User-Agent, are good analogues for a Built-On backend.",
    source: `${PWAF}/isv-partners/integration-requirements`,
    seeAlso: ['Built-On', 'User-Agent telemetry'],
  },
  {
    term: 'Statement of Work',
    aliases: ['SOW', 'SOWs'],
    caseSensitive: ['SOW', 'SOWs'],
    definition:
      'This document: the technical blueprint of a Built-On solution, completed before implementation and approved jointly with Databricks. Unfilled placeholders or contradictions between its sections are findings in their own right, because the review relies on it.',
    source: CHECKLIST,
    seeAlso: ['PWAF'],
  },
  {
    term: 'Firefly Analytics',
    aliases: ['Firefly'],
    definition:
      'An open-source Databricks Labs reference SaaS application that shows the Built-On patterns in working code: SSO-SPN sign-in, hybrid tenancy, embedded Databricks Apps and Genie. It is a useful reference when an SOW proposes the same patterns.',
    source: 'https://github.com/databrickslabs/firefly',
    seeAlso: ['SSO-SPN'],
  },
  // ── Deployment and tenancy ─────────────────────────────────────────────────────────────
  {
    term: 'Partner Hosted',
    aliases: ['Partner Hosted SaaS', 'Partner-Hosted'],
    definition:
      "Deployment model in which the partner owns and operates the Databricks estate and customers use the product as a service, with no Databricks account of their own. Control and operational simplicity are high, but data leaves the customer's environment, so residency and tenancy isolation need explicit answers.",
    source: DEPLOYMENT_MODELS,
    seeAlso: ['Hybrid deployment', 'Side Car', 'Customer Managed'],
  },
  {
    term: 'Hybrid deployment',
    aliases: ['Hybrid deployment model', 'Hybrid model'],
    definition:
      "Deployment model where the partner runs the control plane while the data plane and the data stay in the customer's cloud account. It is the usual answer when enterprise customers need data residency but the partner still wants to operate the product.",
    source: DEPLOYMENT_MODELS,
    seeAlso: ['Partner Hosted', 'Customer Managed'],
  },
  {
    term: 'Side Car',
    aliases: ['Sidecar', 'Side-Car'],
    definition:
      "Federated deployment model: the partner builds data products centrally and delivers them into the customer's own Databricks environment through Delta Sharing. The customer needs a Databricks account, and operations are shared, so support boundaries must be written down.",
    source: DEPLOYMENT_MODELS,
    seeAlso: ['Delta Sharing', 'Clean Rooms'],
  },
  {
    term: 'Customer Managed',
    aliases: ['Customer-Managed'],
    definition:
      "Deployment model where the customer owns and runs everything and the partner ships code: notebooks, bundles, Terraform modules or packages. Partner control and telemetry are limited, which also limits program benefits, so the SOW must define support boundaries and how usage is attributed.",
    source: `${DEPLOYMENT_MODELS}/customer-managed`,
    seeAlso: ['DABs', 'Terraform'],
  },
  {
    term: 'Workspace per tenant',
    aliases: ['workspace-per-tenant', 'workspace per customer', 'dedicated workspace'],
    definition:
      'SaaS topology that gives each customer its own Databricks workspace, with dedicated compute and customer-specific catalogs. Isolation and per-customer cost attribution are strong, but onboarding must be automated and account-level workspace limits planned for.',
    source: WORKSPACE_MODELS,
    seeAlso: ['Multi-tenant workspace', 'Workspace binding'],
  },
  {
    term: 'Multi-tenant workspace',
    aliases: ['shared workspace', 'multi-tenant'],
    definition:
      'SaaS topology in which several customers share one workspace and are kept apart by catalogs, schemas, grants and row-level security. It is cheaper to run, but isolation rests entirely on governance, and all tenants share the workspace rate limits.',
    source: WORKSPACE_MODELS,
    seeAlso: ['Workspace per tenant', 'RLS'],
  },
  {
    term: 'Hub-and-spoke',
    aliases: ['hub and spoke', 'hub-and-spoke catalogs'],
    definition:
      "Catalog layout with one central partner (hub) catalog of shared assets and one (spoke) catalog per customer, kept apart with workspace bindings. It lets shared reference data be reused without copying it into every tenant's catalog.",
    source: `${PWAF}/built-on/architecture/governance`,
    seeAlso: ['Workspace binding', 'Catalog'],
  },
  {
    term: 'Workspace',
    aliases: ['Databricks workspace'],
    definition:
      'A Databricks deployment inside a cloud account and the main boundary for users, compute, jobs and API rate limits; workspaces can be classic or serverless. How many the product needs, and whether tenants share them, drives isolation, cost attribution and limits.',
    source: WORKSPACE_MODELS,
    seeAlso: ['Workspace per tenant', 'Metastore'],
  },
  {
    term: 'Account console',
    aliases: ['account admin console'],
    definition:
      'The account-level administration surface, with matching account APIs and CLI commands, for workspaces, identities, Unity Catalog metastores, network and security settings, budgets and usage policies. Settings made at this level apply across every workspace of the product, above any single workspace.',
    source: 'https://docs.databricks.com/aws/en/dev-tools/cli/reference/account-commands',
    seeAlso: ['Budgets', 'SCIM'],
  },
  // ── Identity and authentication ────────────────────────────────────────────────────────
  {
    term: 'Service principal',
    aliases: ['service principals', 'SP', 'SPN', 'SPNs'],
    caseSensitive: ['SP', 'SPN', 'SPNs'],
    definition:
      'A non-human Databricks identity used by automation and backends, authenticating with OAuth machine-to-machine credentials. PWAF expects backends and jobs to run as service principals, with grants made to groups rather than to individual users.',
    source: OAUTH_M2M,
    seeAlso: ['OAuth M2M', 'SSO-SPN'],
  },
  {
    term: 'OAuth M2M',
    aliases: ['OAuth machine-to-machine', 'M2M OAuth', 'machine-to-machine OAuth', 'OAuth client credentials'],
    definition:
      'The OAuth client-credentials flow in which a service principal exchanges its client ID and secret for a short-lived access token (about one hour) that the SDKs refresh on their own. Databricks calls OAuth its preferred protocol for service principals and the Built-On checklist expects it for backends instead of personal access tokens; OAuth token federation, which stores no Databricks secret, is also a recommended method.',
    source: OAUTH_M2M,
    seeAlso: ['Service principal', 'PAT'],
  },
  {
    term: 'OAuth U2M',
    aliases: ['OAuth user-to-machine', 'U2M OAuth', 'user-to-machine OAuth'],
    definition:
      'The browser-based OAuth flow in which a person signs in and authorises a tool or app to act on their behalf. Use it where a user identity must reach Databricks, for example so row filters and masks apply to that user.',
    source: AUTH,
    seeAlso: ['OAuth M2M', 'SSO'],
  },
  {
    term: 'Personal access token',
    aliases: ['PAT', 'PATs', 'personal access tokens'],
    caseSensitive: ['PAT', 'PATs'],
    definition:
      "A legacy bearer token for a user or a service principal, valid in one workspace. Databricks recommends OAuth access tokens instead and automatically revokes PATs unused for 90 days; PWAF treats long-lived PATs in a partner backend as an anti-pattern because they are hard to rotate and often carry a person's permissions.",
    source: 'https://docs.gcp.databricks.com/en/admin/access-control/tokens.html',
    seeAlso: ['OAuth M2M'],
  },
  {
    term: 'OAuth token federation',
    aliases: ['token federation', 'federation policy'],
    definition:
      "Exchanges a JWT from the partner's own identity provider for a Databricks token using an account or service-principal federation policy. Databricks lists it as a recommended method for users and service principals: no Databricks secret has to be stored, which removes a credential the SOW would otherwise have to protect and rotate.",
    source: 'https://docs.databricks.com/dev-tools/auth.html',
    seeAlso: ['OAuth M2M'],
  },
  {
    term: 'SSO-SPN',
    aliases: ['SSO SPN'],
    caseSensitive: ['SSO-SPN', 'SSO SPN'],
    definition:
      "Built-On pattern in which end users sign in through the partner's identity provider while every Databricks call runs as an organisation-specific service principal. End users need no Databricks account; per-user audit needs an optional user-level principal mapping.",
    source: `${PWAF}/built-on/firefly`,
    seeAlso: ['Service principal', 'SSO', 'Firefly Analytics'],
  },
  {
    term: 'Single sign-on',
    aliases: ['SSO', 'single sign on'],
    caseSensitive: ['SSO'],
    definition:
      'Users authenticate once with a central identity provider (Okta, Entra ID and the like) and reach Databricks or the partner app without separate passwords. In an SOW it answers how end users are identified and how that identity maps to Databricks permissions.',
    source: ACCOUNT_AUTH,
    seeAlso: ['SCIM', 'SSO-SPN', 'OAuth U2M'],
  },
  {
    term: 'SCIM',
    aliases: ['System for Cross-domain Identity Management', 'SCIM provisioning'],
    caseSensitive: ['SCIM'],
    definition:
      'The standard protocol for provisioning users, groups and service principals from an identity provider into the Databricks account. Provisioning at account level and managing groups in the IdP keeps access consistent as tenants and staff change.',
    source: ACCOUNT_AUTH,
    seeAlso: ['SSO'],
  },
  {
    term: 'Databricks secrets',
    aliases: ['secret scope', 'secret scopes', 'Databricks Secrets'],
    definition:
      'Managed storage for credentials that notebooks and jobs read at run time, so secrets never sit in code or configuration. PWAF accepts Databricks secrets or a cloud secret manager for backend credentials.',
    source: CHECKLIST,
    seeAlso: ['PAT'],
  },
  // ── Governance ─────────────────────────────────────────────────────────────────────────
  {
    term: 'Unity Catalog',
    aliases: ['UC'],
    caseSensitive: ['UC'],
    definition:
      "Databricks' governance layer for data and AI assets: one place for access control, auditing, lineage and discovery across workspaces. PWAF requires all production data of a Built-On product to be governed by it, never by a legacy Hive or external metastore.",
    source: 'https://docs.databricks.com/aws/en/data-governance/unity-catalog/',
    seeAlso: ['Metastore', 'Catalog', 'Hive metastore'],
  },
  {
    term: 'Metastore',
    aliases: ['UC metastore', 'Unity Catalog metastore'],
    definition:
      'The top-level Unity Catalog container of metadata and permissions; an account has one per region and every workspace in that region attaches to it. It is not the unit of tenant isolation; catalogs are.',
    source: UC_BEST_PRACTICES,
    seeAlso: ['Catalog', 'Unity Catalog'],
  },
  {
    term: 'Hive metastore',
    aliases: ['HMS', 'legacy Hive metastore', 'external metastore'],
    caseSensitive: ['HMS'],
    definition:
      "The legacy per-workspace table catalog that predates Unity Catalog (an external Hive metastore or AWS Glue plays the same role). Tables governed only there miss UC's central grants, lineage and auditing, so PWAF treats it as an anti-pattern for production data; Hive metastore federation lets Unity Catalog govern those tables during an incremental migration.",
    source: 'https://docs.databricks.com/data-governance/unity-catalog/hms-federation/hms-federation-external.html',
    seeAlso: ['Unity Catalog'],
  },
  {
    term: 'Catalog',
    aliases: ['catalogs'],
    definition:
      "The first level of Unity Catalog's catalog.schema.object namespace and the primary unit of data isolation, optionally with its own managed storage. A catalog per customer is the usual way to separate tenants' data.",
    source: 'https://docs.databricks.com/catalogs.html',
    seeAlso: ['Metastore', 'Workspace binding', 'Hub-and-spoke'],
  },
  {
    term: 'Workspace binding',
    aliases: ['workspace bindings', 'workspace-catalog binding', 'catalog binding', 'catalog bindings'],
    definition:
      'A setting that restricts a catalog, external location or credential to chosen workspaces, read-write or read-only. Without it every catalog is visible to every workspace on the metastore, so a multi-workspace product needs bindings to keep tenants apart.',
    source: 'https://docs.databricks.com/catalogs/binding.html',
    seeAlso: ['Catalog', 'Workspace per tenant'],
  },
  {
    term: 'Row-level security',
    aliases: ['RLS', 'row filter', 'row filters', 'row-level filtering'],
    caseSensitive: ['RLS'],
    definition:
      'Hides rows a querying identity may not see, in Unity Catalog through a row filter function evaluated at query time. Filters see the session identity, so a single shared service principal for all tenants defeats per-tenant row-level security.',
    source: FILTERS_MASKS,
    seeAlso: ['Column mask', 'ABAC', 'Dynamic view'],
  },
  {
    term: 'Column mask',
    aliases: ['column masks', 'column masking'],
    definition:
      "A Unity Catalog function attached to a column that returns a redacted or transformed value depending on who queries it. It is the usual way to protect PII columns while still letting analysts use the rest of the table.",
    source: FILTERS_MASKS,
    seeAlso: ['RLS', 'ABAC', 'PII'],
  },
  {
    term: 'Dynamic view',
    aliases: ['dynamic views'],
    definition:
      'A view whose SQL checks the caller (for example group membership) to filter rows or mask columns. It predates row filters and column masks and still suits cases where consumers should only ever see the view.',
    source: UC_ACCESS,
    seeAlso: ['RLS', 'Column mask'],
  },
  {
    term: 'ABAC',
    aliases: ['attribute-based access control', 'governed tags', 'governed tag'],
    caseSensitive: ['ABAC'],
    definition:
      'Attribute-based access control: policies driven by account-level governed tags apply filters and masks to every matching table at once. Databricks recommends it over per-table rules for consistent filtering at scale; never put personal data in tag values.',
    source: UC_ACCESS,
    seeAlso: ['RLS', 'Column mask'],
  },
  {
    term: 'Data lineage',
    aliases: ['lineage'],
    definition:
      'Unity Catalog records which tables, notebooks, jobs and dashboards read and write which data, down to columns. PWAF expects lineage enabled for production data so audits and impact analysis do not rely on documentation.',
    source: 'https://docs.databricks.com/aws/en/data-governance/unity-catalog/data-lineage',
    seeAlso: ['Unity Catalog', 'System tables'],
  },
  // ── Data engineering ───────────────────────────────────────────────────────────────────
  {
    term: 'Lakeflow Declarative Pipelines',
    aliases: ['DLT', 'Delta Live Tables', 'Lakeflow Spark Declarative Pipelines', 'SDP', 'Lakeflow pipelines'],
    caseSensitive: ['DLT', 'SDP'],
    definition:
      'The declarative pipeline framework, formerly Delta Live Tables, in which you declare streaming tables and materialized views and the platform runs, retries and monitors them. The template still says DLT; the current name is Lakeflow Spark Declarative Pipelines.',
    source: 'https://docs.databricks.com/aws/en/ldp/where-is-dlt',
    renamedTo: 'Lakeflow Spark Declarative Pipelines',
    seeAlso: ['Medallion architecture', 'Lakeflow Jobs'],
  },
  {
    term: 'Lakeflow Jobs',
    aliases: ['Databricks Workflows', 'Databricks Jobs'],
    definition:
      'Databricks orchestration (formerly Workflows or Jobs): multi-task graphs with schedules, triggers, retries and notifications. Jobs should run as service principals and carry cost tags so per-customer runs can be attributed.',
    source: 'https://docs.databricks.com/aws/ja/jobs',
    renamedTo: 'Lakeflow Jobs',
    seeAlso: ['Lakeflow Declarative Pipelines', 'Service principal'],
  },
  {
    term: 'Lakeflow Connect',
    aliases: ['Lakeflow connectors'],
    definition:
      'Managed connectors that ingest SaaS applications and databases (including change data capture) into Unity Catalog tables on serverless pipelines. They replace hand-built extraction code for the sources they cover.',
    source: LAKEFLOW_CONNECT,
    seeAlso: ['Auto Loader', 'Zerobus'],
  },
  {
    term: 'Lakeflow',
    aliases: [],
    definition:
      "Databricks' data-engineering family: Lakeflow Connect for ingestion, declarative pipelines for transformation and Lakeflow Jobs for orchestration. Naming the specific member used makes an SOW easier to review.",
    source: LAKEFLOW_CONNECT,
    seeAlso: ['Lakeflow Connect', 'Lakeflow Jobs', 'Lakeflow Declarative Pipelines'],
  },
  {
    term: 'Auto Loader',
    aliases: ['AutoLoader', 'cloudFiles'],
    definition:
      'A streaming source that incrementally picks up new files as they land in cloud storage or volumes, tracking which files it has processed. It is the standard way to ingest file drops per customer without reprocessing.',
    source: 'https://docs.databricks.com/ingestion/cloud-object-storage/auto-loader/',
    seeAlso: ['Lakeflow Connect', 'Bronze layer'],
  },
  {
    term: 'Zerobus',
    aliases: ['Zerobus Ingest'],
    definition:
      'A serverless push API that writes records straight into Unity Catalog Delta tables, with no message bus in between. It suits event or telemetry streams from a partner application that would otherwise need Kafka.',
    source: 'https://docs.databricks.com/aws/en/ingestion/zerobus-overview',
    seeAlso: ['Lakeflow Connect'],
  },
  {
    term: 'Medallion architecture',
    aliases: ['medallion', 'multi-hop architecture'],
    definition:
      'Layering lakehouse tables from raw (bronze) through validated (silver) to business-ready (gold). It separates ingestion from cleansing and serving, so each layer can be reprocessed and governed on its own.',
    source: MEDALLION,
    seeAlso: ['Bronze layer', 'Silver layer', 'Gold layer'],
  },
  {
    term: 'Bronze layer',
    aliases: ['Bronze', 'bronze tables'],
    definition:
      'The raw landing layer of the medallion architecture: data as received from the source, kept for replay and audit. It often holds unvalidated PII, so it needs the tightest grants.',
    source: MEDALLION,
    seeAlso: ['Medallion architecture', 'Silver layer'],
  },
  {
    term: 'Silver layer',
    aliases: ['Silver', 'silver tables'],
    definition:
      'The cleansed, validated and conformed layer of the medallion architecture, built from bronze. Quality rules and de-duplication belong here, before business aggregation.',
    source: MEDALLION,
    seeAlso: ['Bronze layer', 'Gold layer'],
  },
  {
    term: 'Gold layer',
    aliases: ['Gold', 'gold tables'],
    definition:
      'The business-ready layer of the medallion architecture: aggregates and data products that dashboards, apps and customers read. It is usually what gets shared with or exposed to tenants.',
    source: MEDALLION,
    seeAlso: ['Silver layer', 'Delta Sharing'],
  },
  {
    term: 'Delta Lake',
    aliases: ['Delta table', 'Delta tables'],
    definition:
      'The open table format underneath Databricks tables, adding transactions, schema enforcement and time travel to files in cloud storage. Tables, streaming, sharing and serving features all assume Delta.',
    source: MEDALLION,
    seeAlso: ['Medallion architecture'],
  },
  // ── Compute and SQL ────────────────────────────────────────────────────────────────────
  {
    term: 'Databricks SQL',
    aliases: ['DBSQL'],
    caseSensitive: ['DBSQL'],
    definition:
      'The SQL and BI product of the platform, served by SQL warehouses. PWAF guidance for BI workloads is to use it through serverless warehouses and to tag queries for attribution.',
    source: WAREHOUSES,
    seeAlso: ['SQL warehouse', 'Query tags'],
  },
  {
    term: 'SQL warehouse',
    aliases: ['SQL warehouses', 'serverless SQL warehouse', 'serverless warehouse'],
    definition:
      'Compute for SQL and BI queries, in serverless, pro and classic types and T-shirt sizes. Databricks recommends serverless; classic warehouses start slowly, and keeping one warm to hide that is a cost anti-pattern.',
    source: WAREHOUSES,
    seeAlso: ['Databricks SQL', 'Photon'],
  },
  {
    term: 'Photon',
    aliases: ['Photon engine'],
    definition:
      "Databricks' native vectorised query engine, used by SQL warehouses and optionally by clusters. It speeds up SQL and DataFrame work, but on classic compute it changes the DBU rate, so enable it where the workload benefits.",
    source: 'https://learn.microsoft.com/azure/databricks/runtime/photon',
    seeAlso: ['SQL warehouse', 'DBU'],
  },
  {
    term: 'Serverless compute',
    aliases: ['serverless'],
    definition:
      'Compute that Databricks runs and scales for notebooks, jobs, pipelines and SQL, with no virtual machines in the customer or partner cloud account. Cluster tags and cluster policies do not reach it: serverless notebooks, jobs and pipelines are attributed through serverless usage (formerly budget) policies, while SQL warehouses, serverless ones included, carry their own tags.',
    source: 'https://docs.databricks.com/compute/serverless/notebooks.html',
    seeAlso: ['Serverless usage policy', 'SQL warehouse'],
  },
  {
    term: 'Cluster policy',
    aliases: ['cluster policies', 'compute policy', 'compute policies'],
    definition:
      'JSON rules that limit or fix cluster settings such as instance types, auto-termination, required tags or maximum DBU per hour. PWAF expects them to enforce cost tags on all classic compute instead of relying on people to add tags.',
    source: 'https://docs.databricks.com/admin/clusters/policy-definition.html',
    seeAlso: ['Custom tags', 'Auto-termination'],
  },
  {
    term: 'Auto-termination',
    aliases: ['auto termination', 'autotermination', 'idle timeout'],
    definition:
      'The idle time after which a cluster shuts itself down (10 to 10,000 minutes; 0 turns it off). Interactive and BI clusters without it keep billing while nobody uses them.',
    source: 'https://github.com/databricks/terraform-provider-databricks/blob/main/docs/resources/cluster.md',
    seeAlso: ['Cluster policy'],
  },
  {
    term: 'Spot instances',
    aliases: ['spot instance', 'spot VMs', 'preemptible VMs'],
    definition:
      'Discounted cloud VMs the provider can reclaim at short notice. Use them for workers of non-critical or retryable work, keeping the driver on-demand, and not for latency-bound customer SLAs.',
    source: 'https://docs.databricks.com/en/compute/cluster-config-best-practices.html',
    seeAlso: ['Cluster policy', 'SLA'],
  },
  // ── Cost and telemetry ─────────────────────────────────────────────────────────────────
  {
    term: 'Databricks Unit',
    aliases: ['DBU', 'DBUs', 'Databricks Units'],
    caseSensitive: ['DBU', 'DBUs'],
    definition:
      "A normalised unit of processing capability: Databricks usage is metered in DBUs per second and priced per SKU. An SOW's DBU estimates drive the cost model and capacity plan, and classic compute adds the cloud provider's VM cost on top.",
    source: 'https://www.databricks.com/product/pricing',
    seeAlso: ['System tables', 'Budgets'],
  },
  {
    term: 'Custom tags',
    aliases: ['cost tags', 'custom tag', 'tagging'],
    definition:
      'Key/value tags on pools, clusters, jobs and warehouses that flow into billing records and cloud resources. PWAF expects a customer identifier tag on all compute so each tenant\'s cost can be attributed.',
    source: 'https://docs.gcp.databricks.com/admin/account-settings/usage-detail-tags.html',
    seeAlso: ['Cluster policy', 'Serverless usage policy', 'System tables'],
  },
  {
    term: 'Serverless usage policy',
    aliases: ['serverless usage policies', 'serverless budget policy', 'serverless budget policies', 'budget policy', 'budget policies', 'usage policy', 'usage policies'],
    definition:
      'An account-level set of tags, formerly called a serverless budget policy, that is applied to the serverless usage of the workloads using the policy; each record in the billable usage system table carries the policy ID and those tags. It attributes serverless notebooks, jobs, pipelines and serving endpoints to a customer, whereas SQL warehouses, serverless ones included, are attributed through their own warehouse tags.',
    source: USAGE_POLICY_API,
    seeAlso: ['Custom tags', 'Serverless compute'],
  },
  {
    term: 'Budgets',
    aliases: ['budget', 'budget alert', 'budget alerts'],
    definition:
      'Account-level monthly spend thresholds, filtered by workspace or tags, that send alerts when crossed. For compute spend they only alert (blocking usage is offered only for AI Gateway budgets), so the SOW should name who acts on an alert and how.',
    source: 'https://docs.databricks.com/api/azure/account/budgets',
    seeAlso: ['Custom tags', 'System tables'],
  },
  {
    term: 'System tables',
    aliases: ['system table', 'system.billing.usage', 'system.access.audit', 'system.query.history'],
    definition:
      'Databricks-hosted tables under the system catalog with billing, audit, query history, compute and lineage data. They are the basis of per-customer cost reports and audits; they are updated through the day rather than in real time.',
    source: SYSTEM_TABLES,
    seeAlso: ['Custom tags', 'Query tags'],
  },
  {
    term: 'Query tags',
    aliases: ['query tag'],
    definition:
      "Key/value labels attached to SQL statements that show up in query history, so warehouse usage can be split by tenant or feature. They matter when many customers share one SQL warehouse, where compute tags alone can't tell them apart.",
    source: 'https://learn.microsoft.com/azure/databricks/sql/user/queries/query-tags',
    seeAlso: ['System tables', 'SQL warehouse'],
  },
  {
    term: 'User-Agent telemetry',
    aliases: ['User-Agent', 'user agent'],
    definition:
      'A stable partner/product/version identifier set on every API, driver, SDK and CLI call, visible in audit logs and query history. It is how Databricks attributes partner-driven usage.',
    source: `${PWAF}/isv-partners/integration-requirements`,
    seeAlso: ['System tables'],
  },
  // ── AI and apps ────────────────────────────────────────────────────────────────────────
  {
    term: 'Model Serving',
    aliases: ['Mosaic AI Model Serving', 'serving endpoint', 'serving endpoints'],
    definition:
      'Managed REST endpoints that serve custom ML and Python models, agents, Foundation Model APIs models and centrally governed external models such as OpenAI or Anthropic ones. An SOW should state throughput, latency targets and who may call each endpoint.',
    source: 'https://docs.databricks.com/en/machine-learning/model-serving/create-foundation-model-endpoints',
    seeAlso: ['AI Gateway', 'MLflow'],
  },
  {
    term: 'Vector Search',
    aliases: ['Mosaic AI Vector Search', 'AI Search', 'Databricks AI Search'],
    definition:
      'Managed similarity (and keyword) search over indexes kept in sync with Delta tables, used for retrieval-augmented generation. It is now called Databricks AI Search; per-tenant indexes or filters decide whether one customer can retrieve another\'s documents.',
    source: 'https://docs.databricks.com/generative-ai/create-query-vector-search.html',
    renamedTo: 'Databricks AI Search',
    seeAlso: ['Model Serving'],
  },
  {
    term: 'AI Gateway',
    aliases: ['Mosaic AI Gateway', 'Unity AI Gateway', 'Unity Gateway'],
    definition:
      'Central control for models, agents and coding tools: permissions, rate limits, guardrails, usage logging, cost attribution and routing across providers. It gives a multi-tenant AI feature per-customer limits and audit; the Unity AI Gateway is not supported on AWS GovCloud or Azure Government, and the newest pages call the product Unity Gateway.',
    source: 'https://learn.microsoft.com/azure/databricks/ai-gateway/overview-beta',
    renamedTo: 'Unity Gateway',
    seeAlso: ['Model Serving'],
  },
  {
    term: 'MLflow',
    aliases: [],
    definition:
      'Open-source lifecycle tool for machine learning and generative AI; on Databricks it tracks experiments, registers models in Unity Catalog and records agent traces. It gives model changes the versioning and audit trail a review expects.',
    source: GENAI,
    seeAlso: ['Model Serving', 'Feature Store'],
  },
  {
    term: 'Feature Store',
    aliases: ['feature tables', 'online feature store'],
    definition:
      'A central registry of features whose feature tables and models are registered in Unity Catalog, with governance, lineage and discovery, plus feature serving for low-latency online inference. Models look up feature values themselves, which keeps training and serving features consistent.',
    source: 'https://docs.databricks.com/machine-learning/feature-store',
    seeAlso: ['MLflow', 'Lakebase'],
  },
  {
    term: 'Foundation Model APIs',
    aliases: ['FMAPI', 'Foundation Model API'],
    caseSensitive: ['FMAPI'],
    definition:
      'Databricks-hosted large language model endpoints, billed per token or with provisioned throughput. Which compliance standards they support depends on the mode and region, which matters for HIPAA or PCI workloads.',
    source: 'https://docs.databricks.com/aws/machine-learning/foundation-model-apis/compliance',
    seeAlso: ['Model Serving', 'Compliance security profile'],
  },
  {
    term: 'Genie',
    aliases: ['Genie space', 'Genie spaces', 'Genie Agent', 'Genie Agents', 'AI/BI Genie'],
    definition:
      'Natural-language questions answered with SQL over curated Unity Catalog tables; a Genie space is now called a Genie Agent. Answers run with the asking identity\'s permissions, so tenant isolation still rests on grants and row filters.',
    source: 'https://learn.microsoft.com/en-ie/azure/databricks/dev-tools/databricks-apps/genie',
    renamedTo: 'Genie Agent',
    seeAlso: ['AI/BI Dashboards', 'Databricks One'],
  },
  {
    term: 'AI/BI Dashboards',
    aliases: ['AI/BI dashboard', 'Lakeview dashboards', 'Lakeview'],
    definition:
      'Databricks-native low-code dashboards over SQL warehouses; published dashboards can embed a companion Genie. Embedding them for external customers needs an explicit identity and sharing design.',
    source: 'https://learn.microsoft.com/en-nz/azure/databricks/dashboards/genie-spaces',
    seeAlso: ['Genie', 'SQL warehouse'],
  },
  {
    term: 'Databricks Apps',
    aliases: ['Databricks App'],
    definition:
      "Serverless hosting for Python or Node data applications inside a workspace, each running with its own service principal. In app-principal mode every user shares the app's permissions; user-authorization mode forwards the user so row filters and masks apply.",
    source: 'https://learn.microsoft.com/azure/databricks/dev-tools/databricks-apps/auth',
    seeAlso: ['Service principal', 'Lakebase'],
  },
  {
    term: 'Databricks One',
    aliases: [],
    definition:
      'The simplified entry point for business users, where users holding only the consumer access entitlement land, to use the dashboards, Genie agents and Databricks Apps shared with them without the full workspace UI. It matters when customer users should consume results in Databricks rather than in the partner app.',
    source: 'https://docs.databricks.com/aws/en/workspace/databricks-one',
    seeAlso: ['Genie', 'Databricks Apps'],
  },
  {
    term: 'Lakebase',
    aliases: ['Databricks Lakebase', 'Lakebase Postgres'],
    definition:
      'A fully managed Postgres database for transactional (OLTP) workloads, integrated with the lakehouse through synced tables, with autoscaling and branching. It can back an application database or online features without a separate operational store.',
    source: 'https://learn.microsoft.com/en-us/azure/databricks/oltp',
    seeAlso: ['Databricks Apps', 'Feature Store'],
  },
  {
    term: 'Agent Bricks',
    aliases: [],
    definition:
      "Databricks' platform for building, evaluating and running AI agents, with tracing through MLflow. An SOW using it should say how agents authenticate and how their calls are attributed per customer.",
    source: GENAI,
    seeAlso: ['MLflow', 'AI Gateway'],
  },
  // ── Sharing ────────────────────────────────────────────────────────────────────────────
  {
    term: 'Delta Sharing',
    aliases: ['OpenSharing', 'D2D sharing', 'D2O sharing'],
    definition:
      'Open protocol for sharing live tables and AI assets with other Databricks accounts or any platform, without copying data; now called OpenSharing. It is the delivery mechanism of the Side Car model; row filters on shared tables are not carried over, so share filtered views or per-tenant tables.',
    source: 'https://docs.databricks.com/data-sharing/share-data-open.html',
    renamedTo: 'OpenSharing',
    seeAlso: ['Side Car', 'Clean Rooms', 'Marketplace'],
  },
  {
    term: 'Marketplace',
    aliases: ['Databricks Marketplace'],
    definition:
      'An exchange where providers list data products, models and apps that consumers obtain through sharing. A route to distribute a partner product to customers who already run Databricks.',
    source: OPENSHARING,
    seeAlso: ['Delta Sharing'],
  },
  {
    term: 'Clean Rooms',
    aliases: ['Clean Room', 'Databricks Clean Rooms'],
    definition:
      'A privacy-preserving shared environment where parties run agreed analysis on combined data without seeing each other\'s raw data. It fits Side Car and data-collaboration scenarios with sensitive data.',
    source: OPENSHARING,
    seeAlso: ['Delta Sharing', 'Side Car'],
  },
  // ── Security and compliance ────────────────────────────────────────────────────────────
  {
    term: 'Compliance security profile',
    aliases: ['CSP', 'compliance security profiles'],
    caseSensitive: ['CSP'],
    definition:
      'A workspace or account setting that adds hardened images, monitoring agents and automatic cluster updates, part of the Enhanced Security & Compliance add-on. It is required for PCI-DSS and for HIPAA on AWS; note that "CSP" can also mean cloud service provider, so spell it out in the SOW.',
    source: SECURITY_PROFILE,
    seeAlso: ['HIPAA', 'PCI', 'Enhanced Security and Compliance'],
  },
  {
    term: 'Enhanced Security and Compliance',
    aliases: ['Enhanced Security & Compliance', 'ESC add-on', 'enhanced security monitoring'],
    definition:
      'A paid add-on bundling the compliance security profile, enhanced security monitoring and automatic cluster updates. Regulated workloads need it, so it belongs in the cost model.',
    source: SECURITY_PROFILE,
    seeAlso: ['Compliance security profile'],
  },
  {
    term: 'Customer-managed keys',
    aliases: ['CMK', 'CMKs', 'customer-managed key', 'customer managed keys'],
    caseSensitive: ['CMK', 'CMKs'],
    definition:
      'Encryption keys the customer or partner controls in its own key service, for control-plane managed services (notebooks, secrets, query history) and for workspace storage. Regulated customers often require them, and revoking the key cuts off access to the data.',
    source: 'https://learn.microsoft.com/azure/databricks/dev-tools/cli/reference/account-encryption-keys-commands',
    seeAlso: ['PrivateLink'],
  },
  {
    term: 'PrivateLink',
    aliases: ['Private Link', 'AWS PrivateLink', 'Azure Private Link', 'Private Service Connect'],
    definition:
      'Private network paths from users to the workspace (front-end) and from compute to the control plane (back-end), keeping traffic off the public internet. Public access can only be refused at the front end once back-end private connectivity is also configured.',
    source: 'https://docs.databricks.com/security/network/front-end/front-end-private-connect.html',
    seeAlso: ['IP access lists', 'CMK'],
  },
  {
    term: 'IP access lists',
    aliases: ['IP access list', 'IP allow list', 'IP allowlist'],
    definition:
      'Workspace or account allow and block lists of IPv4 address ranges (up to 1,000 entries). A lighter alternative or complement to private connectivity for restricting where users and backends connect from.',
    source: 'https://learn.microsoft.com/azure/databricks/security/network/front-end/ip-access-list-workspace',
    seeAlso: ['PrivateLink'],
  },
  {
    term: 'Business Associate Agreement',
    aliases: ['BAA', 'BAAs'],
    caseSensitive: ['BAA', 'BAAs'],
    definition:
      'The HIPAA contract under which a service provider may handle protected health information; one must be in place with Databricks before any PHI is processed. An SOW listing PHI without a BAA is not ready for approval.',
    source: SECURITY_PROFILE,
    seeAlso: ['HIPAA', 'PHI'],
  },
  {
    term: 'HIPAA',
    aliases: ['Health Insurance Portability and Accountability Act'],
    caseSensitive: ['HIPAA'],
    definition:
      'The US law governing protected health information. On Databricks it needs a BAA and the compliance security profile with the HIPAA standard on every workspace that touches PHI (required on AWS; Azure documents the profile as strongly recommended).',
    source: SECURITY_PROFILE,
    seeAlso: ['PHI', 'BAA', 'Compliance security profile'],
  },
  {
    term: 'Protected health information',
    aliases: ['PHI'],
    caseSensitive: ['PHI'],
    definition:
      'Individually identifiable health data covered by HIPAA. Its presence decides the compliance controls of the whole design, so it must be declared in the data classification and never placed in workspace, cluster or job names or tags.',
    source: HIPAA,
    seeAlso: ['HIPAA', 'BAA'],
  },
  {
    term: 'Personally identifiable information',
    aliases: ['PII'],
    caseSensitive: ['PII'],
    definition:
      'Information that can identify a person directly or combined with other data. Declaring it drives masking, access control, retention and regional residency choices, and it must not end up in tags or resource names.',
    source: `${NIST_GLOSSARY}/personally_identifiable_information`,
    seeAlso: ['Column mask', 'GDPR'],
  },
  {
    term: 'PCI DSS',
    aliases: ['PCI', 'PCI-DSS', 'Payment Card Industry Data Security Standard'],
    caseSensitive: ['PCI'],
    definition:
      'The card industry standard for systems that store, process or transmit payment card data. On Databricks it requires the compliance security profile, which can restrict serverless options in some clouds, so it shapes the compute plan.',
    source: SECURITY_PROFILE,
    seeAlso: ['Compliance security profile'],
  },
  {
    term: 'GDPR',
    aliases: ['General Data Protection Regulation'],
    caseSensitive: ['GDPR'],
    definition:
      "The EU regulation on personal data: lawful basis, data subject rights such as erasure, and limits on transfers outside the EU. It affects where data may be stored and how deletion propagates through bronze, silver and gold tables.",
    source: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
    seeAlso: ['PII'],
  },
  {
    term: 'SOC 2',
    aliases: ['SOC2', 'SOC 2 Type II', 'SOC 2 Type 2'],
    caseSensitive: ['SOC 2', 'SOC2', 'SOC 2 Type II', 'SOC 2 Type 2'],
    definition:
      "An independent audit report on a service organisation's controls for security, availability, processing integrity, confidentiality and privacy. Customers ask for the partner's own report, so the partner's processes, not only Databricks', must meet it.",
    source: 'https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-2',
    seeAlso: ['HIPAA'],
  },
  {
    term: 'FedRAMP',
    aliases: ['Federal Risk and Authorization Management Program'],
    caseSensitive: ['FedRAMP'],
    definition:
      'The US government programme that authorises cloud services for federal use at Low, Moderate or High impact levels. On Databricks, FedRAMP Moderate is offered in commercial AWS regions through the compliance security profile (classic compute in all regions, serverless only in us-east-1), while FedRAMP High and DoD IL5 need Databricks on AWS GovCloud, so the SOW should state the level.',
    source: SECURITY_PROFILE,
    seeAlso: ['GovCloud', 'Azure Government'],
  },
  {
    term: 'GovCloud',
    aliases: ['AWS GovCloud', 'Databricks on AWS GovCloud'],
    definition:
      'Isolated US-government cloud regions; Databricks on AWS GovCloud, operated only by US citizens, serves FedRAMP High and IL5 workloads, with a separate environment for DoD agencies at IL5. Some features, such as the AI Gateway, are not offered there, so check every product the SOW relies on.',
    source: 'https://docs.databricks.com/ja/security/privacy/gov-cloud.html',
    seeAlso: ['FedRAMP', 'Azure Government'],
  },
  {
    term: 'Azure Government',
    aliases: ['Azure Gov', 'usgovaz', 'usgovva'],
    definition:
      "Microsoft's isolated US-government cloud regions. Azure Databricks in the Azure Government regions usgovaz and usgovva supports neither Unity Catalog nor Databricks SQL, nor the features with limited regional availability, so a design that needs them (as every Built-On product does Unity Catalog) cannot simply move there.",
    source: 'https://learn.microsoft.com/azure/databricks/resources/feature-region-support',
    seeAlso: ['GovCloud', 'FedRAMP', 'Unity Catalog'],
  },
  // ── Operations ─────────────────────────────────────────────────────────────────────────
  {
    term: 'Infrastructure as code',
    aliases: ['IaC'],
    caseSensitive: ['IaC'],
    definition:
      'Defining workspaces, Unity Catalog objects, compute templates and jobs in versioned code that a pipeline applies. PWAF requires it for Built-On products, because per-customer onboarding done by hand in the UI does not scale and drifts.',
    source: CHECKLIST,
    seeAlso: ['Terraform', 'Pulumi', 'DABs'],
  },
  {
    term: 'Terraform',
    aliases: ['Databricks Terraform provider', 'Terraform provider'],
    definition:
      'HashiCorp\'s infrastructure-as-code tool; the Databricks provider manages accounts, workspaces, Unity Catalog, clusters and policies. It is the common choice for automating per-customer workspace and catalog provisioning.',
    source: TERRAFORM,
    seeAlso: ['IaC', 'DABs'],
  },
  {
    term: 'Pulumi',
    aliases: [],
    definition:
      'An infrastructure-as-code tool that describes resources in general-purpose languages such as TypeScript or Python, with a Databricks provider. PWAF accepts it alongside Terraform and bundles.',
    source: 'https://www.pulumi.com/registry/packages/databricks/',
    seeAlso: ['IaC', 'Terraform'],
  },
  {
    term: 'Declarative Automation Bundles',
    aliases: ['DABs', 'DAB', 'Databricks Asset Bundles', 'Databricks Asset Bundle', 'asset bundles'],
    caseSensitive: ['DABs', 'DAB'],
    definition:
      'Project definitions in databricks.yml that deploy jobs, pipelines, apps and other workspace resources as code through the CLI, per target environment. Formerly Databricks Asset Bundles; they cover the workspace layer that Terraform usually leaves to application teams.',
    source: 'https://docs.databricks.com/dev-tools/bundles/tutorials.html',
    renamedTo: 'Declarative Automation Bundles',
    seeAlso: ['IaC', 'Terraform'],
  },
  {
    term: 'CI/CD',
    aliases: ['continuous integration', 'continuous delivery', 'continuous deployment'],
    caseSensitive: ['CI/CD'],
    definition:
      'Automated build, test and deployment of code and infrastructure on every change. PWAF expects Databricks deployments to go through it rather than manual changes in the UI.',
    source: CHECKLIST,
    seeAlso: ['IaC', 'DABs'],
  },
  {
    term: 'Service level agreement',
    aliases: ['SLA', 'SLAs', 'service-level agreement'],
    caseSensitive: ['SLA', 'SLAs'],
    definition:
      'A commitment to customers on availability, latency or freshness, with consequences when missed. Each SLA in the SOW should be backed by a matching architecture choice and a monitor that measures it.',
    source: `${NIST_GLOSSARY}/service_level_agreement`,
    seeAlso: ['p95'],
  },
  {
    term: 'p95',
    aliases: ['P95', 'p99', 'P99', '95th percentile', '99th percentile'],
    definition:
      'A latency percentile: 95% of requests complete at or below this value, so it describes what nearly all users experience, unlike an average. Performance targets in an SOW should name the percentile and where it is measured.',
    source: `${NIST_GLOSSARY}/percentile`,
    seeAlso: ['SLA'],
  },
  {
    term: 'Change data capture',
    aliases: ['CDC'],
    caseSensitive: ['CDC'],
    definition:
      'Capturing inserts, updates and deletes from a source database as a stream of changes rather than re-reading full tables. Lakeflow Connect and declarative pipelines handle it natively; the SOW should say how deletes reach downstream tables.',
    source: LAKEFLOW_CONNECT,
    seeAlso: ['Lakeflow Connect'],
  },
  {
    term: 'Lakehouse',
    aliases: ['data lakehouse', 'lakehouse architecture'],
    definition:
      'An architecture that keeps data in open table formats on cloud storage and serves engineering, BI and AI from it, governed in one place. PWAF extends the Databricks lakehouse reference architecture with partner-specific guidance.',
    source: MEDALLION,
    seeAlso: ['Delta Lake', 'Medallion architecture'],
  },
];
