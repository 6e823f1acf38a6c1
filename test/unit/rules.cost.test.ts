import { costRules } from '../../server/src/engine/rules/cost';
import { PASSING_SOW } from '../support/passingSow';
import { describeCases } from '../support/ruleCases';

const T = ['cost_telemetry', 'tagging'];
const C = ['architecture', 'compute'];
const M = ['executive_summary', 'business_metrics'];

describeCases('cost', () => PASSING_SOW, costRules.map((r) => r.id), [
  { id: 'PWAF-COST-001', edits: [[[...T, 'implementation'], 'partial']], expect: ['partial'], fix: 'Set to fully-implemented' },
  { id: 'PWAF-COST-002', edits: [[[...T, 'required_tags', 0, 'enforcement'], 'optional']], expect: ['optional'], fix: 'Mark customer_id as required' },
  { id: 'PWAF-COST-002', edits: [[[...T, 'required_tags', 0, 'tag_key'], 'tenant']], expect: ['required_tags'], fix: 'Add a Required customer_id tag' },
  { id: 'PWAF-COST-003', edits: [[[...T, 'required_tags', 3, 'enforcement'], 'optional']], expect: ['optional'], fix: 'Mark cost_center as required' },
  { id: 'PWAF-COST-004', edits: [[[...T, 'enforcement_mechanisms'], ['manual']]], expect: ['manual'], fix: 'Replace manual with cluster-policies and serverless-budget-policies' },
  { id: 'PWAF-COST-005', edits: [[[...T, 'enforcement_mechanisms'], ['cluster-policies']]], expect: ['enforcement_mechanisms'], fix: 'Add "serverless-budget-policies"' },
  { id: 'PWAF-COST-006', edits: [[[...T, 'enforcement_mechanisms'], ['serverless-budget-policies']]], expect: ['enforcement_mechanisms'], fix: 'Add "cluster-policies"' },
  { id: 'PWAF-COST-007', edits: [[['cost_telemetry', 'cost_allocation', 'customer_attribution'], 'manual']], expect: ['manual'], fix: 'Set to fully-automated' },
  { id: 'PWAF-COST-008', edits: [[['cost_telemetry', 'cost_allocation', 'can_differentiate'], ['product-vs-internal']]], expect: ['can_differentiate'], fix: 'Add "per-customer-shared"' },
  { id: 'PWAF-COST-009', edits: [[['cost_telemetry', 'cost_allocation', 'can_differentiate'], ['per-customer-shared']]], expect: ['can_differentiate'], fix: 'Add "product-vs-internal"' },
  { id: 'PWAF-COST-010', edits: [[['cost_telemetry', 'budgets', 'alerts'], ['not-yet']]], expect: ['alerts'], fix: 'Use per-customer budgets' },
  { id: 'PWAF-COST-011', edits: [[['cost_telemetry', 'budgets', 'recipients'], []]], expect: ['alerts'] },
  { id: 'PWAF-COST-012', edits: [[[...C, 'policies'], 'no']], expect: ['"no"'], fix: 'Enforce compute policies' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], 0]], expect: ['0'], fix: 'Set auto-termination to 30 minutes' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], 480]], expect: ['480'], fix: 'Set auto-termination to 60 minutes' },
  { id: 'PWAF-COST-013', edits: [[[...C, 'autoscaling', 'auto_termination_minutes'], undefined]], expect: ['autoscaling'] },
  { id: 'PWAF-COST-014', edits: [[[...C, 'autoscaling', 'min_workers'], 10]], expect: ['10'] },
  { id: 'PWAF-COST-015', edits: [[[...M, 1, 'target_6_month'], 2400], [[...M, 1, 'target_12_month'], 60000000]], expect: ['2400', '60000000'] },
]);
