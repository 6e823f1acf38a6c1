// Identity and privilege: credentials kept outside a secret manager, credentials that never
// expire, and partner identities holding admin rights in a customer's account.
import { fact } from '../../knowledge/index';
import { Rule, RuleHit } from '../types';
import { at, negated, onePerValue, phrasePattern, phrases, PROSE_INPUTS, said, sentenceAround } from './common';

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

const RBAC = 'governance_security.access_control.rbac';
const ADMIN_ROLE = phrasePattern(/\b(?:account|metastore) admin(?:istrator|istration)?s?\b/gi);
/** Admin held by a whole team rather than a few named people. */
const WHOLE_TEAM = /\b(?:all|every|each)(?: (?:\w+|\d+))? (?:engineers|developers|team members|staff|users|consultants)\b|\banyone (?:can|on the team)\b|\bthe whole team\b|\beveryone\b/i;
/** The admin identity also serves requests (an API, app or queries run as it). */
const SERVES_REQUESTS =
  /\balso (?:uses?|used|runs?|serves?)\b|\b(?:shared|reused) (?:by|with) [^.;]{0,60}\b(?:API|app|application|portal|workbench|frontend|queries)\b|\b(?:API|app|application|portal|workbench)s? (?:also )?(?:uses?|runs? as|falls? back to)\b/i;

const broadAdmin: Rule = {
  id: 'PWAF-SEC-034',
  title: 'Admin roles held by a whole team or by a serving identity',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'A role in the RBAC table holds account admin or metastore admin and the row gives it to a whole team (all engineers, anyone), or the same identity also serves an API, app or user queries.',
  rationale:
    'Account admin and metastore admin are the most powerful roles: account admins control metastores, workspaces and admin roles; metastore admins own top-level securables and can create shares and grant them to any recipient. Held by a whole team, one mistake exposes a customer\'s data to another; used by a serving path, every request runs with rights that bypass per-customer isolation.',
  remedy: 'Keep admin roles to a few named people or a break-glass group and the provisioning service principal; give serving paths and engineers scoped grants (least privilege), and manage shares through code.',
  source: fact('identity.admin-roles').source,
  // Partner identities as admins in a customer's account is the same problem, stated by SEC-029.
  subsumes: ['PWAF-SEC-029'],
  inputs: [RBAC],
  check(ctx) {
    const rows = ctx.rows(RBAC);
    const hits: RuleHit[] = [];
    const flagged = new Set<number>();
    for (const p of phrases(ctx, ADMIN_ROLE, RBAC)) {
      const index = Number(p.path[3]);
      if (flagged.has(index) || !rows[index]) continue;
      const row = Object.values(rows[index]).filter((v) => typeof v === 'string').join(' ');
      // A whole team in the same sentence as the admin role; a serving path anywhere in the row.
      const why = WHOLE_TEAM.test(sentenceAround(p.value, p.match.index)) ? 'a whole team holds it' : SERVES_REQUESTS.test(row) ? 'the same identity also serves requests' : undefined;
      if (!why) continue;
      flagged.add(index);
      hits.push(at(p, `"${p.text}" where ${why}: keep admin roles to a few named people or the provisioning identity and grant the rest least privilege.`));
    }
    return hits;
  },
};

const PAT = phrasePattern(/\bpersonal access tokens?\b|\bPATs?\b/g);
/** A clause that moves away from PATs rather than using them. */
const AWAY_FROM = /\b(?:replac\w*|instead of|rather than|migrat\w*|retir\w*|phas\w* out|deprecat\w*|revok\w*|disabl\w*|forbid\w*|prohibit\w*|ban\w*|block\w*|avoid\w*|no longer)\b/i;

const patInProse: Rule = {
  id: 'PWAF-SEC-035',
  title: 'Personal access tokens used where the text describes the design',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'The text describes personal access tokens (PATs) in use — a pipeline, job, integration or support path that authenticates with one — while the backend authentication answer does not list PATs (SEC-001 reports that answer); statements that negate, replace or forbid PATs do not count.',
  rationale:
    'The Built-On checklist asks for OAuth instead of personal access tokens: a PAT is tied to a person, is long-lived unless capped, and is easily copied into scripts and shared with vendors. A PAT described in prose is the same anti-pattern as one chosen in the answers, only harder to see.',
  remedy: 'Use OAuth M2M with a service principal (or OAuth token federation) for that path, and say so where the PAT is described.',
  source: fact('pwaf.checklist-secrets').source,
  inputs: PROSE_INPUTS,
  assessedWhen: 'any',
  optionalInputs: ['governance_security.access_control.backend_api_auth'],
  check(ctx) {
    if (ctx.has('governance_security.access_control.backend_api_auth', 'pat')) return [];
    // A PAT that never expires is one statement, one finding: SEC-028 reports it there.
    const neverExpiring = new Set(said(ctx, 'claim', 'non-expiring-credential').map((m) => m.path.join('\u0000')));
    const used = phrases(ctx, PAT).find(
      (p) => !negated(p) && !AWAY_FROM.test(sentenceAround(p.value, p.match.index)) && !neverExpiring.has(p.path.join('\u0000')),
    );
    return used ? [at(used, `"${used.text}" is used here, but the checklist asks for OAuth instead of personal access tokens.`)] : [];
  },
};

export const identityRules: Rule[] = [plainSecrets, nonExpiring, partnerAdmin, broadAdmin, patInProse];
