// Compliance boundaries: framework × cloud × region × compute as the compliance security profile
// and the Foundation Model API pages state them; government-cloud feature gaps; regulated data sent
// to external model providers.
import { fact } from '../../knowledge/index';
import { isUnder, LLM_SERVICES, Mention } from '../../prose/index';
import { RuleContext } from '../context';
import { at as pathAt, itemPath, mentions } from '../helpers';
import { Rule, RuleHit } from '../types';
import { at, cloudOf, PRODUCTS, said, samePath, using } from './common';

const RC = 'business_requirements.regulatory_compliance';
const CLASSIFICATION = `${RC}.data_classification`;
const FRAMEWORKS = `${RC}.compliance_frameworks`;
const FRAMEWORKS_OTHER = `${RC}.compliance_frameworks_other`;
const COMPUTE = 'architecture.compute.types';
const WAREHOUSES = `${PRODUCTS}.dbsql.warehouse_type`;
const AI = `${PRODUCTS}.agent_bricks`;

function pciInScope(ctx: RuleContext): boolean {
  return ctx.has(CLASSIFICATION, 'pci') || ctx.list(FRAMEWORKS_OTHER).some((v) => typeof v === 'string' && /\bPCI\b/i.test(v));
}

/** Where serverless compute is chosen: the compute strategy, or serverless SQL warehouses. */
function serverlessChoice(ctx: RuleContext, warehousesCount = true): { path: (string | number)[]; what: string } | undefined {
  const types = ctx.get(COMPUTE);
  if (types === 'serverless' || types === 'hybrid') return { path: pathAt(COMPUTE), what: `${types} compute` };
  const wh = itemPath(ctx, WAREHOUSES, 'serverless');
  return warehousesCount && wh && using(ctx, 'dbsql') ? { path: wh, what: 'serverless SQL warehouses' } : undefined;
}

const PCI_SQL_REGIONS = ['us-east-1', 'us-west-2', 'ap-southeast-2'];

const pciServerless: Rule = {
  id: 'PWAF-SEC-020',
  title: 'PCI data on serverless compute the compliance profile does not cover',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'PCI data is in scope and serverless compute is chosen where PCI-DSS does not cover it: on Azure any serverless workload; on AWS serverless compute for notebooks, jobs or pipelines, or serverless SQL outside us-east-1, us-west-2 and ap-southeast-2.',
  rationale:
    'Most serverless workloads are not covered for PCI-DSS. On AWS only Databricks SQL Serverless is covered, and only in us-east-1, us-west-2 and ap-southeast-2; on Azure serverless workloads are not covered. Cardholder data processed on uncovered compute falls outside the PCI scope Databricks attests to.',
  remedy: 'Keep the PCI workloads on classic compute (or serverless SQL in a covered AWS region), and separate them from serverless workloads that never touch card data.',
  source: fact('csp.pci-serverless-aws').source,
  inputs: [CLASSIFICATION, 'deployment.cloud.primary'],
  optionalInputs: [COMPUTE, WAREHOUSES, FRAMEWORKS_OTHER],
  check(ctx) {
    if (!pciInScope(ctx)) return [];
    const cloud = cloudOf(ctx);
    if (cloud === 'azure') {
      const choice = serverlessChoice(ctx);
      return choice ? [{ message: `PCI data is in scope, but on Azure ${choice.what} is not covered for PCI-DSS.`, path: choice.path }] : [];
    }
    if (cloud !== 'aws') return [];
    const types = ctx.get(COMPUTE);
    if (types === 'serverless' || types === 'hybrid') {
      return [{ message: `PCI data is in scope, but on AWS only Databricks SQL Serverless is covered for PCI-DSS, not ${types} compute for notebooks, jobs or pipelines.`, path: pathAt(COMPUTE) }];
    }
    const wh = itemPath(ctx, WAREHOUSES, 'serverless');
    if (!wh || !using(ctx, 'dbsql')) return [];
    const regions = said(ctx, 'region').map((m) => m.id);
    const outside = regions.filter((r) => !PCI_SQL_REGIONS.includes(r));
    if (regions.length && outside.length === 0) return [];
    const where = outside.length ? `the document names ${[...new Set(outside)].join(', ')}` : 'the document names no region';
    return [{ message: `PCI data on serverless SQL warehouses is covered only in ${PCI_SQL_REGIONS.join(', ')}; ${where}.`, path: wh }];
  },
};

const FEDRAMP_LIKE = /\b(?:FedRAMP|IRAP|CCCS|Cyber Essentials)\b/i;

const payPerTokenStandards: Rule = {
  id: 'PWAF-SEC-021',
  title: 'Pay-per-token Foundation Model APIs under PCI-DSS or FedRAMP',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger: 'On AWS, Foundation Model APIs are a component, PCI data, FedRAMP, IRAP, CCCS or UK Cyber Essentials Plus is in scope, and the SOW does not say provisioned throughput.',
  rationale:
    'With the compliance security profile, pay-per-token Foundation Model APIs are available only under the HIPAA or None standard; PCI-DSS, FedRAMP, IRAP, CCCS and UK Cyber Essentials Plus need provisioned throughput endpoints, in supported regions.',
  remedy: 'Serve the models through provisioned throughput endpoints for the regulated workloads, and say so in the AI section.',
  source: fact('fmapi.pay-per-token-standards').source,
  inputs: [`${AI}.components`, RC],
  optionalInputs: [`${AI}.details`],
  check(ctx) {
    if (cloudOf(ctx) !== 'aws' || !using(ctx, 'agent_bricks')) return [];
    const where = itemPath(ctx, `${AI}.components`, 'foundation-model-apis');
    if (!where) return [];
    const standards = [
      pciInScope(ctx) ? 'PCI-DSS' : '',
      ctx.has(FRAMEWORKS, 'fedramp-govcloud') ? 'FedRAMP' : '',
      ...ctx.list(FRAMEWORKS_OTHER).filter((v): v is string => typeof v === 'string' && FEDRAMP_LIKE.test(v)),
    ].filter(Boolean);
    if (standards.length === 0 || mentions(ctx, /provisioned throughput/i, ['appendices.glossary'])) return [];
    return [{ message: `Foundation Model APIs with ${standards.join(', ')} in scope: pay-per-token endpoints support only HIPAA or no standard; use provisioned throughput.`, path: where }];
  },
};

/** Where the text places the design in Azure Government ("usgovvirginia", "Azure Government"). */
function azureGovMentions(ctx: RuleContext): Mention[] {
  return said(ctx, 'gov-cloud').filter((m) => /azure gov|usgov/i.test(m.text));
}

function inAzureGovernment(ctx: RuleContext): boolean {
  return azureGovMentions(ctx).length > 0 || (cloudOf(ctx) === 'azure' && ctx.get('deployment.cloud.gov_sovereign') === 'required');
}

/**
 * One finding per statement: the Azure Government words in the statement that describes each
 * feature (or, failing that, the statement about the feature), listing what that statement relies on.
 */
function perStatement(
  ctx: RuleContext,
  features: Array<{ name: string; mentions: Mention[]; section?: string; answerOnly?: boolean }>,
  say: (names: string) => string,
): RuleHit[] {
  const gov = azureGovMentions(ctx);
  const byValue = new Map<string, { span: Mention; names: string[] }>();
  // Features only chosen in an answer join a statement already found in their section.
  const ordered = [...features.filter((f) => !f.answerOnly), ...features.filter((f) => f.answerOnly)];
  for (const { name, mentions, section, answerOnly } of ordered) {
    const sameSection = answerOnly && section ? [...byValue.values()].find((e) => isUnder(e.span.path, section)) : undefined;
    if (sameSection) {
      sameSection.names.push(name);
      continue;
    }
    // The statement in the feature's own section that places it in Azure Government, else any such statement.
    const placed = gov.filter((g) => mentions.some((m) => samePath(m.path, g.path)));
    const span = (section && placed.find((g) => isUnder(g.path, section))) || placed[0] || mentions[0];
    if (!span) continue;
    const key = span.path.join('\u0000');
    const entry = byValue.get(key) ?? byValue.set(key, { span, names: [] }).get(key)!;
    if (!entry.names.includes(name)) entry.names.push(name);
  }
  return [...byValue.values()]
    .sort((a, b) => a.span.range.start.line - b.span.range.start.line || a.span.range.start.character - b.span.range.start.character)
    .map(({ span, names }) => at(span, say(names.join(' and '))));
}

const azureGovernment: Rule = {
  id: 'PWAF-SEC-022',
  title: 'Azure Government without Unity Catalog and Databricks SQL',
  pillar: 'standards',
  area: 'security',
  severity: 'error',
  trigger: 'The design runs in Azure Government (primary cloud Azure with a required government cloud, or Azure Government named in the text) and uses Unity Catalog or Databricks SQL; one finding per statement that relies on them there.',
  rationale:
    'The Azure Government regions (usgovaz, usgovva) do not support Unity Catalog or Databricks SQL. The PWAF requires Unity Catalog for all production data, so a Built-On design that needs Azure Government cannot run there as written; FedRAMP High and IL5 on AWS run in AWS GovCloud instead.',
  remedy: 'Choose where the regulated workload runs knowing this gap: AWS GovCloud for FedRAMP High, or a commercial region with the compliance security profile where FedRAMP Moderate suffices.',
  source: fact('unity-catalog.azure-government').source,
  inputs: ['deployment.cloud'],
  optionalInputs: [`${PRODUCTS}.unity_catalog.status`, `${PRODUCTS}.dbsql.status`, 'appendices.assumptions'],
  check(ctx) {
    if ((!using(ctx, 'unity_catalog') && !using(ctx, 'dbsql')) || !inAzureGovernment(ctx)) return [];
    const features = [
      using(ctx, 'unity_catalog') ? { name: 'Unity Catalog', mentions: [...said(ctx, 'product', 'unity-catalog')] } : undefined,
      using(ctx, 'dbsql') ? { name: 'Databricks SQL', mentions: [...said(ctx, 'product', 'dbsql')] } : undefined,
    ].filter((f): f is { name: string; mentions: Mention[] } => !!f);
    const gov = azureGovMentions(ctx);
    // Only statements that place the product in Azure Government count; else one finding at the gov words.
    const placed = features.map((f) => ({ ...f, mentions: f.mentions.filter((m) => gov.some((g) => samePath(g.path, m.path))) }));
    const hits = perStatement(ctx, placed, (names) => `Azure Government regions do not support ${names}, which this statement relies on.`);
    if (hits.length) return hits;
    const lost = features.map((f) => f.name).join(' and ');
    if (gov[0]) return [at(gov[0], `"${gov[0].text}": Azure Government regions do not support ${lost}, which this design uses.`)];
    return [{ message: `A government cloud is required on Azure, but Azure Government regions do not support ${lost}, which this design uses.`, path: pathAt('deployment.cloud.gov_sovereign') }];
  },
};

const govFeatures: Rule = {
  id: 'PWAF-ARCH-026',
  title: 'Features Azure Government does not offer',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger:
    'The design runs in Azure Government and relies on Model Serving, Foundation Model APIs, Vector Search, Databricks Apps, serverless compute for notebooks, jobs or pipelines, or system tables (Unity Catalog and Databricks SQL are SEC-022).',
  rationale:
    'The Azure Government regions support none of the features Databricks offers only in some regions: system tables, serverless compute, Databricks Apps, predictive optimization, Vector Search, core Model Serving, Foundation Model APIs and external models. A design that relies on them there (scoring endpoints, LLM summaries, usage and audit from system tables) has no supported way to deliver them.',
  remedy: 'Replace each feature with one Azure Government offers (batch scoring on classic compute, audit log delivery and Azure cost exports instead of system tables), or run that part of the product where the feature is available, and say so.',
  source: fact('azure-government.unsupported-features').source,
  inputs: ['deployment.cloud'],
  optionalInputs: [`${AI}.components`, 'architecture.compute.types', 'governance_security.data_security.audit', `${PRODUCTS}.databricks_apps.status`],
  check(ctx) {
    if (!inAzureGovernment(ctx)) return [];
    const component = (slug: string) => using(ctx, 'agent_bricks') && ctx.has(`${AI}.components`, slug);
    const feature = (name: string, used: boolean, mentions: Mention[], field: string) => {
      if (!used) return undefined;
      // Without a statement to point at, the answer that chose the feature.
      const where = mentions.length ? mentions : [{ path: pathAt(field), text: name, range: ctx.doc.rangeOf(pathAt(field)), exact: false, kind: 'product' as const, id: name }];
      return { name, mentions: where, section: field.split('.').slice(0, -1).join('.'), answerOnly: mentions.length === 0 };
    };
    const features = [
      feature('Model Serving', component('model-serving'), said(ctx, 'product', 'model-serving'), `${AI}.components`),
      feature('Foundation Model APIs', component('foundation-model-apis'), said(ctx, 'product', 'foundation-model-apis'), `${AI}.components`),
      feature('Vector Search', component('vector-search'), said(ctx, 'product', 'vector-search'), `${AI}.components`),
      feature('Databricks Apps', using(ctx, 'databricks_apps'), [], `${PRODUCTS}.databricks_apps.status`),
      feature(
        'system tables',
        ctx.has('governance_security.data_security.audit', 'system-tables') || said(ctx, 'product', 'system-tables').length > 0,
        said(ctx, 'product', 'system-tables'),
        'governance_security.data_security.audit',
      ),
      feature(
        'serverless compute',
        ctx.get('architecture.compute.types') === 'serverless' || ctx.get('architecture.compute.types') === 'hybrid',
        [],
        'architecture.compute.types',
      ),
    ].filter((f): f is { name: string; mentions: Mention[]; section: string; answerOnly: boolean } => !!f);
    // Only where the design itself runs in Azure Government does every statement of a feature
    // count; when Azure Government is only named (a roadmap), only statements that place the feature there.
    const required = cloudOf(ctx) === 'azure' && ctx.get('deployment.cloud.gov_sovereign') === 'required';
    const gov = azureGovMentions(ctx);
    const placed = required ? features : features.map((f) => ({ ...f, mentions: f.mentions.filter((m) => gov.some((g) => samePath(g.path, m.path))) }));
    return perStatement(ctx, placed, (names) => `Azure Government regions do not offer ${names}, which this design relies on.`);
  },
};

const REGULATED: Record<string, string> = { phi: 'PHI', pci: 'PCI', pii: 'PII' };

const externalLlm: Rule = {
  id: 'PWAF-SEC-023',
  title: 'Regulated data sent to an external LLM provider',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'PHI, PCI or PII is in scope and the design sends prompts to an external LLM provider (the alternative AI stack, or a provider named in the text). PII alone is reported as information.',
  rationale:
    'Prompts and retrieved context carry the data they are built from. An external provider processes them outside the Databricks compliance boundary and outside the region the data lives in, under its own terms; regulated data needs a contract (BAA, PCI scope) and a residency answer for that provider, or Databricks-hosted models.',
  remedy: 'Serve models on Databricks (Foundation Model APIs or Model Serving) for regulated data, or document the provider\'s agreement, region and redaction of regulated fields before prompts leave the platform.',
  source: fact('fmapi.provisioned-throughput-standards').source,
  // Regulated data to an external LLM is the more specific statement of "external LLM without AI Gateway".
  subsumes: ['PWAF-ARCH-012'],
  inputs: [`${RC}.data_classification`],
  optionalInputs: [`${AI}.alternative_stack.llm_providers`, `${AI}.details`, 'architecture.external_dependencies'],
  check(ctx) {
    const classes = Object.keys(REGULATED).filter((c) => ctx.has(CLASSIFICATION, c));
    if (classes.length === 0) return [];
    const severity = classes.some((c) => c !== 'pii') ? undefined : ('info' as const);
    const what = classes.map((c) => REGULATED[c]).join(', ');
    const providers = ctx.list(`${AI}.alternative_stack.llm_providers`);
    if (providers.length) {
      return [{ message: `${what} in scope, and prompts go to ${providers.join(', ')}, outside the Databricks compliance boundary.`, path: pathAt(`${AI}.alternative_stack.llm_providers`), severity }];
    }
    const named = said(ctx, 'service').filter((m) => LLM_SERVICES.has(m.id));
    return named.slice(0, 1).map((m) => at(m, `${what} in scope, and prompts go to ${m.text}, outside the Databricks compliance boundary.`, { severity }));
  },
};

export const complianceRules: Rule[] = [pciServerless, payPerTokenStandards, azureGovernment, govFeatures, externalLlm];
