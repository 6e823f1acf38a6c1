import { execSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, openExample, recordDiagnostics, settledDiagnostics, sowDiagnostics, waitFor } from '../support';

/** Codes of problems with the document itself rather than PWAF advice. */
const STRUCTURAL = /^(schema|yaml)\//;

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

describe('commands', () => {
  afterEach(closeAllEditors);

  it('SOW: New Statement of Work opens a schema-valid SOW document', async () => {
    const recorder = recordDiagnostics();
    try {
      await vscode.commands.executeCommand('sow.newDocument');
      const editor = await waitFor('an editor with the new document', () => vscode.window.activeTextEditor);
      assert.equal(editor.document.languageId, 'sow');
      assert.ok(editor.document.getText().trim().length > 0, 'the document has content');
      const structural = (await settledDiagnostics(recorder, editor.document.uri, 5_000)).filter((d) => STRUCTURAL.test(codeOf(d) ?? ''));
      assert.deepEqual(structural.map((d) => `${codeOf(d)}: ${d.message}`), []);
    } finally {
      recorder.dispose();
    }
  });

  it('SOW: Open Preview opens a webview panel', async () => {
    await openExample('well-architected');
    assert.equal(webviewTabs().length, 0);
    await vscode.commands.executeCommand('sow.openPreview');
    const tabs = await waitFor('a webview tab', () => webviewTabs().length > 0 && webviewTabs());
    assert.match((tabs[0].input as vscode.TabInputWebview).viewType, /sow/i, 'the webview is ours');
  });

  it('SOW: Open Preview to the Side keeps the editor and puts the preview beside it', async () => {
    const editor = await openExample('well-architected');
    await vscode.commands.executeCommand('sow.openPreviewToSide');
    const [tab] = await waitFor('a webview tab', () => webviewTabs().length > 0 && webviewTabs());
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview is in another editor group');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === editor.document), 'the source stays visible');
  });

  it('SOW: Restart Language Server brings back a server that reviews documents', async () => {
    const { document: example } = await openExample('anti-patterns');
    await vscode.commands.executeCommand('sow.restartServer');
    // A document opened after the restart can only get findings from the new server.
    const doc = await vscode.workspace.openTextDocument({ language: 'sow', content: example.getText() });
    await vscode.window.showTextDocument(doc);
    await waitFor('PWAF-SEC-001 from the restarted server', () => sowDiagnostics(doc.uri).some((d) => codeOf(d) === 'PWAF-SEC-001'));
  });

  it('a language server that dies is restarted and reviews again', async () => {
    const [pid] = await waitFor('the server process', () => serverPids());
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server process', () => serverPids()?.some((p) => p !== pid));
    const { document: example } = await openExample('anti-patterns');
    const doc = await vscode.workspace.openTextDocument({ language: 'sow', content: example.getText() });
    await vscode.window.showTextDocument(doc);
    await waitFor('PWAF-SEC-001 from the restarted server', () => sowDiagnostics(doc.uri).some((d) => codeOf(d) === 'PWAF-SEC-001'));
  });
});

/** The language server processes this extension host started (forked over node IPC). */
function serverPids(): number[] | undefined {
  try {
    const pids = execSync(`pgrep -f -P ${process.pid} dist/server.js`, { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    return pids.length ? pids : undefined;
  } catch {
    return undefined; // pgrep exits 1 when nothing matches
  }
}
