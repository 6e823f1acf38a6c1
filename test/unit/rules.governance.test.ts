import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { RuleContext } from '../../server/src/engine/rules/context';
import { governanceRules } from '../../server/src/engine/rules/governance';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, mutate, TODAY } from '../support/rules';

const UC = ['governance_security', 'unity_catalog'];
const PRODUCT = ['architecture', 'products', 'unity_catalog'];
const PATTERN = [...PRODUCT, 'design_pattern'];
const TENANCY = ['deployment', 'tenancy', 'strategy'];
const DS = ['governance_security', 'data_security'];
const M24 = ['deployment', 'tenancy', 'scale_projections', 'months_24', 'customers'];
const WA = () => example('well-architected');

describeCases('governance', WA, governanceRules.map((r) => r.id), [
  { id: 'PWAF-GOV-001', edits: [[[...UC, 'adoption'], 'partial']], expect: ['partial'], fix: 'Set adoption to full' },
  { id: 'PWAF-GOV-002', edits: [[[...PRODUCT, 'status'], 'roadmapped']], expect: ['roadmapped'], fix: 'Set Unity Catalog to using' },
  { id: 'PWAF-GOV-003', edits: [[[...UC, 'adoption'], 'not-yet']], expect: ['not-yet'] },
  { id: 'PWAF-GOV-004', edits: [[[...PRODUCT, 'details'], 'Reference tables stay in the Hive metastore.']], expect: ['Hive metastore'] },
  { id: 'PWAF-GOV-004', edits: [[['architecture', 'external_dependencies', 0, 'purpose'], 'AWS Glue Data Catalog for raw files']], expect: ['AWS Glue Data Catalog'] },
  { id: 'PWAF-GOV-005', edits: [[[...UC, 'catalog_structure'], null]], expect: ['catalog_structure'] },
  { id: 'PWAF-GOV-006', edits: [[[...UC, 'workspace_bindings'], null]], expect: ['workspace_bindings'] },
  { id: 'PWAF-GOV-007', edits: [[TENANCY, 'workspace-per-tenant'], [PATTERN, ['schema-per-tenant']]], expect: ['design_pattern'], fix: 'Add catalog-per-customer' },
  { id: 'PWAF-GOV-008', edits: [[TENANCY, 'multi-tenant-workspace'], [PATTERN, []]], expect: ['design_pattern'] },
  { id: 'PWAF-GOV-009', edits: [[PATTERN, ['multi-tenant-rls']]], expect: ['multi-tenant-rls'], fix: 'Add row-level-security to masking' },
  { id: 'PWAF-GOV-010', edits: [[['governance_security', 'access_control', 'app_auth_method'], 'shared-sp'], [[...DS, 'masking'], ['column-masking', 'row-level-security']]], expect: ['shared-sp'], fix: 'Use sso-mapped-oauth (a service principal per customer)' },
  { id: 'PWAF-GOV-011', edits: [[M24, 900]], expect: ['catalog-per-customer'] },
  { id: 'PWAF-GOV-012', edits: [[PATTERN, ['schema-per-tenant']], [M24, 12000]], expect: ['schema-per-tenant'] },
  { id: 'PWAF-GOV-013', edits: [[[...DS, 'masking'], []]], expect: ['masking'], fix: 'Add column-masking' },
  { id: 'PWAF-GOV-014', edits: [[[...DS, 'audit'], ['external-siem']]], expect: ['audit'], fix: 'Add system-tables' },
  { id: 'PWAF-GOV-015', edits: [[['governance_security', 'access_control', 'rbac', 1, 'implementation'], 'Direct grants to jane@lumen.example']], expect: ['Direct grants to jane@lumen.example'] },
  { id: 'PWAF-GOV-016', edits: [[['success_metrics', 'technical', 0, 'target'], '95%']], expect: ['95%'], fix: 'Set the target to 100%' },
  { id: 'PWAF-GOV-016', edits: [[['implementation_plan', 'milestones', 1, 'success_criteria'], '90% of tables in UC']], expect: ['90% of tables in UC'], fix: 'Use "100% of tables governed by Unity Catalog"' },
  { id: 'PWAF-GOV-017', edits: [[[...UC, 'adoption_pct'], 90]], expect: ['90'], fix: 'Set the percentage to 100' },
]);

describe('rules: governance edge cases', () => {
  const wa = WA();
  const severities = (id: string, text: string) => {
    const rule = governanceRules.find((r) => r.id === id)!;
    return rule.check(new RuleContext(new SowDocument('file:///g.sow.yaml', 1, text), TODAY)).map((h) => h.severity ?? rule.severity);
  };

  it('nothing fires on an empty governance section', () => {
    const empty = mutate(wa, [[['governance_security'], null], [['architecture'], null], [['success_metrics'], null], [['implementation_plan'], null]]);
    for (const r of governanceRules) assert.deepStrictEqual(hitsOf(r.id, empty).map((h) => h.message), [], r.id);
  });

  it('catalogs per metastore: quiet up to 800, a warning above (quotas can be raised, so never an error; hub catalog counted)', () => {
    assert.deepStrictEqual(severities('PWAF-GOV-011', mutate(wa, [[M24, 799]])), []);
    assert.deepStrictEqual(severities('PWAF-GOV-011', mutate(wa, [[M24, 800]])), ['warning']);
    assert.deepStrictEqual(severities('PWAF-GOV-011', mutate(wa, [[M24, 1000]])), ['warning']);
  });

  it('schemas per catalog: a warning above 8,000, also past 10,000', () => {
    const schema = (n: number) => mutate(wa, [[PATTERN, ['schema-per-tenant']], [M24, n]]);
    assert.deepStrictEqual(severities('PWAF-GOV-012', schema(8000)), []);
    assert.deepStrictEqual(severities('PWAF-GOV-012', schema(9000)), ['warning']);
    assert.deepStrictEqual(severities('PWAF-GOV-012', schema(10001)), ['warning']);
  });

  it('a legacy metastore named in a risk or the glossary is not a finding', () => {
    const text = mutate(wa, [
      [['risks', 'technical', 0, 'mitigation'], 'Migrate remaining Hive metastore tables in Phase 1.'],
      [['appendices', 'glossary', 0, 'definition'], 'Unlike the Hive metastore, UC spans workspaces.'],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-GOV-004', text), []);
  });

  it('an isolating "other" pattern or RLS in a shared workspace satisfies GOV-008', () => {
    assert.deepStrictEqual(hitsOf('PWAF-GOV-008', mutate(wa, [[TENANCY, 'multi-tenant-workspace'], [PATTERN, ['multi-tenant-rls']]])), []);
    assert.deepStrictEqual(hitsOf('PWAF-GOV-008', mutate(wa, [[TENANCY, 'multi-tenant-workspace'], [PATTERN, []], [[...PRODUCT, 'design_pattern_other'], ['ABAC policies per tenant tag']]])), []);
  });
});
