// The editor's import and Word export requests against the built language server over stdio
// (dist/server.js loads dist/import.js and dist/docx.js at the first request).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { IMPORT_REQUEST, ImportResultMessage, RENDER_DOCX_REQUEST } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';

describe('import and Word export over LSP', function () {
  this.timeout(60_000);
  let client: LspClient;
  const uri = 'file:///ws/well-architected.sow.yaml';

  before(async () => {
    const serverJs = join(ROOT, 'dist/server.js');
    assert.ok(existsSync(serverJs), 'dist/server.js is missing: run `npm run build` first');
    client = new LspClient({ command: [process.execPath, serverJs, '--stdio'], cwd: ROOT });
    await client.initialize();
    await client.openAndWait(uri, readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8'));
  });
  after(async () => client?.shutdown());

  it('sow/renderDocx returns a .docx that sow/import reads back', async () => {
    const base64 = await client.request<string>(RENDER_DOCX_REQUEST, { uri, withReview: true, diagramUnavailable: 'No diagram in this test.' });
    const bytes = Buffer.from(base64, 'base64');
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK');
    const back = await client.request<ImportResultMessage>(IMPORT_REQUEST, { name: 'wa.docx', contentBase64: base64 });
    assert.equal(parse(back.yaml).header.partner_name, 'Lumen Analytics');
    assert.equal(back.ambiguous, 0);
    assert.ok(back.mapped > 150, `${back.mapped} fields mapped`);
    assert.match(back.report, /^sow import: wa\.docx \(docx\): /);
    assert.equal(await client.request(RENDER_DOCX_REQUEST, { uri: 'file:///ws/not-open.sow.yaml' }), null);
  });

  it('sow/import answers an unsupported file with an error and keeps serving', async () => {
    await assert.rejects(client.request(IMPORT_REQUEST, { name: 'notes.txt', contentBase64: '' }), /unsupported file type/);
    const md = readFileSync(join(ROOT, 'test/fixtures/import/filled-template.md')).toString('base64');
    const r = await client.request<ImportResultMessage>(IMPORT_REQUEST, { name: 'filled-template.md', contentBase64: md });
    assert.equal(parse(r.yaml).header.partner_name, 'Northwind Data Co.');
    assert.equal(r.ambiguous, 2);
  });
});
