import { performanceRules } from '../../server/src/engine/rules/performance';
import { PASSING_SOW } from '../support/passingSow';
import { describeCases } from '../support/ruleCases';

const S = ['scale_performance', 'slas'];

describeCases('performance', () => PASSING_SOW, performanceRules.map((r) => r.id), [
  { id: 'PWAF-PERF-001', edits: [[[...S, 0, 'target'], '< 15 seconds']], expect: ['< 15 seconds'], fix: 'Set the target to < 5 seconds' },
  { id: 'PWAF-PERF-002', edits: [[[...S, 2, 'target'], '99%']], expect: ['99%'], fix: 'Set the target to 99.9%' },
  { id: 'PWAF-PERF-003', edits: [[[...S, 3, 'target'], '98.5%']], expect: ['98.5%'], fix: 'Set the target to 99.5%' },
  { id: 'PWAF-PERF-004', edits: [[['success_metrics', 'technical', 1, 'target'], '< 2 seconds']], expect: ['< 2 seconds'] },
  { id: 'PWAF-PERF-005', edits: [[['architecture', 'products', 'dbsql', 'warehouse_type'], ['classic']]], expect: ['warehouse_type'], fix: 'Use serverless warehouses' },
  { id: 'PWAF-PERF-006', edits: [[[...S, 1, 'target'], '< 10 seconds']], expect: ['< 10 seconds'] },
  { id: 'PWAF-PERF-007', edits: [[['deployment', 'tenancy', 'scale_projections', 0, 'avg_workspaces_per_customer'], 3]], expect: ['3'], fix: 'Set to 1.25' },
]);
