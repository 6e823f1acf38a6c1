// Product fit: what the SOW relies on a product for against what the product does — delivery
// guarantees, workload type, audience — wherever the SOW states it, in choices or in prose.
import { fact } from '../../knowledge/index';
import { isUnder } from '../../prose/index';
import { Rule } from '../types';
import { at, onePerValue, phrasePattern, phrases, PRODUCTS, PROSE_INPUTS, saidAbout, sentenceAround, using } from './common';

const zerobusExactlyOnce: Rule = {
  id: 'PWAF-ARCH-021',
  title: 'Exactly-once delivery expected from Zerobus',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'Zerobus is used or roadmapped and the SOW, where it describes Zerobus, relies on exactly-once delivery or no duplicates.',
  rationale: 'Zerobus Ingest provides at-least-once delivery only: a retried write can land twice, so tables fed by it must be deduplicated downstream (for example by an event id in the silver layer).',
  remedy: 'Give each record an id and deduplicate downstream (MERGE or a streaming dedup on the id); do not promise exactly-once from ingestion alone.',
  source: fact('zerobus.at-least-once').source,
  inputs: [`${PRODUCTS}.zerobus.status`],
  optionalInputs: [`${PRODUCTS}.zerobus.details`],
  check(ctx) {
    if (!using(ctx, 'zerobus')) return [];
    return onePerValue(
      saidAbout(ctx, 'claim', 'exactly-once', 'zerobus', `${PRODUCTS}.zerobus`).map((m) =>
        at(m, `"${m.text}" is relied on from Zerobus, which delivers at least once: plan deduplication downstream.`),
      ),
    );
  },
};

const oltpOnWarehouse: Rule = {
  id: 'PWAF-ARCH-022',
  title: 'Transactional workload on SQL warehouses',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'Where the SOW describes Databricks SQL, it describes an OLTP or transactional workload (row-level writes, point lookups, many small transactions) and Lakebase is not used.',
  rationale:
    'SQL warehouses serve analytics over Delta tables; Lakebase is the Postgres (OLTP) database for applications. Serving an application\'s transactional reads and writes from a warehouse gives poor latency and concurrency for that workload.',
  remedy: 'Put the transactional state in Lakebase (synced with Delta tables where analytics need it) and keep SQL warehouses for analytics.',
  source: fact('lakebase.purpose').source,
  inputs: [`${PRODUCTS}.dbsql.status`],
  optionalInputs: [`${PRODUCTS}.dbsql.details`, `${PRODUCTS}.lakebase.status`],
  check(ctx) {
    if (!using(ctx, 'dbsql') || ctx.get(`${PRODUCTS}.lakebase.status`) === 'using') return [];
    return onePerValue(
      saidAbout(ctx, 'claim', 'oltp', 'dbsql', `${PRODUCTS}.dbsql`).map((m) => at(m, `"${m.text}" is planned on SQL warehouses; an OLTP workload belongs in Lakebase.`)),
    );
  },
};

const publicApp: Rule = {
  id: 'PWAF-ARCH-023',
  title: 'Databricks App for a public audience',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'Databricks Apps are used and the SOW, where it describes the app, expects public or anonymous access.',
  rationale:
    'A Databricks app cannot be made public: anonymous access and bypassing single sign-on are not supported, and outside users must be onboarded as account users through identity federation. A public audience needs an externally hosted front end that calls Databricks on the users\' behalf.',
  remedy: 'Host the public front end outside Databricks (calling Databricks through a backend with OAuth M2M), or restrict the app to federated account users.',
  source: fact('databricks-apps.not-public').source,
  inputs: [`${PRODUCTS}.databricks_apps.status`],
  optionalInputs: [`${PRODUCTS}.databricks_apps.details`],
  check(ctx) {
    if (!using(ctx, 'databricks_apps')) return [];
    return onePerValue(
      saidAbout(ctx, 'claim', 'public-access', 'databricks-apps', `${PRODUCTS}.databricks_apps`).map((m) =>
        at(m, `"${m.text}": a Databricks app cannot be public or anonymous; its users must sign in as account users.`),
      ),
    );
  },
};

const D2D = /\bDatabricks-to-Databricks\b|\bD2D\b/i;
const OPEN_SHARING = /\bopen sharing\b|\bbearer tokens?\b|\bOIDC\b|\bDatabricks-to-Open\b/i;

const NO_DATABRICKS =
  phrasePattern(/\b(?:without (?:their own |a |an |any )?Databricks(?: workspace| account)?|(?:do|does) not need a Databricks (?:account|workspace)|no Databricks (?:account|workspace)|(?:not|aren't|are not) on Databricks|(?:don't|do not|doesn't|does not) (?:use|have|run) Databricks)\b/gi);

const d2dWithoutDatabricks: Rule = {
  id: 'PWAF-ARCH-024',
  title: 'Databricks-to-Databricks sharing to recipients without Databricks',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger: 'The SOW plans Databricks-to-Databricks sharing and, in the same statement, recipients that have no Databricks workspace or account.',
  rationale:
    'Databricks-to-Databricks sharing needs a recipient with a Unity Catalog-enabled workspace; recipients without one must use open sharing (bearer tokens or OIDC federation), which supports fewer asset types and puts credential management on the provider.',
  remedy: 'Use open sharing (preferably with OIDC federation) for recipients without Databricks, or require a Unity Catalog-enabled workspace on the recipient side.',
  source: fact('delta-sharing.d2d-needs-uc-recipient').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  check(ctx) {
    return onePerValue(
      phrases(ctx, NO_DATABRICKS)
        .filter((p) => {
          // The same sentence must plan D2D for them (and not already route them to open sharing).
          const sentence = sentenceAround(p.value, p.match.index);
          return D2D.test(sentence) && !OPEN_SHARING.test(sentence);
        })
        .map((p) => at(p, `"${p.text}": Databricks-to-Databricks sharing needs a recipient with a Unity Catalog-enabled workspace; use open sharing for them.`)),
    );
  },
};

/** A provider-side policy: row filters, column masks, ABAC, or the identity functions they use. */
const PROVIDER_POLICY = phrasePattern(/\brow[- ]level (?:filters?|security)\b|\brow filters?\b|\bcolumn masks?\b|\bABAC(?: polic(?:y|ies))?\b|\bis_account_group_member\b|\bis_member\b|\bcurrent_user\(\)/gi);
/** The statement relies on the policy to restrict what each recipient sees. */
const RESTRICTS = /\b(?:only|limits?|restrict\w*|isolat\w*|its own|their own|sees?|per[- ](?:recipient|customer|tenant))\b/i;
const CURRENT_RECIPIENT = phrasePattern(/\bcurrent_recipient\b/gi);
const SHARING_WORDS = /\b(?:Delta Sharing|OpenSharing|recipients?|shares|(?:the|a|each|every|its|their|one) share)\b/i;

const providerPolicyForRecipients: Rule = {
  id: 'PWAF-ARCH-025',
  title: 'Provider row filters relied on to restrict share recipients',
  pillar: 'architecture',
  area: 'architecture',
  severity: 'warning',
  trigger:
    'Delta Sharing is used and, where the SOW describes sharing, a provider-side row filter, column mask or ABAC policy (or is_account_group_member / current_user()) is relied on to limit what each recipient sees, and current_recipient() appears nowhere in the document.',
  rationale:
    'Provider policies do not govern recipients: a table protected by row filters or column masks can be shared only when the share owner is exempt from them, and recipients then see the unfiltered, unmasked data. Group membership and current_user() mean nothing for a recipient, who is not a provider user. Per-recipient filtering is written into shared views with current_recipient() and recipient properties.',
  remedy: 'Share per-recipient views filtered with current_recipient() (recipient properties such as the customer id), or per-customer tables or shares.',
  source: fact('delta-sharing.provider-policies-not-for-recipients').source,
  inputs: [`${PRODUCTS}.delta_sharing.status`],
  optionalInputs: [`${PRODUCTS}.delta_sharing.details`, 'integration'],
  check(ctx) {
    if (!using(ctx, 'delta_sharing') || phrases(ctx, CURRENT_RECIPIENT).length) return [];
    const hit = phrases(ctx, PROVIDER_POLICY).find(
      (p) => {
        const sentence = sentenceAround(p.value, p.match.index);
        return (isUnder(p.path, `${PRODUCTS}.delta_sharing`) || SHARING_WORDS.test(sentence)) && RESTRICTS.test(sentence);
      },
    );
    return hit ? [at(hit, `"${hit.text}" is relied on for recipients, but provider policies do not apply to them: filter shared views with current_recipient().`)] : [];
  },
};

export const productFitRules: Rule[] = [zerobusExactlyOnce, oltpOnWarehouse, publicApp, d2dWithoutDatabricks, providerPolicyForRecipients];
