// The language server started as a real process over stdio, spoken to over JSON-RPC.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LspClient } from '../support/lspClient';

const root = path.resolve(__dirname, '../..');
const serverJs = path.join(root, 'dist/server.js');
const example = (name: string) => fs.readFileSync(path.join(root, 'examples', name), 'utf8');

describe('language server over stdio', function () {
  let client: LspClient;

  before(async function () {
    assert.ok(fs.existsSync(serverJs), 'dist/server.js is missing: run `npm run build` first');
    client = new LspClient({ command: [process.execPath, serverJs, '--stdio'], cwd: root });
  });

  after(async () => client?.shutdown());

  it('answers initialize with its capabilities', async () => {
    const result = await client.initialize();
    assert.strictEqual(result.serverInfo?.name, 'sow-architect');
    assert.ok(result.capabilities.textDocumentSync, 'document sync capability');
  });

  it('publishes no errors for the well-architected example', async () => {
    const diagnostics = await client.openAndWait('file:///ws/well-architected.sow.yaml', example('well-architected.sow.yaml'));
    assert.deepStrictEqual(diagnostics.filter((d) => d.severity === 1).map((d) => `${d.code}: ${d.message}`), []);
  });

  it('publishes a schema error with source, code and link for a wrong enum value', async () => {
    const text = example('well-architected.sow.yaml').replace(/^(\s*backend_api_auth: \[)oauth-m2m\]/m, '$1oauth-m3m]');
    assert.notStrictEqual(text, example('well-architected.sow.yaml'), 'the example lists oauth-m2m under backend_api_auth');
    const diagnostics = await client.openAndWait('file:///ws/broken.sow.yaml', text);
    const enumError = diagnostics.find((d) => d.code === 'schema/enum');
    assert.ok(enumError, `expected a schema/enum diagnostic, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    assert.strictEqual(enumError.source, 'sow');
    assert.match(enumError.message, /oauth-m3m/);
    assert.match(enumError.message, /Did you mean "oauth-m2m"/);
    assert.ok(enumError.codeDescription?.href.startsWith('https://'));
    const line = text.split('\n')[enumError.range.start.line];
    assert.strictEqual(line.slice(enumError.range.start.character, enumError.range.end.character), 'oauth-m3m');
  });

  it('reports malformed YAML at its place and keeps serving', async () => {
    const diagnostics = await client.openAndWait('file:///ws/bad.sow.yaml', 'sow: 1\nheader:\n  partner_name: [unclosed\n');
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.source === 'sow' && String(d.code).startsWith('yaml/')));
    const again = await client.openAndWait('file:///ws/ok.sow.yaml', 'sow: 1\n');
    assert.ok(Array.isArray(again));
  });

  it('updates diagnostics after an edit', async () => {
    const uri = 'file:///ws/edit.sow.yaml';
    await client.openAndWait(uri, 'sow: 1\n');
    const next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'schema/unknown-property'));
    await client.change(uri, 'sow: 1\nheadr: {}\n');
    const published = await next;
    const unknown = published.diagnostics.find((d) => d.code === 'schema/unknown-property')!;
    assert.match(unknown.message, /Did you mean "header"/);
    assert.deepStrictEqual(unknown.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } });
  });
});
