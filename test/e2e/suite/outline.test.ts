import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openExample } from '../support';

describe('outline', () => {
  after(closeAllEditors);

  it('lists the template sections of the well-architected example', async () => {
    const { document } = await openExample('well-architected');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const names = (symbols ?? []).map((s) => s.name);
    assert.ok(names.some((n) => /executive summary/i.test(n)), `a section reads like the template; got: ${names.join(' | ')}`);
    assert.ok(symbols.some((s) => (s.children?.length ?? 0) > 0), 'sections have children');
  });
});
