import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoverText, openExample, positionOfWord } from '../support';

async function hoverOn(document: vscode.TextDocument, word: string): Promise<string> {
  const at = positionOfWord(document, word);
  assert.ok(at, `the example mentions ${word}`);
  const inside = at.translate(0, 1); // inside the word, not on its boundary
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside));
}

describe('hover', () => {
  after(closeAllEditors);

  it('explains DBU from the glossary', async () => {
    const { document } = await openExample('well-architected');
    assert.match(await hoverOn(document, 'DBU'), /Databricks Unit/i);
  });

  it('explains RLS from the glossary', async () => {
    const { document } = await openExample('anti-patterns'); // mentioned in a comment there
    assert.match(await hoverOn(document, 'RLS'), /row[- ]level security/i);
  });
});
