// PWAF rules of the security area: how the product authenticates to Databricks, what regulated
// data demands (BAA, compliance security profile, keys, private networking), sovereign clouds and
// data residency against the deployment model.
import { RuleContext } from './context';
import { at, fix, fmt, itemPath, jurisdiction, maxCustomers, mentions } from './helpers';
import { negated, phrasePattern, phrases } from './knowledge/common';
import { PhraseHit } from '../prose/phrases';
import { Rule, RuleHit } from './types';

const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';
const PAT_DOC = 'https://docs.databricks.com/aws/en/dev-tools/auth/pat';
const AUTH_DOC = 'https://docs.databricks.com/dev-tools/auth.html';
const FIREFLY = 'https://databrickslabs.github.io/partner-architecture/built-on/firefly';
const LIMITS = 'https://learn.microsoft.com/azure/databricks/resources/limits';
const CSP_DOC = 'https://docs.databricks.com/security/privacy/security-profile.html';
const CMK_DOC = 'https://learn.microsoft.com/azure/databricks/dev-tools/cli/reference/account-encryption-keys-commands';
const PRIVATE_LINK_DOC = 'https://docs.databricks.com/security/network/front-end/front-end-private-connect.html';
const GOVCLOUD_DOC = 'https://docs.databricks.com/ja/security/privacy/gov-cloud.html';
const AI_GATEWAY_DOC = 'https://learn.microsoft.com/azure/databricks/ai-gateway/overview-beta';
const DEPLOYMENT_MODELS = 'https://databrickslabs.github.io/partner-architecture/built-on/deployment-models';
const TEMPLATE = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';
const GOVERNED_TAGS_DOC = 'https://docs.databricks.com/aws/en/admin/tag-policies/';

const AC = 'governance_security.access_control';
const BACKEND = `${AC}.backend_api_auth`;
const END_USER = `${AC}.end_user_auth`;
const APP_AUTH = `${AC}.app_auth_method`;
const DS = 'governance_security.data_security';
const AT_REST = `${DS}.encryption_at_rest`;
const IN_TRANSIT = `${DS}.encryption_in_transit`;
const NETWORK = `${DS}.network`;
const RC = 'business_requirements.regulatory_compliance';
const RESIDENCY = `${RC}.data_residency`;
const FRAMEWORKS = `${RC}.compliance_frameworks`;
const FRAMEWORKS_OTHER = `${RC}.compliance_frameworks_other`;
const CLASSIFICATION = `${RC}.data_classification`;
const CLOUD = 'deployment.cloud';
const PRIMARY = `${CLOUD}.primary`;
const GOV = `${CLOUD}.gov_sovereign`;
const MODEL = 'deployment.model';
const FOUNDATION = 'implementation_plan.phases.foundation';
const AI_COMPONENTS = 'architecture.products.agent_bricks.components';
const IAC_AUTOMATED = 'operations.iac.automated';
const TAGS = 'cost_telemetry.tagging.required_tags';
const USERS_PER_CUSTOMER = 'business_requirements.customer_segments.expected_usage.concurrent_users_per_customer';
const ASSUMPTIONS = 'appendices.assumptions';

/** Where a statement counts: anywhere but the glossary, which defines terms rather than commits to them. */
const NOT_GLOSSARY = ['appendices.glossary'];
const BAA = /\bBAA\b|business associate (agreement|addendum)/i;
const CSP = phrasePattern(/compliance security profile|enhanced security (?:and|&) compliance/gi);

/**
 * How the document speaks of the compliance security profile: 'committed' when some statement
 * plans it, 'declined' (with the words) when every statement of it is negated or conditional
 * ("we do not plan to buy the Enhanced Security and Compliance add-on", "only if asked"), and
 * 'silent' when it is never named (glossary and out-of-scope list excluded).
 */
function profileStance(ctx: RuleContext): { stance: 'committed' | 'silent' } | { stance: 'declined'; words: PhraseHit } {
  const said = phrases(ctx, CSP);
  if (said.length === 0) return { stance: 'silent' };
  return said.every(negated) ? { stance: 'declined', words: said[0] } : { stance: 'committed' };
}

const IDENTITY_LIMIT = 10_000;
const IDENTITY_WARN = 8_000;

/**
 * The regulated-data selections that make HIPAA apply, with their paths (framework first). PHI
 * without HIPAA counts only where the document does not place the product outside the US: HIPAA
 * is US law, and an EU-only product's health data falls under GDPR instead.
 */
function hipaaScope(ctx: RuleContext): { slug: string; path: (string | number)[] } | undefined {
  const hipaa = itemPath(ctx, FRAMEWORKS, 'hipaa');
  if (hipaa) return { slug: 'hipaa', path: hipaa };
  const phi = itemPath(ctx, CLASSIFICATION, 'phi');
  return phi && jurisdiction(ctx) !== 'elsewhere' ? { slug: 'phi', path: phi } : undefined;
}

/** Where PCI data is declared: the classification `pci` or an "other" framework naming PCI. */
function pciScope(ctx: RuleContext): (string | number)[] | undefined {
  const pci = itemPath(ctx, CLASSIFICATION, 'pci');
  if (pci) return pci;
  const index = ctx.list(FRAMEWORKS_OTHER).findIndex((v) => typeof v === 'string' && /\bPCI\b/i.test(v));
  return index < 0 ? undefined : at(FRAMEWORKS_OTHER, index);
}

function fedrampOrGov(ctx: RuleContext): boolean {
  return ctx.has(FRAMEWORKS, 'fedramp-govcloud') || ctx.has(GOV, 'required');
}

const pats: Rule = {
  id: 'PWAF-SEC-001',
  title: 'Backend authenticates with personal access tokens',
  pillar: 'standards',
  area: 'security',
  severity: 'error',
  trigger: 'Backend API authentication includes personal access tokens (`pat`).',
  rationale:
    'The Built-On checklist requires OAuth for the backend and names long-lived PATs as an anti-pattern. A PAT (for a user or a service principal) is a legacy, long-lived credential valid for one workspace that cannot call account APIs.',
  remedy: 'Authenticate the backend with OAuth M2M service principals; disable PAT creation in production workspaces.',
  recommendation: 'oauth-m2m',
  source: PAT_DOC,
  inputs: [BACKEND],
  check(ctx) {
    const where = itemPath(ctx, BACKEND, 'pat');
    if (!where) return [];
    const hasM2m = RECOMMENDED_BACKEND.some((m) => ctx.has(BACKEND, m));
    return [
      {
        message: 'Backend API authentication lists personal access tokens (pat); use OAuth M2M service principals.',
        path: where,
        fixes: [
          hasM2m
            ? fix.remove('Remove pat (an OAuth method is already listed)', BACKEND, 'pat', true)
            : fix.replace('Replace pat with oauth-m2m', BACKEND, 'pat', ['oauth-m2m'], true),
        ],
      },
    ];
  },
};

/** Backend methods the authentication docs recommend for unattended calls. */
const RECOMMENDED_BACKEND = ['oauth-m2m', 'oauth-federation'];

const noM2m: Rule = {
  id: 'PWAF-SEC-002',
  title: 'Backend authentication without OAuth M2M or token federation',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger: 'Backend API authentication is filled in, has no personal access tokens (SEC-001 covers those) and lacks both OAuth M2M and OAuth token federation.',
  rationale:
    'OAuth M2M with service principals (tokens last one hour, refreshed by the SDKs) and OAuth token federation (the workload exchanges its own identity provider\'s token, so no Databricks secret is stored) are the recommended ways for unattended services to call Databricks.',
  remedy: 'Authenticate the backend with OAuth M2M service principals, or with OAuth token federation from your workload identity provider.',
  recommendation: 'oauth-m2m',
  source: AUTH_DOC,
  inputs: [BACKEND],
  check(ctx) {
    if (ctx.isEmpty(BACKEND) || RECOMMENDED_BACKEND.some((m) => ctx.has(BACKEND, m)) || ctx.has(BACKEND, 'pat')) return [];
    return [
      {
        message: 'Backend API authentication uses neither OAuth M2M service principals nor OAuth token federation.',
        path: at(BACKEND),
        part: 'key',
        fixes: [fix.add('Add oauth-m2m', BACKEND, ['oauth-m2m'], true), fix.add('Add oauth-federation', BACKEND, ['oauth-federation'])],
      },
    ];
  },
};

const foundationAuth: Rule = {
  id: 'PWAF-SEC-003',
  title: 'OAuth M2M not in the foundation phase',
  pillar: 'operations',
  area: 'security',
  severity: 'warning',
  trigger: 'Phase 1 (Foundation) items are chosen but "Authentication (OAuth M2M)" is not one of them.',
  rationale: 'The template puts OAuth M2M authentication in the foundation phase: credentials chosen later get baked into code and onboarding scripts and are costly to replace.',
  remedy: 'Add Authentication (OAuth M2M) to Phase 1.',
  recommendation: 'oauth-m2m',
  source: TEMPLATE,
  inputs: [FOUNDATION],
  check(ctx) {
    if (ctx.isEmpty(FOUNDATION) || ctx.has(FOUNDATION, 'oauth-m2m')) return [];
    return [
      {
        message: 'Phase 1 (Foundation) does not include Authentication (OAuth M2M).',
        path: at(FOUNDATION),
        part: 'key',
        fixes: [fix.add('Add oauth-m2m to Phase 1', FOUNDATION, ['oauth-m2m'], true)],
      },
    ];
  },
};

const appAuthMissing: Rule = {
  id: 'PWAF-SEC-004',
  title: 'App login without an app-to-Databricks method',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'End users log into the partner app, but the method the app uses to call Databricks on their behalf is not chosen.',
  rationale:
    'How app users map to Databricks identities decides what Unity Catalog can enforce and audit. Firefly maps each signed-in user\'s organization to its own service principal (SSO-mapped OAuth).',
  remedy: 'Choose the app-to-Databricks method; SSO-mapped OAuth (per-organization service principal) is the reference pattern.',
  recommendation: 'sso-mapped-oauth',
  source: FIREFLY,
  inputs: [END_USER],
  optionalInputs: [APP_AUTH],
  check(ctx) {
    if (!ctx.has(END_USER, 'app-login') || !ctx.isEmpty(APP_AUTH)) return [];
    return [
      {
        message: 'Users log into your app, but the app-to-Databricks method (SSO-mapped OAuth, SP per user, shared SP) is not chosen.',
        path: at(END_USER),
        fixes: [fix.set('Use sso-mapped-oauth', APP_AUTH, 'sso-mapped-oauth')],
      },
    ];
  },
};

const spPerUser: Rule = {
  id: 'PWAF-SEC-005',
  title: 'Service principal per user exceeds the identity limit',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: `The app uses a service principal per user and customers × concurrent users per customer exceeds ${fmt(IDENTITY_WARN)}.`,
  rationale: `An account holds at most ${fmt(IDENTITY_LIMIT)} users and service principals together (a raisable default). One principal per end user reaches it quickly, and concurrent users are only a lower bound for all users.`,
  remedy: 'Map users to one service principal per customer organization (SSO-mapped OAuth), or request a higher limit before launch.',
  recommendation: 'sso-mapped-oauth',
  source: LIMITS,
  inputs: [APP_AUTH, USERS_PER_CUSTOMER],
  check(ctx) {
    if (!ctx.has(APP_AUTH, 'sp-per-user')) return [];
    const customers = maxCustomers(ctx);
    const perCustomer = ctx.number(USERS_PER_CUSTOMER);
    if (!customers || perCustomer === undefined) return [];
    const identities = customers.value * perCustomer;
    if (identities <= IDENTITY_WARN) return [];
    return [
      {
        message: `A service principal per user means at least ${fmt(identities)} identities (${fmt(customers.value)} customers, ${customers.label}, × ${fmt(perCustomer)} concurrent users), against ${fmt(IDENTITY_LIMIT)} users and service principals per account.`,
        path: at(APP_AUTH),
        fixes: [fix.set('Use sso-mapped-oauth (one service principal per customer)', APP_AUTH, 'sso-mapped-oauth', true)],
      },
    ];
  },
};

const hipaaAgreements: Rule = {
  id: 'PWAF-SEC-006',
  title: 'HIPAA or PHI without a BAA and the compliance security profile',
  pillar: 'standards',
  area: 'security',
  severity: 'error',
  trigger: 'HIPAA is selected, or PHI is classified for a product the document does not place outside the US, and the document nowhere mentions a Business Associate Agreement (BAA) or the compliance security profile (glossary excluded).',
  rationale:
    'PHI may be processed on Databricks only under an active BAA, and HIPAA workloads need the compliance security profile enabled on every workspace that touches PHI (required on AWS; on Azure strongly recommended, so a missing profile alone is a warning there).',
  remedy: 'State in the assumptions (or plan) that a BAA is in place and the compliance security profile with the HIPAA standard is enabled on every PHI workspace.',
  recommendation: 'Assumption: "BAA signed with Databricks; compliance security profile (HIPAA) enabled on all PHI workspaces."',
  source: CSP_DOC,
  inputs: [FRAMEWORKS, CLASSIFICATION],
  assessedWhen: 'any',
  check(ctx) {
    const scope = hipaaScope(ctx);
    if (!scope) return [];
    const profile = profileStance(ctx);
    const missing = [
      ...(mentions(ctx, BAA, NOT_GLOSSARY) ? [] : ['a BAA']),
      ...(profile.stance === 'committed' ? [] : ['the compliance security profile']),
    ];
    if (missing.length === 0) return [];
    // On Azure the profile is strongly recommended for HIPAA but not required; the BAA always is.
    const profileOnlyOnAzure = missing.length === 1 && missing[0] !== 'a BAA' && ctx.has(PRIMARY, 'azure');
    const declined = profile.stance === 'declined' && missing.length === 1 ? profile.words : undefined;
    const what = scope.slug === 'hipaa' ? 'HIPAA is required' : 'PHI is processed';
    return [
      {
        message: declined
          ? `${what} but the document declines the compliance security profile ("${declined.text}" is negated or made conditional); enable it with the HIPAA standard on every PHI workspace.`
          : `${what} but the document does not mention ${missing.join(' or ')}.`,
        ...(profileOnlyOnAzure ? { severity: 'warning' as const } : {}),
        ...(declined ? { path: declined.path, range: declined.range } : { path: scope.path }),
        fixes: [
          fix.add('Add a BAA and compliance-security-profile assumption', ASSUMPTIONS, [
            'A Business Associate Agreement (BAA) with Databricks is in place, and the compliance security profile with the HIPAA standard is enabled on every workspace that processes PHI.',
          ]),
        ],
      },
    ];
  },
};

const regulatedCmk: Rule = {
  id: 'PWAF-SEC-007',
  title: 'HIPAA or PHI without customer-managed keys',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'HIPAA or PHI is selected and encryption at rest uses Databricks-managed keys.',
  rationale: 'Customer-managed keys cover both the control-plane managed services (notebooks, secrets, queries) and workspace storage, and let the partner revoke access to PHI.',
  remedy: 'Use customer-managed keys (CMK) for managed services and workspace storage.',
  recommendation: 'cmk',
  source: CMK_DOC,
  inputs: [CLASSIFICATION, AT_REST],
  optionalInputs: [FRAMEWORKS],
  check(ctx) {
    const scope = hipaaScope(ctx);
    if (!scope || !ctx.has(AT_REST, 'databricks-managed')) return [];
    return [
      {
        message: `${scope.slug === 'hipaa' ? 'HIPAA' : 'PHI'} data is encrypted at rest with Databricks-managed keys; use customer-managed keys (cmk).`,
        path: at(AT_REST),
        fixes: [fix.set('Use customer-managed keys (cmk)', AT_REST, 'cmk', true)],
      },
    ];
  },
};

const regulatedNetwork: Rule = {
  id: 'PWAF-SEC-008',
  title: 'Regulated data over public networking',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'HIPAA, PHI or PCI data is in scope and network security is filled in without private connectivity.',
  rationale: 'Private connectivity (PrivateLink / Private Service Connect) keeps traffic off the public internet; with back-end private connectivity in place, public access can be refused altogether.',
  remedy: 'Add private connectivity for both front-end and back-end traffic.',
  recommendation: 'private-connectivity',
  source: PRIVATE_LINK_DOC,
  inputs: [CLASSIFICATION, NETWORK],
  optionalInputs: [FRAMEWORKS, FRAMEWORKS_OTHER],
  check(ctx) {
    const regulated = hipaaScope(ctx)?.slug ?? (pciScope(ctx) ? 'pci' : undefined);
    if (!regulated || ctx.isEmpty(NETWORK) || ctx.has(NETWORK, 'private-connectivity')) return [];
    return [
      {
        message: `${regulated.toUpperCase()} data is in scope but network security has no private connectivity.`,
        path: at(NETWORK),
        part: 'key',
        fixes: [fix.add('Add private-connectivity', NETWORK, ['private-connectivity'], true)],
      },
    ];
  },
};

const pciProfile: Rule = {
  id: 'PWAF-SEC-009',
  title: 'PCI data without the compliance security profile',
  pillar: 'standards',
  area: 'security',
  severity: 'error',
  trigger: 'PCI data is classified (or PCI is named as another framework) and the document nowhere mentions the compliance security profile (glossary excluded).',
  rationale: 'Processing PCI-DSS data on Databricks requires the compliance security profile (part of the Enhanced Security and Compliance add-on) on the workspaces involved.',
  remedy: 'Plan the compliance security profile with the PCI-DSS standard for every workspace that handles card data, and say so in the document.',
  recommendation: 'Assumption: "Compliance security profile with PCI-DSS enabled on all card-data workspaces."',
  source: CSP_DOC,
  inputs: [CLASSIFICATION],
  optionalInputs: [FRAMEWORKS_OTHER],
  check(ctx) {
    const where = pciScope(ctx);
    const profile = profileStance(ctx);
    if (!where || profile.stance === 'committed') return [];
    const declined = profile.stance === 'declined' ? profile.words : undefined;
    return [
      {
        message: declined
          ? `PCI data is in scope but the document declines the compliance security profile ("${declined.text}" is negated or made conditional); it is required for PCI-DSS.`
          : 'PCI data is in scope but the document does not mention the compliance security profile (required for PCI-DSS).',
        ...(declined ? { path: declined.path, range: declined.range } : { path: where }),
        fixes: [fix.add('Add a compliance-security-profile assumption', ASSUMPTIONS, ['The compliance security profile with the PCI-DSS standard is enabled on every workspace that handles card data.'])],
      },
    ];
  },
};

// FedRAMP levels as partners write them. High and DoD impact levels need a government cloud;
// Moderate is offered in commercial regions through the compliance security profile.
const FEDRAMP_HIGH = /FedRAMP[\s-]*High|\bIL\s?[45]\b|\bImpact Level [45]\b|\bDoD\b/i;
const FEDRAMP_MODERATE = /FedRAMP[\s-]*Moderate/i;

/** The FedRAMP level the document states (glossary excluded), or undefined when it states none. */
function fedrampLevel(ctx: RuleContext): 'high' | 'moderate' | undefined {
  if (mentions(ctx, FEDRAMP_HIGH, NOT_GLOSSARY)) return 'high';
  if (mentions(ctx, FEDRAMP_MODERATE, NOT_GLOSSARY)) return 'moderate';
  return undefined;
}

const fedrampGov: Rule = {
  id: 'PWAF-SEC-010',
  title: 'FedRAMP level and cloud do not fit',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger:
    'FedRAMP / GovCloud is a compliance framework and no government cloud is required: an error when FedRAMP High or a DoD impact level is stated on AWS; a warning when the level is not stated, or when FedRAMP Moderate is stated without the compliance security profile.',
  rationale:
    'On AWS, Databricks offers FedRAMP Moderate in commercial regions through the compliance security profile (classic compute in all regions, serverless only in us-east-1), while FedRAMP High and DoD IL5 run in Databricks on AWS GovCloud. Which one applies depends on the level the agency requires, so the SOW must state it.',
  remedy:
    'State the FedRAMP level. For Moderate, enable the compliance security profile with the FedRAMP Moderate standard and check serverless availability in your regions; for High or IL5, deploy in AWS GovCloud and set GovCloud/sovereign cloud to "required".',
  recommendation: 'required',
  source: CSP_DOC,
  inputs: [FRAMEWORKS],
  optionalInputs: [GOV, FRAMEWORKS_OTHER],
  check(ctx) {
    const fedramp = itemPath(ctx, FRAMEWORKS, 'fedramp-govcloud');
    if (!fedramp || ctx.text(GOV) === 'required') return [];
    const level = fedrampLevel(ctx);
    const setRequired = (preferred: boolean) => fix.set('Set GovCloud/sovereign cloud to required', GOV, 'required', preferred);
    if (level === 'high') {
      const aws = ctx.has(PRIMARY, 'aws');
      return [
        {
          message: `FedRAMP High / DoD impact level is stated, but no government cloud is required${aws ? '; on AWS these run in Databricks on AWS GovCloud' : '; confirm where Databricks offers this level on your cloud'}.`,
          path: ctx.isEmpty(GOV) ? fedramp : at(GOV),
          severity: aws ? 'error' : 'warning',
          fixes: [setRequired(true)],
        },
      ];
    }
    if (level === 'moderate') {
      // The FedRAMP Moderate standard of the compliance security profile is documented on AWS; on
      // Azure, FedRAMP comes from the cloud's own authorisation.
      if (!ctx.has(PRIMARY, 'aws') || profileStance(ctx).stance === 'committed') return [];
      return [
        {
          message: 'FedRAMP Moderate in a commercial region needs the compliance security profile with the FedRAMP Moderate standard, which the document does not mention.',
          path: fedramp,
          fixes: [fix.add('Add a compliance-security-profile assumption', ASSUMPTIONS, ['The compliance security profile with the FedRAMP Moderate standard is enabled on every workspace in scope.'], true)],
        },
      ];
    }
    return [
      {
        message:
          'FedRAMP is required but its level is not stated: Moderate runs in commercial regions with the compliance security profile, High and DoD IL5 need AWS GovCloud. State the level.',
        path: fedramp,
        fixes: [setRequired(false)],
      },
    ];
  },
};

const fedrampGcp: Rule = {
  id: 'PWAF-SEC-011',
  title: 'FedRAMP or GovCloud on GCP',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'FedRAMP / GovCloud is required (framework or sovereign-cloud answer) and the primary cloud is GCP.',
  rationale:
    'Databricks documents its government offering on AWS GovCloud (FedRAMP High, DoD IL5). Azure Government regions lack Unity Catalog and Databricks SQL, which a Built-On product needs, so moving there trades one gap for another.',
  remedy: 'Confirm the FedRAMP level and GCP availability with Databricks and record it, or plan the government workloads on AWS GovCloud.',
  recommendation: 'aws',
  source: GOVCLOUD_DOC,
  inputs: [FRAMEWORKS, PRIMARY],
  optionalInputs: [GOV],
  check(ctx) {
    if (!fedrampOrGov(ctx) || !ctx.has(PRIMARY, 'gcp')) return [];
    return [
      {
        message: 'FedRAMP / GovCloud is required but the primary cloud is GCP; Databricks\' government offering is documented on AWS GovCloud (Azure Government lacks Unity Catalog and Databricks SQL).',
        path: at(PRIMARY),
        fixes: [fix.set('Use AWS (GovCloud)', PRIMARY, 'aws')],
      },
    ];
  },
};

const govAiGateway: Rule = {
  id: 'PWAF-SEC-012',
  title: 'AI Gateway planned in a government cloud',
  pillar: 'architecture',
  area: 'security',
  severity: 'warning',
  trigger: 'GovCloud is required (or FedRAMP selected) and the Agent Bricks components include AI Gateway.',
  rationale: 'Unity AI Gateway is not available on AWS GovCloud or Azure Government, so model governance must be planned another way there.',
  remedy: 'Remove AI Gateway from the government deployment and record how model access is governed instead.',
  source: AI_GATEWAY_DOC,
  inputs: [AI_COMPONENTS],
  optionalInputs: [FRAMEWORKS, GOV],
  check(ctx) {
    const where = itemPath(ctx, AI_COMPONENTS, 'ai-gateway');
    if (!where || !fedrampOrGov(ctx)) return [];
    return [
      {
        message: 'AI Gateway is planned, but it is not available on AWS GovCloud or Azure Government.',
        path: where,
        fixes: [fix.remove('Remove ai-gateway', AI_COMPONENTS, 'ai-gateway')],
      },
    ];
  },
};

const MULTIPLE = 'deployment.multiple_models';

const residencyVsModel: Rule = {
  id: 'PWAF-SEC-013',
  title: 'Data must stay in the customer account, but the model is Partner Hosted',
  pillar: 'architecture',
  area: 'security',
  severity: 'error',
  trigger:
    'Data residency requires data to remain in the customer\'s cloud account and does not allow central or hybrid storage, while the deployment model is Partner Hosted SaaS (error) or a customer segment under Multiple Models is Partner Hosted (warning: residency may differ per segment, but the document does not say so).',
  rationale: 'In the Partner Hosted model the data lives in the partner\'s environment (residency control is low). Hybrid keeps the data plane, and Side Car the data, in the customer\'s account.',
  remedy: 'Choose Hybrid (partner control plane, customer data plane) or Side Car for these customers, or state which segments may keep data in the partner environment.',
  recommendation: 'hybrid',
  source: DEPLOYMENT_MODELS,
  inputs: [RESIDENCY, MODEL],
  optionalInputs: [MULTIPLE],
  check(ctx) {
    const onlyCustomerAccount = ctx.has(RESIDENCY, 'customer-cloud-account') && !ctx.has(RESIDENCY, 'partner-centralized') && !ctx.has(RESIDENCY, 'hybrid');
    if (!onlyCustomerAccount) return [];
    if (ctx.has(MODEL, 'partner-hosted')) {
      return [
        {
          message: 'Data must remain in the customer\'s cloud account, but Partner Hosted SaaS keeps it in the partner\'s environment.',
          path: at(MODEL),
          // Hybrid keeps the data plane in the customer's account and needs nothing else to change.
          fixes: [fix.set('Use the Hybrid model', MODEL, 'hybrid', true)],
        },
      ];
    }
    if (!ctx.has(MODEL, 'multiple')) return [];
    return ctx.rows(MULTIPLE).flatMap((row, index): RuleHit[] =>
      row.deployment_model !== 'partner-hosted'
        ? []
        : [
            {
              message: `Data must remain in the customer's cloud account, but the "${String(row.customer_segment ?? `segment ${index + 1}`)}" segment is Partner Hosted, which keeps data in the partner's environment.`,
              path: at(MULTIPLE, index, 'deployment_model'),
              severity: 'warning',
            },
          ],
    );
  },
};

const weakTls: Rule = {
  id: 'PWAF-SEC-014',
  title: 'Encryption in transit below TLS 1.2',
  pillar: 'standards',
  area: 'security',
  severity: 'error',
  trigger: 'Encryption in transit is SSL or no encryption (error), or names a TLS version below 1.2 (warning).',
  rationale: 'The template asks for TLS 1.2 or newer in transit. SSL and unencrypted connections expose data on the wire; TLS 1.0 and 1.1 are deprecated protocols with known weaknesses.',
  remedy: 'Require TLS 1.2 or newer for all connections.',
  recommendation: 'TLS 1.2+',
  source: TEMPLATE,
  inputs: [IN_TRANSIT],
  check(ctx) {
    const value = ctx.text(IN_TRANSIT).trim();
    if (!value) return [];
    const version = /\bTLS\s*v?(\d+(?:\.\d+)?)/i.exec(value);
    const oldTls = version !== null && Number(version[1]) < 1.2;
    const unencrypted = !version && /\bSSL\b|\bnone\b|\bunencrypted\b|plain\s*text|^no\b/i.test(value);
    if (!oldTls && !unencrypted) return [];
    return [
      {
        message: `Encryption in transit is "${value}", below the TLS 1.2+ baseline.`,
        path: at(IN_TRANSIT),
        severity: unencrypted ? 'error' : 'warning',
        fixes: [fix.set('Set to TLS 1.2+', IN_TRANSIT, 'TLS 1.2+', true)],
      },
    ];
  },
};

const secretsAutomation: Rule = {
  id: 'PWAF-SEC-015',
  title: 'Secret management not automated',
  pillar: 'operations',
  area: 'security',
  severity: 'info',
  trigger: 'Automated IaC items are listed but secret management is not one of them.',
  rationale: 'The Built-On checklist keeps secrets in Databricks secrets or a cloud secret manager, never in code or config; provisioning them as code is how that stays true for every customer.',
  remedy: 'Automate secret scopes and secret-manager entries with the rest of the infrastructure.',
  recommendation: 'secret-management',
  source: CHECKLIST,
  inputs: [IAC_AUTOMATED],
  check(ctx) {
    if (ctx.isEmpty(IAC_AUTOMATED) || ctx.has(IAC_AUTOMATED, 'secret-management')) return [];
    return [
      {
        message: 'Secret management is not among the automated infrastructure items.',
        path: at(IAC_AUTOMATED),
        part: 'key',
        fixes: [fix.add('Add secret-management', IAC_AUTOMATED, ['secret-management'], true)],
      },
    ];
  },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const personalTagValues: Rule = {
  id: 'PWAF-SEC-016',
  title: 'Personal data in tag values',
  pillar: 'standards',
  area: 'security',
  severity: 'warning',
  trigger: 'An example value of a required tag is an email address.',
  rationale: 'Tag values are plain text that shows up in billing data and may be replicated across regions; they must never carry personal or sensitive data. Use opaque ids such as cust_12345.',
  remedy: 'Use opaque identifiers in tags and keep the mapping to people in your own database.',
  recommendation: 'opaque ids such as cust_12345',
  source: GOVERNED_TAGS_DOC,
  inputs: [TAGS],
  check(ctx) {
    const hits: RuleHit[] = [];
    ctx.list(TAGS).forEach((item, index) => {
      if (!item || typeof item !== 'object') return;
      const row = item as Record<string, unknown>;
      const values = Array.isArray(row.example_values) ? row.example_values : [];
      values.forEach((value, i) => {
        if (typeof value !== 'string' || !EMAIL.test(value.trim())) return;
        hits.push({
          message: `Tag ${String(row.tag_key ?? '')} uses an email address (${value}) as a value; tag values must not carry personal data.`,
          path: at(TAGS, index, 'example_values', i),
          fixes: [{ title: `Remove ${value}`, operations: [{ kind: 'removeItem', path: at(TAGS, index, 'example_values'), item: value }] }],
        });
      });
    });
    return hits;
  },
};

export const securityRules: Rule[] = [
  pats,
  noM2m,
  foundationAuth,
  appAuthMissing,
  spPerUser,
  hipaaAgreements,
  regulatedCmk,
  regulatedNetwork,
  pciProfile,
  fedrampGov,
  fedrampGcp,
  govAiGateway,
  residencyVsModel,
  weakTls,
  secretsAutomation,
  personalTagValues,
];
