// SOW: Import Statement of Work… and SOW: Export as Word in a real VS Code: the import opens an
// untitled sow document that the server reviews; the Word file it exports imports back.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, codeOf, EXTENSION_ID, openExample, recordDiagnostics, settledDiagnostics, waitFor } from '../support';

const STRUCTURAL = /^(schema|yaml)\//;
const PNG_SIGNATURE = '89504e470d0a1a0a';

function webviewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
}

/** The .docx read back by an independent reader (Debian's pandoc), images extracted to `media`. */
function pandocMarkdown(file: string, media: string): string {
  const r = spawnSync('pandoc', [file, '-t', 'markdown', '--wrap=none', `--extract-media=${media}`], { encoding: 'utf8' });
  if (r.error) throw new Error(`pandoc is needed to read the Word export back (apt-get install pandoc): ${r.error.message}`);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

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
    const editor = await openExample('well-architected');
    assert.equal(webviewTabs().length, 0, 'no preview open before the export');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-word-'));
    const target = vscode.Uri.file(path.join(dir, 'well-architected.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('sow.exportWord', undefined, { target, withReview: true });
    assert.equal(written?.toString(), target.toString());
    const bytes = fs.readFileSync(target.fsPath);
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip (docx) file');
    // The diagram came from the preview: one was opened beside the editor, which kept the focus.
    const [tab] = webviewTabs();
    assert.ok(tab, 'the export opened a preview');
    assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'beside the editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString(), 'the editor kept the focus');
    // …and the preview's drawing is a PNG image in 3.1.
    const md = pandocMarkdown(target.fsPath, dir);
    const image = /!\[[^\]]*\]\(([^)\s]+\.png)[ )]/.exec(md);
    assert.ok(image, 'the diagram is an image in the document');
    assert.ok(md.indexOf(image[1]) > md.indexOf('## 3.1 Reference Architecture Diagram') && md.indexOf(image[1]) < md.indexOf('## 3.2 Data Flow'), 'in 3.1');
    assert.equal(fs.readFileSync(path.resolve(dir, image[1])).subarray(0, 8).toString('hex'), PNG_SIGNATURE, 'a real PNG');
    assert.ok(!md.includes('could not be drawn'), 'no "could not be drawn" note');
    const back = await vscode.commands.executeCommand<vscode.Uri>('sow.importDocument', target);
    const doc = await waitFor('the re-imported document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === back?.toString()));
    assert.match(doc.getText(), /partner_name: Lumen Analytics/);
    assert.match(doc.getText(), /\n {2}model: partner-hosted\n/);
  });
});
