// Residency: "data must remain in the customer's region" against where services process data and
// where sharing sends it.
import { fact } from '../../knowledge/index';
import { isUnder } from '../../prose/index';
import { itemPath } from '../helpers';
import { Rule, RuleHit } from '../types';
import { at, cloudOf, onePerValue, phrasePattern, phrases, PRODUCTS, said, samePath, sentenceAround, using } from './common';

const RESIDENCY = 'business_requirements.regulatory_compliance.data_residency';

/** Words that show the SOW treats residency at the Geo level Designated Services work at. */
const GEO_ANSWERED = phrasePattern(/\bDesignated Services?\b|\b(?:within|inside|in) (?:the |its |their |each |the workspace's |the customer's )?(?:Geo|Geography|geography)\b/g);

const geoProcessing: Rule = {
  id: 'PWAF-SEC-024',
  title: 'Region residency with services that process data by geography',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'On commercial Azure, data must remain in the customer\'s region, the design uses Genie or Foundation Model APIs, and the document never speaks of Designated Services or processing within the Geo.',
  rationale:
    'Genie and Foundation Model APIs are Designated Services: they process customer content within a geography (a group of regions, such as the United States or the EU Data Boundary), not necessarily in the workspace\'s region, and pay-per-token models are unavailable outside the US and EU geographies.',
  remedy: 'Confirm the customer\'s residency requirement is met at the geography level, or keep these services off region-bound data; state the answer in the assumptions.',
  source: fact('genie.designated-service').source,
  inputs: [RESIDENCY, 'deployment.cloud.primary'],
  check(ctx) {
    if (cloudOf(ctx) !== 'azure' || !ctx.has(RESIDENCY, 'customer-region')) return [];
    // In Azure Government these services are not offered at all (SEC-022, SEC-012 report that).
    if (ctx.get('deployment.cloud.gov_sovereign') === 'required') return [];
    // The document already answers at the geography level (the remedy this rule asks for).
    if (phrases(ctx, GEO_ANSWERED).length) return [];
    const hits: RuleHit[] = [];
    const genie = using(ctx, 'aibi_genie') ? itemPath(ctx, `${PRODUCTS}.aibi_genie.components`, 'genie') : undefined;
    if (genie) hits.push({ message: 'Data must remain in the customer\'s region, but Genie processes data within the geography, not only the region.', path: genie });
    const fmapi = using(ctx, 'agent_bricks') ? itemPath(ctx, `${PRODUCTS}.agent_bricks.components`, 'foundation-model-apis') : undefined;
    if (fmapi) hits.push({ message: 'Data must remain in the customer\'s region, but Foundation Model APIs process data within the geography (US or EU Data Boundary), not only the region.', path: fmapi });
    return hits;
  },
};

const SHARING_TEXT = [`${PRODUCTS}.delta_sharing`, 'integration.downstream.egress'];

const sharingOutOfBoundary: Rule = {
  id: 'PWAF-SEC-025',
  title: 'Delta Sharing out of the data\'s region or government cloud',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger:
    'Data must remain in the customer\'s region, or a government cloud is required, and where the SOW describes sharing it names a region or cloud the rest of the design does not run in.',
  rationale:
    'A share is served from the provider\'s metastore, and the recipient reads the data from wherever its own workspace runs. Sharing to a recipient in another region, cloud or outside a government cloud moves regulated data out of the boundary the SOW promises (and costs egress).',
  remedy: 'Share only within the boundary (recipients in the same region or government cloud), or state which data may leave it and why.',
  source: fact('delta-sharing.share-one-metastore').source,
  inputs: [`${PRODUCTS}.delta_sharing.status`],
  optionalInputs: [RESIDENCY, 'deployment.cloud.gov_sovereign', `${PRODUCTS}.delta_sharing.details`, 'integration.downstream.egress'],
  check(ctx) {
    if (!using(ctx, 'delta_sharing')) return [];
    const bound = ctx.has(RESIDENCY, 'customer-region') || ctx.get('deployment.cloud.gov_sovereign') === 'required';
    if (!bound) return [];
    const inSharing = (path: readonly (string | number)[]) => SHARING_TEXT.some((p) => isUnder(path, p));
    const regions = said(ctx, 'region');
    const home = new Set(regions.filter((m) => !inSharing(m.path)).map((m) => m.id));
    const clouds = new Set([String(ctx.get('deployment.cloud.primary') ?? ''), ...ctx.list('deployment.cloud.secondary_clouds').map(String)]);
    const hits: RuleHit[] = [];
    for (const m of regions.filter((r) => inSharing(r.path) && home.size > 0 && !home.has(r.id))) {
      hits.push(at(m, `Data is bound to its region, but sharing names ${m.text}, where the rest of the design does not run.`));
    }
    for (const m of said(ctx, 'cloud').filter((c) => inSharing(c.path) && !clouds.has(c.id))) {
      hits.push(at(m, `Data is bound to its region, but sharing reaches recipients on ${m.text}, another cloud.`));
    }
    // One finding per statement: the first boundary the sentence crosses.
    return onePerValue(hits);
  },
};

/** The geography of a region code, as far as residency promises go. */
function geographyOf(region: string): string | undefined {
  const r = region.toLowerCase();
  if (/^(?:ca-|canada|northamerica-northeast)/.test(r)) return 'Canada';
  if (/^(?:us-|usgov|northamerica-)|(?:east|west|central|northcentral|southcentral|westcentral)us\d?$/.test(r)) return 'the United States';
  if (/^(?:eu-|europe-|uk|germany|france|switzerland|norway|sweden|poland|italy|spain)|europe$/.test(r)) return 'Europe';
  if (/^(?:ap-|asia-|australia|japan|korea|southeastasia|eastasia|centralindia|southindia)/.test(r)) return 'Asia Pacific';
  if (/^(?:sa-|southamerica-|brazil)/.test(r)) return 'South America';
  if (/^(?:me-|il-|af-|uae)/.test(r)) return 'the Middle East and Africa';
  return undefined;
}

const MOVES = phrasePattern(/\b(?:export\w*|cop(?:y|ied|ies)|replicat\w*|ship\w*|sen[dt]\w*|mov\w*|pool\w*|train\w*|transfer\w*|stream\w*|centrali[sz]\w*)\b/gi);
/** The data comes from many customers' environments, not one. */
const POOLED = /\bfrom (?:each|every|both|all)\b|\bpooled\b|\bcross-(?:customer|tenant|client|operator|advertiser|region|market)\b|\ball (?:customers|tenants|clients|regions)\b/i;
/** Aggregated or de-identified data is what the remedy asks for. */
const NOT_PERSONAL = /\b(?:aggregat\w*|non-personal|anonymi[sz]\w*|de-?identif\w*|synthetic|statistic\w*)\b/i;
/** Disaster recovery copies are judged by OPS-023/026, not here. */
const RECOVERY = /\b(?:disaster|DR|failover|fail over|paired|standby|secondary|backup)\b/i;

const dataLeavesGeography: Rule = {
  id: 'PWAF-SEC-036',
  title: 'Customer data pooled into a region in another geography',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger:
    'Data must remain in the customer\'s region, and a statement moves data gathered from several customers\' environments (from each workspace, pooled, cross-customer) into a named region whose geography differs from a region the design serves customers in (disaster-recovery copies excluded).',
  rationale:
    'Pooling record-level data from customers in one geography into a region in another (to train a shared model, to benchmark) takes it out of the region the SOW promises it stays in; pseudonymised records are still personal data under GDPR. A Unity Catalog metastore is regional, so the copy also leaves that region\'s governance.',
  remedy: 'Keep the processing in each customer\'s region (train per region, federate), move only aggregated non-personal data, or change the residency commitment with the customers\' agreement.',
  source: fact('unity-catalog.metastores-per-region').source,
  inputs: [RESIDENCY],
  optionalInputs: ['architecture.data_flow', 'appendices.assumptions'],
  check(ctx) {
    if (!ctx.has(RESIDENCY, 'customer-region')) return [];
    const regions = said(ctx, 'region');
    for (const p of phrases(ctx, MOVES)) {
      const sentence = sentenceAround(p.value, p.match.index);
      if (!POOLED.test(sentence) || RECOVERY.test(sentence) || NOT_PERSONAL.test(sentence)) continue;
      const inSentence = regions.filter((m) => samePath(m.path, p.path) && sentence.includes(m.text));
      const elsewhere = regions.filter((m) => !inSentence.includes(m));
      for (const target of inSentence) {
        const geo = geographyOf(target.id);
        const home = elsewhere.map((m) => geographyOf(m.id)).find((g) => g && geo && g !== geo);
        if (geo && home) return [at(target, `Data pooled from customers' environments moves to ${target.text} (${geo}), but data must remain in the customer's region and customers are served in ${home}.`)];
      }
    }
    return [];
  },
};

export const residencyRules: Rule[] = [geoProcessing, sharingOutOfBoundary, dataLeavesGeography];
