// Economics: the pricing answers against what the customer can see of the cost it pays, and the
// data movement the design implies (sharing across clouds and regions) against the cost answers.
import { fact } from '../../knowledge/index';
import { isUnder } from '../../prose/index';
import { at as pathAt } from '../helpers';
import { Rule } from '../types';
import { at, phrasePattern, phrases, PRODUCTS, PROSE_INPUTS, said, sentenceAround, using } from './common';

const PRICING = 'business_requirements.pricing_packaging';

const pricingFit: Rule = {
  id: 'PWAF-COST-020',
  title: 'Databricks cost passed through without DBU visibility',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: 'Databricks cost is passed through to customers ("customers pay the Databricks cost as it occurs") and customers get no visibility into DBUs.',
  rationale:
    'A customer who pays the Databricks cost as it occurs needs to see the usage behind each charge, or every invoice becomes a dispute; the pricing answer and the visibility answer contradict each other.',
  remedy: 'Give customers at least a usage summary (per-customer DBUs from the billing system tables), or price Databricks into a margin or bundle instead.',
  source: fact('system-tables.free-retention').source,
  inputs: [`${PRICING}.databricks_cost_in_pricing`, `${PRICING}.customer_dbu_visibility`],
  check(ctx) {
    if (ctx.get(`${PRICING}.databricks_cost_in_pricing`) !== 'pass-through' || ctx.get(`${PRICING}.customer_dbu_visibility`) !== 'none') return [];
    return [{ message: 'Databricks cost is passed through to customers, but they get no visibility of the DBUs they are charged for.', path: pathAt(`${PRICING}.customer_dbu_visibility`) }];
  },
};

/** Where the design describes sharing. */
const SHARING_TEXT = [`${PRODUCTS}.delta_sharing`, 'integration.downstream', 'integration.partner_integrations'];
/** A cloud named as where someone runs ("on Azure", "in GCP"), not a cloud service ("Azure AD", "AWS Lambda"). */
const ON_CLOUD = phrasePattern(
  /\b(?:on|in|to|from|using|via) (AWS|Azure|GCP|Google Cloud)\b(?!\s+(?:AD\b|Active Directory|DevOps|Key Vault|Entra|Monitor|Functions|OpenAI|Event Hubs|Data Factory|Purview|Blob|Storage|Lambda|S3\b|IAM\b|KMS\b|Secrets|SageMaker|BigQuery|Pub\/Sub|Marketplace|Private ?Link|Glue))/gi,
);
const CLOUD_ID: Record<string, string> = { aws: 'aws', azure: 'azure', gcp: 'gcp', 'google cloud': 'gcp' };
const CROSS = phrasePattern(/\bcross[- ](?:cloud|region)\b|\b(?:other|another|any|every|all (?:major|three)) (?:clouds?|regions?)\b|\bmulti-?cloud recipients?\b/gi);
/** Words that show the cost of moving the data was considered. */
const MOVEMENT_COST = phrasePattern(/\begress\b|\bdata transfer\b|\btransfer (?:costs?|fees?|charges?)\b|\bnetwork (?:costs?|fees?|charges?)\b|\bCloudflare R2\b|\bR2\b|\bdeep clone\b|\blocal (?:replicas?|cop(?:y|ies))\b/gi);

const movementCost: Rule = {
  id: 'PWAF-COST-021',
  title: 'Sharing across clouds or regions without its egress cost',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger:
    'Delta Sharing is used, where the SOW describes sharing it reaches another cloud or region (names another cloud or region than the design runs in, or says cross-cloud / cross-region), and nothing in the document speaks of egress, data transfer cost, replicas or Cloudflare R2.',
  rationale:
    'Delta Sharing does not copy data: recipients read it from the provider\'s storage, so the cloud vendor charges the provider egress when recipients are in another region or cloud (none within a region). At scale this can exceed the compute cost, and it belongs in the cost model, the pricing and the budgets.',
  remedy: 'Estimate the egress and say who pays it, or avoid it: replicate to the recipients\' regions (deep clone or change data feed) or share from Cloudflare R2.',
  source: fact('delta-sharing.egress-cross-region').source,
  inputs: [`${PRODUCTS}.delta_sharing.status`],
  optionalInputs: [`${PRODUCTS}.delta_sharing.details`, 'integration.downstream', 'deployment.cloud'],
  check(ctx) {
    if (!using(ctx, 'delta_sharing') || phrases(ctx, MOVEMENT_COST).length) return [];
    const inSharing = (path: readonly (string | number)[]) =>
      SHARING_TEXT.some((p) => isUnder(path, p)) || said(ctx, 'product', 'delta-sharing').some((m) => m.path.join('.') === path.join('.'));
    const primary = String(ctx.get('deployment.cloud.primary') ?? '');
    const home = new Set(said(ctx, 'region').filter((m) => !inSharing(m.path)).map((m) => m.id));
    const onCloud = phrases(ctx, ON_CLOUD).find((p) => inSharing(p.path) && primary !== '' && CLOUD_ID[p.match[1].toLowerCase()] !== primary);
    const crossing =
      (onCloud && onCloud.spanOf(onCloud.match.index + onCloud.match[0].length - onCloud.match[1].length, onCloud.match.index + onCloud.match[0].length)) ??
      said(ctx, 'region').find((m) => inSharing(m.path) && home.size > 0 && !home.has(m.id)) ??
      phrases(ctx, CROSS).find((p) => inSharing(p.path));
    if (!crossing) return [];
    return [at(crossing, `Sharing reaches "${crossing.text}", but the document never accounts for the egress this data movement costs.`)];
  },
};

/** Per-customer cost read from a tag on SQL warehouses. */
const WAREHOUSE_TAG = phrasePattern(/\b(?:custom )?tags?\b[^.;]{0,40}?\bon (?:the |each |every |our )?(?:shared |serverless |pro |classic )*(?:SQL )?warehouses?\b|\bwarehouses?'?s? (?:custom )?tags?\b/gi);
const PER_CUSTOMER_SPLIT = /\b(?:per[- ](?:customer|tenant|client|advertiser|merchant|brand|employer|agency)|each (?:customer|tenant|client)'?s?|customer_id|tenant_id|(?:customer|tenant)'?s? share)\b/i;
const SHARED = /\bshared\b|\bmulti-?tenant\b|\ball (?:customers|tenants|clients)\b/i;

const sharedWarehouseTags: Rule = {
  id: 'PWAF-COST-022',
  title: 'Per-customer cost read from tags on shared SQL warehouses',
  pillar: 'measurement',
  area: 'cost',
  severity: 'warning',
  trigger: 'The SOW splits the cost of SQL warehouses shared by several customers per customer by reading a tag on the warehouse.',
  rationale:
    'A SQL warehouse is billed as a single resource in system.billing.usage: a tag on it labels the whole warehouse, so it cannot split a shared warehouse per customer. Per-customer cost of shared warehouses comes from the query history or the attributed cost table (queries weighted by their share), or from a warehouse per customer.',
  remedy: 'Attribute shared warehouses per customer from query history or system.billing.attributed_cost (by the identity or query tag that names the customer), or give large customers their own warehouse.',
  source: fact('system-tables.warehouse-single-resource').source,
  inputs: ['cost_telemetry.cost_allocation'],
  optionalInputs: PROSE_INPUTS,
  check(ctx) {
    const hit = phrases(ctx, WAREHOUSE_TAG).find((p) => {
      const sentence = sentenceAround(p.value, p.match.index);
      return PER_CUSTOMER_SPLIT.test(sentence) && SHARED.test(sentence);
    });
    return hit ? [at(hit, `"${hit.text}": a warehouse is billed as one resource, so its tag cannot split a shared warehouse's cost per customer.`)] : [];
  },
};

export const economicsRules: Rule[] = [pricingFit, movementCost, sharedWarehouseTags];
