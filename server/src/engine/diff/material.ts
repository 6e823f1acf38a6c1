// Which changes to a SOW are material: under the PWAF's validation rules a partner "must notify
// Databricks and obtain revalidation before deploying material changes"
// (https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews).
// The table maps the SOW fields that carry what a validation assessed — the Built-On
// checklist's critical requirements and the scope of the review — to the reason a change there
// needs revalidation. docs/material-changes.md documents it; the diff report cites it.
import { Path } from '../types';

export const REVALIDATION_SOURCE = 'https://databrickslabs.github.io/partner-architecture/partner-well-architected-reviews';
const CHECKLIST = 'https://databrickslabs.github.io/partner-architecture/built-on/ARCHITECTURE-REQUIREMENTS-CHECKLIST';

export interface MaterialField {
  /** Dotted path; `*` matches one key. A change at or below it is material. */
  path: string;
  reason: string;
  source: string;
}

export const MATERIAL_FIELDS: readonly MaterialField[] = [
  { path: 'deployment.model', reason: 'Deployment model changed: who runs the infrastructure and where customer data lives (checklist: deployment model clarity)', source: CHECKLIST },
  { path: 'deployment.multiple_models', reason: 'Deployment models offered changed (checklist: deployment model clarity)', source: CHECKLIST },
  { path: 'deployment.tenancy.strategy', reason: 'Workspace tenancy changed: tenant isolation, limits and cost attribution (checklist: tenancy model)', source: CHECKLIST },
  { path: 'deployment.cloud.primary', reason: 'Primary cloud changed', source: REVALIDATION_SOURCE },
  { path: 'deployment.cloud.multi_cloud', reason: 'Multi-cloud strategy changed', source: REVALIDATION_SOURCE },
  { path: 'deployment.cloud.secondary_clouds', reason: 'Clouds served changed', source: REVALIDATION_SOURCE },
  { path: 'deployment.cloud.gov_sovereign', reason: 'Government or sovereign cloud use changed (compliance scope)', source: REVALIDATION_SOURCE },
  { path: 'executive_summary.business_overview.target_market.geographic_focus', reason: 'Regions served changed (metastores per region, residency)', source: REVALIDATION_SOURCE },
  { path: 'business_requirements.regulatory_compliance.data_residency', reason: 'Data residency changed (compliance)', source: REVALIDATION_SOURCE },
  { path: 'business_requirements.regulatory_compliance.compliance_frameworks', reason: 'Compliance frameworks changed', source: REVALIDATION_SOURCE },
  { path: 'business_requirements.regulatory_compliance.compliance_frameworks_other', reason: 'Compliance frameworks changed', source: REVALIDATION_SOURCE },
  { path: 'business_requirements.regulatory_compliance.data_classification', reason: 'Data classification changed (which controls the data needs)', source: REVALIDATION_SOURCE },
  { path: 'governance_security.access_control.end_user_auth', reason: 'End-user authentication changed (checklist: authentication)', source: CHECKLIST },
  { path: 'governance_security.access_control.app_auth_method', reason: 'Application authentication to Databricks changed (checklist: authentication)', source: CHECKLIST },
  { path: 'governance_security.access_control.backend_api_auth', reason: 'Backend API authentication changed (checklist: OAuth M2M, no PATs)', source: CHECKLIST },
  { path: 'governance_security.unity_catalog.adoption', reason: 'Unity Catalog adoption changed (checklist: 100% Unity Catalog)', source: CHECKLIST },
  { path: 'governance_security.data_security.network', reason: 'Network security changed (security standards of the validation)', source: REVALIDATION_SOURCE },
  { path: 'governance_security.data_security.network_other', reason: 'Network security changed (security standards of the validation)', source: REVALIDATION_SOURCE },
  { path: 'governance_security.data_security.encryption_at_rest', reason: 'Encryption at rest changed (security standards of the validation)', source: REVALIDATION_SOURCE },
  { path: 'cost_telemetry.tagging.implementation', reason: 'Tagging for cost attribution changed (checklist: tagging & cost attribution)', source: CHECKLIST },
  { path: 'operations.iac.tools', reason: 'Infrastructure-as-code tooling changed (checklist: infrastructure as code)', source: CHECKLIST },
  { path: 'architecture.products.*.status', reason: 'A Databricks product was added to or dropped from the architecture', source: REVALIDATION_SOURCE },
];

/** The material field a change at `path` falls under, if any. */
export function materialFieldOf(path: Path): MaterialField | undefined {
  const keys = path.filter((s): s is string => typeof s === 'string');
  return MATERIAL_FIELDS.find((m) => {
    const parts = m.path.split('.');
    return parts.length <= keys.length && parts.every((p, i) => p === '*' || p === keys[i]);
  });
}
