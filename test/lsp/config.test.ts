// One config truth (issue 15): on a tree of folders with `.sowrc.yaml` files at several levels,
// the language server over stdio (a multi-root workspace) and the CLI give identical findings
// for every document, and the server re-reads a config file when it changes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';
import { ROOT } from '../support/rules';

const CLI = path.join(ROOT, 'dist/cli.js');
const ANTI = fs.readFileSync(path.join(ROOT, 'examples/anti-patterns.sow.yaml'), 'utf8');

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
interface JsonFinding {
  code: string;
  severity: string;
  message: string;
  /** 0-based LSP range: `range` or, in newer CLI output, `lspRange`. */
  range?: Range;
  lspRange?: Range;
}

const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };
const key = (code: unknown, severity: number | undefined, r: Range, message: string) => `${String(code)} ${severity} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${message}`;

/**
 * tree/
 *   .sowrc.yaml            SEC-001 → warning
 *   a/doc.sow.yaml         (inherits tree/)
 *   b/.sowrc.yml           SEC-001 off, DOC-001 → info
 *   b/doc.sow.yaml
 *   b/c/doc.sow.yaml       (inherits b/, two levels down)
 */
function makeTree(): string {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-config-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tree, rel)), { recursive: true });
    fs.writeFileSync(path.join(tree, rel), text);
  };
  write('.sowrc.yaml', 'rules:\n  PWAF-SEC-001: warning\n');
  write('a/doc.sow.yaml', ANTI);
  write('b/.sowrc.yml', 'rules:\n  PWAF-SEC-001: off\n  PWAF-DOC-001: info\n');
  write('b/doc.sow.yaml', ANTI);
  write('b/c/doc.sow.yaml', ANTI);
  return tree;
}

describe('.sowrc.yaml: the server and the CLI read the same config for every document', function () {
  this.timeout(120_000);
  let tree: string;
  let client: LspClient;
  before(async () => {
    tree = makeTree();
    // Two workspace folders; the documents of b/ are not under the first one.
    client = new LspClient({ command: [process.execPath, path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT, workspaceFolders: [pathToFileURL(path.join(tree, 'a')).href, pathToFileURL(path.join(tree, 'b')).href] });
    await client.initialize();
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(tree, { recursive: true, force: true });
  });

  function cliFindings(file: string): string[] {
    const r = spawnSync(process.execPath, [CLI, 'lint', '--format', 'json', file], { cwd: tree, encoding: 'utf8', timeout: 60_000 });
    const [report] = JSON.parse(r.stdout) as Array<{ findings: JsonFinding[] }>;
    return report.findings.map((f) => key(f.code, SEVERITY[f.severity], (f.lspRange ?? f.range)!, f.message)).sort();
  }

  async function serverFindings(file: string): Promise<string[]> {
    const uri = pathToFileURL(file).href;
    const diagnostics = await client.openAndWait(uri, fs.readFileSync(file, 'utf8'));
    await client.close(uri);
    return comparable(diagnostics);
  }

  /** The server's diagnostics as the CLI reports them: hints are editor-only (the CLI leaves them out). */
  function comparable(diagnostics: Diagnostic[]): string[] {
    return diagnostics.filter((d) => d.severity !== 4).map((d) => key(d.code, d.severity, d.range, d.message)).sort();
  }

  it('identical findings for each document of the tree, each under its nearest config', async () => {
    for (const rel of ['a/doc.sow.yaml', 'b/doc.sow.yaml', 'b/c/doc.sow.yaml']) {
      const file = path.join(tree, rel);
      const cli = cliFindings(file);
      assert.ok(cli.length > 10, `${rel}: the CLI found ${cli.length}`);
      assert.deepStrictEqual(await serverFindings(file), cli, rel);
    }
    // And the configs did apply: SEC-001 a warning in a/, gone in b/ and b/c/, DOC-001 info there.
    assert.ok(cliFindings(path.join(tree, 'a/doc.sow.yaml')).some((k) => k.startsWith('PWAF-SEC-001 2 ')));
    const deep = cliFindings(path.join(tree, 'b/c/doc.sow.yaml'));
    assert.ok(!deep.some((k) => k.startsWith('PWAF-SEC-001 ')));
    assert.ok(deep.some((k) => k.startsWith('PWAF-DOC-001 3 ')), 'DOC-001 is info under b/');
  });

  it('re-reads a config file when it changes', async () => {
    const file = path.join(tree, 'b/c/doc.sow.yaml');
    const uri = pathToFileURL(file).href;
    const first = await client.openAndWait(uri, fs.readFileSync(file, 'utf8'));
    assert.ok(!first.some((d) => d.code === 'PWAF-SEC-001'));
    const config = path.join(tree, 'b/.sowrc.yml');
    fs.writeFileSync(config, 'rules:\n  PWAF-SEC-001: info\n');
    const next = client.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 10_000);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    const after = await next;
    assert.strictEqual(after.diagnostics.find((d) => d.code === 'PWAF-SEC-001')?.severity, 3);
    assert.deepStrictEqual(comparable(after.diagnostics), cliFindings(file));
    await client.close(uri);
  });
});
