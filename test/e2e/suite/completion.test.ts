import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, completionLabels, EXTENSION_ID, openExample, positionOfWord, workspaceUri } from '../support';

function complete(uri: vscode.Uri, position: vscode.Position) {
  return vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
}

/** Top-level keys of the bundled schema: what an empty document should be offered. */
function topLevelKeys(): string[] {
  const root = vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  const schema = JSON.parse(readFileSync(vscode.Uri.joinPath(root, 'schemas', 'sow.schema.json').fsPath, 'utf8'));
  return Object.keys(schema.properties ?? {});
}

describe('completion', () => {
  after(closeAllEditors);

  it('offers the schema keys in an empty document', async () => {
    const uri = workspaceUri('completion-empty.sow.yaml');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const labels = completionLabels(await complete(editor.document.uri, new vscode.Position(0, 0))).map((l) => l.replace(/:$/, ''));
      const keys = topLevelKeys();
      assert.ok(keys.length > 0, 'the schema has top-level keys');
      assert.deepEqual(keys.filter((k) => !labels.includes(k)), [], `missing keys; offered: ${labels.join(', ')}`);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri); // the UI checks share this workspace
    }
  });

  it('offers enum values for backend API auth, including oauth-m2m', async () => {
    const { document } = await openExample('anti-patterns');
    const at = positionOfWord(document, 'pat', document.getText().indexOf('backend_api_auth'));
    assert.ok(at, 'the anti-patterns example uses `pat` for backend API auth');
    const labels = completionLabels(await complete(document.uri, at));
    assert.ok(labels.includes('oauth-m2m'), `oauth-m2m offered; got: ${labels.join(', ')}`);
  });
});
