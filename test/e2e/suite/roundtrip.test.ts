// SOW: Import Statement of Work… and SOW: Export as Word in a real VS Code: the import opens an
// untitled sow document that the server reviews; the Word file it exports imports back.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, EXTENSION_ID, openExample, recordDiagnostics, settledDiagnostics, waitFor } from '../support';

const STRUCTURAL = /^(schema|yaml)\//;

function fixture(name: string): vscode.Uri {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, 'the extension is installed');
  return vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixtures', 'import', name);
}

describe('import and Word export', function () {
  this.timeout(120_000);
  afterEach(closeAllEditors);

  it('SOW: Import Statement of Work… opens the imported template as a reviewed sow document', async () => {
    const recorder = recordDiagnostics();
    try {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('sow.importDocument', fixture('filled-template.md'));
      assert.ok(uri, 'the command returns the new document');
      const editor = await waitFor('the imported document', () => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor);
      assert.equal(editor.document.languageId, 'sow');
      assert.equal(editor.document.isUntitled, true);
      assert.match(editor.document.getText(), /partner_name: Northwind Data Co\./);
      const diagnostics = await settledDiagnostics(recorder, uri, 15_000);
      assert.deepEqual(diagnostics.filter((d) => STRUCTURAL.test(codeOf(d) ?? '')).map((d) => d.message), [], 'schema-valid');
      assert.ok(diagnostics.some((d) => codeOf(d) === 'PWAF-SEC-001'), 'the review runs (the fixture ticks PATs)');
    } finally {
      recorder.dispose();
    }
  });

  it('SOW: Export as Word writes a .docx that imports back to the same partner and choices', async () => {
    await openExample('well-architected');
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sow-word-')), 'well-architected.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('sow.exportWord', undefined, { target, withReview: true });
    assert.equal(written?.toString(), target.toString());
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip (docx) file');
    const back = await vscode.commands.executeCommand<vscode.Uri>('sow.importDocument', target);
    const doc = await waitFor('the re-imported document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === back?.toString()));
    assert.match(doc.getText(), /partner_name: Lumen Analytics/);
    assert.match(doc.getText(), /\n {2}model: partner-hosted\n/);
  });
});
