// Settings per resource and "SOW: Review Workspace", over the real LSP protocol (the Node server
// over stdio): the server asks `workspace/configuration` per document (`scopeUri`), so two
// workspace folders with different `sow.rules` get different findings; documents reviewed
// without being opened keep correct diagnostics as they are opened, closed, changed and deleted.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';
import type { ReadWorkspaceFileParams, ReviewFilesResult } from '../../server/src/protocol';

const ANTI = fs.readFileSync(path.join(ROOT, 'examples/anti-patterns.sow.yaml'), 'utf8');
const GOOD = fs.readFileSync(path.join(ROOT, 'examples/well-architected.sow.yaml'), 'utf8');
const SERVER = [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'];
const severityOf = (ds: Diagnostic[], code: string) => ds.find((d) => d.code === code)?.severity;

describe('sow.* settings per resource (workspace/configuration with scopeUri)', function () {
  this.timeout(60_000);
  let tree: string;
  let client: LspClient;
  const asked: Array<string | undefined> = [];
  /** What each folder's settings say about PWAF-SEC-001; changed by the tests. */
  const sec001: Record<'a' | 'b', string> = { a: 'off', b: 'info' };

  before(async () => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-settings-'));
    for (const f of ['a', 'b']) fs.mkdirSync(path.join(tree, f));
    const folder = (name: 'a' | 'b') => pathToFileURL(path.join(tree, name)).href;
    client = new LspClient({
      command: SERVER,
      cwd: ROOT,
      workspaceFolders: [folder('a'), folder('b')],
      configuration: (item) => {
        if (item.section !== 'sow') return null;
        asked.push(item.scopeUri);
        const name = (['a', 'b'] as const).find((f) => item.scopeUri?.startsWith(`${folder(f)}/`));
        return name ? { rules: { 'PWAF-SEC-001': sec001[name] } } : {};
      },
    });
    await client.initialize();
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(tree, { recursive: true, force: true });
  });

  it('asks for each document\'s own settings and applies them: different findings per folder', async () => {
    const a = pathToFileURL(path.join(tree, 'a/doc.sow.yaml')).href;
    const b = pathToFileURL(path.join(tree, 'b/doc.sow.yaml')).href;
    const inA = await client.openAndWait(a, ANTI);
    const inB = await client.openAndWait(b, ANTI);
    assert.ok(asked.includes(a) && asked.includes(b), `scopeUri of each document: ${asked.join(', ')}`);
    assert.strictEqual(severityOf(inA, 'PWAF-SEC-001'), undefined, 'off in folder a');
    assert.strictEqual(severityOf(inB, 'PWAF-SEC-001'), 3, 'info in folder b');
    // Everything else is the same document, reviewed the same way.
    const others = (ds: Diagnostic[]) => ds.filter((d) => d.code !== 'PWAF-SEC-001').map((d) => `${d.code} ${d.severity} ${d.message}`).sort();
    assert.deepStrictEqual(others(inA), others(inB));

    // Settings are cached per document and asked again when they change.
    const before = asked.length;
    sec001.a = 'error';
    const next = client.nextDiagnostics(a, (p) => severityOf(p.diagnostics, 'PWAF-SEC-001') === 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await next;
    assert.ok(asked.length > before, 'asked again after didChangeConfiguration');
    await client.close(a);
    await client.close(b);
  });
});

describe('SOW: Review Workspace on the server (sow/reviewFiles)', function () {
  this.timeout(60_000);
  let tree: string;
  let client: LspClient;
  let doc: string;
  let uri: string;

  before(async () => {
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-review-'));
    doc = path.join(tree, 'plan.sow.yaml');
    uri = pathToFileURL(doc).href;
    fs.writeFileSync(doc, ANTI);
    client = new LspClient({ command: SERVER, cwd: ROOT, rootUri: pathToFileURL(tree).href, initializationOptions: { readsWorkspaceFiles: true } });
    // As the VS Code client does (client/src/workspaceFiles.ts), from disk.
    client.connection.onRequest('sow/readWorkspaceFile', (params: ReadWorkspaceFileParams) => {
      const file = new URL(params.uri);
      return fs.existsSync(file) ? { text: fs.readFileSync(file, 'utf8') } : null;
    });
    await client.initialize();
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(tree, { recursive: true, force: true });
  });

  it('reviews a file that is not open, and keeps its diagnostics right when its config changes and when it is opened, edited, closed, changed and deleted', async () => {
    const published = client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    const result = await client.request<ReviewFilesResult>('sow/reviewFiles', { files: [{ uri, text: ANTI }] });
    const reviewed = (await published).diagnostics;
    assert.strictEqual(result.reviewed, 1);
    assert.strictEqual(result.open, 0);
    assert.ok(severityOf(reviewed, 'PWAF-SEC-001'), 'the anti-patterns findings');
    assert.strictEqual(result.counts.error, reviewed.filter((d) => d.severity === 1).length);
    assert.strictEqual(result.counts.warning, reviewed.filter((d) => d.severity === 2).length);

    // A config file changes: reviewed again under it (and again once it is gone).
    const config = path.join(tree, '.sowrc.yaml');
    const configChange = async (type: number, expectPat: boolean) => {
      const next = client.nextDiagnostics(uri, (p) => !!severityOf(p.diagnostics, 'PWAF-SEC-001') === expectPat);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type }] });
      await next;
    };
    fs.writeFileSync(config, 'rules:\n  PWAF-SEC-001: off\n');
    await configChange(1, false);
    fs.rmSync(config);
    await configChange(3, true);

    // Opened and edited: the editor's text is reviewed.
    await client.openAndWait(uri, ANTI);
    const edited = client.nextDiagnostics(uri, (p) => !p.diagnostics.some((d) => d.code === 'PWAF-SEC-001'));
    await client.change(uri, GOOD);
    await edited;
    // An open file sent by a later workspace review is left to the editor.
    assert.strictEqual((await client.request<ReviewFilesResult>('sow/reviewFiles', { files: [{ uri, text: ANTI }] })).open, 1);

    // Closed without saving: the file on disk (still the anti-patterns) is what counts again, not nothing.
    const closed = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.ok(severityOf((await closed).diagnostics, 'PWAF-SEC-001'));

    // Changed on disk (a git checkout) while not open: reviewed again.
    fs.writeFileSync(doc, GOOD);
    const changed = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 2 }] });
    assert.ok(!(await changed).diagnostics.some((d) => d.code === 'PWAF-SEC-001'));

    // Deleted: its diagnostics go.
    fs.rmSync(doc);
    const deleted = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    assert.deepStrictEqual((await deleted).diagnostics, []);

    // An untracked file closed normally still clears its diagnostics.
    const other = pathToFileURL(path.join(tree, 'other.sow.yaml')).href;
    await client.openAndWait(other, ANTI);
    const cleared = client.nextDiagnostics(other);
    await client.close(other);
    assert.deepStrictEqual((await cleared).diagnostics, []);
  });
});
