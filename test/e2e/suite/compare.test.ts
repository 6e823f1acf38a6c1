// SOW: Compare with… in a real VS Code: against a file, and against a git revision read through
// the built-in Git extension's API (a repository made for the test inside the workspace). The
// change report is shown in a "[Changes] …" panel, and the version compared with becomes the
// document's baseline: the material change without a new version is reported (PWAF-DOC-008).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, waitFor, waitForDiagnostics, workspaceUri } from '../support';

interface CompareResult {
  title: string;
  markdown: string;
  material: number;
}

/** The parts of the Git extension's API this test uses. */
interface GitApi {
  openRepository?(root: vscode.Uri): Promise<unknown>;
  getRepository(uri: vscode.Uri): unknown;
}

const changesTab = (title: string) =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.label === `[Changes] ${title}`);

describe('SOW: Compare with…', function () {
  this.timeout(120_000);
  let dir: string;
  let doc: vscode.Uri;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' });

  before(() => {
    // A repository of its own beside the examples: the approved version committed, then changed.
    dir = path.join(workspaceUri().fsPath, 'compare-repo');
    fs.mkdirSync(dir, { recursive: true });
    const approved = fs.readFileSync(workspaceUri('well-architected.sow.yaml').fsPath, 'utf8');
    fs.writeFileSync(path.join(dir, 'product.sow.yaml'), approved);
    fs.writeFileSync(path.join(dir, 'approved.sow.yaml'), approved);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'approved');
    fs.writeFileSync(path.join(dir, 'product.sow.yaml'), approved.replace(/^ {2}model: partner-hosted$/m, '  model: hybrid'));
    doc = vscode.Uri.file(path.join(dir, 'product.sow.yaml'));
  });
  after(async () => {
    await closeAllEditors();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('with a file: the change report in a panel, and the version becomes the baseline (PWAF-DOC-008)', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('sow.compareWith', { file: vscode.Uri.file(path.join(dir, 'approved.sow.yaml')) });
    assert.ok(result, 'the command returns the report');
    assert.equal(result.title, 'product.sow.yaml ↔ approved.sow.yaml');
    assert.equal(result.material, 1);
    assert.match(result.markdown, /partner-hosted.*→.*hybrid/);
    await waitFor('the [Changes] panel', () => changesTab(result.title));
    const diagnostics = await waitForDiagnostics(doc, 'PWAF-DOC-008', (ds) => ds.some((d) => codeOf(d) === 'PWAF-DOC-008'));
    assert.match(diagnostics.find((d) => codeOf(d) === 'PWAF-DOC-008')!.message, /2\.1 Deployment model/);
  });

  it('with a git revision through the Git extension', async () => {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    assert.ok(extension, 'the built-in Git extension is present');
    const api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    await api.openRepository?.(vscode.Uri.file(dir));
    await waitFor('the Git extension to know the repository', () => api.getRepository(doc), 30_000);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(doc));
    const result = await vscode.commands.executeCommand<CompareResult | undefined>('sow.compareWith', { ref: 'HEAD' });
    assert.ok(result, 'the command returns the report');
    assert.equal(result.title, 'product.sow.yaml ↔ HEAD');
    assert.equal(result.material, 1);
    await waitFor('the [Changes] panel', () => changesTab(result.title));
  });
});
