// The `sow` task type (desktop): "sow: lint workspace" runs the bundled CLI (`sow lint`, text
// format) in each workspace folder; the `$sow` problem matcher (package.json) turns its lines into
// Problems. A tasks.json entry `{ "type": "sow", "files": ["plans/"] }` lints other paths.
import * as vscode from 'vscode';

export const TASK_TYPE = 'sow';

interface SowTaskDefinition extends vscode.TaskDefinition {
  /** Files, directories or globs, relative to the folder (default: the whole folder). */
  files?: string[];
}

export function registerLintTask(context: vscode.ExtensionContext): void {
  const cli = context.asAbsolutePath('dist/cli.js');
  const task = (folder: vscode.WorkspaceFolder, definition: SowTaskDefinition, name = 'lint workspace') =>
    new vscode.Task(
      definition,
      folder,
      name,
      TASK_TYPE,
      // The extension host's own executable: Node, or Electron told to behave as Node.
      new vscode.ProcessExecution(process.execPath, [cli, 'lint', '--format', 'text', ...(definition.files?.length ? definition.files : ['.'])], {
        cwd: folder.uri.fsPath,
        env: { ELECTRON_RUN_AS_NODE: '1' },
      }),
      '$sow',
    );
  context.subscriptions.push(
    vscode.tasks.registerTaskProvider(TASK_TYPE, {
      provideTasks: () => (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((folder) => task(folder, { type: TASK_TYPE })),
      resolveTask(resolved) {
        const folder = resolved.scope;
        if (!folder || typeof folder !== 'object') return undefined;
        return task(folder, resolved.definition as SowTaskDefinition, resolved.name);
      },
    }),
  );
}
