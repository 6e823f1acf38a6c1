// What prose reading recognises: Databricks products (ids shared with the knowledge base where it
// has them), external services, clouds, regions and the claims rules check. Patterns only: a
// reviewer can follow every match from the words it covers.

export interface Term {
  id: string;
  pattern: RegExp;
}

/** Databricks products and features named in prose. */
export const PRODUCT_TERMS: Term[] = [
  { id: 'unity-catalog', pattern: /\bUnity Catalog\b/i },
  { id: 'lakeflow-connect', pattern: /\bLakeflow Connect\b/i },
  { id: 'lakeflow-jobs', pattern: /\b(?:Lakeflow Jobs|Databricks Workflows)\b/i },
  { id: 'declarative-pipelines', pattern: /\b(?:Delta Live Tables|DLT|(?:Lakeflow )?(?:Spark )?Declarative Pipelines?)\b/i },
  { id: 'auto-loader', pattern: /\bAuto ?Loader\b/i },
  { id: 'dbsql', pattern: /\b(?:Databricks SQL|DBSQL|SQL warehouses?)\b/i },
  { id: 'lakebase', pattern: /\bLakebase\b/i },
  { id: 'genie', pattern: /\bGenie\b/i },
  { id: 'aibi-dashboards', pattern: /\bAI\/BI dashboards?\b/i },
  { id: 'databricks-apps', pattern: /\bDatabricks Apps?\b/i },
  { id: 'model-serving', pattern: /\bModel Serving\b/i },
  { id: 'foundation-model-apis', pattern: /\b(?:Foundation Model APIs?|FMAPI)\b/i },
  { id: 'vector-search', pattern: /\bVector Search\b/i },
  { id: 'ai-gateway', pattern: /\bAI Gateway\b/i },
  { id: 'delta-sharing', pattern: /\b(?:Delta Sharing|OpenSharing)\b/i },
  { id: 'clean-rooms', pattern: /\bClean Rooms?\b/i },
  { id: 'marketplace', pattern: /\bDatabricks Marketplace\b|\bMarketplace listing\b/i },
  { id: 'zerobus', pattern: /\bZero ?bus\b/i },
  { id: 'asset-bundles', pattern: /\b(?:Asset Bundles|Declarative Automation Bundles|DABs?)\b/ },
  { id: 'system-tables', pattern: /\bsystem tables?\b|\bsystem\.(?:billing|access|query)\b/i },
];

/** Services outside Databricks that matter to residency and regulated data. */
export const SERVICE_TERMS: Term[] = [
  { id: 'openai', pattern: /\b(?:Azure )?OpenAI\b|\bGPT-?\d/i },
  { id: 'anthropic', pattern: /\bAnthropic\b|\bClaude\b/i },
  { id: 'google-gemini', pattern: /\bGemini\b|\bVertex AI\b/i },
  { id: 'aws-bedrock', pattern: /\b(?:Amazon |AWS )?Bedrock\b/i },
  { id: 'cohere', pattern: /\bCohere\b/i },
  { id: 'mistral', pattern: /\bMistral\b/i },
  { id: 'pinecone', pattern: /\bPinecone\b/i },
  { id: 'snowflake', pattern: /\bSnowflake\b/i },
  { id: 'kafka', pattern: /\b(?:Kafka|Confluent|Event Hubs|Kinesis|Pub\/Sub)\b/i },
];

/** The external services that are large-language-model providers. */
export const LLM_SERVICES = new Set(['openai', 'anthropic', 'google-gemini', 'aws-bedrock', 'cohere', 'mistral']);

export const CLOUD_TERMS: Term[] = [
  { id: 'aws', pattern: /\bAWS\b|\bAmazon Web Services\b/ },
  { id: 'azure', pattern: /\bAzure\b/ },
  { id: 'gcp', pattern: /\bGCP\b|\bGoogle Cloud\b/ },
];

/**
 * Region codes of the three clouds and the government clouds. The id is the code in lower case;
 * `geo` says where it is (us, eu, uk, ...), `gov` marks government regions.
 */
export const REGION_PATTERN =
  /\b(?:(us-gov-(?:east|west)-\d)|((?:us|eu|ap|ca|sa|me|af|il|mx)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d)|(usgov(?:virginia|arizona|texas|iowa)|usgovaz|usgovva)|((?:east|west|central|north|south|northcentral|southcentral|westcentral)us\d?|(?:north|west)europe|uk(?:south|west)|(?:germany|france|switzerland|norway|sweden|poland|italy|spain)(?:west)?(?:central|north|south|east)?\d?|(?:australia|japan|korea|canada|brazil|southeastasia|eastasia|centralindia|southindia|uae)(?:east|west|central|south|north|southeast)?\d?)|((?:us|europe|asia|australia|northamerica|southamerica|me)-(?:east|west|central|north|south|northeast|southeast)\d))\b/g;

export const GOV_CLOUD_PATTERN = /\b(?:GovCloud|Azure Government|US Gov(?:ernment)? regions?|IL5)\b/i;

/** Claims a rule weighs, each with the words that state it. */
export const CLAIM_TERMS: Term[] = [
  { id: 'exactly-once', pattern: /\bexactly[- ]once\b|\bno duplicates?\b|\bwithout duplicates?\b|\bdeduplicat\w* (?:is )?not (?:needed|required)\b/i },
  { id: 'public-access', pattern: /\b(?:publicly accessible|public(?:ly)? (?:portal|website|web app|app|access|link|URL)|anonymous (?:access|users?|visitors?)|without (?:a |any )?(?:[A-Z]\w+ )?(?:log-?in|sign-?in|account))\b/i },
  { id: 'non-expiring-credential', pattern: /\b(?:never expir\w*|non-expiring|no expiry|no expiration|without (?:an )?expir\w*|lifetime (?:token|key|credential)|no lifetime|lifetime 0|unlimited lifetime|(?:does|do|doesn't|don't) not expire|(?:doesn't|don't) expire)\b/i },
  { id: 'stays-in-region', pattern: /\b(?:never leaves?|must (?:remain|stay)|remains?|stays?) (?:with)?in (?:the |its |their |our )?(?:EU|EEA|region|country|jurisdiction|[A-Z][a-z]+)\b/ },
  { id: 'oltp', pattern: /\b(?:OLTP|transactional (?:writes?|workload|database|store)|row-level (?:inserts?|updates?)|point (?:lookups?|reads?|writes?)|(?:thousands|hundreds) of (?:small )?(?:writes|updates|transactions)|(?:for each|per|on every) (?:card )?(?:authori[sz]ation|payment|order|checkout))\b/i },
  { id: 'lineage', pattern: /\blineage\b/i },
  { id: 'secret-manager', pattern: /\b(?:Secrets Manager|Key Vault|Secret Manager|Databricks secrets?|secret scopes?|HashiCorp Vault|Vault)\b/i },
  { id: 'user-agent', pattern: /\bUser-?Agent\b/i },
  { id: 'rpo-rto', pattern: /\bRPO\b|\bRTO\b|\brecovery (?:point|time) objective\b/i },
  { id: 'disaster-recovery', pattern: /\bdisaster recovery\b|\bDR\b|\bfailover\b/i },
  { id: 'admin-role', pattern: /\b(?:account|workspace|metastore) admin(?:istrator)?s?\b/i },
  { id: 'partner-identity', pattern: /\b(?:our|partner|vendor)(?:'s)? (?:support |engineering |operations |ops )?(?:engineers?|team|staff|service principals?|identit(?:y|ies)|accounts?)\b/i },
];
