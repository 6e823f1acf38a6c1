import * as assert from 'assert';
import { architectureRules } from '../../server/src/engine/rules/architecture';
import { governanceRules } from '../../server/src/engine/rules/governance';
import { securityRules } from '../../server/src/engine/rules/security';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, findingsOf, mutate, textAt } from '../support/rules';

const DEP = ['deployment'];
const TENANCY = ['deployment', 'tenancy'];
const PRODUCTS = ['architecture', 'products'];
const CLOUD = ['deployment', 'cloud'];
const WA = () => example('well-architected');

describeCases('architecture', WA, architectureRules.map((r) => r.id), [
  { id: 'PWAF-ARCH-001', edits: [[[...DEP, 'model'], null]], expect: ['model'] },
  { id: 'PWAF-ARCH-002', edits: [[[...DEP, 'model'], 'multiple']], expect: ['multiple'] },
  { id: 'PWAF-ARCH-002', edits: [[[...DEP, 'multiple_models'], [{ customer_segment: 'Enterprise', deployment_model: 'hybrid', justification: 'Residency' }]]], expect: ['partner-hosted'] },
  { id: 'PWAF-ARCH-003', edits: [[[...TENANCY, 'strategy'], null]], expect: ['partner-hosted'] },
  { id: 'PWAF-ARCH-003', edits: [[[...DEP, 'model'], 'multiple'], [[...DEP, 'multiple_models'], [{ customer_segment: 'SMB', deployment_model: 'partner-hosted' }]], [[...TENANCY, 'strategy'], undefined]], expect: ['multiple'] },
  { id: 'PWAF-ARCH-004', edits: [[[...TENANCY, 'justification'], null]], expect: ['hybrid'] },
  { id: 'PWAF-ARCH-005', edits: [[[...TENANCY, 'strategy'], 'workspace-per-tenant']], expect: ['6', '12', '25'] },
  { id: 'PWAF-ARCH-006', edits: [[['executive_summary', 'business_metrics', 'workspaces', 'month_12'], 14]], expect: ['12'] },
  { id: 'PWAF-ARCH-006', edits: [[['scale_performance', 'targets', 'month_12', 'customers'], 30]], expect: ['30'] },
  { id: 'PWAF-ARCH-006', edits: [[['scale_performance', 'capacity', 'workspaces_at_scale'], 20]], expect: ['20'] },
  { id: 'PWAF-ARCH-007', edits: [[['architecture', 'diagram', 'show'], 'custom']], expect: ['custom'], fix: 'Show the generated diagram' },
  { id: 'PWAF-ARCH-008', edits: [[['architecture', 'diagram', 'shows'], ['data-sources', 'databricks-components']]], expect: ['shows'] },
  { id: 'PWAF-ARCH-009', edits: [[[...DEP, 'model'], 'side-car'], [[...PRODUCTS, 'delta_sharing', 'status'], 'roadmapped']], expect: ['roadmapped'], fix: 'Set Delta Sharing to using' },
  { id: 'PWAF-ARCH-010', edits: [[[...DEP, 'model'], 'customer-managed'], [['operations', 'iac', 'tools'], ['pulumi']]], expect: ['tools'], fix: 'Add dabs' },
  { id: 'PWAF-ARCH-011', edits: [[[...PRODUCTS, 'lakebase', 'status'], 'not-using'], [[...PRODUCTS, 'lakebase', 'details'], null]], expect: ['not-using'] },
  { id: 'PWAF-ARCH-012', edits: [[[...PRODUCTS, 'agent_bricks', 'components'], ['mlflow']], [[...PRODUCTS, 'agent_bricks', 'alternative_stack', 'llm_providers'], ['openai']]], expect: ['llm_providers'] },
  { id: 'PWAF-ARCH-013', edits: [[[...CLOUD, 'secondary_clouds'], ['azure', 'aws']]], expect: ['aws'], fix: 'Remove aws' },
  { id: 'PWAF-ARCH-013', edits: [[[...CLOUD, 'multi_cloud'], 'multi-cloud']], expect: ['multi-cloud'] },
  { id: 'PWAF-ARCH-013', edits: [[[...CLOUD, 'secondary_clouds'], ['azure']]], expect: ['single-cloud'] },
]);

describe('rules: architecture edge cases', () => {
  const wa = WA();
  it('nothing fires on an empty deployment or architecture section', () => {
    const empty = mutate(wa, [[['deployment'], null], [['architecture'], null], [['executive_summary'], null], [['scale_performance'], null], [['operations'], null]]);
    for (const r of architectureRules) assert.deepStrictEqual(hitsOf(r.id, empty).map((h) => h.message), [], r.id);
  });

  it('a product not used with a reason, or with an alternative, is explained', () => {
    const lakebase = [...PRODUCTS, 'lakebase'];
    assert.deepStrictEqual(hitsOf('PWAF-ARCH-011', mutate(wa, [[[...lakebase, 'status'], 'not-using']])), []);
    assert.deepStrictEqual(hitsOf('PWAF-ARCH-011', mutate(wa, [[[...lakebase, 'status'], 'not-using'], [[...lakebase, 'details'], null], [[...lakebase, 'external_oltp'], ['postgresql']]])), []);
  });

  it('AI Gateway is not suggested where GovCloud is required (it is unavailable there)', () => {
    const text = mutate(wa, [
      [[...PRODUCTS, 'agent_bricks', 'components'], ['mlflow']],
      [[...PRODUCTS, 'agent_bricks', 'alternative_stack', 'llm_providers'], ['openai']],
      [[...CLOUD, 'gov_sovereign'], 'required'],
    ]);
    assert.deepStrictEqual(hitsOf('PWAF-ARCH-012', text), []);
  });
});

describe('rules: the anti-patterns example (security, governance, architecture)', () => {
  const text = example('anti-patterns');
  const at = (code: string) => findingsOf(text, code).map((f) => textAt(text, f.range));

  it('reports each deliberate security and governance mistake at its value', () => {
    assert.deepStrictEqual(at('PWAF-SEC-001'), ['pat']);
    assert.deepStrictEqual(at('PWAF-SEC-007'), ['databricks-managed']);
    assert.deepStrictEqual(at('PWAF-SEC-008'), ['network']);
    assert.deepStrictEqual(at('PWAF-SEC-010'), ['not-required']);
    assert.deepStrictEqual(at('PWAF-SEC-013'), ['partner-hosted']);
    assert.deepStrictEqual(at('PWAF-GOV-001'), ['partial']);
    assert.deepStrictEqual(at('PWAF-GOV-009'), ['multi-tenant-rls']);
    assert.deepStrictEqual(at('PWAF-GOV-010'), ['shared-sp']);
    assert.deepStrictEqual(at('PWAF-SEC-006'), ['hipaa']);
    // Partial Unity Catalog is one problem: the Hive metastore kept in the design and the 60%
    // targets are folded into the adoption finding as related information.
    assert.deepStrictEqual(at('PWAF-GOV-004'), []);
    assert.deepStrictEqual(at('PWAF-GOV-016'), []);
    const adoption = findingsOf(text, 'PWAF-GOV-001')[0];
    assert.deepStrictEqual(
      adoption.related?.map((r) => `${r.code} ${textAt(text, r.range)}`),
      ['PWAF-GOV-004 Hive metastore', 'PWAF-GOV-016 60% of tables governed by Unity Catalog', 'PWAF-GOV-016 60%'],
    );
  });

  it('the well-architected example gives no security, governance or architecture finding', () => {
    const wellArchitected = example('well-architected');
    const ids = [...securityRules, ...governanceRules, ...architectureRules].map((r) => r.id);
    assert.deepStrictEqual(ids.flatMap((id) => findingsOf(wellArchitected, id).map((f) => `${id}: ${f.message}`)), []);
  });
});
