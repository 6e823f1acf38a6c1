// Test runner loaded by VS Code's extension host (the `extensionTestsPath` module). The same
// file serves code-server (test/e2e/harness.mjs) and @vscode/test-electron (test/e2e/electron.ts).
// In code-server the browser window stays open after run() resolves, so the outcome is also
// written as JSON to the file named by SOW_E2E_RESULTS for the harness to pick up.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { metrics } from './metrics';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface Results {
  passes: number;
  failures: number;
  pending: number;
  tests: TestResult[];
  metrics: Record<string, number>;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const suiteDir = join(__dirname, 'suite');
  for (const file of readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(suiteDir, file));

  const results = await runMocha(mocha);
  const out = process.env.SOW_E2E_RESULTS;
  if (out) {
    // Write then rename, so the harness (polling for the file) never reads half a file.
    writeFileSync(`${out}.tmp`, JSON.stringify(results, null, 2));
    renameSync(`${out}.tmp`, out);
  }
  if (results.failures > 0) throw new Error(`${results.failures} e2e test(s) failed`);
}

function runMocha(mocha: Mocha): Promise<Results> {
  const tests: TestResult[] = [];
  return new Promise((resolve) => {
    const runner = mocha.run(() => {
      resolve({
        passes: tests.filter((t) => t.state === 'passed').length,
        failures: tests.filter((t) => t.state === 'failed').length,
        pending: tests.filter((t) => t.state === 'pending').length,
        tests,
        metrics: metrics(),
      });
    });
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending' }));
    // 'fail' also fires for hooks, so a broken before() is reported rather than silently skipped.
    runner.on('fail', (t, err: Error) => tests.push({ title: t.fullTitle(), state: 'failed', error: err.stack ?? String(err) }));
  });
}
