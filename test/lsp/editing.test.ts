// Completion and code actions over the real protocol: the built server spawned over stdio.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { parseDocument } from 'yaml';
import { LspClient } from '../support/lspClient';

const root = path.resolve(__dirname, '../..');
const serverJs = path.join(root, 'dist/server.js');

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return edits
    .map((e) => ({ start: offset(e.range.start), end: offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

describe('completion and code actions over stdio', function () {
  let client: LspClient;
  let capabilities: InitializeResult['capabilities'];
  const antiPatterns = fs.readFileSync(path.join(root, 'examples', 'anti-patterns.sow.yaml'), 'utf8');
  const uri = 'file:///ws/anti.sow.yaml';
  let diagnostics: Diagnostic[];

  before(async function () {
    assert.ok(fs.existsSync(serverJs), 'dist/server.js is missing: run `npm run build` first');
    client = new LspClient({ command: [process.execPath, serverJs, '--stdio'], cwd: root });
    capabilities = (await client.initialize()).capabilities;
    diagnostics = await client.openAndWait(uri, antiPatterns);
  });

  after(async () => client?.shutdown());

  it('declares completion (with trigger characters) and code actions (quickfix, source.fixAll.sow)', () => {
    assert.deepStrictEqual(capabilities.completionProvider?.triggerCharacters, [' ', ':', '-']);
    const provider = capabilities.codeActionProvider;
    assert.ok(provider && typeof provider === 'object');
    assert.deepStrictEqual(provider.codeActionKinds, ['quickfix', 'source.fixAll.sow']);
  });

  it('completes a half-typed key and an enum value at a position', async () => {
    const text = 'header:\n  partner_name: Acme\n  prod\ngovernance_security:\n  unity_catalog:\n    adoption: \n';
    const u = 'file:///ws/complete.sow.yaml';
    await client.openAndWait(u, text);
    const keys = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 2, character: 6 } });
    const product = keys.items.find((i) => i.label === 'product_name');
    assert.ok(product, keys.items.map((i) => i.label).join(', '));
    assert.ok(!keys.items.some((i) => i.label === 'partner_name'));
    assert.deepStrictEqual(product.textEdit, { range: { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } }, newText: 'product_name: $1' });
    const values = await client.request<CompletionList>('textDocument/completion', { textDocument: { uri: u }, position: { line: 5, character: 14 } });
    const full = values.items.find((i: CompletionItem) => i.preselect);
    assert.strictEqual(full?.label, 'full');
    assert.strictEqual(full?.labelDetails?.description, '★ recommended');
  });

  it('offers the quick fixes of a PWAF diagnostic, the client diagnostic attached', async () => {
    const patLine = antiPatterns.split('\n').findIndex((l) => /backend_api_auth: \[pat\]/.test(l));
    // The PAT finding when the security rules have it, else the manual-IaC finding.
    const target =
      diagnostics.find((d) => d.range.start.line === patLine && String(d.code).startsWith('PWAF-') && (d.data as { fixes?: unknown[] })?.fixes?.length) ??
      diagnostics.find((d) => d.code === 'PWAF-OPS-001');
    assert.ok(target, diagnostics.map((d) => d.code).join(', '));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
    const preferred = actions.find((a) => a.isPreferred && a.diagnostics?.some((d) => d.code === target.code));
    assert.ok(preferred, actions.map((a) => a.title).join(' | '));
    assert.deepStrictEqual(preferred.diagnostics?.[0], target, 'the client diagnostic (with its data) comes back');
    const edits = preferred.edit!.changes![uri];
    assert.ok(edits.length >= 1 && edits.every((e) => e.range.start.line === e.range.end.line), JSON.stringify(edits));
    const fixed = applyEdits(antiPatterns, edits);
    assert.deepStrictEqual(parseDocument(fixed).errors, []);
    assert.ok(actions.some((a) => a.title === `Waive ${target.code} here…`));
  });

  it('source.fixAll.sow fixes the document in one edit set', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.sow'] },
    });
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, 'source.fixAll.sow');
    const fixed = applyEdits(antiPatterns, actions[0].edit!.changes![uri]);
    const next = client.nextDiagnostics(uri);
    await client.change(uri, fixed);
    const after = (await next).diagnostics;
    const fixable = (ds: Diagnostic[]) => ds.filter((d) => (d.data as { fixes?: Array<{ preferred?: boolean }> })?.fixes?.some((f) => f.preferred));
    assert.ok(fixable(diagnostics).length > 5);
    assert.deepStrictEqual(fixable(after).map((d) => `${d.code}: ${d.message}`), []);
  });

  it('each "Add missing property" action carries its own diagnostic when several share a range', async () => {
    const u = 'file:///ws/missing.sow.yaml';
    const missing = await client.openAndWait(u, 'sow: 1\nheader:\n  partner_name: Acme\n');
    const required = missing.filter((d) => d.code === 'schema/required' && d.range.start.line === 1);
    assert.ok(required.length >= 3, `${required.length} missing properties under header`);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: required[0].range, context: { diagnostics: missing } });
    const adds = actions.filter((a) => a.title.startsWith('Add missing property'));
    assert.strictEqual(adds.length, required.length);
    for (const add of adds) {
      const name = /'([^']+)'/.exec(add.title)![1];
      assert.strictEqual(add.diagnostics?.length, 1);
      assert.match(add.diagnostics![0].message, new RegExp(`"${name}"`), `${add.title} is linked to: ${add.diagnostics![0].message}`);
    }
  });
});
