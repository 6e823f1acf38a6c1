// `npm run test:vscode`: the same runner and suites as the code-server harness, in a desktop
// VS Code that @vscode/test-electron downloads. That download needs access to VS Code's update
// server, so this is for contributors' machines and CI; offline machines use `npm run test:e2e`.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  const root = resolve(__dirname, '../..');
  // A throwaway copy of examples/: the suites edit documents and create files.
  const sandbox = mkdtempSync(join(tmpdir(), 'sow-vscode-'));
  const workspace = join(sandbox, 'workspace');
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'dist/test/e2e/runner.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${join(sandbox, 'user')}`],
    });
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
