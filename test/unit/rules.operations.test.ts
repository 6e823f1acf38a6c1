import { operationsRules } from '../../server/src/engine/rules/operations';
import { PASSING_SOW } from '../support/passingSow';
import { describeCases } from '../support/ruleCases';

const O = ['operations'];

describeCases('operations', () => PASSING_SOW, operationsRules.map((r) => r.id), [
  { id: 'PWAF-OPS-001', edits: [[[...O, 'iac', 'tools'], ['terraform', 'manual']]], expect: ['manual'], fix: 'Replace manual with terraform and dabs' },
  { id: 'PWAF-OPS-002', edits: [[[...O, 'iac', 'automated'], ['uc-setup', 'compute-creation', 'cluster-policies']]], expect: ['automated'], fix: 'Add "workspace-provisioning"' },
  { id: 'PWAF-OPS-003', edits: [[[...O, 'iac', 'automated'], ['workspace-provisioning', 'compute-creation', 'cluster-policies']]], expect: ['automated'], fix: 'Add "uc-setup"' },
  { id: 'PWAF-OPS-004', edits: [[[...O, 'iac', 'automated'], ['workspace-provisioning', 'uc-setup']]], expect: ['automated'], fix: 'Add "compute-creation", "cluster-policies"' },
  { id: 'PWAF-OPS-005', edits: [[[...O, 'cicd', 'tool'], []]], expect: ['cicd'] },
  { id: 'PWAF-OPS-006', edits: [[[...O, 'onboarding', 'automation_level_pct'], 60], [[...O, 'onboarding', 'automated_time'], '3 days']], expect: ['60', '3 days'] },
  { id: 'PWAF-OPS-007', edits: [[[...O, 'monitoring', 'on_call'], 'business-hours']], expect: ['business-hours'], fix: 'Set on-call to 24x7' },
  { id: 'PWAF-OPS-008', edits: [[[...O, 'monitoring', 'metrics'], ['job-success']]], expect: ['metrics'], fix: 'Add "dbu-consumption"' },
  { id: 'PWAF-OPS-009', edits: [[[...O, 'monitoring', 'alert_channels'], []]], expect: ['monitoring'] },
  { id: 'PWAF-OPS-010', edits: [[['deployment', 'model'], 'customer-managed'], [['cost_telemetry', 'telemetry', 'collection'], ['none']]], expect: ['none'], fix: 'Collect telemetry via Databricks APIs' },
  { id: 'PWAF-OPS-011', edits: [[['success_metrics', 'review_cadence'], undefined]], expect: ['success_metrics'], fix: 'Add "monthly-sync"' },
]);
