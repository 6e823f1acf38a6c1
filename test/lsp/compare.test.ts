// "SOW: Compare with…" on the server side: the sow/compare request over stdio against the real
// language server — the change report of the open document against the text the client sends;
// and the editor's notice for a document too large to review.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { COMPARE_REQUEST, CompareResult } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';

describe('sow/compare over LSP', () => {
  let client: LspClient;
  const uri = 'file:///ws/product.sow.yaml';
  const approved = fs.readFileSync(path.join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
  const current = approved.replace(/^ {2}model: partner-hosted$/m, '  model: hybrid').replace(/^( {2}partner_name:).*$/m, '$1 "Acme <img src=x onerror=alert(1)>"');

  before(async () => {
    client = new LspClient({ command: [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
    await client.initialize();
    await client.openAndWait(uri, current);
  });
  after(async () => client?.shutdown());

  it('reports the changes against the base text, material ones counted, document text escaped', async () => {
    assert.notStrictEqual(current, approved);
    const result = await client.request<CompareResult>(COMPARE_REQUEST, { uri, baseText: approved, baseLabel: 'main' });
    assert.strictEqual(result.material, 1);
    assert.strictEqual(result.title, 'product.sow.yaml ↔ main');
    assert.match(result.markdown, /^## SOW changes: main → product\.sow\.yaml/m);
    assert.match(result.bodyHtml, /<h3>2\.1 Selected Deployment Model<\/h3>/);
    assert.match(result.bodyHtml, /<code>partner-hosted<\/code> → <code>hybrid<\/code>/);
    assert.ok(!result.bodyHtml.includes('<img'), 'no raw HTML from the document');
  });

  it('null for a document the server does not have open', async () => {
    assert.strictEqual(await client.request<CompareResult | null>(COMPARE_REQUEST, { uri: 'file:///ws/other.sow.yaml', baseText: approved, baseLabel: 'x' }), null);
  });
});

describe('a document too large to review, in the editor', () => {
  it('gets a warning (not an info): it was not reviewed, so it is not a pass', async () => {
    const client = new LspClient({ command: [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT, settings: { sow: { maxDocumentSize: 1000 } } });
    try {
      await client.initialize();
      const text = fs.readFileSync(path.join(ROOT, 'examples/anti-patterns.sow.yaml'), 'utf8');
      assert.ok(text.length > 1000);
      const uri = 'file:///ws/big.sow.yaml';
      // The settings arrive after the server starts; the notice comes with the first review under them.
      const published = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'sow/document-too-large'));
      await client.open(uri, text);
      const { diagnostics } = await published;
      assert.deepStrictEqual(diagnostics.map((d) => [d.code, d.severity]), [['sow/document-too-large', 2]]);
    } finally {
      await client.shutdown();
    }
  });
});

