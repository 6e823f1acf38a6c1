// What VS Code users expect of an extension (issue 15): the language status items, SOW: Show
// Output, SOW: Review Workspace into the Problems panel, the `sow` task, the walkthrough.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SowExtensionApi } from '../../../client/src/activate';
import { closeAllEditors, codeOf, EXTENSION_ID, openExample, sowDiagnostics, waitFor, waitForDiagnostics, workspaceUri } from '../support';

const api = () => vscode.extensions.getExtension<SowExtensionApi>(EXTENSION_ID)!.exports;
const hasPat = (uri: vscode.Uri) => sowDiagnostics(uri).some((d) => codeOf(d) === 'PWAF-SEC-001');
const text = (uri: vscode.Uri) => vscode.workspace.fs.readFile(uri).then((b) => new TextDecoder().decode(b));

describe('language status, Review Workspace, task, walkthrough', () => {
  afterEach(closeAllEditors);

  it('the language status items show the server state and the readiness with finding counts, linking to the log', async () => {
    const { document } = await openExample('anti-patterns');
    await waitForDiagnostics(document.uri, 'the anti-patterns findings', (ds) => ds.length > 0);
    const status = await waitFor('the readiness item to show a score', () => {
      const s = api().languageStatus();
      return /SOW readiness \d+%/.test(s.readiness.text) && /\d+ errors?/.test(s.readiness.detail ?? '') && s;
    });
    assert.equal(status.server.text, 'SOW: running');
    assert.equal(status.server.busy, false);
    assert.equal(status.server.command, 'sow.showOutput');
    assert.equal(status.readiness.command, 'sow.openPreviewToSide');
    const errors = sowDiagnostics(document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    assert.match(status.readiness.detail!, new RegExp(`^${errors} errors?\\b`), 'the counts are the document\'s');
    // The link's command runs, and the trace setting the language client reads is declared.
    await vscode.commands.executeCommand('sow.showOutput');
    assert.equal(vscode.workspace.getConfiguration('sow').inspect('trace.server')?.defaultValue, 'off');
  });

  describe('SOW: Review Workspace', () => {
    const unopened = workspaceUri('review', 'never-opened.sow.yaml');
    const excluded = workspaceUri('excluded-by-search', 'hidden.sow.yaml');
    /** The workspace settings written below; removed afterwards unless they were there before. */
    const settingsFolder = workspaceUri('.vscode');
    let hadSettings = true;
    before(async () => {
      hadSettings = await vscode.workspace.fs.stat(settingsFolder).then(() => true, () => false);
      const anti = await vscode.workspace.fs.readFile(workspaceUri('anti-patterns.sow.yaml'));
      await vscode.workspace.fs.writeFile(unopened, anti);
      await vscode.workspace.fs.writeFile(excluded, anti);
      await vscode.workspace.getConfiguration('search').update('exclude', { '**/excluded-by-search': true }, vscode.ConfigurationTarget.Workspace);
    });
    after(async () => {
      await vscode.workspace.getConfiguration('search').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
      const created = ['review', 'excluded-by-search', ...(hadSettings ? [] : ['.vscode'])];
      for (const folder of created) await vscode.workspace.fs.delete(workspaceUri(folder), { recursive: true }).then(undefined, () => undefined);
    });

    it('puts the findings of a file never opened into the Problems panel, without opening it, and leaves out search.exclude', async () => {
      const summary = (await vscode.commands.executeCommand('sow.reviewWorkspace')) as { found: number; reviewed: number; counts: { error: number } };
      assert.ok(summary.found >= 4, `found ${summary.found}: the three examples and the new file`);
      assert.ok(summary.counts.error > 0);
      await waitFor('PWAF-SEC-001 on the file never opened', () => hasPat(unopened));
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()), 'no document was opened for it');
      assert.equal(sowDiagnostics(excluded).length, 0, 'the folder search.exclude excludes is not reviewed');
    });

    it('keeps those diagnostics right when the file is opened, edited and deleted', async () => {
      const doc = await vscode.workspace.openTextDocument(unopened);
      const editor = await vscode.window.showTextDocument(doc);
      const good = await text(workspaceUri('well-architected.sow.yaml'));
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), good));
      await waitFor('the edit reviewed (no PWAF-SEC-001)', () => !hasPat(unopened));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(unopened);
      await waitFor('no diagnostics for the deleted file', () => sowDiagnostics(unopened).length === 0);
    });
  });

  it('provides the "sow: lint workspace" task with the $sow problem matcher, and it runs the CLI', async () => {
    const tasks = await vscode.tasks.fetchTasks({ type: 'sow' });
    const task = tasks.find((t) => t.name === 'lint workspace');
    assert.ok(task, `tasks: ${tasks.map((t) => t.name).join(', ')}`);
    assert.deepEqual(task.problemMatchers, ['$sow']);
    const execution = task.execution as vscode.ProcessExecution;
    assert.ok(execution.args.some((a) => a.endsWith('dist/cli.js')) && execution.args.includes('lint'));
    const ended = new Promise<number | undefined>((resolve) => {
      const sub = vscode.tasks.onDidEndTaskProcess((e) => {
        if (e.execution.task.name !== task.name) return;
        sub.dispose();
        resolve(e.exitCode);
      });
    });
    await vscode.tasks.executeTask(task);
    // Exit code 1: the anti-patterns example has errors (0 clean, 2 usage or I/O).
    assert.equal(await Promise.race([ended, new Promise((r) => setTimeout(() => r('timeout'), 30_000))]), 1);
  });

  it('contributes the Getting Started walkthrough, whose step commands exist, and opens it', async () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { walkthroughs: Array<{ id: string; steps: Array<{ description: string }> }> } };
    const [walkthrough] = manifest.contributes.walkthroughs;
    const all = new Set(await vscode.commands.getCommands(true));
    const linked = walkthrough.steps.flatMap((s) => [...s.description.matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]));
    assert.deepEqual(linked.filter((c) => !all.has(c)), [], 'every step links to a registered command');
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#${walkthrough.id}`, false);
    await waitFor('the walkthrough tab', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => /welcome|walkthrough|get started/i.test(t.label))));
  });

  it('Open Preview on a file the Explorer context menu passes (not open in an editor) opens its preview', async () => {
    const uri = workspaceUri('starter.sow.yaml');
    await vscode.commands.executeCommand('sow.openPreview', uri);
    await waitFor('a webview tab', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview)));
  });

  it('the walkthrough\'s CI step writes the GitHub Actions workflow (and never overwrites it)', async () => {
    const target = workspaceUri('.github', 'workflows', 'sow-review.yml');
    try {
      await vscode.commands.executeCommand('sow.addCiWorkflow');
      const written = await text(target);
      assert.match(written, /uses: sow-architect\/sow-architect@v1/);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('# mine\n'));
      await vscode.commands.executeCommand('sow.addCiWorkflow');
      assert.equal(await text(target), '# mine\n');
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('.github'), { recursive: true });
    }
  });
});
