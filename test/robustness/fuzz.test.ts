// Fuzz suite: thousands of broken and hostile SOWs through every engine surface, then a sample
// through the running server over stdio. Seeded, so a failure names the case that reproduces it.
//   FUZZ_ITERATIONS=20000 FUZZ_SEED=7 npx mocha test/robustness/fuzz.test.ts   (a longer run)
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { codeActionsFor } from '../../server/src/engine/actions/codeActions';
import { completeAt } from '../../server/src/engine/completion/completion';
import { SowDocument } from '../../server/src/engine/document';
import { hoverAt } from '../../server/src/engine/hover/hover';
import { renderSowHtml } from '../../server/src/engine/render/html';
import { reviewDocument } from '../../server/src/engine/review';
import { documentSymbols, foldingRanges } from '../../server/src/engine/symbols/symbols';
import { Position, Range } from '../../server/src/engine/types';
import { LspClient } from '../support/lspClient';
import { example, ROOT, TODAY } from '../support/rules';
import { Case, fuzzCorpus, prng } from './corpus';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const MUTATIONS = Number(process.env.FUZZ_ITERATIONS ?? 1500);
/**
 * No single engine call may take longer than this, on any input: a bound that catches runaway
 * work (catastrophic regular expressions, quadratic loops), with room for a loaded 2-core machine.
 */
const BOUND_MS = 3000;
/** How many cases also go through the server process (every hostile one plus a sample). */
const SERVER_CASES = Number(process.env.FUZZ_SERVER_CASES ?? 150);

const EXAMPLES = { 'well-architected': example('well-architected'), 'anti-patterns': example('anti-patterns'), starter: example('starter') };

/** Line lengths as an LSP client counts lines (\r\n, \r and \n all end a line). */
function lspLines(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function inside(lines: number[], r: Range): boolean {
  const ok = (p: Position) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line];
  const ordered = r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
  return ok(r.start) && ok(r.end) && ordered;
}

function randomPositions(lines: number[], rand: () => number, n: number): Position[] {
  const out: Position[] = [{ line: lines.length - 1, character: lines[lines.length - 1] }];
  for (let i = 1; i < n; i++) {
    const line = Math.floor(rand() * lines.length);
    out.push({ line, character: Math.floor(rand() * (lines[line] + 1)) });
  }
  return out;
}

interface Slowest {
  ms: number;
  what: string;
}

describe(`fuzz (seed ${SEED}, ${MUTATIONS} mutations)`, function () {
  this.timeout(0);
  const corpus: Case[] = fuzzCorpus(EXAMPLES, SEED, MUTATIONS);
  const slowest: Slowest = { ms: 0, what: '' };
  const slowestServer: Slowest = { ms: 0, what: '' };
  let serverCases = 0;
  let calls = 0;

  /** Runs one engine call, fails on a throw or on exceeding the bound, and tracks the slowest. */
  function timed<T>(what: string, c: Case, fn: () => T): T {
    const start = performance.now();
    let result: T;
    try {
      result = fn();
    } catch (e) {
      throw new Error(`${what} threw on "${c.name}": ${(e as Error).stack}`);
    }
    const ms = performance.now() - start;
    calls++;
    if (ms > slowest.ms) Object.assign(slowest, { ms, what: `${what} on "${c.name}"` });
    assert.ok(ms < BOUND_MS, `${what} took ${ms.toFixed(0)} ms on "${c.name}" (bound ${BOUND_MS} ms)`);
    return result;
  }

  after(() => {
    // eslint-disable-next-line no-console
    console.log(`      fuzz: ${corpus.length} documents, ${calls} engine calls; slowest ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
    // eslint-disable-next-line no-console
    console.log(`      fuzz: ${serverCases} documents through the server; slowest change→diagnostics+hover+completion+symbols ${slowestServer.ms.toFixed(0)} ms (${slowestServer.what})`);
  });

  it('the corpus has every kind of bad input', () => {
    assert.ok(corpus.length >= MUTATIONS + 100, `${corpus.length} cases`);
    for (const kind of ['10 MB file', '10,000-deep', 'alias bomb', 'duplicate keys', 'tabs', 'byte order mark', 'CRLF', 'NUL', 'invalid UTF-8', 'non-mapping root', 'empty file', 'truncated', 'wrong type', 'mutation']) {
      assert.ok(corpus.some((c) => c.name.includes(kind)), kind);
    }
  });

  it('every engine surface survives every document, within the bound, with ranges inside it', () => {
    const rand = prng(SEED ^ 0x5eed);
    for (const [i, c] of corpus.entries()) {
      const lines = lspLines(c.text);
      const doc = timed('parse', c, () => new SowDocument(`file:///fuzz/${i}.sow.yaml`, 1, c.text));
      const review = timed('review', c, () => reviewDocument(doc, { today: TODAY }));
      for (const f of review.findings) assert.ok(inside(lines, f.range), `${f.code} range ${JSON.stringify(f.range)} outside "${c.name}"`);
      for (const p of randomPositions(lines, rand, 3)) {
        const items = timed('completion', c, () => completeAt(doc, p, { today: TODAY }));
        for (const item of items) assert.ok(inside(lines, item.textEdit.range), `completion edit outside "${c.name}" at ${JSON.stringify(p)}`);
        const hover = timed('hover', c, () => hoverAt(doc, review, p));
        if (hover?.range) assert.ok(inside(lines, hover.range), `hover range outside "${c.name}"`);
      }
      const symbols = timed('symbols', c, () => documentSymbols(doc));
      const walk = (s: typeof symbols): void => s.forEach((x) => (assert.ok(inside(lines, x.range) && inside(lines, x.selectionRange), `symbol ${x.name} outside "${c.name}"`), walk(x.children ?? [])));
      walk(symbols);
      for (const f of timed('folding', c, () => foldingRanges(doc))) assert.ok(f.startLine <= f.endLine && f.endLine < lines.length, `folding outside "${c.name}"`);
      const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1] } };
      const actions = timed('code actions', c, () => codeActionsFor(doc, review, whole, ['quickfix']));
      for (const a of actions) for (const e of Object.values(a.edit.changes).flat()) assert.ok(inside(lines, e.range), `edit of "${a.title}" outside "${c.name}"`);
      // Rendering is the slowest surface; every tenth document keeps the suite short.
      if (i % 10 === 0) timed('render', c, () => renderSowHtml(doc, review));
    }
  });

  describe('the server over stdio', () => {
    let client: LspClient;
    before(async () => {
      client = new LspClient({ command: ['node', path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
      await client.initialize();
    });
    after(() => client.shutdown());

    it('answers every request and keeps serving after every hostile document', async () => {
      const rand = prng(SEED ^ 0xc0de);
      const hostile = corpus.filter((c) => !c.name.includes('mutation'));
      const sample = [...hostile, ...corpus.filter((c) => c.name.includes('mutation')).filter(() => rand() < 0.5)].slice(0, Math.max(SERVER_CASES, hostile.length));
      const uri = 'file:///fuzz/live.sow.yaml';
      await client.openAndWait(uri, 'sow: 1\n');
      for (const c of sample) {
        const lines = lspLines(c.text);
        const start = performance.now();
        const version = await client.change(uri, c.text);
        const published = await client.nextDiagnostics(uri, (p) => p.version === version, 10_000).catch((e: Error) => {
          throw new Error(`no diagnostics for "${c.name}": ${e.message}`);
        });
        for (const d of published.diagnostics) assert.ok(inside(lines, d.range), `${d.code} outside "${c.name}"`);
        const [position] = randomPositions(lines, rand, 1);
        await client.request('textDocument/hover', { textDocument: { uri }, position });
        await client.request('textDocument/completion', { textDocument: { uri }, position });
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
        const ms = performance.now() - start;
        serverCases++;
        if (ms > slowestServer.ms) Object.assign(slowestServer, { ms, what: c.name });
        assert.ok(ms < 4 * BOUND_MS, `server took ${ms.toFixed(0)} ms on "${c.name}"`);
        assert.strictEqual(client.process.exitCode, null, `server exited after "${c.name}"`);
      }
      // Still healthy: a clean document gets its normal review.
      const version = await client.change(uri, EXAMPLES['anti-patterns']);
      const last = await client.nextDiagnostics(uri, (p) => p.version === version);
      assert.ok(last.diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 'the server still reviews after the fuzz run');
    });
  });
});

// ── Protocol abuse: what a buggy or hostile client sends ───────────────────────────────────

/** Positions no editor sends: huge, negative, fractional, non-numeric or missing. */
const BAD_POSITIONS: unknown[] = [
  { line: 2 ** 31, character: 0 },
  { line: 2 ** 53, character: 2 ** 53 },
  { line: 1e308, character: 1 },
  { line: -1, character: -5 },
  { line: -(2 ** 53), character: 0 },
  { line: 0, character: 2 ** 31 },
  { line: 3.7, character: 2.5 },
  { line: '12', character: 'x' },
  { line: null, character: null },
  {},
  null,
];

describe('protocol abuse over stdio', function () {
  this.timeout(60_000);
  const uri = 'file:///abuse/doc.sow.yaml';
  let client: LspClient;
  before(async () => {
    client = new LspClient({ command: ['node', path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
    await client.initialize();
    await client.openAndWait(uri, EXAMPLES['anti-patterns']);
  });
  after(() => client.shutdown());

  /** A request that must be answered (a result or an error, never a hang) within the bound. */
  async function answered(method: string, params: unknown): Promise<unknown> {
    const start = performance.now();
    const result = await client.request(method, params).catch((e: Error) => e);
    const ms = performance.now() - start;
    assert.ok(ms < BOUND_MS, `${method} ${JSON.stringify(params).slice(0, 120)} took ${ms.toFixed(0)} ms`);
    return result;
  }

  it('clamps out-of-range positions in every request and answers at once', async () => {
    const lines = lspLines(EXAMPLES['anti-patterns']);
    for (const position of BAD_POSITIONS) {
      const textDocument = { uri };
      for (const method of ['textDocument/hover', 'textDocument/completion', 'textDocument/definition']) {
        const result = await answered(method, { textDocument, position });
        const items = (result as { items?: Array<{ textEdit: { range: Range } }> } | null)?.items ?? [];
        for (const item of items) assert.ok(inside(lines, item.textEdit.range), `${method} at ${JSON.stringify(position)}: edit outside the document`);
      }
      const actions = (await answered('textDocument/codeAction', { textDocument, range: { start: position, end: BAD_POSITIONS[0] }, context: { diagnostics: [] } })) as Array<{ edit?: { changes: Record<string, Array<{ range: Range }>> } }> | Error;
      if (!(actions instanceof Error)) for (const a of actions ?? []) for (const e of Object.values(a.edit?.changes ?? {}).flat()) assert.ok(inside(lines, e.range), 'code action edit outside the document');
    }
    // Still serving: a real position gets a real answer.
    const header = EXAMPLES['anti-patterns'].split('\n').indexOf('header:');
    const hover = (await client.request('textDocument/hover', { textDocument: { uri }, position: { line: header, character: 1 } })) as { contents?: unknown } | null;
    assert.ok(hover?.contents, 'hover on a key still answers');
  });

  it('a reused version number with new text gets diagnostics for the new text (didChange and a second didOpen)', async () => {
    const reused = 'file:///abuse/reused.sow.yaml';
    const clean = await client.openAndWait(reused, EXAMPLES['well-architected']);
    assert.ok(!clean.some((d) => d.code === 'PWAF-SEC-001'));
    let next = client.nextDiagnostics(reused, (p) => p.diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 5000);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: reused, version: 1 }, contentChanges: [{ text: EXAMPLES['anti-patterns'] }] });
    await next;
    next = client.nextDiagnostics(reused, (p) => !p.diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 5000);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: reused, languageId: 'sow', version: 1, text: EXAMPLES['well-architected'] } });
    await next;
  });

  it('long work pauses for other requests, and a cancelled fix-all stops', async () => {
    const fixAll = { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.sow'] } };
    const header = { textDocument: { uri }, position: { line: EXAMPLES['anti-patterns'].split('\n').indexOf('header:'), character: 1 } };
    const done: string[] = [];
    const start = performance.now();
    const full = client.request<unknown[]>('textDocument/codeAction', fixAll).then((r) => (done.push('fix-all'), r));
    await new Promise((r) => setTimeout(r, 5));
    const hover = client.request('textDocument/hover', header).then(() => done.push('hover'));
    await Promise.all([full, hover]);
    const fullMs = performance.now() - start;
    assert.ok(((await full) ?? []).length === 1, 'fix-all answers with its action');
    assert.deepStrictEqual(done, ['hover', 'fix-all'], `a hover sent during fix-all (${fullMs.toFixed(0)} ms) waited for it`);
    // Cancelled right after it starts: answered (null or a cancellation error) well before a full run.
    const source = new CancellationTokenSource();
    const t0 = performance.now();
    const cancelled = client.connection.sendRequest('textDocument/codeAction', fixAll, source.token).catch((e: Error) => e);
    setTimeout(() => source.cancel(), 5);
    const answer = await cancelled;
    const cancelledMs = performance.now() - t0;
    assert.ok(answer === null || answer instanceof Error, `a cancelled fix-all answered ${JSON.stringify(answer)?.slice(0, 80)}`);
    assert.ok(cancelledMs < fullMs, `cancelled fix-all took ${cancelledMs.toFixed(0)} ms, a full one ${fullMs.toFixed(0)} ms`);
  });

  it('drops malformed frames and keeps serving', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const garbage = [
      frame('{not json'),
      frame('[]'),
      frame('"a string"'),
      frame('{"jsonrpc":"2.0"}'),
      frame('{"jsonrpc":"2.0","id":901,"method":"textDocument/hover","params":null}'),
      frame('{"jsonrpc":"2.0","id":902,"method":"textDocument/hover","params":{"textDocument":{"uri":42}}}'),
      frame('{"jsonrpc":"2.0","id":903,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///nowhere.sow.yaml"},"position":{"line":1,"character":1}}}'),
      frame('{"jsonrpc":"2.0","id":904,"method":"sow/renderPreview","params":{"uri":null}}'),
      frame('{"jsonrpc":"2.0","id":906,"method":"sow/renderMarkdown","params":null}'),
      frame('{"jsonrpc":"2.0","id":907,"method":"sow/readiness"}'),
      frame('{"jsonrpc":"2.0","id":908,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///abuse/doc.sow.yaml"},"range":null,"context":{}}}'),
      frame('{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///abuse/doc.sow.yaml"},"contentChanges":"x"}}'),
      frame('{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":null}}'),
      frame('{"jsonrpc":"2.0","id":905,"method":"no/such/method","params":{}}'),
      frame('\u0000\u0001\u0002'),
    ];
    for (const g of garbage) await new Promise<void>((resolve) => client.process.stdin!.write(g, () => resolve()));
    const version = await client.change(uri, EXAMPLES['anti-patterns']);
    const published = await client.nextDiagnostics(uri, (p) => p.version === version, 10_000);
    assert.ok(published.diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 'the server still reviews');
    assert.strictEqual(client.process.exitCode, null, 'the server is running');
  });
});

// ── Hostile configs: a `.sowrc.yaml` that is no config file ────────────────────────────────

describe('hostile .sowrc.yaml files (CLI and server)', function () {
  this.timeout(120_000);
  const CASES: Array<{ name: string; make: (file: string) => void; message: RegExp }> = [
    { name: 'a FIFO', make: (f) => execFileSync('mkfifo', [f]), message: /not a regular file \(a named pipe\)/ },
    { name: 'a symlink to /dev/zero', make: (f) => fs.symlinkSync('/dev/zero', f), message: /not a regular file \(a device\)/ },
    { name: 'a directory', make: (f) => fs.mkdirSync(f), message: /not a regular file \(a directory\)/ },
    { name: 'a 5 MB file', make: (f) => fs.writeFileSync(f, `# ${'x'.repeat(100)}\n`.repeat(50_000)), message: /too large/ },
    { name: 'a dangling symlink', make: (f) => fs.symlinkSync('/nonexistent/sowrc', f), message: /cannot read \(ENOENT\)/ },
    { name: '20,000 rule keys', make: (f) => fs.writeFileSync(f, `rules:\n${Array.from({ length: 20_000 }, (_, i) => `  PWAF-SEC-${i}: off`).join('\n')}\n`), message: /too large/ },
    { name: '6,000 keys, one repeated at the end', make: (f) => fs.writeFileSync(f, `${Array.from({ length: 6_000 }, (_, i) => `k${i.toString(36)}: 1`).join('\n')}\nk0: 2\n`), message: /"k0" appears twice \(line 6001\)/ },
    { name: 'an alias bomb', make: (f) => fs.writeFileSync(f, 'a: &a [x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\nrules: [*b, *b, *b, *b, *b, *b, *b, *b]\n'), message: /not valid YAML|aliases|"rules" must map/ },
  ];
  let tmp: string;
  let client: LspClient;
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sow-hostile-config-'));
    client = new LspClient({ command: ['node', path.join(ROOT, 'dist/server.js'), '--stdio'], cwd: ROOT });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  function folderWith(name: string, make: (file: string) => void): string {
    const dir = path.join(tmp, name.replace(/\W+/g, '-'));
    fs.mkdirSync(dir);
    make(path.join(dir, '.sowrc.yaml'));
    fs.writeFileSync(path.join(dir, 'doc.sow.yaml'), EXAMPLES['anti-patterns']);
    return dir;
  }

  for (const c of CASES) {
    it(`${c.name}: a clear message at once, from the CLI (exit 2) and the server (still reviewing)`, async () => {
      const dir = folderWith(c.name, c.make);
      const start = performance.now();
      const r = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'lint', 'doc.sow.yaml'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
      const cliMs = performance.now() - start;
      assert.strictEqual(r.status, 2, `exit ${r.status}, stderr ${r.stderr}`);
      assert.match(r.stderr, /\.sowrc\.yaml: /);
      assert.match(r.stderr, c.message);
      assert.ok(cliMs < 4 * BOUND_MS, `the CLI took ${cliMs.toFixed(0)} ms`);

      const warnings: string[] = [];
      client.connection.onNotification('window/showMessage', (m: { message: string }) => warnings.push(m.message));
      const uri = pathToFileURL(path.join(dir, 'doc.sow.yaml')).href;
      const t0 = performance.now();
      const diagnostics = await client.openAndWait(uri, EXAMPLES['anti-patterns']);
      const serverMs = performance.now() - t0;
      assert.ok(serverMs < 4 * BOUND_MS, `the server took ${serverMs.toFixed(0)} ms`);
      assert.ok(diagnostics.some((d) => d.code === 'PWAF-SEC-001'), 'reviewed with the defaults');
      assert.ok(warnings.some((w) => c.message.test(w)), `no warning matching ${c.message}: ${warnings.join(' | ')}`);
      await client.close(uri);
    });
  }

  it('a tagged config prints no YAMLWarning on stderr (CLI and server)', async () => {
    const dir = folderWith('tagged', (f) => fs.writeFileSync(f, 'rules: !custom\n  PWAF-SEC-001: off\nmaxDocumentSize: !big 2000000\n'));
    const r = spawnSync('node', [path.join(ROOT, 'dist/cli.js'), 'lint', 'doc.sow.yaml'], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    assert.doesNotMatch(r.stderr, /YAMLWarning|Unresolved tag/);
    await client.openAndWait(pathToFileURL(path.join(dir, 'doc.sow.yaml')).href, EXAMPLES['anti-patterns']);
    assert.doesNotMatch(client.stderr, /YAMLWarning|Unresolved tag/);
  });
});
