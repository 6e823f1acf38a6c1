// Identity and privilege: credentials kept outside a secret manager, credentials that never
// expire, and partner identities holding admin rights in a customer's account.
import { fact } from '../../knowledge/index';
import { Rule, RuleHit } from '../types';
import { at, onePerValue, phrasePattern, phrases, PROSE_INPUTS, said } from './common';

const PLAIN_SECRET =
  phrasePattern(/\b(?:tokens?|secrets?|keys?|credentials?|passwords?|PATs?)\b[^.;]{0,60}?\b(?:stored|kept|held|saved|embedded|hard-?coded|checked in|committed|placed|put|entered|passed|pasted|written)\b[^.;]{0,40}?\b(?:in|into|inside|as)\s+(?:an?\s+|the\s+|our\s+)?(?:[\w.]+\s+)?(?:environment variables?|\.env(?: files?)?|config(?:uration)?(?: files?| notebooks?)?|notebooks?|job parameters?|Delta tables?|properties files?|source(?: code)?|code|(?:git )?repo(?:sitory)?|YAML|plain ?text|spreadsheets?)\b/gi);

const plainSecrets: Rule = {
  id: 'PWAF-SEC-027',
  title: 'Credentials kept outside a secret manager',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger: 'The SOW says tokens, keys, secrets or passwords are stored in environment variables, configuration files, code or a repository.',
  rationale: 'The Built-On checklist requires secrets stored in Databricks Secrets or a cloud provider secret manager, and names long-lived tokens hard-coded in code or config files as an anti-pattern: such secrets leak through images, logs and repositories and cannot be rotated centrally.',
  remedy: 'Keep credentials in Databricks Secrets or the cloud secret manager (AWS Secrets Manager, Azure Key Vault, Google Secret Manager) and read them at run time.',
  source: fact('pwaf.checklist-secrets').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  check(ctx) {
    return onePerValue(phrases(ctx, PLAIN_SECRET).map((p) => at(p, `"${p.text}": keep credentials in Databricks Secrets or a cloud secret manager instead.`)));
  },
};

const nonExpiring: Rule = {
  id: 'PWAF-SEC-028',
  title: 'Credentials that never expire',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger: 'The SOW describes tokens, keys or sharing credentials that never expire (no expiry, non-expiring, lifetime tokens).',
  rationale:
    'Personal access tokens can be created with an unlimited lifetime unless admins cap it, and open-sharing recipients authenticate with long-lived bearer tokens. A credential that never expires stays valid after it leaks or its owner leaves; the checklist names long-lived PATs as an anti-pattern.',
  remedy: 'Use OAuth (one-hour tokens refreshed automatically), cap token lifetime (maxTokenLifetimeDays), and rotate sharing credentials or use OIDC federation for open-sharing recipients.',
  source: fact('identity.pat-lifetime').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  check(ctx) {
    const hits: RuleHit[] = said(ctx, 'claim', 'non-expiring-credential').map((m) => at(m, `"${m.text}": credentials should expire and rotate (OAuth tokens, capped token lifetime).`));
    return onePerValue(hits);
  },
};

const PARTNER_ADMIN =
  phrasePattern(/\b(?:our|partner|vendor)(?:'s)?\s+(?:support\s+|engineering\s+|operations\s+|ops\s+|platform\s+|delivery\s+)?(?:engineers?|team|staff|service principals?|identit(?:y|ies)|accounts?|consultants?)\b[^.;]{0,80}?\b(?:account|workspace|metastore) admin(?:istrator)?s?\b/gi);

const partnerAdmin: Rule = {
  id: 'PWAF-SEC-029',
  title: 'Partner identities with admin rights in the customer\'s account',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'In a deployment model where the customer owns the Databricks account (Customer Managed, Side Car, Hybrid or several models), the SOW gives the partner\'s people or service principals account, workspace or metastore admin rights.',
  rationale:
    'When the customer owns the account, the partner\'s role is enablement, not operation (partner control over the platform is "none" for Customer Managed and "medium" for Side Car and Hybrid). Standing admin rights for partner identities there exceed least privilege and make the partner a path into every customer\'s data.',
  remedy: 'Grant partner identities only the privileges their tasks need (a service principal with scoped grants, time-bound access for support), and let the customer\'s admins hold the admin roles.',
  source: fact('pwaf.partner-control').source,
  inputs: ['deployment.model'],
  check(ctx) {
    const model = ctx.get('deployment.model');
    if (!['customer-managed', 'side-car', 'hybrid', 'multiple'].includes(String(model))) return [];
    return onePerValue(phrases(ctx, PARTNER_ADMIN).map((p) => at(p, `"${p.text}" in a ${String(model)} deployment: partner identities should not hold standing admin rights in the customer's account.`)));
  },
};

export const identityRules: Rule[] = [plainSecrets, nonExpiring, partnerAdmin];
