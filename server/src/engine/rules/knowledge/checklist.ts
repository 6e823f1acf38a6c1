// Checklist must-haves and operations reality: lineage, grants, partner attribution in every model
// where the customer owns the account, and automation claims against the steps described.
import { fact } from '../../knowledge/index';
import { deploymentModels, at as pathAt, mentions } from '../helpers';
import { Rule } from '../types';
import { at, negated, phrasePattern, phrases, PRODUCTS, said, sentenceAround } from './common';

const NOT_GLOSSARY = ['appendices.glossary', 'appendices.out_of_scope'];

const lineage: Rule = {
  id: 'PWAF-GOV-020',
  title: 'Data lineage not addressed',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger: 'Unity Catalog is used and the SOW never mentions lineage.',
  rationale: 'The Built-On checklist lists data lineage enabled among the Unity Catalog must-haves: reviewers need to see how lineage is captured (Unity Catalog records it for workloads it governs) and who uses it.',
  remedy: 'State in the Unity Catalog details how lineage is captured and used (for example lineage system tables for impact analysis and audits).',
  source: fact('pwaf.checklist-lineage').source,
  inputs: [`${PRODUCTS}.unity_catalog.status`],
  check(ctx) {
    if (ctx.get(`${PRODUCTS}.unity_catalog.status`) !== 'using' || said(ctx, 'claim', 'lineage').length) return [];
    return [{ message: 'Unity Catalog is used, but the document never says how data lineage is captured or used.', path: pathAt(`${PRODUCTS}.unity_catalog`), part: 'key' }];
  },
};

const GRANTS = /\bgrants? (?:on|to)\b|\bGRANT\b|\bprivileges?\b|\bUnity Catalog grants\b/i;

const grants: Rule = {
  id: 'PWAF-GOV-021',
  title: 'Access grants not defined',
  pillar: 'standards',
  area: 'governance',
  severity: 'warning',
  trigger: 'Unity Catalog is used, the RBAC table is empty and no text describes grants, privileges or permissions.',
  rationale: 'The Built-On checklist requires access control grants defined: which groups get which privileges on which catalogs is what isolates customers and what reviewers check.',
  remedy: 'Fill the RBAC table: each role, its privileges and the Unity Catalog grants (to account groups) that implement it.',
  source: fact('pwaf.checklist-grants').source,
  inputs: [`${PRODUCTS}.unity_catalog.status`],
  optionalInputs: ['governance_security.access_control.rbac'],
  check(ctx) {
    if (ctx.get(`${PRODUCTS}.unity_catalog.status`) !== 'using') return [];
    if (ctx.rows('governance_security.access_control.rbac').length || mentions(ctx, GRANTS, NOT_GLOSSARY)) return [];
    return [{ message: 'Unity Catalog is used, but no grants are defined: the RBAC table is empty and no text says who is granted what.', path: pathAt('governance_security.access_control.rbac'), part: 'key' }];
  },
};

/** Models where the partner's code runs in a Databricks account the customer owns. */
const CUSTOMER_ACCOUNT_MODELS = new Set(['customer-managed']);

const userAgent: Rule = {
  id: 'PWAF-OPS-020',
  title: 'No partner attribution (User-Agent) in customer-managed deployments',
  pillar: 'measurement',
  area: 'operations',
  severity: 'warning',
  trigger: 'The deployment model (or one of several models) is Customer Managed, telemetry is collected (OPS-010 covers none at all), and the SOW never mentions a User-Agent.',
  rationale:
    'In the customer\'s account, the partner\'s usage cannot be told apart by account or workspace; Databricks attributes it through the User-Agent `<isv-name_product-name>/<product-version>` the partner sets on every API, SDK, SQL connector and Lakebase connection.',
  remedy: 'Set a stable User-Agent on every Databricks connection your product makes, and say where it is set and how you verify it (query history, audit logs).',
  source: fact('partner-attribution.user-agent').source,
  inputs: ['deployment.model'],
  optionalInputs: ['deployment.multiple_models', 'cost_telemetry.telemetry.collection'],
  check(ctx) {
    const inCustomerAccount = deploymentModels(ctx).filter((m) => CUSTOMER_ACCOUNT_MODELS.has(m));
    if (inCustomerAccount.length === 0 || ctx.has('cost_telemetry.telemetry.collection', 'none') || said(ctx, 'claim', 'user-agent').length) return [];
    return [{ message: `${[...new Set(inCustomerAccount)].join(', ')} runs in the customer's account, but the document never says how usage is attributed (User-Agent).`, path: pathAt('deployment.model') }];
  },
};

const MANUAL_STEP =
  phrasePattern(/\bmanual(?:ly)?\b|\bby hand\b|\b(?:raise|open|file|submit)s? an? (?:support )?ticket\b|\b(?:via|over|by) e-?mail\b|\bspreadsheet\b|\bcopy[- ]paste\b|\bpasted into\b|\bclick-?ops\b|\ban? (?:platform|support|data|operations|DevOps) engineer (?:creates|adds|checks|configures|sets up|runs|grants)\b/gi);

/** A claim that onboarding or provisioning needs no people, said in prose. */
const FULLY_AUTOMATED = phrasePattern(/\b(?:fully|completely|100 ?%|end[- ]to[- ]end) automated\b|\bzero[- ]touch\b|\btouchless\b|\bno manual (?:steps?|work|intervention|effort)\b|\bwithout (?:any )?(?:manual|human) (?:steps?|intervention|involvement)\b|\bno human in the loop\b/gi);
const ABOUT_ONBOARDING = /\b(?:onboard\w*|provision\w*|install\w*|set-?up|deploy\w*|new customers?|tenants?)\b/i;

const automationClaim: Rule = {
  id: 'PWAF-OPS-021',
  title: 'Fully automated onboarding with manual steps',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger:
    'Onboarding automation is stated as 100%, or the text calls onboarding or provisioning fully automated (zero-touch, no manual steps), while the onboarding steps describe manual work (manually, by hand, a ticket, e-mail, a spreadsheet).',
  rationale: 'The automation level and the onboarding time target are only credible if the steps described are automated; a manual step in the middle is where onboarding waits and where it goes wrong.',
  remedy: 'Automate the step, or state the real automation level and the time the manual step takes.',
  source: fact('pwaf.checklist-automation').source,
  inputs: ['operations.onboarding.steps'],
  optionalInputs: ['operations.onboarding.automation_level_pct'],
  check(ctx) {
    const claim =
      ctx.number('operations.onboarding.automation_level_pct') === 100
        ? 'Onboarding is stated as 100% automated'
        : phrases(ctx, FULLY_AUTOMATED)
            .filter((p) => {
              const sentence = sentenceAround(p.value, p.match.index);
              return !negated(p) && ABOUT_ONBOARDING.test(sentence) && !/\b(?:except|apart from|other than|besides)\b/i.test(sentence);
            })
            .map((p) => `The document calls onboarding "${p.text}"`)[0];
    if (!claim) return [];
    // One problem, one finding: the first manual step, with the count of the others.
    const [first, ...more] = phrases(ctx, MANUAL_STEP, 'operations.onboarding.steps');
    if (!first) return [];
    const others = more.length ? ` (and ${more.length} more manual step${more.length > 1 ? 's' : ''})` : '';
    return [at(first, `${claim}, but this step says "${first.text}"${others}.`)];
  },
};

export const checklistRules: Rule[] = [lineage, grants, userAgent, automationClaim];
