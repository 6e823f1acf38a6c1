// The preview's requests against the real language server over stdio: the rendered body for the
// current version (updated by an edit), the Markdown export, and null for unknown documents.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RENDER_MARKDOWN_REQUEST, RENDER_PREVIEW_REQUEST, RenderPreviewResult } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from './browser';

describe('preview requests over LSP', function () {
  let client: LspClient;
  const uri = 'file:///ws/well-architected.sow.yaml';
  const text = readFileSync(join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');

  before(async () => {
    const serverJs = join(ROOT, 'dist/server.js');
    assert.ok(existsSync(serverJs), 'dist/server.js is missing: run `npm run build` first');
    client = new LspClient({ command: [process.execPath, serverJs, '--stdio'], cwd: ROOT });
    await client.initialize();
    await client.openAndWait(uri, text);
  });
  after(async () => client?.shutdown());

  it('sow/renderPreview returns the body, diagrams and version; an edit shows in the next render', async () => {
    const first = await client.request<RenderPreviewResult>(RENDER_PREVIEW_REQUEST, { uri });
    assert.ok(first.bodyHtml.includes('data-line="'));
    assert.ok(first.diagrams[0]?.startsWith('flowchart LR'));
    assert.ok(first.title.length > 0);
    const edited = text.replace(/^(\s*partner_name:\s*).*$/m, '$1"Renamed <Partner>"');
    assert.notEqual(edited, text);
    const version = await client.change(uri, edited);
    const second = await client.request<RenderPreviewResult>(RENDER_PREVIEW_REQUEST, { uri });
    assert.equal(second.version, version);
    assert.ok(second.version > first.version);
    assert.ok(second.bodyHtml.includes('Renamed &lt;Partner&gt;'));
  });

  it('sow/renderMarkdown returns the Markdown export with a mermaid fence', async () => {
    const markdown = await client.request<string>(RENDER_MARKDOWN_REQUEST, { uri });
    assert.match(markdown, /```+mermaid\nflowchart LR\n/);
  });

  it('answers null for a document the server does not have open', async () => {
    assert.equal(await client.request(RENDER_PREVIEW_REQUEST, { uri: 'file:///ws/not-open.sow.yaml' }), null);
    assert.equal(await client.request(RENDER_MARKDOWN_REQUEST, { uri: 'file:///ws/not-open.sow.yaml' }), null);
  });
});
