// The one definition of the .sow.yaml format: key order, types, titles, descriptions, choices.
// scripts/gen-sow-format.mjs turns it into the JSON Schema, docs/format.md and the starter example.
// Descriptions say what the template asks and why a reviewer cares (our own words).

const obj = (title, desc, props, extra = {}) => ({ kind: 'object', title, desc, props, ...extra });
const leaf = (kind) => (title, desc) => ({ kind, title, desc });
const str = leaf('string');
const md = (title, desc) => ({ kind: 'text', title, desc: `${desc} Markdown allowed.` });
const date = leaf('date');
const url = leaf('url');
const bool = leaf('bool');
const count = leaf('count');
const amount = leaf('amount');
const pct = leaf('percent');
const growth = leaf('growth');
const version = leaf('version');
const list = (title, desc, itemTitle = 'One entry. Markdown allowed.') => ({ kind: 'list', title, desc: `${desc} Each item may use Markdown.`, itemTitle });
/**
 * options: [slug, template label, why a reviewer cares, { labels, detail }?] — `labels`: other
 * wordings of the option in the template; `detail`: the sibling key that takes the text the
 * template asks for after the option ("Yes, required for [...]" → gov_sovereign_for).
 */
const choice = (title, desc, options, extra = {}) => ({ kind: 'choice', title, desc, options, ...extra });
const multi = (title, desc, options, extra = {}) => ({ kind: 'multi', title, desc, options, ...extra });
/**
 * The template's own wording for a field where it differs from our title (how the importer finds
 * the field in a filled template): `labelled(['Author(s)'], list(...))`.
 */
const labelled = (labels, node) => ({ ...node, labels });
const table = (title, desc, rowTitle, rowProps) => ({ kind: 'table', title, desc, row: obj(rowTitle, `One row of ${title}.`, rowProps) });

const LEVEL = [
  ['high', 'High', ''],
  ['medium', 'Medium', ''],
  ['low', 'Low', ''],
];
const riskTable = (title, what) =>
  table(title, `${what} Each row names a risk, how bad and how likely it is, and what you will do about it. Reviewers expect the anti-patterns this document still contains to appear here with a mitigation.`, 'Risk', [
    ['risk', md('Risk', 'What could go wrong.')],
    ['impact', choice('Impact', 'How much harm the risk does if it happens.', LEVEL)],
    ['likelihood', choice('Likelihood', 'How likely the risk is to happen.', LEVEL)],
    ['mitigation', md('Mitigation', 'What you do to prevent or limit it, ideally with an owner or phase.')],
  ]);
const metricRow = (title, desc, cell) =>
  obj(title, desc, [
    ['current', labelled(['Current State'], cell('Current', `${title} today.`))],
    ['month_6', cell('6-month target', `${title} six months from now.`)],
    ['month_12', cell('12-month target', `${title} twelve months from now.`)],
  ]);
const projection = (when) =>
  obj(`${when}`, `Projected customers and workspaces at ${when}.`, [
    ['customers', count('Customers', `Number of customers at ${when}.`)],
    ['workspaces', count('Workspaces', `Number of Databricks workspaces at ${when}; drives account limits and provisioning automation.`)],
    ['avg_workspaces_per_customer', labelled(['Avg Workspaces/Customer'], amount('Avg workspaces per customer', 'Workspaces divided by customers; should agree with the two columns before it.'))],
  ]);
const scaleFigures = (when, withGrowth) => {
  const g = (key, what) => (withGrowth ? [[`${key}_growth_pct`, growth(`${what} growth`, `Growth of ${what.toLowerCase()} against today, in percent.`)]] : []);
  return obj(when, `Scale figures ${when === 'Current' ? 'today' : `targeted at ${when.toLowerCase()}`}.`, [
    ['customers', count('Customers', 'Number of customers.')],
    ...g('customers', 'Customers'),
    ['data_volume_tb', amount('Data volume (TB)', 'Total data under management, in terabytes.')],
    ...g('data_volume', 'Data volume'),
    ['daily_queries', count('Daily queries', 'Queries per day across all customers.')],
    ...g('daily_queries', 'Daily queries'),
    ['daily_jobs', count('Daily jobs', 'Job runs per day across all customers.')],
    ...g('daily_jobs', 'Daily jobs'),
  ]);
};
const targetTable = (title, desc) =>
  table(title, desc, 'Metric', [
    ['metric', str('Metric', 'What is measured.')],
    ['target', labelled(['SLA Target'], str('Target', 'The target value as text, e.g. `100%`, `< 5 seconds`, `99.5%`.'))],
    ['measurement', labelled(['Measurement Method'], str('Measurement', 'How the value is measured (system tables, query history, CRM …).'))],
  ]);
const signatory = (title) =>
  obj(title, `Sign-off by the ${title}. The template requires approval before implementation starts.`, [
    ['name', str('Name', `Name of the ${title}.`)],
    ['signed', labelled(['Signature'], bool('Signed', 'Whether this person has approved the document.'))],
    ['date', date('Date', 'Date of the sign-off, YYYY-MM-DD.')],
  ]);
const STATUS_HOW = 'Explain how (if using), the timeline (if roadmapped) or why not and what you use instead (if not using).';
const product = (title, desc, props) => obj(title, `${desc} ${STATUS_HOW}`, props, { product: true });

/** The shape every §3.3 product shares; products add their own keys after these. */
export const productUsage = obj('Product usage', 'Whether the product is used, roadmapped or not used, and the explanation.', [
  [
    'status',
    choice('Usage status', 'Whether the product is part of the architecture. PWAF favours Databricks-native products; not using one needs a reason and an alternative.', [
      ['using', 'Using', 'part of the architecture now', { detail: 'details' }],
      ['roadmapped', 'Roadmapped', 'planned; give the timeline in details', { detail: 'details' }],
      ['not-using', 'Not Using', 'not planned; say why and what you use instead', { detail: 'details' }],
    ]),
  ],
  ['details', md('Details', STATUS_HOW)],
]);

const CLOUDS = [
  ['aws', 'AWS', ''],
  ['azure', 'Azure', ''],
  ['gcp', 'GCP', ''],
];
const DEPLOYMENT_MODELS = [
  ['partner-hosted', 'Partner Hosted SaaS', 'you own and run Databricks; customers use your service'],
  ['hybrid', 'Hybrid', 'you run the control plane; the data plane is in the customer\'s cloud account'],
  ['side-car', 'Side Car', 'federated pattern built on Delta Sharing'],
  ['customer-managed', 'Customer Managed', 'the customer owns the Databricks infrastructure; PWAF program benefits are limited'],
];

export const root = obj(
  'Built-On Databricks Architecture Statement of Work',
  'The technical blueprint of a Built-On Databricks product, written before implementation and reviewed by the Databricks Built-On team against the Partner Well-Architected Framework (PWAF).',
  [
    ['sow', { kind: 'const', value: 1, title: 'Format version', desc: 'Version of the `.sow.yaml` format. Always `1` for now; lets tools recognise the file and migrate it later.' }],
    [
      'header',
      obj('Document header', 'Who wrote the document, for which product, and who the Databricks counterparts are.', [
        ['partner_name', str('Partner name', 'Your company name as registered with the Databricks partner program.')],
        ['product_name', str('Product name', 'The product or solution this SOW describes.')],
        ['document_version', version('Document version', 'Version of this document, e.g. `"1.0"` (quote it so YAML keeps it as text). Should match the latest version history row.')],
        ['date', date('Date', 'Date of this version, YYYY-MM-DD.')],
        ['authors', labelled(['Author(s)'], list('Authors', 'Technical lead(s) who wrote the document.', 'Author name'))],
        ['databricks_sponsor', str('Databricks sponsor', 'Your Databricks Partner Development Manager.')],
        ['databricks_sa', str('Databricks SA', 'The Databricks Solutions Architect supporting the build.')],
      ], { required: ['partner_name', 'product_name', 'document_version', 'date'] }),
    ],
    [
      'executive_summary',
      obj('Executive summary', 'The business case in brief: problem, market, product and the figures the review will check the architecture against.', [
        [
          'business_overview',
          obj('Business overview', 'The problem, who has it and why your product solves it.', [
            ['problem_statement', md('Problem statement', 'The business problem the product solves, in two or three sentences.')],
            [
              'target_market',
              obj('Target market', 'Who buys the product and where; geography drives data-residency and region choices.', [
                ['industry_vertical', str('Industry / vertical', 'e.g. Retail/CPG, Healthcare, Financial Services. Regulated industries raise compliance expectations.')],
                ['customer_profile', str('Customer profile', 'The typical customer, e.g. mid-market retailers with $50M–500M revenue.')],
                ['geographic_focus', str('Geographic focus', 'e.g. North America, EMEA, Global. Several regions mean several metastores and residency planning.')],
              ]),
            ],
            ['value_proposition', md('Value proposition', 'The unique value the product delivers and how Databricks enables it.')],
          ]),
        ],
        [
          'product_overview',
          obj('Product overview', 'What the product is and when it goes live.', [
            ['product_name', str('Product name', 'Name of the product (usually the header\'s product name).')],
            ['product_type', str('Product type', 'e.g. AI-powered demand forecasting, customer analytics platform.')],
            ['go_live_target', date('Go-live target', 'Planned general availability date, YYYY-MM-DD; should match the General Availability milestone.')],
            ['initial_customer_target', count('Initial customer target', 'Number of customers expected at GA; should match "Customers at GA" in the business success metrics.')],
            ['key_features', list('Key features', 'The main features of the product (the template asks for three).', 'Feature')],
          ]),
        ],
        [
          'business_metrics',
          obj('Business metrics', 'Customers, consumption and spend now and at 6 and 12 months. Reviewers check these against each other (annual spend ≈ monthly DBUs × 12 × price per DBU) and against the tenancy projections.', [
            ['customers', metricRow('Customers', 'Number of customers.', count)],
            ['monthly_dbus', metricRow('Est. monthly DBUs', 'Estimated Databricks Units consumed per month.', amount)],
            ['annual_dbu_spend_usd', metricRow('Est. annual DBU spend (USD)', 'Estimated yearly Databricks spend in US dollars.', amount)],
            ['workspaces', metricRow('Workspaces', 'Number of Databricks workspaces.', count)],
          ]),
        ],
      ]),
    ],
    [
      'business_requirements',
      obj('1. Business requirements', 'Customers, pricing and the regulatory constraints the architecture must satisfy.', [
        [
          'customer_segments',
          obj('1.1 Customer segments', 'Who the customers are and how they use the product; sizes compute and tenancy.', [
            ['primary_customer_segment', md('Primary customer segment', 'Your primary target customer.')],
            [
              'expected_usage',
              obj('Expected usage patterns', 'Per-customer load figures that size compute, warehouses and tenancy.', [
                ['data_volume_per_customer_tb_month', amount('Data volume per customer (TB/month)', 'New data per customer per month, in terabytes.')],
                ['queries_per_day', labelled(['Query Frequency'], count('Queries per day', 'Queries per customer per day.'))],
                ['jobs_per_day', count('Jobs per day', 'Job runs per customer per day.')],
                ['concurrent_users_per_customer', labelled(['Concurrent Users'], count('Concurrent users per customer', 'Peak number of users of one customer active at the same time; sizes SQL warehouses and identity limits.'))],
                ['peak_usage_times', md('Peak usage times', 'Time zones, business hours and batch windows when load peaks.')],
              ]),
            ],
          ]),
        ],
        [
          'pricing_packaging',
          obj('1.2 Pricing & packaging', 'How the product is priced and how Databricks costs flow into that price; decides how precisely cost must be attributed per customer.', [
            [
              'pricing_model',
              choice('Pricing model', 'How customers pay for the product. Usage-based pricing needs exact per-customer cost attribution.', [
                ['subscription', 'Subscription (flat fee)', ''],
                ['usage-based', 'Usage-based (consumption)', ''],
                ['hybrid', 'Hybrid (base + overage)', ''],
                ['tiered', 'Tiered (Good/Better/Best)', ''],
              ]),
            ],
            [
              'databricks_cost_in_pricing',
              labelled(['How do Databricks costs factor into your pricing?'], choice('Databricks cost in pricing', 'How Databricks costs factor into your price.', [
                ['pass-through', 'Pass-through', 'customers pay the Databricks cost as it occurs'],
                ['margin', 'Margin', 'a margin on top of the Databricks cost'],
                ['bundled', 'Bundled', 'included in the product price'],
              ])),
            ],
            [
              'customer_dbu_visibility',
              labelled(['What visibility do customers have into DBU consumption?'], choice('Customer visibility into DBUs', 'What customers see of their DBU consumption.', [
                ['full', 'Full transparency', ''],
                ['summary', 'Summary only', ''],
                ['none', 'None', ''],
              ])),
            ],
          ]),
        ],
        [
          'regulatory_compliance',
          obj('1.3 Regulatory & compliance requirements', 'Residency, frameworks and data classes; these decide the deployment model, encryption, network and masking controls.', [
            [
              'data_residency',
              multi('Data residency', 'Where customer data must stay. Data that must stay in the customer\'s cloud account rules out Partner Hosted SaaS.', [
                ['customer-region', 'Data must remain in customer\'s region', ''],
                ['customer-cloud-account', 'Data must remain in customer\'s cloud account', 'needs Hybrid, Side Car or Customer Managed'],
                ['partner-centralized', 'Data can be centralized in partner environment', ''],
                ['hybrid', 'Hybrid (some data centralized, some in customer environment)', ''],
              ]),
            ],
            [
              'compliance_frameworks',
              multi('Compliance frameworks', 'Frameworks the product must comply with. HIPAA needs a BAA and the compliance security profile; FedRAMP Moderate needs the compliance security profile, FedRAMP High and DoD IL5 a government cloud.', [
                ['gdpr', 'GDPR', ''],
                ['hipaa', 'HIPAA', 'PHI only with a BAA and the compliance security profile'],
                ['soc-2', 'SOC 2', ''],
                ['fedramp-govcloud', 'FedRAMP / GovCloud', 'state the level: Moderate via the compliance security profile, High/IL5 in AWS GovCloud'],
              ], { other: true }),
            ],
            [
              'data_classification',
              multi('Data classification', 'Kinds of data the product processes. Sensitive classes call for masking, CMK and private connectivity.', [
                ['pii', 'PII (Personally Identifiable Information)', ''],
                ['phi', 'PHI (Protected Health Information)', ''],
                ['pci', 'PCI (Payment Card Data)', 'requires the compliance security profile'],
                ['confidential', 'Confidential Business Data', ''],
                ['public', 'Public/Non-sensitive', ''],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'deployment',
      obj('2. Deployment model', 'Who runs Databricks, how tenants are separated and on which clouds.', [
        [
          'model',
          choice('2.1 Deployment model', 'Who owns and operates the Databricks infrastructure. The PWAF checklist requires the model to be chosen and documented.', [
            ...DEPLOYMENT_MODELS,
            ['multiple', 'Multiple Models', 'different models for different segments; fill in multiple_models'],
          ]),
        ],
        [
          'multiple_models',
          labelled(['If Multiple Models'], table('Deployment model per segment', 'Only for Multiple Models: which segment gets which model and why.', 'Segment', [
            ['customer_segment', str('Customer segment', 'The customer segment.')],
            ['deployment_model', choice('Deployment model', 'The model used for this segment.', DEPLOYMENT_MODELS)],
            ['justification', md('Justification', 'Why this model suits the segment.')],
          ])),
        ],
        [
          'tenancy',
          obj('2.2 Workspace tenancy strategy', 'How SaaS customers are mapped to workspaces; affects isolation, account limits, cost attribution and operations.', [
            [
              'strategy',
              labelled(['For SaaS deployments, how will you handle multi-tenancy?'], choice('Tenancy strategy', 'How customers share workspaces.', [
                ['workspace-per-tenant', 'Workspace per Tenant', 'each customer gets a dedicated workspace; strongest isolation, needs automated provisioning'],
                ['multi-tenant-workspace', 'Multi-Tenant Workspace', 'customers share workspaces; needs catalog/schema/row isolation and per-customer cost split'],
                ['hybrid', 'Hybrid Workspace Tenancy', 'dedicated or shared by customer tier'],
              ])),
            ],
            ['justification', md('Justification', 'Why this tenancy: isolation needs, operational overhead, scale limits and cost.')],
            [
              'scale_projections',
              obj('Scale projections', 'Customers and workspaces at 6, 12 and 24 months; checked against workspace limits and the business metrics.', [
                ['months_6', projection('6 months')],
                ['months_12', projection('12 months')],
                ['months_24', projection('24 months')],
              ]),
            ],
          ]),
        ],
        [
          'cloud',
          obj('2.3 Multi-cloud strategy', 'Clouds the product runs on; GovCloud and sovereign needs change which features are available.', [
            ['primary', choice('Primary cloud', 'The main cloud provider.', CLOUDS)],
            [
              'multi_cloud',
              choice('Multi-cloud plans', 'Whether the product runs on more than one cloud.', [
                ['single-cloud', 'Single cloud only', ''],
                ['multi-cloud', 'Multi-cloud', 'name the secondary clouds', { detail: 'secondary_clouds' }],
              ]),
            ],
            ['secondary_clouds', multi('Secondary clouds', 'Additional clouds for multi-cloud.', CLOUDS)],
            [
              'gov_sovereign',
              choice('GovCloud / sovereign cloud', 'Whether a government or sovereign cloud is needed, e.g. for FedRAMP High or DoD IL5 (FedRAMP Moderate is available in commercial regions).', [
                ['required', 'Yes, required', 'say for whom in gov_sovereign_for', { detail: 'gov_sovereign_for' }],
                ['not-required', 'Not required', ''],
                ['roadmapped', 'Roadmapped', ''],
              ]),
            ],
            ['gov_sovereign_for', str('GovCloud required for', 'Who needs it: government, defence, specific countries.')],
          ]),
        ],
      ]),
    ],
    [
      'architecture',
      obj('3. Technical architecture', 'The diagram, data flow, Databricks products, external dependencies and compute.', [
        [
          'diagram',
          obj('3.1 Reference architecture diagram', 'Required by the template: data sources and ingestion, Databricks components, external services, end-user interfaces, network boundaries and security zones.', [
            [
              'show',
              choice('Diagram shown in the preview', 'Which diagram the preview shows.', [
                ['generated', 'Generated', 'drawn from this document'],
                ['custom', 'Custom', 'your Mermaid source in `mermaid`'],
                ['both', 'Both', ''],
              ], { recommended: 'generated' }),
            ],
            ['mermaid', md('Mermaid source', 'Your own diagram as Mermaid source (a block scalar `|`); shown when `show` is `custom` or `both`.')],
            ['tool', str('Diagram tool', 'Tool of the editable original, e.g. Lucidchart, Draw.io, Mermaid.')],
            ['editable_link', url('Link to editable version', 'URL of the editable diagram source, so reviewers can comment on it.')],
            ['image', str('Attached image', 'Path or URL of an exported image of the diagram, if you attach one.')],
            [
              'shows',
              multi('Diagram covers', 'Which of the template\'s required elements the diagram shows.', [
                ['data-sources', 'Data sources and ingestion paths', ''],
                ['databricks-components', 'Databricks components (compute, storage, governance)', ''],
                ['external-services', 'External services and integrations', ''],
                ['end-user-interfaces', 'End-user interfaces', ''],
                ['network-boundaries', 'Network boundaries and security zones', ''],
              ]),
            ],
          ]),
        ],
        [
          'data_flow',
          obj('3.2 Data flow', 'Where data comes from and how it moves through the medallion layers to users.', [
            [
              'sources',
              table('Data sources', 'Each source system, its volume and frequency, and how it is ingested.', 'Data source', [
                ['source_type', str('Source type', 'The source system, e.g. Salesforce, S3 bucket.')],
                ['description', md('Description', 'What data it provides.')],
                ['volume', str('Volume', 'Data volume with unit, e.g. `100 GB/day`.')],
                ['frequency', str('Frequency', 'e.g. Hourly, Daily, Streaming.')],
                ['ingestion_method', str('Ingestion method', 'e.g. Lakeflow Connect, Auto Loader, REST API.')],
              ]),
            ],
            [
              'layers',
              labelled(['Data Transformation Pipeline', 'Describe each stage'], obj('Transformation pipeline', 'What happens in each layer from raw data to serving.', [
                ['bronze', md('Bronze layer', 'Raw ingestion, minimal transformation.')],
                ['silver', md('Silver layer', 'Data quality, deduplication, normalisation.')],
                ['gold', md('Gold layer', 'Business logic, aggregates, denormalisation.')],
                ['serving', md('Serving layer', 'How data reaches end users and applications.')],
              ])),
            ],
          ]),
        ],
        [
          'products',
          obj('3.3 Databricks product usage', 'For each Databricks product: using, roadmapped or not using, with details. Not using a native product should name the alternative.', [
            [
              'unity_catalog',
              product('Unity Catalog', 'Governance, lineage and access control. Mandatory for Built-On products.', [
                [
                  'design_pattern',
                  multi('Unity Catalog design pattern', 'How tenants are separated in Unity Catalog. Shared workspaces need catalog-, schema- or row-level isolation.', [
                    ['catalog-per-customer', 'Catalog per customer', 'strong isolation; mind the catalogs-per-metastore limit'],
                    ['schema-per-tenant', 'Schema per tenant', 'mind the schemas-per-catalog limit'],
                    ['multi-tenant-rls', 'Multi-tenant tables with RLS', 'needs row filters and per-tenant identities'],
                    ['hub-and-spoke', 'Hub-and-spoke (shared + customer catalogs)', 'shared hub catalog plus customer catalogs'],
                  ], { other: true }),
                ],
              ]),
            ],
            [
              'lakeflow',
              product('Lakeflow (data engineering)', 'Ingestion, declarative pipelines and orchestration.', [
                [
                  'components',
                  multi('Lakeflow components', 'Which Lakeflow parts you use.', [
                    ['lakeflow-connect', 'Lakeflow Connect (ingestion connectors)', ''],
                    ['auto-loader', 'Auto Loader (cloud storage ingestion)', ''],
                    ['declarative-pipelines', 'Delta Live Tables (declarative pipelines)', 'now called Lakeflow Spark Declarative Pipelines'],
                    ['lakeflow-jobs', 'Lakeflow Jobs (orchestration)', ''],
                  ], { other: true }),
                ],
              ]),
            ],
            [
              'dbsql',
              product('DBSQL (data warehousing)', 'SQL warehouses for analytics, serving and BI.', [
                [
                  'warehouse_type',
                  multi('Warehouse type', 'Kinds of SQL warehouse. Databricks recommends serverless; classic starts slowly and scales only after queueing.', [
                    ['classic', 'Classic', ''],
                    ['serverless', 'Serverless', ''],
                  ], { recommended: 'serverless' }),
                ],
                ['warehouse_count', labelled(['Estimated # of Warehouses'], count('Estimated number of warehouses', 'How many SQL warehouses you expect to run.'))],
                [
                  'warehouse_sizing',
                  multi('Warehouse sizing', 'Warehouse sizes you expect to use.', [
                    ['small', 'Small', ''],
                    ['medium', 'Medium', ''],
                    ['large', 'Large', ''],
                    ['x-large', 'X-Large', ''],
                  ]),
                ],
              ]),
            ],
            [
              'lakebase',
              product('Lakebase (OLTP database)', 'Managed Postgres for transactional data, app state and caching.', [
                [
                  'external_oltp',
                  labelled(['If NOT using Lakebase, what external OLTP database?'], multi('External OLTP database', 'If not using Lakebase: the transactional database you use instead.', [
                    ['postgresql', 'PostgreSQL', ''],
                    ['mysql', 'MySQL', ''],
                    ['singlestore', 'SingleStore', ''],
                    ['sql-server', 'SQL Server', ''],
                  ], { other: true })),
                ],
              ]),
            ],
            [
              'aibi_genie',
              product('AI/BI & Genie', 'Dashboards, conversational analytics and the consumption UI.', [
                [
                  'components',
                  multi('AI/BI components', 'Which AI/BI parts you use.', [
                    ['aibi-dashboards', 'AI/BI Dashboards (low-code visualization)', ''],
                    ['genie', 'Genie (conversational analytics)', ''],
                    ['databricks-one', 'Databricks One (simplified consumption UI)', ''],
                  ]),
                ],
                [
                  'bi_tools',
                  labelled(['If NOT using AI/BI Dashboards, what BI tool?'], multi('BI tool', 'If not using AI/BI Dashboards: the BI tool you use instead.', [
                    ['power-bi', 'Power BI', ''],
                    ['tableau', 'Tableau', ''],
                    ['looker', 'Looker', ''],
                    ['custom', 'Custom/Bespoke', ''],
                  ], { other: true })),
                ],
              ]),
            ],
            [
              'databricks_apps',
              product('Databricks Apps', 'Streamlit, Dash or Gradio apps hosted on Databricks; "not using" means your apps run elsewhere.', [
                [
                  'external_hosting',
                  labelled(['If apps run externally, where?'], multi('External app hosting', 'If apps run outside Databricks: where. The backend must then proxy every Databricks call so credentials never reach the client.', [
                    ['kubernetes', 'Kubernetes', ''],
                    ['cloud-vms', 'Cloud VMs (EC2, Azure VM)', ''],
                    ['serverless-functions', 'Serverless (Lambda, Cloud Functions, Azure Functions)', ''],
                    ['container-services', 'Container services (ECS, Cloud Run, Azure Container Apps)', ''],
                  ], { other: true })),
                ],
              ]),
            ],
            [
              'agent_bricks',
              product('Agent Bricks (GenAI/ML)', 'Model serving, vector search, agents and the ML lifecycle.', [
                [
                  'components',
                  multi('Agent Bricks components', 'Which GenAI/ML parts you use.', [
                    ['foundation-model-apis', 'Foundation Model APIs (LLM serving)', ''],
                    ['model-serving', 'Model Serving (custom models)', ''],
                    ['vector-search', 'Vector Search (embeddings, RAG)', ''],
                    ['agent-framework', 'Agent Framework (multi-agent workflows)', ''],
                    ['ai-gateway', 'AI Gateway (centralized model access)', 'governs external model traffic'],
                    ['mlflow', 'MLflow (ML lifecycle management)', ''],
                    ['feature-store', 'Feature Store', ''],
                  ]),
                ],
                [
                  'alternative_stack',
                  labelled(['If NOT using Databricks Agent Bricks, what AI/ML stack?'], obj('Alternative AI/ML stack', 'If not using Agent Bricks: the AI/ML stack you use instead.', [
                    [
                      'llm_providers',
                      multi('LLM provider', 'External LLM providers.', [
                        ['openai', 'OpenAI', ''],
                        ['anthropic', 'Anthropic', ''],
                        ['google-gemini', 'Google Gemini', ''],
                      ], { other: true }),
                    ],
                    [
                      'vector_dbs',
                      multi('Vector DB', 'External vector databases.', [
                        ['pinecone', 'Pinecone', ''],
                        ['weaviate', 'Weaviate', ''],
                        ['opensearch', 'OpenSearch', ''],
                      ], { other: true }),
                    ],
                    [
                      'ml_platforms',
                      multi('ML platform', 'External ML platforms.', [
                        ['sagemaker', 'SageMaker', ''],
                        ['vertex-ai', 'Vertex AI', ''],
                        ['azure-ml', 'Azure ML', ''],
                      ], { other: true }),
                    ],
                  ])),
                ],
              ]),
            ],
            [
              'delta_sharing',
              product('Delta Sharing', 'Sharing data internally, with external recipients or on Marketplace. The Side Car model is built on it.', [
                [
                  'patterns',
                  multi('Sharing patterns', 'Who you share with.', [
                    ['internal', 'Internal', ''],
                    ['external', 'External', ''],
                    ['marketplace', 'Marketplace', ''],
                  ]),
                ],
              ]),
            ],
            [
              'zerobus',
              product('ZeroBus (streaming ingestion)', 'Push-based ingestion into Delta tables.', [
                [
                  'protocols',
                  multi('Protocols', 'How producers push data.', [
                    ['grpc', 'gRPC', ''],
                    ['rest', 'REST', ''],
                  ]),
                ],
              ]),
            ],
          ]),
        ],
        [
          'external_dependencies',
          table('3.4 External dependencies', 'Critical services outside Databricks, why they are external and whether they will move to a Databricks product.', 'External dependency', [
            ['service', str('Service', 'e.g. PostgreSQL, Airflow, OpenAI.')],
            ['purpose', str('Purpose', 'What it does in the product.')],
            ['why_external', md('Why external?', 'Why this runs outside Databricks.')],
            ['migration_plan', md('Migration plan to Databricks', 'Plan to move it to a Databricks product (Lakebase, Lakeflow Jobs, Foundation Model APIs …), or why not.')],
          ]),
        ],
        [
          'compute',
          obj('3.5 Compute strategy', 'Compute types and the guard-rails (policies, autoscaling, auto-termination) that control cost and tagging.', [
            [
              'types',
              choice('Compute types', 'Classic or serverless compute. Serverless usage is tagged only through serverless budget policies.', [
                ['classic', 'Classic Compute (customer VPC)', ''],
                ['serverless', 'Serverless Compute (fully managed)', ''],
                ['hybrid', 'Hybrid (mix of classic and serverless)', ''],
              ]),
            ],
            [
              'policies',
              choice('Compute policies', 'Whether cluster policies constrain compute. Ad-hoc clusters break tagging and cost control.', [
                ['yes', 'Yes, cluster policies will enforce settings', 'list what in policy_enforces', { labels: ['Yes, cluster policies will enforce'], detail: 'policy_enforces' }],
                ['no', 'No, users create ad-hoc clusters', ''],
              ], { recommended: 'yes', antipatterns: ['no'] }),
            ],
            [
              'policy_enforces',
              multi('Policies enforce', 'What the cluster policies enforce.', [
                ['instance-types', 'Instance types', ''],
                ['auto-termination', 'Auto-termination', ''],
                ['autoscaling', 'Autoscaling', ''],
                ['tags', 'Tags', ''],
              ]),
            ],
            [
              'autoscaling',
              obj('Autoscaling strategy', 'Worker range and idle shutdown for classic clusters.', [
                ['min_workers', count('Min workers', 'Smallest number of workers.')],
                ['max_workers', count('Max workers', 'Largest number of workers; at least min_workers.')],
                ['auto_termination_minutes', count('Auto-termination (minutes)', 'Idle minutes before a cluster stops. 0 disables it, which risks runaway cost.')],
              ]),
            ],
            [
              'spot',
              choice('Spot / preemptible instances', 'Whether workers may use spot capacity. Spot suits non-critical work; keep drivers on demand.', [
                ['non-critical', 'Yes, for non-critical workloads', ''],
                ['on-demand-only', 'No, on-demand only', ''],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'governance_security',
      obj('4. Data governance & security', 'Unity Catalog adoption, identities and authentication, and data protection.', [
        [
          'unity_catalog',
          obj('4.1 Unity Catalog implementation', 'How much data Unity Catalog governs and how catalogs are organised and bound to workspaces.', [
            [
              'adoption',
              choice('Unity Catalog adoption', 'Share of data assets governed by Unity Catalog. The PWAF checklist requires 100% for production data.', [
                ['full', '100% Unity Catalog', 'all data assets governed by UC'],
                ['partial', 'Partial', 'give adoption_pct and what is outside UC and why', { detail: 'adoption_details' }],
                ['not-yet', 'Not Yet', 'give the migration plan and timeline', { detail: 'adoption_details' }],
              ], { recommended: 'full', antipatterns: ['partial', 'not-yet'] }),
            ],
            ['adoption_pct', pct('Adoption (%)', 'Percentage of data assets in Unity Catalog.')],
            ['adoption_details', md('Outside Unity Catalog', 'For partial adoption: what is outside UC and why; for not yet: the migration plan and timeline.')],
            ['catalog_structure', md('Catalog structure', 'The planned metastore → catalog → schema → table hierarchy (a tree in a code block works well).')],
            ['workspace_bindings', labelled(['How are catalogs bound to workspaces?'], md('Workspace bindings', 'How catalogs are bound to workspaces. Unbound catalogs are visible from every workspace on the metastore.'))],
          ]),
        ],
        [
          'access_control',
          obj('4.2 Access control', 'How users and services authenticate and which roles get which permissions.', [
            [
              'end_user_auth',
              choice('End-user authentication', 'How end users reach Databricks data.', [
                ['databricks-oauth-u2m', 'Users log into Databricks directly (OAuth U2M)', ''],
                ['app-login', 'Users log into your app', 'the app authenticates to Databricks on their behalf; set app_auth_method'],
              ]),
            ],
            [
              'app_auth_method',
              labelled(['Method'], choice('App-to-Databricks method', 'For app login: which Databricks identity runs each user\'s requests. One shared service principal makes row-level tenant isolation impossible.', [
                ['sso-mapped-oauth', 'SSO-mapped OAuth', 'users map to their organisation\'s service principal or identity'],
                ['sp-per-user', 'Service Principal per user', 'per-user audit; mind identity limits'],
                ['shared-sp', 'Shared Service Principal', 'one identity for all tenants'],
              ], { recommended: 'sso-mapped-oauth' })),
            ],
            [
              'backend_api_auth',
              multi('Backend API authentication', 'How your backend services authenticate to Databricks. PWAF requires OAuth (machine-to-machine with service principals, or token federation) and no personal access tokens.', [
                ['oauth-m2m', 'OAuth M2M (Service Principals)', 'short-lived tokens, refreshed automatically'],
                ['oauth-federation', 'OAuth token federation (workload identity)', 'exchanges your identity provider\'s token; no Databricks secret stored'],
                ['pat', 'Personal Access Tokens (PATs)', 'legacy long-lived tokens for a user or service principal in one workspace; not allowed for Built-On backends'],
                ['session-tokens', 'Session tokens (OAuth token refresh)', ''],
              ], { recommended: 'oauth-m2m', antipatterns: ['pat'] }),
            ],
            [
              'rbac',
              table('RBAC strategy', 'Roles, their permissions and how they are implemented. Grant to groups, not individual users.', 'RBAC role', [
                ['role', str('Role', 'e.g. Customer Admin, Customer Analyst, Platform Admin.')],
                ['permissions', md('Permissions', 'What the role may do.')],
                ['implementation', md('Implementation', 'How it is enforced, e.g. Unity Catalog grants to account groups, views, account admin role.')],
              ]),
            ],
          ]),
        ],
        [
          'data_security',
          obj('4.3 Data security', 'Encryption, network isolation, masking and audit.', [
            [
              'encryption_at_rest',
              labelled(['At Rest'], choice('Encryption at rest', 'Who holds the keys. Regulated data (PHI, PCI) usually calls for customer-managed keys.', [
                ['databricks-managed', 'Databricks managed keys', ''],
                ['cmk', 'Customer managed keys (CMK)', ''],
              ])),
            ],
            ['encryption_in_transit', labelled(['In Transit'], str('Encryption in transit', 'Transport encryption; the template baseline is `TLS 1.2+`.'))],
            [
              'network',
              multi('Network security', 'How clients and services reach Databricks. Regulated data should use private connectivity.', [
                ['public-ip-allowlist', 'Public internet access (with IP allowlists)', ''],
                ['private-connectivity', 'Private connectivity (AWS PrivateLink, Azure Private Link, GCP Private Service Connect)', ''],
                ['vpn', 'VPN tunnel', ''],
              ], { other: true, recommended: 'private-connectivity' }),
            ],
            [
              'masking',
              multi('Data masking', 'Column and row protections. Multi-tenant tables need row-level security; sensitive columns need masks.', [
                ['column-masking', 'Column-level masking for PII', ''],
                ['row-level-security', 'Row-level security (RLS) for multi-tenancy', ''],
                ['dynamic-views', 'Dynamic views', ''],
              ]),
            ],
            [
              'audit',
              multi('Audit logging', 'Where access is audited; auditability is part of the PWAF review.', [
                ['uc-audit-logs', 'Unity Catalog audit logs', ''],
                ['system-tables', 'System tables monitoring', ''],
                ['external-siem', 'External SIEM integration', 'name it in siem_tool', { detail: 'siem_tool' }],
              ]),
            ],
            ['siem_tool', str('SIEM tool', 'The external SIEM, e.g. Splunk, Datadog.')],
          ]),
        ],
      ]),
    ],
    [
      'cost_telemetry',
      obj('5. Cost management & telemetry', 'Tagging, per-customer cost attribution, budgets and observability (the PWAF Measurement & Attribution pillar).', [
        [
          'tagging',
          obj('5.1 Tagging strategy', 'Tags attribute Databricks usage to customers and features. Tags do not apply to past usage, so they must exist from day one.', [
            [
              'implementation',
              choice('Tagging implementation', 'How far tagging is implemented.', [
                ['fully-implemented', 'Fully Implemented', 'all resources tagged from day one'],
                ['partial', 'Partial', 'say what is and is not tagged', { detail: 'implementation_details' }],
                ['not-yet', 'Not Yet', 'give the implementation timeline', { detail: 'implementation_details' }],
              ], { recommended: 'fully-implemented', antipatterns: ['partial', 'not-yet'] }),
            ],
            ['implementation_details', md('Tagging details', 'For partial: what is tagged and what not; for not yet: the timeline.')],
            [
              'required_tags',
              table('Required tags', 'Tag keys, their purpose, example values and whether they are mandatory. The template expects customer_id, environment, service and cost_center to be required.', 'Tag', [
                ['tag_key', str('Tag key', 'e.g. customer_id, environment, service, cost_center.')],
                ['purpose', str('Purpose', 'What the tag is for, e.g. billing attribution.')],
                ['example_values', list('Example values', 'Typical values. Use opaque IDs: tag values are plain text and may be replicated.', 'Example value')],
                [
                  'enforcement',
                  choice('Enforcement', 'Whether the tag is mandatory.', [
                    ['required', 'Required', ''],
                    ['optional', 'Optional', ''],
                  ], { recommended: 'required' }),
                ],
              ]),
            ],
            [
              'enforcement_mechanisms',
              multi('Tag enforcement mechanisms', 'How tags are enforced. Classic compute needs cluster policies, serverless needs serverless budget policies, warehouses need warehouse tags.', [
                ['cluster-policies', 'Cluster policies (compute tagging)', ''],
                ['serverless-budget-policies', 'Serverless budget policies (serverless workload tagging)', 'now called serverless usage policies'],
                ['sql-warehouse-tags', 'SQL warehouse tags', ''],
                ['manual', 'Manual process (not recommended)', 'manual tagging drifts and cannot be back-filled'],
              ], { recommended: 'cluster-policies', antipatterns: ['manual'] }),
            ],
          ]),
        ],
        [
          'cost_allocation',
          obj('5.2 Cost allocation', 'Whether per-customer and per-feature costs can be computed.', [
            [
              'customer_attribution',
              choice('Customer cost attribution', 'How per-customer cost is obtained.', [
                ['fully-automated', 'Fully Automated', 'system tables + tags give per-customer costs'],
                ['semi-automated', 'Semi-Automated', 'say what is manual', { detail: 'attribution_details' }],
                ['manual', 'Manual', 'say how you track costs', { detail: 'attribution_details' }],
              ], { recommended: 'fully-automated', antipatterns: ['manual'] }),
            ],
            ['attribution_details', md('Attribution details', 'For semi-automated: what is manual; for manual: how costs are tracked.')],
            [
              'can_differentiate',
              labelled(['Can you differentiate'], multi('Can differentiate', 'Which cost splits you can produce.', [
                ['product-vs-internal', 'Product usage vs. internal usage', 'customer-facing workloads vs. platform operations'],
                ['per-customer-shared', 'Per-customer usage in shared workspaces', ''],
                ['per-feature', 'Per-feature usage', 'which product features drive costs'],
              ])),
            ],
          ]),
        ],
        [
          'budgets',
          obj('5.3 Budget monitoring', 'Budget alerts and who receives them. Budgets alert; they do not stop usage.', [
            [
              'alerts',
              multi('Budget alerts', 'Levels at which budgets alert.', [
                ['per-customer', 'Per-customer budgets (using customer_id tag)', ''],
                ['per-workspace', 'Per-workspace budgets', ''],
                ['account-level', 'Account-level budget', ''],
                ['not-yet', 'Not yet implemented', ''],
              ], { recommended: 'per-customer', antipatterns: ['not-yet'] }),
            ],
            [
              'recipients',
              multi('Notification recipients', 'Who receives budget alerts.', [
                ['technical', 'Technical team', ''],
                ['finance', 'Finance team', ''],
                ['customer-success', 'Customer success team', ''],
                ['automated', 'Automated systems (PagerDuty, Slack)', ''],
              ]),
            ],
          ]),
        ],
        [
          'telemetry',
          obj('5.4 Telemetry & observability', 'How usage telemetry is collected (essential for customer-managed deployments) and the observability tools.', [
            [
              'collection',
              labelled(['For Customer-Managed Deployments'], multi('Telemetry collection', 'For customer-managed deployments: how usage telemetry reaches you.', [
                ['databricks-apis', 'Databricks APIs (system tables, usage APIs)', ''],
                ['embedded-agent', 'Agent/SDK embedded in customer workspace', ''],
                ['customer-reported', 'Customer reports usage via UI', ''],
                ['none', 'No telemetry collected', ''],
              ], { recommended: 'databricks-apis', antipatterns: ['none'] })),
            ],
            [
              'observability_stack',
              table('Observability stack', 'Tools per observability layer.', 'Observability layer', [
                [
                  'layer',
                  choice('Layer', 'The observability layer.', [
                    ['metrics', 'Metrics', 'resource utilisation, query performance'],
                    ['logs', 'Logs', 'application logs, error tracking'],
                    ['traces', 'Traces', 'distributed tracing across services'],
                    ['databricks-native', 'Databricks-Native', 'system tables, query history'],
                  ]),
                ],
                ['tool', str('Tool', 'e.g. Datadog, Prometheus, Splunk, OpenTelemetry, system tables.')],
                ['purpose', str('Purpose', 'What the tool is used for.')],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'integration',
      obj('6. Integration requirements', 'Data coming in, data going out, and the APIs and SDKs used.', [
        [
          'data_sources',
          obj('6.1 Data sources', 'Ingestion connectors per source system.', [
            [
              'ingestion_connectors',
              table('Ingestion connectors', 'Each source system, connector, volume and frequency.', 'Connector', [
                ['source_system', str('Source system', 'e.g. Salesforce, AWS S3, PostgreSQL.')],
                ['connector_type', str('Connector type', 'e.g. Lakeflow Connect, Auto Loader, JDBC.')],
                ['volume', str('Volume', 'Data volume with unit, e.g. `10 GB/day`.')],
                ['frequency', str('Frequency', 'e.g. Hourly, Continuous, Daily batch.')],
                ['notes', md('Notes', 'Anything a reviewer should know.')],
              ]),
            ],
          ]),
        ],
        [
          'downstream',
          obj('6.2 Downstream integrations', 'Where data leaves Databricks.', [
            [
              'egress',
              table('Data egress', 'Each destination, protocol, purpose and volume.', 'Egress', [
                ['destination', str('Destination', 'e.g. Snowflake, customer S3 bucket.')],
                ['protocol', str('Protocol', 'e.g. Delta Sharing, direct write.')],
                ['purpose', str('Purpose', 'Why data goes there.')],
                ['volume', str('Volume', 'Data volume with unit, e.g. `100 GB/month`.')],
              ]),
            ],
          ]),
        ],
        [
          'apis_sdks',
          obj('6.3 APIs & SDKs', 'Databricks SDKs you use and the APIs you offer customers.', [
            [
              'sdk_usage',
              multi('Databricks SDK usage', 'Databricks interfaces your code uses.', [
                ['python-sdk', 'Python SDK', ''],
                ['java-sdk', 'Java SDK', ''],
                ['rest-api', 'REST API (direct)', ''],
                ['terraform-provider', 'Terraform Provider', ''],
                ['dabs', 'DABs (Databricks Asset Bundles)', 'now called Declarative Automation Bundles'],
              ]),
            ],
            [
              'custom_apis',
              labelled(['Custom APIs', 'Do you expose APIs for customers to integrate with your product?'], choice('Custom APIs for customers', 'Whether customers integrate with your product through your own APIs.', [
                ['yes', 'Yes', 'list the API styles in custom_api_types', { detail: 'custom_api_types' }],
                ['no', 'No', 'UI-only access'],
              ])),
            ],
            [
              'custom_api_types',
              multi('Custom API types', 'Styles of the APIs you expose.', [
                ['rest', 'REST', ''],
                ['graphql', 'GraphQL', ''],
                ['grpc', 'gRPC', ''],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'operations',
      obj('7. Operations & automation', 'Infrastructure as code, CI/CD, onboarding and monitoring (the PWAF Operations & Lifecycle pillar).', [
        [
          'iac',
          obj('7.1 Infrastructure as code', 'Tools and what they automate. Manual UI configuration does not scale to many customers.', [
            [
              'tools',
              labelled(['IaC Tool'], multi('IaC tools', 'Tools that define the infrastructure.', [
                ['terraform', 'Terraform', ''],
                ['pulumi', 'Pulumi', ''],
                ['cloudformation-arm', 'CloudFormation / ARM Templates', ''],
                ['dabs', 'Databricks Asset Bundles (DABs)', 'now called Declarative Automation Bundles'],
                ['manual', 'Manual configuration (not recommended)', ''],
              ], { recommended: 'terraform', antipatterns: ['manual'] })),
            ],
            [
              'automated',
              multi('What is automated', 'Which set-up steps run as code.', [
                ['workspace-provisioning', 'Workspace provisioning', ''],
                ['compute-creation', 'Cluster/warehouse creation', ''],
                ['uc-setup', 'Unity Catalog setup (catalogs, schemas, grants)', ''],
                ['job-deployment', 'Job deployment', ''],
                ['cluster-policy-creation', 'Cluster policy creation', ''],
                ['secret-management', 'Secret management', ''],
                ['network-configuration', 'Network configuration', ''],
              ]),
            ],
          ]),
        ],
        [
          'cicd',
          obj('7.2 CI/CD pipeline', 'How changes reach production.', [
            ['pipeline', md('Deployment pipeline', 'The stages from commit to production, e.g. commit → build/test → staging → production.')],
            [
              'tool',
              multi('CI/CD tool', 'The CI/CD system(s).', [
                ['github-actions', 'GitHub Actions', ''],
                ['gitlab-ci', 'GitLab CI', ''],
                ['jenkins', 'Jenkins', ''],
                ['azure-devops', 'Azure DevOps', ''],
                ['circleci', 'CircleCI', ''],
              ], { other: true }),
            ],
            [
              'code_cadence',
              labelled(['Code deployments'], choice('Code deployment cadence', 'How often code is deployed.', [
                ['daily', 'Daily', ''],
                ['weekly', 'Weekly', ''],
                ['bi-weekly', 'Bi-weekly', ''],
              ])),
            ],
            [
              'infra_cadence',
              labelled(['Infrastructure changes'], choice('Infrastructure change cadence', 'How often infrastructure changes.', [
                ['as-needed', 'As needed', ''],
                ['monthly', 'Monthly', ''],
                ['quarterly', 'Quarterly', ''],
              ])),
            ],
          ]),
        ],
        [
          'onboarding',
          obj('7.3 Customer onboarding', 'How a new customer goes live and how long it takes; the template targets under two hours.', [
            [
              'steps',
              obj('Onboarding process', 'The four onboarding steps.', [
                ['customer_provisioning', md('Customer provisioning', 'Workspace creation, catalog set-up, user accounts.')],
                ['data_onboarding', md('Data onboarding', 'How the customer\'s data is first ingested.')],
                ['access_setup', md('Access setup', 'User roles, SSO integration, API credentials.')],
                ['validation', md('Validation', 'How you verify the customer is ready.')],
              ]),
            ],
            ['manual_time_hours', amount('Manual onboarding time (hours)', 'Hours to onboard one customer by hand.')],
            ['automated_time_hours', amount('Automated onboarding time (hours)', 'Hours to onboard one customer with automation.')],
            ['automation_level_pct', pct('Onboarding automation level (%)', 'Share of onboarding that is automated.')],
          ]),
        ],
        [
          'monitoring',
          obj('7.4 Monitoring & alerting', 'What is monitored, where alerts go and who responds.', [
            [
              'metrics',
              multi('Key metrics monitored', 'Metrics you watch.', [
                ['job-success', 'Job success/failure rates', ''],
                ['query-performance', 'Query performance (p50, p95, p99)', ''],
                ['data-freshness', 'Data freshness', 'give the SLA in freshness_sla', { detail: 'freshness_sla' }],
                ['dbu-consumption', 'DBU consumption (per customer, per service)', ''],
                ['error-rates', 'Error rates', ''],
                ['api-latency', 'API latency', ''],
              ], { other: true }),
            ],
            ['freshness_sla', str('Data freshness SLA', 'Maximum data age, e.g. `30 minutes`.')],
            [
              'alert_channels',
              multi('Alerting channels', 'Where alerts are sent.', [
                ['pagerduty', 'PagerDuty', ''],
                ['slack', 'Slack', ''],
                ['email', 'Email', ''],
              ], { other: true }),
            ],
            [
              'on_call',
              choice('On-call coverage', 'Who responds when. High availability targets need round-the-clock coverage.', [
                ['24-7', '24/7 on-call', ''],
                ['business-hours', 'Business hours only', ''],
                ['best-effort', 'Best-effort', ''],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'scale_performance',
      obj('8. Scale & performance', 'Growth targets, customer-facing SLAs and capacity against platform limits.', [
        [
          'targets',
          obj('8.1 Scale targets', 'Scale today and at 6 and 12 months, with growth percentages.', [
            ['current', labelled(['Current Scale'], scaleFigures('Current', false))],
            ['month_6', labelled(['6-Month Targets'], scaleFigures('6 months', true))],
            ['month_12', labelled(['12-Month Targets'], scaleFigures('12 months', true))],
          ]),
        ],
        ['slas', targetTable('8.2 Performance SLAs', 'Customer-facing SLAs, e.g. query latency p95 `< 5 seconds`, data freshness `< 30 minutes`, API availability `99.9%`, job success `99.5%`.')],
        [
          'capacity',
          obj('8.3 Capacity planning', 'Expected object counts and concurrency against Unity Catalog and workspace limits.', [
            ['uc_objects', labelled(['Unity Catalog'], md('Unity Catalog objects at scale', 'Expected catalogs, schemas per catalog and tables per schema at scale (limits: 10,000 schemas per catalog, 10,000 tables per schema).'))],
            ['workspaces_at_scale', labelled(['Workspaces'], count('Workspaces at scale', 'Number of workspaces at full scale.'))],
            ['peak_concurrent_queries', labelled(['Concurrent queries'], count('Peak concurrent queries', 'Estimated peak number of queries running at once.'))],
            [
              'scaling_strategy',
              choice('Scaling strategy', 'How the platform grows with load.', [
                ['vertical', 'Vertical scaling (larger compute)', ''],
                ['horizontal', 'Horizontal scaling (more compute instances)', ''],
                ['serverless', 'Serverless (auto-scale)', ''],
                ['hybrid', 'Hybrid', ''],
              ]),
            ],
          ]),
        ],
      ]),
    ],
    [
      'risks',
      obj('9. Risk assessment', 'Known risks in four areas with impact, likelihood and mitigation.', [
        ['technical', riskTable('9.1 Technical risks', 'Technical risks, e.g. partial Unity Catalog adoption or an external orchestrator.')],
        ['operational', riskTable('9.2 Operational risks', 'Operational risks, e.g. thin on-call coverage or manual onboarding.')],
        ['security', riskTable('9.3 Security risks', 'Security risks, e.g. PATs instead of OAuth M2M or weak RBAC.')],
        ['cost', riskTable('9.4 Cost risks', 'Cost risks, e.g. untagged resources or runaway compute.')],
      ]),
    ],
    [
      'implementation_plan',
      obj('10. Implementation plan', 'Phases, dated milestones, team and outside help.', [
        [
          'phases',
          obj('10.1 Phases', 'Which of the template\'s phase items your plan includes. Foundation work (provisioning, UC, tagging, OAuth M2M) belongs in phase 1.', [
            [
              'foundation',
              multi('Phase 1: Foundation (months 1–2)', 'Foundation items in your plan.', [
                ['workspace-provisioning', 'Workspace provisioning automation', ''],
                ['unity-catalog-setup', 'Unity Catalog setup', ''],
                ['tagging-strategy', 'Tagging strategy implementation', ''],
                ['oauth-m2m', 'Authentication (OAuth M2M)', ''],
                ['basic-monitoring', 'Basic monitoring & alerting', ''],
              ]),
            ],
            [
              'core_product',
              multi('Phase 2: Core product (months 3–4)', 'Core product items in your plan.', [
                ['ingestion-pipelines', 'Data ingestion pipelines', ''],
                ['medallion-transformations', 'Transformation layer (Bronze → Silver → Gold)', ''],
                ['sql-warehouses', 'SQL warehouses for analytics', ''],
                ['initial-bi', 'Initial BI/reporting capabilities', ''],
                ['onboarding-automation', 'Customer onboarding automation', ''],
              ]),
            ],
            [
              'advanced_features',
              multi('Phase 3: Advanced features (months 5–6)', 'Advanced items in your plan.', [
                ['ai-ml', 'AI/ML workloads', ''],
                ['advanced-analytics', 'Advanced analytics', ''],
                ['databricks-apps', 'Databricks Apps', ''],
                ['delta-sharing', 'Delta Sharing', ''],
                ['optimization', 'Optimization & tuning', ''],
              ]),
            ],
            [
              'ga_launch',
              multi('Phase 4: GA launch (month 6+)', 'Launch items in your plan.', [
                ['production-readiness', 'Full production readiness', ''],
                ['customer-pilots', 'Customer pilots', ''],
                ['general-availability', 'General Availability', ''],
              ]),
            ],
            ['notes', md('Phase notes', 'Deviations from the template phases, extra items or different month ranges.')],
          ]),
        ],
        [
          'milestones',
          table('10.2 Milestones', 'Dated milestones in order: Architecture Approved, Unity Catalog Live, First Customer Onboarded, 10 Customers Live, General Availability.', 'Milestone', [
            ['milestone', str('Milestone', 'Name of the milestone.')],
            ['target_date', date('Target date', 'Planned date, YYYY-MM-DD.')],
            ['success_criteria', md('Success criteria', 'How you know the milestone is reached.')],
          ]),
        ],
        [
          'team',
          table('10.3 Team structure', 'Roles, head count and responsibilities.', 'Team role', [
            ['role', str('Role', 'e.g. Platform Engineer, Data Engineer, DevOps Engineer.')],
            ['count', count('Count', 'Number of people in the role.')],
            ['responsibilities', md('Key responsibilities', 'What the role owns.')],
          ]),
        ],
        [
          'external_support',
          multi('External support needed', 'Outside help the plan relies on.', [
            ['databricks-ps', 'Databricks Professional Services', ''],
            ['databricks-sa', 'Databricks Solutions Architect (ongoing)', ''],
            ['third-party', 'Third-party consulting', 'name the firm and focus in third_party_consulting', { detail: 'third_party_consulting' }],
          ]),
        ],
        ['third_party_consulting', str('Third-party consulting', 'Firm and focus of third-party consulting.')],
      ]),
    ],
    [
      'success_metrics',
      obj('11. Success metrics', 'How success is measured and reviewed.', [
        ['technical', targetTable('11.1 Technical success metrics', 'Technical targets, e.g. Unity Catalog coverage `100%`, tagged resources `100%`, job success `99.5%`, query p95 `< 5 seconds`, onboarding `< 2 hours`.')],
        ['business', targetTable('11.2 Business success metrics', 'Business targets, e.g. customers at GA, monthly DBU consumption, customer DBU cost visibility `100%`, gross margin per customer.')],
        [
          'review_cadence',
          multi('11.3 Review schedule', 'Recurring reviews with Databricks; material changes need a new architecture review.', [
            ['monthly-sync', 'Monthly architecture sync (during build phase)', ''],
            ['quarterly-business-review', 'Quarterly business review (post-GA)', ''],
            ['annual-planning', 'Annual strategic planning', ''],
          ]),
        ],
        [
          'review_participants',
          obj('Review participants', 'Who attends the reviews.', [
            ['partner', labelled(['Partner'], list('Partner participants', 'Partner roles or names, e.g. Technical Lead, Product Manager.', 'Participant'))],
            ['databricks', labelled(['Databricks'], list('Databricks participants', 'Databricks roles or names, e.g. Partner Development Manager, Solutions Architect.', 'Participant'))],
          ]),
        ],
      ]),
    ],
    [
      'appendices',
      obj('12. Appendices', 'Glossary, assumptions, exclusions and open questions.', [
        [
          'glossary',
          table('Appendix A: Glossary', 'Terms used in this document.', 'Glossary entry', [
            ['term', str('Term', 'The term or abbreviation.')],
            ['definition', md('Definition', 'What it means here.')],
          ]),
        ],
        ['assumptions', list('Appendix C: Assumptions', 'Assumptions this SOW rests on (e.g. a signed BAA, data size per tenant).', 'Assumption')],
        ['out_of_scope', list('Appendix D: Out of scope', 'What this implementation explicitly excludes.', 'Exclusion')],
        ['open_questions', list('Appendix E: Open questions', 'Unresolved questions for the review.', 'Question')],
      ]),
    ],
    [
      'approval',
      obj('Document approval', 'Sign-offs required before implementation starts.', [
        ['partner_technical_lead', signatory('Partner Technical Lead')],
        ['databricks_built_on', labelled(['Databricks Built-On Team'], signatory('Databricks Built-On Team representative'))],
        ['databricks_sa', signatory('Databricks Solutions Architect')],
      ]),
    ],
    [
      'version_history',
      table('Version history', 'Each version of this document, newest last.', 'Version history entry', [
        ['version', version('Version', 'Version number, e.g. `"1.0"`.')],
        ['date', date('Date', 'Date of the version, YYYY-MM-DD.')],
        ['author', str('Author', 'Who made the change.')],
        ['changes', md('Changes', 'What changed.')],
      ]),
    ],
  ],
  { root: true, required: ['sow', 'header'] },
);
