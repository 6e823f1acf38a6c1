// PWAF-DOC-008 in the editor, over the real LSP protocol against dist/server.js: the approved
// version from `.sowrc.yaml` `baseline:` (a file, read by the Node server), the one chosen in
// "SOW: Compare with…" (the sow/compare request) remembered for the document, and a baseline
// that cannot be read said once without breaking the review.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { COMPARE_REQUEST } from '../../server/src/protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';

const approved = fs.readFileSync(path.join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
const current = approved.replace(/^ {2}model: partner-hosted$/m, '  model: hybrid');
const fileUri = (file: string) => `file://${file}`;
const codes = (p: { diagnostics: Array<{ code?: string | number }> }) => p.diagnostics.map((d) => d.code);

describe('PWAF-DOC-008 baselines over LSP', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const messages: string[] = [];
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-lsp-baseline-'));
    client = new LspClient({ command: [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT, rootUri: fileUri(dir) });
    client.connection.onNotification('window/showMessage', (p: { message: string }) => messages.push(p.message));
    await client.initialize();
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('.sowrc.yaml baseline: a file next to it — the material change without a new version is a warning', async () => {
    const folder = path.join(dir, 'configured');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'approved.sow.yaml'), approved);
    fs.writeFileSync(path.join(folder, '.sowrc.yaml'), 'baseline: approved.sow.yaml\n');
    const uri = fileUri(path.join(folder, 'doc.sow.yaml'));
    const published = client.nextDiagnostics(uri, (p) => codes(p).includes('PWAF-DOC-008'));
    await client.open(uri, current);
    const hit = (await published).diagnostics.find((d) => d.code === 'PWAF-DOC-008')!;
    assert.strictEqual(hit.severity, 2);
    assert.strictEqual(hit.source, 'sow');
    assert.match(hit.message, /2\.1 Deployment model.*header\.document_version is still "2\.0"/);
  });

  it('SOW: Compare with… makes the chosen version the baseline of that document', async () => {
    const uri = fileUri(path.join(dir, 'chosen.sow.yaml'));
    const first = await client.openAndWait(uri, current);
    assert.ok(!first.some((d) => d.code === 'PWAF-DOC-008'), 'no baseline yet');
    const published = client.nextDiagnostics(uri, (p) => codes(p).includes('PWAF-DOC-008'));
    await client.request(COMPARE_REQUEST, { uri, baseText: approved, baseLabel: 'v2.0' });
    await published;
    // Still there after an edit: remembered for the document, not for one review.
    const edited = client.nextDiagnostics(uri, (p) => codes(p).includes('PWAF-DOC-008'));
    await client.change(uri, `${current}\n# edited\n`);
    await edited;
  });

  it('an unreadable baseline is said once; the document is still reviewed', async () => {
    const folder = path.join(dir, 'broken');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '.sowrc.yaml'), 'baseline: missing.sow.yaml\n');
    for (const name of ['a.sow.yaml', 'b.sow.yaml']) {
      const diagnostics = await client.openAndWait(fileUri(path.join(folder, name)), current);
      assert.ok(!diagnostics.some((d) => d.code === 'PWAF-DOC-008'));
    }
    const said = messages.filter((m) => m.includes('missing.sow.yaml'));
    assert.strictEqual(said.length, 1, messages.join('\n'));
    assert.match(said[0], /cannot read \(ENOENT\); PWAF-DOC-008 not assessed/);
  });
});
