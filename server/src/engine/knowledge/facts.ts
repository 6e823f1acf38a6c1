// The knowledge base: products and facts, each fact with the page that states it (looked up in
// the documentation, December 2026). An outdated fact is one edit here; `npm run docs:knowledge`
// regenerates docs/knowledge.md. Values a rule compares against come from `limit`.
import { Fact, Product } from './types';

/** Bumped whenever a fact changes, so reviews can say which knowledge they used. */
export const KNOWLEDGE_VERSION = '2026.12.2';

const AWS_LIMITS = 'https://docs.databricks.com/aws/en/resources/limits';
const AZURE_LIMITS = 'https://learn.microsoft.com/en-gb/azure/databricks/resources/limits';
const AZURE_LIMITS_CURRENT = 'https://learn.microsoft.com/zh-cn/azure/Databricks/resources/limits';
const AZURE_LIMITS_JA = 'https://learn.microsoft.com/ja-jp/azure/databricks/resources/limits';
const GCP_LIMITS = 'https://docs.databricks.com/gcp/en/resources/limits.html';
const UC_GA_NOTE = 'https://docs.databricks.com/archive/unity-catalog/20220825.html';
const UC_QUOTAS = 'https://learn.microsoft.com/es-mx/azure/databricks/data-governance/unity-catalog/resource-quotas';
const ZEROBUS_LIMITS = 'https://docs.databricks.com/aws/en/ingestion/zerobus-limits';
const ZEROBUS_QUOTAS = 'https://docs.databricks.com/aws/en/ingestion/zerobus-quotas';
const LAKEBASE_INSTANCE = 'https://learn.microsoft.com/zh-cn/azure/Databricks/oltp/instances/instance';
const GENIE_SETUP = 'https://learn.microsoft.com/ko-kr/azure/databricks/genie/set-up';
const FMAPI_COMPLIANCE = 'https://docs.databricks.com/aws/machine-learning/foundation-model-apis/compliance';
const DESIGNATED_SERVICES = 'https://learn.microsoft.com/el-gr/azure/databricks/resources/designated-services';
const PCI_TRUST = 'https://databricks.com/jp/trust/compliance/pci-dss';
const SHARING_EGRESS = 'https://learn.microsoft.com/en-us/azure/databricks/delta-sharing/manage-egress';
const SHARING_ABAC = 'https://docs.databricks.com/aws/en/data-governance/unity-catalog/abac/delta-sharing';
const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

export const PRODUCTS: readonly Product[] = [
  { id: 'unity-catalog', name: 'Unity Catalog', slugs: ['unity_catalog', 'unity-catalog-setup'] },
  { id: 'lakeflow-jobs', name: 'Lakeflow Jobs', slugs: ['lakeflow-jobs'] },
  { id: 'declarative-pipelines', name: 'Lakeflow Spark Declarative Pipelines', slugs: ['declarative-pipelines'] },
  { id: 'auto-loader', name: 'Auto Loader', slugs: ['auto-loader'] },
  { id: 'lakebase', name: 'Lakebase', slugs: ['lakebase'] },
  { id: 'genie', name: 'AI/BI Genie', slugs: ['genie'] },
  { id: 'databricks-apps', name: 'Databricks Apps', slugs: ['databricks_apps', 'databricks-apps'] },
  { id: 'model-serving', name: 'Model Serving', slugs: ['model-serving'] },
  { id: 'foundation-model-apis', name: 'Foundation Model APIs', slugs: ['foundation-model-apis'] },
  { id: 'delta-sharing', name: 'Delta Sharing (OpenSharing)', slugs: ['delta_sharing', 'delta-sharing'] },
  { id: 'clean-rooms', name: 'Clean Rooms', slugs: [] },
  { id: 'delta-lake', name: 'Delta Lake tables (history, VACUUM, deletion)', slugs: [] },
  { id: 'system-tables', name: 'System tables (audit, billing, lineage)', slugs: ['system-tables'] },
  { id: 'disaster-recovery', name: 'High availability and disaster recovery', slugs: [] },
  { id: 'designated-services', name: 'Designated Services and Geo processing', slugs: [] },
  { id: 'government-clouds', name: 'Government clouds (Azure Government)', slugs: [] },
  { id: 'zerobus', name: 'Zerobus Ingest', slugs: ['zerobus'] },
  { id: 'identity', name: 'Identity (users, service principals, groups)', slugs: ['sp-per-user'] },
  { id: 'compliance-security-profile', name: 'Compliance security profile', slugs: ['hipaa', 'pci', 'fedramp-govcloud'] },
  { id: 'private-connectivity', name: 'Private connectivity', slugs: ['private-connectivity'] },
  { id: 'partner-attribution', name: 'Partner telemetry and attribution', slugs: ['databricks-apis'] },
  { id: 'pwaf', name: 'PWAF Built-On requirements and deployment models', slugs: ['customer-managed', 'side-car'] },
];

const limit = (value: number, unit: string, per: string, raisable: boolean | null) => ({ value, unit, per, raisable });

export const FACTS: readonly Fact[] = [
  // ── Unity Catalog ──────────────────────────────────────────────────────────────────────
  { id: 'unity-catalog.metastores-per-region', product: 'unity-catalog', kind: 'limit', status: 'archived', source: UC_GA_NOTE,
    statement: 'An account can have only one metastore per region.', limit: limit(1, 'metastores', 'region per account', null) },
  { id: 'unity-catalog.catalogs-per-metastore', product: 'unity-catalog', kind: 'limit', status: 'archived', source: UC_GA_NOTE,
    statement: 'A metastore can have up to 1,000 catalogs (as of the GA note; current quotas are on the resource-limits page).', limit: limit(1000, 'catalogs', 'metastore', null) },
  { id: 'unity-catalog.schemas-per-catalog', product: 'unity-catalog', kind: 'limit', status: 'archived', source: UC_GA_NOTE,
    statement: 'A catalog can have up to 10,000 schemas (as of the GA note).', limit: limit(10_000, 'schemas', 'catalog', null) },
  { id: 'unity-catalog.tables-per-schema', product: 'unity-catalog', kind: 'limit', status: 'current', source: UC_QUOTAS,
    statement: 'Unity Catalog enforces resource quotas such as 10,000 tables per schema.', limit: limit(10_000, 'tables', 'schema', null) },
  { id: 'unity-catalog.tables-per-metastore', product: 'unity-catalog', kind: 'limit', status: 'current', source: UC_QUOTAS,
    statement: 'Unity Catalog enforces resource quotas such as 1,000,000 tables per metastore.', limit: limit(1_000_000, 'tables', 'metastore', null) },
  { id: 'unity-catalog.quotas-api', product: 'unity-catalog', kind: 'guarantee', status: 'current', source: UC_QUOTAS,
    statement: 'Some Unity Catalog quotas can be raised on request and others are fixed; the resource quotas API reports usage so you can plan before you reach them.' },
  { id: 'azure-government.unsupported-features', product: 'government-clouds', kind: 'availability', status: 'current', clouds: ['azure'],
    source: 'https://learn.microsoft.com/azure/databricks/resources/feature-region-support',
    statement: 'The Azure Government regions (usgovaz, usgovva) support none of the region-limited features: system tables, serverless compute (notebooks and jobs, pipelines, SQL warehouses), Databricks Apps, predictive optimization, Vector Search, core Model Serving, Foundation Model APIs (pay-per-token and provisioned throughput) and external models.' },
  { id: 'unity-catalog.azure-government', product: 'unity-catalog', kind: 'availability', status: 'current', clouds: ['azure'],
    source: 'https://learn.microsoft.com/azure/databricks/resources/feature-region-support',
    statement: 'The Azure Government regions (usgovaz, usgovva) do not support Unity Catalog or Databricks SQL.' },

  // ── Delta Sharing / OpenSharing ───────────────────────────────────────────────────────
  { id: 'delta-sharing.recipients-per-metastore', product: 'delta-sharing', kind: 'limit', status: 'current', source: AWS_LIMITS,
    statement: 'A metastore can hold up to 5,000 Delta Sharing recipients (not fixed: raise through the account team).', limit: limit(5000, 'recipients', 'metastore', true) },
  { id: 'delta-sharing.shares-per-metastore', product: 'delta-sharing', kind: 'limit', status: 'current', source: AWS_LIMITS,
    statement: 'A metastore can hold up to 1,000 shares (not fixed).', limit: limit(1000, 'shares', 'metastore', true) },
  { id: 'delta-sharing.providers-per-metastore', product: 'delta-sharing', kind: 'limit', status: 'current', source: AWS_LIMITS,
    statement: 'A metastore can hold up to 1,000 providers (not fixed).', limit: limit(1000, 'providers', 'metastore', true) },
  { id: 'delta-sharing.tables-per-share', product: 'delta-sharing', kind: 'limit', status: 'current', source: AWS_LIMITS,
    statement: 'A share can hold up to 1,000 tables (not fixed).', limit: limit(1000, 'tables', 'share', true) },
  { id: 'delta-sharing.schemas-per-share', product: 'delta-sharing', kind: 'limit', status: 'current', source: AWS_LIMITS,
    statement: 'A share can hold up to 500 schemas (not fixed).', limit: limit(500, 'schemas', 'share', true) },
  { id: 'delta-sharing.d2d-needs-uc-recipient', product: 'delta-sharing', kind: 'purpose', status: 'current',
    source: 'https://docs.databricks.com/aws/en/opensharing/create-recipient',
    statement: 'Databricks-to-Databricks sharing needs a recipient with a Unity Catalog-enabled workspace; recipients without one must use open sharing with bearer tokens or OIDC federation.' },
  { id: 'delta-sharing.open-sharing-token', product: 'delta-sharing', kind: 'guarantee', status: 'current',
    source: 'https://docs.databricks.com/aws/ja/opensharing/share-data-open',
    statement: 'For open sharing the provider authenticates a recipient with a long-lived bearer token (a credential file) or OIDC federation.' },
  { id: 'delta-sharing.d2d-only-features', product: 'delta-sharing', kind: 'guarantee', status: 'current',
    source: 'https://learn.microsoft.com/ja-jp/azure/databricks/opensharing/',
    statement: 'Notebook, volume and AI model sharing, and Unity Catalog governance, auditing and usage tracking on both sides, are supported by Databricks-to-Databricks sharing only.' },
  { id: 'delta-sharing.egress-cross-region', product: 'delta-sharing', kind: 'cost', status: 'current', source: SHARING_EGRESS,
    statement: 'Delta Sharing does not replicate data, so the cloud vendor may charge the provider egress fees when data is shared across clouds or regions; sharing within a region incurs no egress cost. Replicas in the recipients\' regions (deep clone, change data feed) or Cloudflare R2 storage avoid the fees.' },
  { id: 'delta-sharing.provider-policies-not-for-recipients', product: 'delta-sharing', kind: 'guarantee', status: 'current', source: SHARING_ABAC,
    statement: 'Tables protected by ABAC row filters and column masks can be shared only when the share owner is exempt from the policies, and the provider\'s policies do not govern recipients\' access: recipients see unfiltered, unmasked data by default.' },
  { id: 'delta-sharing.current-recipient', product: 'delta-sharing', kind: 'purpose', status: 'current',
    source: 'https://docs.databricks.com/aws/sql/language-manual/functions/current_recipient',
    statement: 'Per-recipient filtering and masking are written into shared views with current_recipient(), which reads properties set on each recipient and is evaluated when the recipient queries the view.' },
  { id: 'delta-sharing.provider-audit', product: 'delta-sharing', kind: 'guarantee', status: 'current', source: 'https://docs.databricks.com/delta-sharing/audit-logs.html',
    statement: 'Provider audit logs (system.access.audit) record the actions recipients take on the provider\'s shared data, such as a deltaSharingQueriedTable event after each recipient query.' },
  { id: 'delta-sharing.share-one-metastore', product: 'delta-sharing', kind: 'data-location', status: 'current',
    source: 'https://docs.databricks.com/delta-sharing/create-share.html',
    statement: 'A share contains data and AI assets from only one Unity Catalog metastore.' },

  // ── Delta Lake tables ─────────────────────────────────────────────────────────────────
  { id: 'delta-lake.vacuum-retention', product: 'delta-lake', kind: 'data-location', status: 'current',
    source: 'https://learn.microsoft.com/en-gb/azure/databricks/sql/language-manual/delta-vacuum',
    statement: 'Deleted and replaced data stays in a Delta table\'s files (time travel) until VACUUM removes files older than the retention threshold, 7 days by default; Databricks does not trigger VACUUM automatically on Delta tables.' },
  { id: 'delta-lake.erasure', product: 'delta-lake', kind: 'guarantee', status: 'current',
    source: 'https://learn.microsoft.com/azure/databricks/security/privacy/gdpr-delta',
    statement: 'Honouring an erasure request on Delta Lake means deleting the records in every layer and upstream source, running REORG TABLE … APPLY (PURGE) on tables with deletion vectors, and VACUUM so earlier versions no longer hold the data.' },

  // ── System tables ─────────────────────────────────────────────────────────────────────
  { id: 'system-tables.free-retention', product: 'system-tables', kind: 'limit', status: 'current', source: 'https://docs.databricks.com/aws/admin/system-tables',
    statement: 'System tables such as audit logs (system.access.audit), billable usage and lineage have a free retention period of 365 days.', limit: limit(365, 'days of retention', 'system table', null) },
  { id: 'system-tables.warehouse-single-resource', product: 'system-tables', kind: 'cost', status: 'current', source: 'https://docs.databricks.com/aws/en/admin/system-tables/attributed-cost',
    statement: 'A SQL warehouse is billed as a single resource in system.billing.usage, so its tags cannot tell which queries, users or customers drove its cost; the attributed cost table (Beta) estimates each query\'s share.' },
  { id: 'system-tables.not-in-gov-regions', product: 'system-tables', kind: 'availability', status: 'current', clouds: ['azure'],
    source: 'https://learn.microsoft.com/azure/databricks/admin/system-tables',
    statement: 'System tables are not available in Azure Government or Azure China regions.' },

  // ── High availability and disaster recovery ──────────────────────────────────────────
  { id: 'disaster-recovery.ha-is-regional', product: 'disaster-recovery', kind: 'guarantee', status: 'current',
    source: 'https://docs.databricks.com/en/administration-guide/disaster-recovery.html',
    statement: 'High availability uses availability-zone redundancy inside one region and does not protect against a full-region outage; disaster recovery replicates workspaces, data and configuration to another region and is planned around recovery point and recovery time objectives (RPO, RTO).' },

  // ── Designated Services ──────────────────────────────────────────────────────────────
  { id: 'designated-services.cross-geo', product: 'designated-services', kind: 'data-location', status: 'current',
    source: 'https://docs.databricks.com/resources/designated-services',
    statement: 'Designated Services (pay-per-token Foundation Model APIs, Genie, AI/BI and others) process content in the workspace\'s Geo; with cross-Geo processing enabled they can process it in other Geos (data is not stored there).' },

  // ── Clean Rooms ───────────────────────────────────────────────────────────────────────
  { id: 'clean-rooms.per-metastore-aws', product: 'clean-rooms', kind: 'limit', status: 'current', source: AWS_LIMITS, clouds: ['aws'],
    statement: 'On AWS a metastore can have up to 100 clean rooms (not fixed).', limit: limit(100, 'clean rooms', 'metastore', true) },
  { id: 'clean-rooms.per-metastore-azure', product: 'clean-rooms', kind: 'limit', status: 'current', source: AZURE_LIMITS_JA, clouds: ['azure'],
    statement: 'On Azure a metastore can have up to 10 clean rooms (not fixed).', limit: limit(10, 'clean rooms', 'metastore', true) },
  { id: 'clean-rooms.per-metastore-gcp', product: 'clean-rooms', kind: 'limit', status: 'current', source: GCP_LIMITS, clouds: ['gcp'],
    statement: 'On Google Cloud a metastore can have up to 10 clean rooms (not fixed).', limit: limit(10, 'clean rooms', 'metastore', true) },

  // ── Databricks Apps ───────────────────────────────────────────────────────────────────
  { id: 'databricks-apps.per-workspace-aws', product: 'databricks-apps', kind: 'limit', status: 'current', source: AWS_LIMITS, clouds: ['aws'],
    statement: 'On AWS a workspace can have up to 100 Databricks apps (fixed).', limit: limit(100, 'apps', 'workspace', false) },
  { id: 'databricks-apps.per-workspace-azure', product: 'databricks-apps', kind: 'limit', status: 'current', source: AZURE_LIMITS_JA, clouds: ['azure'],
    statement: 'On Azure a workspace can have up to 100 Databricks apps (fixed).', limit: limit(100, 'apps', 'workspace', false) },
  { id: 'databricks-apps.per-workspace-gcp', product: 'databricks-apps', kind: 'limit', status: 'current', source: GCP_LIMITS, clouds: ['gcp'],
    statement: 'On Google Cloud a workspace can have up to 50 Databricks apps (fixed).', limit: limit(50, 'apps', 'workspace', false) },
  { id: 'databricks-apps.not-public', product: 'databricks-apps', kind: 'guarantee', status: 'current',
    source: 'https://learn.microsoft.com/ja-jp/azure/databricks/dev-tools/databricks-apps/permissions',
    statement: 'A Databricks app cannot be made public: anonymous access and bypassing single sign-on are not supported; outside users must be onboarded as account users through identity federation.' },
  { id: 'databricks-apps.purpose', product: 'databricks-apps', kind: 'purpose', status: 'current',
    source: 'https://learn.microsoft.com/de-de/azure/databricks/dev-tools/databricks-apps/',
    statement: 'Databricks Apps run data and AI applications on the serverless platform, integrated with Unity Catalog, Databricks SQL and OAuth, billed per hour of provisioned capacity.' },

  // ── Identity ──────────────────────────────────────────────────────────────────────────
  { id: 'identity.users-and-sps-per-account', product: 'identity', kind: 'limit', status: 'current', source: AZURE_LIMITS,
    statement: 'An account can have up to 10,000 users and service principals together (not fixed).', limit: limit(10_000, 'users and service principals', 'account', true) },
  { id: 'identity.pat-lifetime', product: 'identity', kind: 'guarantee', status: 'current',
    source: 'https://learn.microsoft.com/ja-JP/azure/databricks/admin/access-control/tokens',
    statement: 'Users allowed to use personal access tokens can create them with any expiry, including an unlimited lifetime, unless a workspace admin sets a maximum lifetime for new tokens.' },
  { id: 'identity.admin-roles', product: 'identity', kind: 'guarantee', status: 'current',
    source: 'https://docs.databricks.com/gcp/en/data-governance/unity-catalog/manage-privileges/admin-privileges',
    statement: 'Account admin and metastore admin are highly privileged roles to distribute carefully: account admins control metastores, workspaces and admin roles; metastore admins own top-level securables and can create shares and recipients.' },
  { id: 'identity.groups-per-account', product: 'identity', kind: 'limit', status: 'current', source: AZURE_LIMITS,
    statement: 'An account can have up to 5,000 groups (fixed).', limit: limit(5000, 'groups', 'account', false) },

  // ── Lakeflow Jobs and pipelines ───────────────────────────────────────────────────────
  { id: 'lakeflow-jobs.concurrent-tasks-per-workspace', product: 'lakeflow-jobs', kind: 'limit', status: 'current', source: AZURE_LIMITS_CURRENT,
    statement: 'A workspace runs up to 2,000 job tasks at the same time (fixed).', limit: limit(2000, 'concurrent task runs', 'workspace', false) },
  { id: 'lakeflow-jobs.created-per-hour', product: 'lakeflow-jobs', kind: 'limit', status: 'current', source: AZURE_LIMITS,
    statement: 'A workspace can create up to 10,000 jobs per hour (fixed).', limit: limit(10_000, 'jobs created per hour', 'workspace', false) },
  { id: 'lakeflow-jobs.saved-jobs', product: 'lakeflow-jobs', kind: 'limit', status: 'current', source: AZURE_LIMITS,
    statement: 'A workspace can hold up to 10,000 saved jobs (fixed).', limit: limit(10_000, 'saved jobs', 'workspace', false) },
  { id: 'declarative-pipelines.concurrent-updates', product: 'declarative-pipelines', kind: 'limit', status: 'current', source: AZURE_LIMITS_CURRENT,
    statement: 'A workspace runs up to 200 pipeline updates at the same time (fixed).', limit: limit(200, 'concurrent pipeline updates', 'workspace', false) },

  // ── Zerobus Ingest ────────────────────────────────────────────────────────────────────
  { id: 'zerobus.at-least-once', product: 'zerobus', kind: 'guarantee', status: 'current', source: ZEROBUS_LIMITS,
    statement: 'Zerobus Ingest provides at-least-once delivery only: consumers must tolerate duplicates.' },
  { id: 'zerobus.throughput-per-stream', product: 'zerobus', kind: 'limit', status: 'current', source: ZEROBUS_QUOTAS,
    statement: 'Default throughput is 100 MB/s per gRPC stream (benchmarked with 1 KB messages; adjustable).', limit: limit(100, 'MB/s', 'stream', true) },
  { id: 'zerobus.records-per-stream', product: 'zerobus', kind: 'limit', status: 'current', source: ZEROBUS_QUOTAS,
    statement: 'Default rate is 100,000 records per second per stream (benchmarked with 1 KB messages; adjustable).', limit: limit(100_000, 'records/s', 'stream', true) },
  { id: 'zerobus.throughput-per-table', product: 'zerobus', kind: 'limit', status: 'current', source: ZEROBUS_QUOTAS,
    statement: 'Default throughput is 10 GB/s per target table (adjustable).', limit: limit(10_000, 'MB/s', 'target table', true) },
  { id: 'zerobus.time-to-table', product: 'zerobus', kind: 'guarantee', status: 'current', source: ZEROBUS_QUOTAS,
    statement: 'Records are durable after about 150 ms and reach the target Delta table after about 5 seconds.' },
  { id: 'zerobus.regions-aws', product: 'zerobus', kind: 'availability', status: 'current', source: ZEROBUS_LIMITS, clouds: ['aws'],
    statement: 'On AWS Zerobus Ingest is available in us-east-1, us-east-2, us-west-2, ca-central-1, ap-southeast-1, ap-southeast-2, ap-northeast-1, ap-northeast-2, ap-south-1, eu-central-1, eu-west-1, eu-west-2 and sa-east-1.' },

  // ── Auto Loader ───────────────────────────────────────────────────────────────────────
  { id: 'auto-loader.exactly-once', product: 'auto-loader', kind: 'guarantee', status: 'current',
    source: 'https://docs.databricks.com/ingestion/cloud-object-storage/auto-loader/faq.html',
    statement: 'Auto Loader processes each file exactly once unless cloudFiles.allowOverwrites is enabled; appended or overwritten files are not guaranteed to be processed in a given version.' },
  { id: 'auto-loader.scale', product: 'auto-loader', kind: 'purpose', status: 'current',
    source: 'https://docs.databricks.com/ingestion/cloud-object-storage/auto-loader/',
    statement: 'Auto Loader incrementally ingests new files from cloud storage and scales to near real-time ingestion of millions of files per hour.' },

  // ── Lakebase ──────────────────────────────────────────────────────────────────────────
  { id: 'lakebase.purpose', product: 'lakebase', kind: 'purpose', status: 'current',
    source: 'https://learn.microsoft.com/el-gr/Azure/databricks/oltp/projects/build-applications',
    statement: 'Lakebase gives applications a serverless Postgres (OLTP) database integrated with Databricks.' },
  { id: 'lakebase.instances-per-workspace', product: 'lakebase', kind: 'limit', status: 'current', source: LAKEBASE_INSTANCE,
    statement: 'Lakebase Provisioned allows up to ten database instances per workspace.', limit: limit(10, 'instances', 'workspace', null) },
  { id: 'lakebase.connections-per-instance', product: 'lakebase', kind: 'limit', status: 'current', source: LAKEBASE_INSTANCE,
    statement: 'A Lakebase Provisioned instance supports up to 1,000 concurrent connections.', limit: limit(1000, 'concurrent connections', 'instance', null) },
  { id: 'lakebase.size-per-instance', product: 'lakebase', kind: 'limit', status: 'current', source: LAKEBASE_INSTANCE,
    statement: 'The logical size of all databases in a Lakebase Provisioned instance is limited to 2 TB.', limit: limit(2, 'TB', 'instance', null) },
  { id: 'lakebase.workspace-scoped', product: 'lakebase', kind: 'data-location', status: 'current', source: LAKEBASE_INSTANCE,
    statement: 'A Lakebase instance is scoped to one workspace; other workspaces on the same metastore cannot read its tables.' },
  { id: 'lakebase.autoscaling-regions-aws', product: 'lakebase', kind: 'availability', status: 'current', clouds: ['aws'],
    source: 'https://docs.databricks.com/aws/en/oltp/projects/manage-projects',
    statement: 'On AWS Lakebase Autoscaling is available in us-east-1, us-east-2, us-west-2, eu-central-1, eu-west-1, ap-south-1, ap-southeast-1 and ap-southeast-2.' },

  // ── Genie ─────────────────────────────────────────────────────────────────────────────
  { id: 'genie.tables-per-space', product: 'genie', kind: 'limit', status: 'current', source: GENIE_SETUP,
    statement: 'A Genie space can include up to 30 tables or views.', limit: limit(30, 'tables or views', 'Genie space', null) },
  { id: 'genie.questions-per-minute', product: 'genie', kind: 'limit', status: 'current', source: GENIE_SETUP,
    statement: 'A workspace answers up to 20 Genie questions per minute across all spaces in the UI (contact the account team to scale).', limit: limit(20, 'questions/minute', 'workspace', true) },
  { id: 'genie.conversations-per-space', product: 'genie', kind: 'limit', status: 'current', source: GENIE_SETUP,
    statement: 'A Genie space supports up to 10,000 conversations of up to 10,000 messages each.', limit: limit(10_000, 'conversations', 'Genie space', null) },
  { id: 'genie.warehouse', product: 'genie', kind: 'purpose', status: 'current', source: GENIE_SETUP,
    statement: 'A Genie space needs a Pro or serverless SQL warehouse; its data must be registered in Unity Catalog.' },
  { id: 'genie.designated-service', product: 'genie', kind: 'data-location', status: 'current', source: DESIGNATED_SERVICES, clouds: ['azure'],
    statement: 'Genie is a Designated Service: it processes customer content within a geography (Geo) rather than only in the workspace region.' },

  // ── Model Serving and Foundation Model APIs ───────────────────────────────────────────
  { id: 'model-serving.qps-per-workspace', product: 'model-serving', kind: 'limit', status: 'current',
    source: 'https://learn.microsoft.com/en-gb/azure/databricks/machine-learning/model-serving/model-serving-limits',
    statement: 'Model Serving allows 200 queries per second per workspace by default (can be raised to 3,000 or more through the account team).', limit: limit(200, 'queries/s', 'workspace', true) },
  { id: 'fmapi.pay-per-token-standards', product: 'foundation-model-apis', kind: 'compliance', status: 'current', source: FMAPI_COMPLIANCE, clouds: ['aws'],
    statement: 'With the compliance security profile, pay-per-token Foundation Model APIs are available only when the compliance standard is HIPAA or None; PCI-DSS, FedRAMP, IRAP, CCCS and UK Cyber Essentials Plus are not supported for pay-per-token.' },
  { id: 'fmapi.provisioned-throughput-standards', product: 'foundation-model-apis', kind: 'compliance', status: 'current', source: FMAPI_COMPLIANCE,
    statement: 'Provisioned throughput supports HIPAA in all regions and PCI-DSS, FedRAMP, IRAP, CCCS and UK Cyber Essentials Plus in supported regions; it is recommended for workloads that need more than HIPAA.' },
  { id: 'fmapi.geo-processing', product: 'foundation-model-apis', kind: 'data-location', status: 'current', source: DESIGNATED_SERVICES, clouds: ['azure'],
    statement: 'Foundation Model APIs are a Designated Service: pay-per-token models for a US workspace run in the United States, for an EU Data Boundary workspace in the EU Data Boundary, and are unavailable in other geographies.' },

  // ── Compliance security profile ───────────────────────────────────────────────────────
  { id: 'csp.pci-serverless-aws', product: 'compliance-security-profile', kind: 'compliance', status: 'current', source: PCI_TRUST, clouds: ['aws'],
    statement: 'Most serverless workloads are not covered for PCI-DSS; on AWS only Databricks SQL Serverless is covered, in us-east-1, us-west-2 and ap-southeast-2.' },
  { id: 'csp.pci-serverless-azure', product: 'compliance-security-profile', kind: 'compliance', status: 'current', source: PCI_TRUST, clouds: ['azure'],
    statement: 'On Azure serverless workloads are not covered for PCI-DSS.' },
  { id: 'csp.required-and-add-on', product: 'compliance-security-profile', kind: 'compliance', status: 'current',
    source: 'https://docs.databricks.com/en/security/privacy/security-profile.html',
    statement: 'Processing PCI-DSS regulated data requires the compliance security profile (for PHI on Azure it is strongly recommended), and the account must include the Enhanced Security and Compliance add-on to enable it.' },
  { id: 'csp.hipaa-regions', product: 'compliance-security-profile', kind: 'compliance', status: 'current', source: 'https://databricks.com/trust/hipaa',
    statement: 'Databricks HIPAA compliance options are available in all regions on AWS, Azure and Google Cloud.' },
  { id: 'csp.fedramp-high-govcloud', product: 'compliance-security-profile', kind: 'compliance', status: 'current', clouds: ['aws'],
    source: 'https://databricks.github.io/sdk-js/api/variables/_databricks_sdk-cleanrooms.v1.ComplianceStandard.html',
    statement: 'The FedRAMP High compliance standard is only available in AWS GovCloud; FedRAMP Moderate is a separate standard.' },

  // ── Private connectivity ──────────────────────────────────────────────────────────────
  { id: 'private-connectivity.serverless-separate', product: 'private-connectivity', kind: 'guarantee', status: 'current', clouds: ['azure'],
    source: 'https://learn.microsoft.com/ja-jp/azure/databricks/security/network/concepts/private-link',
    statement: 'Private Link comes in three kinds: inbound (front-end), outbound from serverless compute, and classic compute plane (back-end); with back-end Private Link alone, serverless data access still goes over the public network.' },
  { id: 'private-connectivity.mandate-needs-back-end', product: 'private-connectivity', kind: 'guarantee', status: 'current',
    source: 'https://docs.databricks.com/security/network/front-end/front-end-private-connect.html',
    statement: 'A workspace can reject all public connections only when both front-end and back-end private connectivity are configured.' },
  { id: 'private-connectivity.aws-vpc-endpoints', product: 'private-connectivity', kind: 'limit', status: 'current', source: AWS_LIMITS, clouds: ['aws'],
    statement: 'An AWS account can register up to 110 VPC endpoints for PrivateLink (fixed).', limit: limit(110, 'VPC endpoint registrations', 'account', false) },

  // ── Partner attribution ───────────────────────────────────────────────────────────────
  { id: 'partner-attribution.user-agent', product: 'partner-attribution', kind: 'purpose', status: 'current',
    source: 'https://databrickslabs.github.io/partner-architecture/isv-partners/telemetry-attribution',
    statement: 'Partners set a User-Agent `<isv-name_product-name>/<product-version>` on API, SDK, SQL connector and Lakebase connections so usage is attributed to their product.' },

  // ── PWAF Built-On requirements ────────────────────────────────────────────────────────
  { id: 'pwaf.checklist-lineage', product: 'pwaf', kind: 'purpose', status: 'current', source: CHECKLIST,
    statement: 'The Built-On checklist requires data lineage enabled as part of the Unity Catalog must-haves.' },
  { id: 'pwaf.checklist-grants', product: 'pwaf', kind: 'purpose', status: 'current', source: CHECKLIST,
    statement: 'The Built-On checklist requires access control grants defined as part of the Unity Catalog must-haves.' },
  { id: 'pwaf.checklist-secrets', product: 'pwaf', kind: 'purpose', status: 'current', source: CHECKLIST,
    statement: 'The Built-On checklist requires secrets stored in Databricks Secrets or a cloud provider secret manager, and names long-lived PATs hard-coded in code or config files as an anti-pattern.' },
  { id: 'pwaf.checklist-automation', product: 'pwaf', kind: 'purpose', status: 'current', source: CHECKLIST,
    statement: 'The Built-On checklist requires all infrastructure as code, automated workspace provisioning and Unity Catalog setup, and names manual configuration through the UI as an anti-pattern.' },
  { id: 'pwaf.partner-control', product: 'pwaf', kind: 'purpose', status: 'current',
    source: 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models',
    statement: 'Partner control over the platform is high for Partner Hosted, medium for Hybrid and Side Car and none for Customer Managed; Side Car and Customer Managed require a customer Databricks account.' },
  { id: 'pwaf.customer-managed-role', product: 'pwaf', kind: 'purpose', status: 'current',
    source: 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models/customer-managed',
    statement: 'In Customer Managed deployments the customer owns and operates the workspace and account; the partner provides enablement rather than operations, and program benefits are limited by telemetry.' },
];
