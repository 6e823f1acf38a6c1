import * as assert from 'assert';
import { operationsRules } from '../../server/src/engine/rules/operations';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, mutate } from '../support/rules';
import type { Path } from '../../server/src/engine/types';

const IAC = ['operations', 'iac'];
const CICD = ['operations', 'cicd'];
const ON = ['operations', 'onboarding'];
const MON = ['operations', 'monitoring'];
const WA = () => example('well-architected');

describeCases('operations', WA, operationsRules.map((r) => r.id), [
  { id: 'PWAF-OPS-001', edits: [[[...IAC, 'tools'], ['terraform', 'manual']]], expect: ['manual'], fix: 'Replace manual with terraform and dabs' },
  { id: 'PWAF-OPS-002', edits: [[[...IAC, 'automated'], ['uc-setup', 'compute-creation', 'cluster-policy-creation']]], expect: ['automated'], fix: 'Add "workspace-provisioning"' },
  { id: 'PWAF-OPS-003', edits: [[[...IAC, 'automated'], ['workspace-provisioning', 'compute-creation', 'cluster-policy-creation']]], expect: ['automated'], fix: 'Add "uc-setup"' },
  { id: 'PWAF-OPS-004', edits: [[[...IAC, 'automated'], ['workspace-provisioning', 'uc-setup']]], expect: ['automated'], fix: 'Add "compute-creation", "cluster-policy-creation"' },
  { id: 'PWAF-OPS-005', edits: [[[...CICD, 'tool'], []]], expect: ['cicd'] },
  { id: 'PWAF-OPS-006', edits: [[[...ON, 'automation_level_pct'], 60], [[...ON, 'automated_time_hours'], 3]], expect: ['3'] },
  { id: 'PWAF-OPS-007', edits: [[[...MON, 'on_call'], 'business-hours']], expect: ['business-hours'], fix: 'Set on-call to 24-7' },
  { id: 'PWAF-OPS-008', edits: [[[...MON, 'metrics'], ['job-success']]], expect: ['metrics'], fix: 'Add "dbu-consumption"' },
  { id: 'PWAF-OPS-009', edits: [[[...MON, 'alert_channels'], []]], expect: ['monitoring'] },
  { id: 'PWAF-OPS-010', edits: [[['deployment', 'model'], 'customer-managed'], [['cost_telemetry', 'telemetry', 'collection'], ['none']]], expect: ['none'], fix: 'Collect telemetry via Databricks APIs' },
  { id: 'PWAF-OPS-011', edits: [[['success_metrics', 'review_cadence'], []]], expect: ['success_metrics'], fix: 'Add "monthly-sync"' },
]);

describe('rules: operations edge cases', () => {
  const wa = WA();

  it('a CI/CD tool or alert channel named under "other" counts', () => {
    assert.deepStrictEqual(hitsOf('PWAF-OPS-005', mutate(wa, [[[...CICD, 'tool'], []], [[...CICD, 'tool_other'], ['Bitbucket Pipelines']]])), []);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-009', mutate(wa, [[[...MON, 'alert_channels'], []], [[...MON, 'alert_channels_other'], ['Opsgenie']]])), []);
  });

  it('business-hours on-call is fine when the availability SLA is below 99.9%', () => {
    const text = mutate(wa, [[[...MON, 'on_call'], 'business-hours'], [['scale_performance', 'slas', 2, 'target'], '99.5%']]);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-007', text), []);
  });

  it('onboarding is judged against the document\'s own target: 90% automated within the target is fine', () => {
    assert.deepStrictEqual(hitsOf('PWAF-OPS-006', mutate(wa, [[[...ON, 'automation_level_pct'], 90], [[...ON, 'automated_time_hours'], 1.5]])), []);
    // Its own target of 4 hours, not the template's 2-hour example.
    const own = mutate(wa, [[['success_metrics', 'technical', 4, 'target'], '< 4 hours'], [[...ON, 'automated_time_hours'], 3]]);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-006', own), []);
    const slow = hitsOf('PWAF-OPS-006', mutate(wa, [[['success_metrics', 'technical', 4, 'target'], '< 4 hours'], [[...ON, 'automated_time_hours'], 6]]));
    assert.match(slow[0].message, /6 hours, longer than the document's own target \(< 4 hours\)/);
  });

  it('Customer Managed: the customer creates its own workspaces, so their provisioning is not the partner\'s to automate', () => {
    const manual: Array<[Path, unknown]> = [[['deployment', 'tenancy', 'strategy'], 'workspace-per-tenant'], [[...IAC, 'automated'], ['uc-setup']]];
    assert.strictEqual(hitsOf('PWAF-OPS-002', mutate(wa, [...manual])).length, 1);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-002', mutate(wa, [...manual, [['deployment', 'model'], 'customer-managed']])), []);
  });

  it('a shared multi-tenant workspace does not need automated workspace provisioning', () => {
    const text = mutate(wa, [[['deployment', 'tenancy', 'strategy'], 'multi-tenant-workspace'], [[...IAC, 'automated'], ['uc-setup']]]);
    assert.deepStrictEqual(hitsOf('PWAF-OPS-002', text), []);
  });
});
