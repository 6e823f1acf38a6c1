import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, closeAllEditors, openExample, sowDiagnostics, waitFor, waitForDiagnostics } from '../support';

describe('quick fix', () => {
  after(closeAllEditors);

  it('replaces pat with oauth-m2m and the PAT finding goes away', async () => {
    const { document } = await openExample('anti-patterns');
    const ds = await waitForDiagnostics(document.uri, 'PWAF-SEC-001', (all) => all.some((d) => codeOf(d) === 'PWAF-SEC-001'));
    const pat = ds.find((d) => codeOf(d) === 'PWAF-SEC-001')!;

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, pat.range, vscode.CodeActionKind.QuickFix.value);
    // (The API command drops the actions' diagnostics, so the fix is recognised by its edit.)
    const fix = actions.find((a) => a.edit?.entries().some(([, edits]) => edits.some((e) => e.newText.includes('oauth-m2m'))));
    assert.ok(fix?.edit, `a quick fix for PWAF-SEC-001 that writes oauth-m2m; got: ${actions.map((a) => a.title).join(' | ')}`);

    const before = document.getText();
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.notEqual(document.getText(), before);
    assert.match(document.getText(), /oauth-m2m/);
    await waitFor('PWAF-SEC-001 to disappear', () => !sowDiagnostics(document.uri).some((d) => codeOf(d) === 'PWAF-SEC-001'));
  });
});
