import * as assert from 'assert';
import { performanceRules } from '../../server/src/engine/rules/performance';
import { describeCases, hitsOf } from '../support/ruleCases';
import { example, findingsOf, mutate, review } from '../support/rules';

const S = ['scale_performance', 'slas'];
const TECH = ['success_metrics', 'technical'];
const P = ['deployment', 'tenancy', 'scale_projections'];
const WAREHOUSES = ['architecture', 'products', 'dbsql', 'warehouse_type'];
const WA = () => example('well-architected');

describeCases('performance', WA, performanceRules.map((r) => r.id), [
  { id: 'PWAF-PERF-004', edits: [[[...TECH, 3, 'target'], '< 2 seconds'], [[...TECH, 2, 'target'], '99%']], expect: ['< 2 seconds', '99%'] },
  { id: 'PWAF-PERF-005', edits: [[WAREHOUSES, ['classic']]], expect: ['warehouse_type'], fix: 'Use serverless warehouses' },
  { id: 'PWAF-PERF-006', edits: [[[...S, 1, 'target'], '< 10 seconds'], [['operations', 'monitoring', 'freshness_sla'], '30 seconds']], expect: ['< 10 seconds', '30 seconds'] },
  { id: 'PWAF-PERF-007', edits: [[[...P, 'months_6', 'avg_workspaces_per_customer'], 3]], expect: ['3'], fix: 'Set to 0.4' },
  { id: 'PWAF-PERF-007', edits: [[[...P, 'months_24', 'workspaces'], 90]], expect: ['0.28'], fix: 'Set to 1' },
]);

describe('rules: performance edge cases', () => {
  const wa = WA();

  it('classic next to serverless warehouses is not flagged; a loose SLA needs no serverless', () => {
    assert.deepStrictEqual(hitsOf('PWAF-PERF-005', mutate(wa, [[WAREHOUSES, ['classic', 'serverless']]])), []);
    assert.deepStrictEqual(hitsOf('PWAF-PERF-005', mutate(wa, [[WAREHOUSES, ['classic']], [[...S, 0, 'target'], '< 30 seconds']])), []);
  });

  it('a sub-minute freshness target is fine while real-time is in scope', () => {
    const text = mutate(wa, [[[...S, 1, 'target'], '< 10 seconds'], [['appendices', 'out_of_scope'], ['Multi-region disaster recovery.']]]);
    assert.deepStrictEqual(hitsOf('PWAF-PERF-006', text), []);
  });

  it('names the horizon of a projection that does not add up, and ignores one without customers', () => {
    const hits = hitsOf('PWAF-PERF-007', mutate(wa, [[[...P, 'months_12', 'workspaces'], 20]]));
    assert.deepStrictEqual(hits.map((h) => h.message), ['At 12 months, 20 workspaces for 40 customers is 0.5 per customer, but the table says 0.3.']);
    assert.deepStrictEqual(hitsOf('PWAF-PERF-007', mutate(wa, [[[...P, 'months_6', 'customers'], 0]])), []);
  });

  it('never reports an average that reads the same as the computed one at the printed precision', () => {
    // 1 workspace for 30 customers is 0.0333…; a stated 0.03 prints the same, so it is not a finding.
    const text = mutate(wa, [[[...P, 'months_6', 'customers'], 30], [[...P, 'months_6', 'workspaces'], 1], [[...P, 'months_6', 'avg_workspaces_per_customer'], 0.03]]);
    assert.deepStrictEqual(hitsOf('PWAF-PERF-007', text), []);
  });

  it('reads SLA rows by what they measure, not by position', () => {
    // A detection-latency row before the query-latency row is not the query latency SLA.
    const slas = [
      { metric: 'Fraud detection latency', target: '< 1 second', measurement: 'Stream metrics' },
      { metric: 'Dashboard query latency (p95)', target: '< 30 seconds', measurement: 'Query history' },
    ];
    assert.deepStrictEqual(hitsOf('PWAF-PERF-005', mutate(wa, [[WAREHOUSES, ['classic']], [S, slas]])), []);
    const fast = [slas[0], { ...slas[1], target: '< 3 seconds' }];
    assert.deepStrictEqual(hitsOf('PWAF-PERF-005', mutate(wa, [[WAREHOUSES, ['classic']], [S, fast]])).length, 1);
  });

  it('the template\'s example SLA values are not requirements: 99.5% availability and a 15-second p95 are business choices', () => {
    const text = mutate(wa, [[[...S, 0, 'target'], '< 15 seconds'], [[...S, 2, 'target'], '99.5%'], [[...S, 3, 'target'], '98%']]);
    // Only the disagreements with the success metrics remain (PERF-004), never the values themselves.
    const perf = review(text).filter((f) => f.code.startsWith('PWAF-') && f.code !== 'PWAF-PERF-004');
    assert.deepStrictEqual(perf.map((f) => `${f.code}: ${f.message}`), []);
  });

  it('the anti-patterns example keeps its projections consistent', () => {
    assert.deepStrictEqual(findingsOf(example('anti-patterns'), 'PWAF-PERF-007'), []);
  });
});
