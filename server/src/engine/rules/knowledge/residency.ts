// Residency: "data must remain in the customer's region" against where services process data and
// where sharing sends it.
import { fact } from '../../knowledge/index';
import { isUnder } from '../../prose/index';
import { itemPath } from '../helpers';
import { Rule, RuleHit } from '../types';
import { at, cloudOf, onePerValue, PRODUCTS, said, using } from './common';

const RESIDENCY = 'business_requirements.regulatory_compliance.data_residency';

const geoProcessing: Rule = {
  id: 'PWAF-SEC-024',
  title: 'Region residency with services that process data by geography',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'On commercial Azure, data must remain in the customer\'s region and the design uses Genie or Foundation Model APIs.',
  rationale:
    'Genie and Foundation Model APIs are Designated Services: they process customer content within a geography (a group of regions, such as the United States or the EU Data Boundary), not necessarily in the workspace\'s region, and pay-per-token models are unavailable outside the US and EU geographies.',
  remedy: 'Confirm the customer\'s residency requirement is met at the geography level, or keep these services off region-bound data; state the answer in the assumptions.',
  source: fact('genie.designated-service').source,
  inputs: [RESIDENCY, 'deployment.cloud.primary'],
  check(ctx) {
    if (cloudOf(ctx) !== 'azure' || !ctx.has(RESIDENCY, 'customer-region')) return [];
    // In Azure Government these services are not offered at all (SEC-022, SEC-012 report that).
    if (ctx.get('deployment.cloud.gov_sovereign') === 'required') return [];
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

export const residencyRules: Rule[] = [geoProcessing, sharingOutOfBoundary];
