// Numbers the suites measure (e.g. activation time) and the runner reports with the results.
// Suites and the runner are bundled separately, so the store lives on globalThis.
const key = Symbol.for('sow-architect.e2e.metrics');
type Store = Record<string, number>;

export function metrics(): Store {
  const g = globalThis as { [key]?: Store };
  return (g[key] ??= {});
}
