import * as assert from 'assert';
import { costRules } from '../../server/src/engine/rules/cost';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, findingsOf, mutate, textAt } from '../support/rules';

const T = ['cost_telemetry', 'tagging'];
const A = ['cost_telemetry', 'cost_allocation'];
const B = ['cost_telemetry', 'budgets'];
const C = ['architecture', 'compute'];
const M = ['executive_summary', 'business_metrics'];
const WA = () => example('well-architected');

describeCases('cost', WA, costRules.map((r) => r.id), [
  { id: 'PWAF-COST-001', edits: [[[...T, 'implementation'], 'partial']], expect: ['partial'], fix: 'Set to fully-implemented' },
  { id: 'PWAF-COST-002', edits: [[[...T, 'required_tags', 0, 'enforcement'], 'optional']], expect: ['optional'], fix: 'Mark customer_id as required' },
  { id: 'PWAF-COST-002', edits: [[[...T, 'required_tags', 0, 'tag_key'], 'tenant']], expect: ['required_tags'], fix: 'Add a Required customer_id tag' },
  { id: 'PWAF-COST-003', edits: [[[...T, 'required_tags', 3, 'enforcement'], 'optional']], expect: ['optional'], fix: 'Mark cost_center as required' },
  { id: 'PWAF-COST-004', edits: [[[...T, 'enforcement_mechanisms'], ['manual']]], expect: ['manual'], fix: 'Replace manual with cluster-policies and serverless-budget-policies' },
  { id: 'PWAF-COST-005', edits: [[[...T, 'enforcement_mechanisms'], ['cluster-policies']]], expect: ['enforcement_mechanisms'], fix: 'Add "serverless-budget-policies"' },
  { id: 'PWAF-COST-006', edits: [[[...T, 'enforcement_mechanisms'], ['serverless-budget-policies']]], expect: ['enforcement_mechanisms'], fix: 'Add "cluster-policies"' },
  { id: 'PWAF-COST-007', edits: [[[...A, 'customer_attribution'], 'manual']], expect: ['manual'], fix: 'Set to fully-automated' },
  { id: 'PWAF-COST-008', edits: [[[...A, 'can_differentiate'], ['product-vs-internal']]], expect: ['can_differentiate'], fix: 'Add "per-customer-shared"' },
  { id: 'PWAF-COST-009', edits: [[[...A, 'can_differentiate'], ['per-customer-shared']]], expect: ['can_differentiate'], fix: 'Add "product-vs-internal"' },
  { id: 'PWAF-COST-010', edits: [[[...B, 'alerts'], ['not-yet']]], expect: ['alerts'], fix: 'Use per-customer budgets' },
  { id: 'PWAF-COST-010', edits: [[[...B, 'alerts'], ['account-level']]], expect: ['alerts'], fix: 'Use per-customer budgets' },
  { id: 'PWAF-COST-011', edits: [[[...B, 'recipients'], []]], expect: ['alerts'] },
  { id: 'PWAF-COST-012', edits: [[[...C, 'policies'], 'no']], expect: ['"no"'], fix: 'Enforce compute policies' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], 0]], expect: ['0'], fix: 'Set auto-termination to 30 minutes' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], 480]], expect: ['480'], fix: 'Set auto-termination to 60 minutes' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], undefined]], expect: ['autoscaling'] },
  { id: 'PWAF-COST-014', edits: [[[...C, 'autoscaling', 'min_workers'], 10]], expect: ['10'] },
  { id: 'PWAF-COST-015', edits: [[[...M, 'annual_dbu_spend_usd', 'month_6'], 2400], [[...M, 'annual_dbu_spend_usd', 'month_12'], 60000000]], expect: ['2400', '60000000'] },
]);

describe('rules: cost edge cases', () => {
  const wa = WA();

  it('DBU spend is compared column by column and only where both figures are stated', () => {
    const hits = hitsOf('PWAF-COST-015', mutate(wa, [[[...M, 'monthly_dbus', 'current'], 600]]));
    assert.deepStrictEqual(hits.map((h) => h.message), ['In the current column, 600 DBUs/month × 12 against $39,600/year implies $5.5 per DBU, above the plausible $0.05–$1.5: the annual figure looks multiplied by 12 twice.']);
    assert.deepStrictEqual(hitsOf('PWAF-COST-015', mutate(wa, [[[...M, 'monthly_dbus', 'month_12'], null], [[...M, 'annual_dbu_spend_usd', 'current'], 1]])).length, 1);
  });

  it('serverless-only compute needs no cluster-policy tags, classic-only needs no serverless policies', () => {
    assert.deepStrictEqual(hitsOf('PWAF-COST-006', mutate(wa, [[[...C, 'types'], 'serverless'], [[...T, 'enforcement_mechanisms'], ['serverless-budget-policies']]])), []);
    const classicOnly: Parameters<typeof mutate>[1] = [[[...C, 'types'], 'classic'], [[...T, 'enforcement_mechanisms'], ['cluster-policies', 'sql-warehouse-tags']]];
    // Model serving is serverless and only a budget (usage) policy tags it…
    assert.strictEqual(hitsOf('PWAF-COST-005', mutate(wa, classicOnly)).length, 1);
    // …but serverless SQL warehouses carry their own tags: no budget policy needed for them.
    assert.deepStrictEqual(hitsOf('PWAF-COST-005', mutate(wa, [...classicOnly, [['architecture', 'products', 'agent_bricks', 'status'], 'not-using']])), []);
  });

  it('the anti-patterns example reports its inconsistent 12-month DBU spend', () => {
    const text = example('anti-patterns');
    assert.deepStrictEqual(findingsOf(text, 'PWAF-COST-015').map((f) => textAt(text, f.range)), ['900000']);
  });
});
