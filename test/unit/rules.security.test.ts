import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { RuleContext } from '../../server/src/engine/rules/context';
import { securityRules } from '../../server/src/engine/rules/security';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, mutate, TODAY } from '../support/rules';

const AC = ['governance_security', 'access_control'];
const DS = ['governance_security', 'data_security'];
const RC = ['business_requirements', 'regulatory_compliance'];
const CLOUD = ['deployment', 'cloud'];
const WA = () => example('well-architected');

describeCases('security', WA, securityRules.map((r) => r.id), [
  { id: 'PWAF-SEC-001', edits: [[[...AC, 'backend_api_auth'], ['pat']]], expect: ['pat'], fix: 'Replace pat with oauth-m2m' },
  { id: 'PWAF-SEC-001', edits: [[[...AC, 'backend_api_auth'], ['oauth-m2m', 'pat']]], expect: ['pat'], fix: 'Remove pat (an OAuth method is already listed)' },
  { id: 'PWAF-SEC-002', edits: [[[...AC, 'backend_api_auth'], ['session-tokens']]], expect: ['backend_api_auth'], fix: 'Add oauth-m2m' },
  { id: 'PWAF-SEC-003', edits: [[['implementation_plan', 'phases', 'foundation'], ['workspace-provisioning', 'unity-catalog-setup']]], expect: ['foundation'], fix: 'Add oauth-m2m to Phase 1' },
  { id: 'PWAF-SEC-004', edits: [[[...AC, 'app_auth_method'], undefined]], expect: ['app-login'] },
  { id: 'PWAF-SEC-005', edits: [[[...AC, 'app_auth_method'], 'sp-per-user'], [['business_requirements', 'customer_segments', 'expected_usage', 'concurrent_users_per_customer'], 100]], expect: ['sp-per-user'], fix: 'Use sso-mapped-oauth (one service principal per customer)' },
  { id: 'PWAF-SEC-006', edits: [[[...RC, 'compliance_frameworks'], ['gdpr', 'hipaa']]], expect: ['hipaa'] },
  { id: 'PWAF-SEC-006', edits: [[[...RC, 'data_classification'], ['pii', 'phi']], [['appendices', 'assumptions'], ['A BAA with Databricks is signed.']]], expect: ['phi'] },
  { id: 'PWAF-SEC-007', edits: [[[...RC, 'data_classification'], ['phi']]], expect: ['databricks-managed'], fix: 'Use customer-managed keys (cmk)' },
  { id: 'PWAF-SEC-008', edits: [[[...RC, 'data_classification'], ['pci']], [[...DS, 'network'], ['public-ip-allowlist']]], expect: ['network'], fix: 'Add private-connectivity' },
  { id: 'PWAF-SEC-009', edits: [[[...RC, 'data_classification'], ['pii', 'pci']]], expect: ['pci'] },
  { id: 'PWAF-SEC-009', edits: [[[...RC, 'compliance_frameworks_other'], ['PCI DSS 4.0']]], expect: ['PCI DSS 4.0'] },
  { id: 'PWAF-SEC-010', edits: [[[...RC, 'compliance_frameworks'], ['fedramp-govcloud']], [[...RC, 'compliance_frameworks_other'], ['FedRAMP High']]], expect: ['not-required'], fix: 'Set GovCloud/sovereign cloud to required' },
  { id: 'PWAF-SEC-010', edits: [[[...RC, 'compliance_frameworks'], ['fedramp-govcloud']], [[...CLOUD, 'gov_sovereign'], undefined]], expect: ['fedramp-govcloud'] },
  { id: 'PWAF-SEC-010', edits: [[[...RC, 'compliance_frameworks'], ['fedramp-govcloud']], [['appendices', 'assumptions'], ['Agency customers require FedRAMP Moderate.']]], expect: ['fedramp-govcloud'], fix: 'Add a compliance-security-profile assumption' },
  { id: 'PWAF-SEC-011', edits: [[[...CLOUD, 'gov_sovereign'], 'required'], [[...CLOUD, 'primary'], 'gcp']], expect: ['gcp'] },
  { id: 'PWAF-SEC-012', edits: [[[...CLOUD, 'gov_sovereign'], 'required']], expect: ['ai-gateway'] },
  { id: 'PWAF-SEC-013', edits: [[[...RC, 'data_residency'], ['customer-cloud-account']]], expect: ['partner-hosted'], fix: 'Use the Hybrid model' },
  { id: 'PWAF-SEC-014', edits: [[[...DS, 'encryption_in_transit'], 'TLS 1.0']], expect: ['TLS 1.0'], fix: 'Set to TLS 1.2+' },
  { id: 'PWAF-SEC-014', edits: [[[...DS, 'encryption_in_transit'], 'SSL']], expect: ['SSL'], fix: 'Set to TLS 1.2+' },
  { id: 'PWAF-SEC-015', edits: [[['operations', 'iac', 'automated'], ['workspace-provisioning', 'uc-setup']]], expect: ['automated'], fix: 'Add secret-management' },
  { id: 'PWAF-SEC-016', edits: [[['cost_telemetry', 'tagging', 'required_tags', 0, 'example_values'], ['cust_1', 'jane.doe@acme.example']]], expect: ['jane.doe@acme.example'] },
]);

describe('rules: security edge cases', () => {
  const wa = WA();
  const quiet = (id: string, edits: Parameters<typeof mutate>[1]) => assert.deepStrictEqual(hitsOf(id, mutate(wa, edits)).map((h) => h.message), [], id);

  it('nothing fires on an empty access-control or compliance section', () => {
    const empty = mutate(wa, [[['governance_security'], null], [['business_requirements'], null], [['implementation_plan'], null], [['operations'], null], [['cost_telemetry'], null]]);
    for (const r of securityRules) assert.deepStrictEqual(hitsOf(r.id, empty).map((h) => h.message), [], r.id);
  });

  it('HIPAA passes once a BAA and the compliance security profile are stated outside the glossary', () => {
    quiet('PWAF-SEC-006', [
      [[...RC, 'compliance_frameworks'], ['hipaa']],
      [['appendices', 'assumptions'], ['BAA signed; compliance security profile (HIPAA) on all PHI workspaces.']],
    ]);
    const glossaryOnly = mutate(wa, [
      [[...RC, 'compliance_frameworks'], ['hipaa']],
      [['appendices', 'glossary'], [{ term: 'BAA', definition: 'Business associate agreement; see the compliance security profile.' }]],
    ]);
    assert.strictEqual(hitsOf('PWAF-SEC-006', glossaryOnly).length, 1);
  });

  it('TLS 1.2+ and TLS 1.3 pass', () => {
    quiet('PWAF-SEC-014', [[[...DS, 'encryption_in_transit'], 'TLS 1.3 everywhere']]);
  });

  it('FedRAMP: a government cloud or FedRAMP Moderate with the compliance security profile passes; High is an error only on AWS', () => {
    const fedramp: [Parameters<typeof mutate>[1][number][0], unknown] = [[...RC, 'compliance_frameworks'], ['fedramp-govcloud']];
    quiet('PWAF-SEC-010', [fedramp, [[...CLOUD, 'gov_sovereign'], 'required']]);
    quiet('PWAF-SEC-010', [fedramp, [['appendices', 'assumptions'], ['FedRAMP Moderate: compliance security profile enabled on all workspaces.']]]);
    const severity = (edits: Parameters<typeof mutate>[1]) => {
      const rule = securityRules.find((r) => r.id === 'PWAF-SEC-010')!;
      return rule.check(new RuleContext(new SowDocument('file:///x', 1, mutate(wa, edits)), TODAY)).map((h) => h.severity ?? rule.severity);
    };
    const high: Parameters<typeof mutate>[1][number] = [[...RC, 'compliance_frameworks_other'], ['DoD IL5']];
    assert.deepStrictEqual(severity([fedramp, high]), ['error']);
    assert.deepStrictEqual(severity([fedramp, high, [[...CLOUD, 'primary'], 'azure']]), ['warning']);
    assert.deepStrictEqual(severity([fedramp, [[...CLOUD, 'gov_sovereign'], 'roadmapped']]), ['warning']);
  });

  it('PHI of a product the document places outside the US needs no HIPAA BAA; OAuth token federation satisfies the backend rule', () => {
    quiet('PWAF-SEC-006', [
      [[...RC, 'data_classification'], ['pii', 'phi']],
      [['executive_summary', 'business_overview', 'target_market', 'geographic_focus'], 'EU (Germany, France, Nordics)'],
      [['appendices', 'assumptions'], ['All customers are served from eu-central-1.']],
    ]);
    quiet('PWAF-SEC-002', [[[...AC, 'backend_api_auth'], ['oauth-federation']]]);
    quiet('PWAF-SEC-001', [[[...AC, 'backend_api_auth'], ['oauth-federation']]]);
  });

  it('a service principal per user warns above 8,000 identities and is an error above 10,000', () => {
    const users = ['business_requirements', 'customer_segments', 'expected_usage', 'concurrent_users_per_customer'];
    // 90 customers (24-month projection) × 100 users = 9,000; × 120 = 10,800; × 80 = 7,200.
    quiet('PWAF-SEC-005', [[[...AC, 'app_auth_method'], 'sp-per-user'], [users, 80]]);
    const warn = hitsOf('PWAF-SEC-005', mutate(wa, [[[...AC, 'app_auth_method'], 'sp-per-user'], [users, 100]]));
    assert.match(warn[0].message, /9,000 identities/);
  });
});
