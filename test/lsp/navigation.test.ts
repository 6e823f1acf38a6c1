// Hover and navigation over the real protocol: the built server spawned over stdio.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentSymbol, FoldingRange, Hover, InitializeResult, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient } from '../support/lspClient';

const root = path.resolve(__dirname, '../..');
const serverJs = path.join(root, 'dist/server.js');
const uri = 'file:///ws/navigation.sow.yaml';

/** The position of the first whole-word match of `pattern` (plus `delta`) in `text`. */
function positionOfWord(text: string, pattern: RegExp, delta = 1): { line: number; character: number } {
  const m = new RegExp(`(?<![\\w-])(?:${pattern.source})(?![\\w-])`).exec(text);
  assert.ok(m, `${pattern} does not occur in the document`);
  const before = text.slice(0, m.index + delta).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

describe('hover and navigation over stdio', function () {
  let client: LspClient;
  let capabilities: InitializeResult['capabilities'];
  const wellArchitected = fs.readFileSync(path.join(root, 'examples', 'well-architected.sow.yaml'), 'utf8');
  // The example plus a glossary entry and a comment, so definition and comment hover have a target.
  const text = `${wellArchitected.trimEnd()}\n# Tenants are isolated with RLS; every DBU is tagged.\n`;

  before(async function () {
    assert.ok(fs.existsSync(serverJs), 'dist/server.js is missing: run `npm run build` first');
    client = new LspClient({ command: [process.execPath, serverJs, '--stdio'], cwd: root });
    capabilities = (await client.initialize()).capabilities;
    await client.openAndWait(uri, text);
  });

  after(async () => client?.shutdown());

  it('declares hover, symbols, folding and definition', () => {
    assert.ok(capabilities.hoverProvider);
    assert.ok(capabilities.documentSymbolProvider);
    assert.ok(capabilities.foldingRangeProvider);
    assert.ok(capabilities.definitionProvider);
  });

  for (const [term, expected] of [
    ['DBU', /Databricks Unit/],
    ['RLS', /Row-level security/],
  ] as const) {
    it(`hovers ${term} in a comment with its definition and source`, async () => {
      const position = positionOfWord(text, new RegExp(term), 1);
      const commentLine = text.split('\n').findIndex((l) => l.startsWith('# Tenants'));
      const inComment = { line: commentLine, character: text.split('\n')[commentLine].indexOf(term) + 1 };
      for (const at of [position, inComment]) {
        const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: at });
        assert.ok(hover, `no hover at ${JSON.stringify(at)}`);
        const value = (hover.contents as MarkupContent).value;
        assert.match(value, expected);
        assert.match(value, /\[Source\]\(https:\/\//);
        assert.strictEqual(hover.range?.start.line, at.line);
      }
    });
  }

  it('returns null, not an error, for a position past the end', async () => {
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 99999, character: 3 } });
    assert.strictEqual(hover, null);
  });

  it('lists document symbols that read like the template', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.ok(names.includes('Executive Summary'), names.join(', '));
    assert.ok(names.includes('1 Business Requirements'), names.join(', '));
    const architecture = symbols.find((s) => s.name === '3 Technical Architecture');
    const products = architecture?.children?.find((s) => s.name === '3.3 Databricks Product Usage');
    assert.ok(products, '3.3 Databricks Product Usage under 3 Technical Architecture');
    assert.ok(products.children?.some((s) => s.name === 'Unity Catalog'), products.children?.map((s) => s.name).join(', '));
  });

  it('returns folding ranges for sections and the trailing comment is not folded alone', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges.length > 20, `only ${ranges.length} folding ranges`);
    const lines = text.split('\n');
    const architectureLine = lines.findIndex((l) => /^architecture:/.test(l));
    assert.ok(ranges.some((r) => r.startLine === architectureLine && r.endLine > architectureLine + 10));
    for (const r of ranges) assert.ok(r.endLine > r.startLine);
  });

  it('goes from a glossary term to its entry in the glossary appendix', async () => {
    const lines = text.split('\n');
    const commentLine = lines.findIndex((l) => l.startsWith('# Tenants'));
    const locations = await client.request<Location | Location[] | null>('textDocument/definition', {
      textDocument: { uri },
      position: { line: commentLine, character: lines[commentLine].indexOf('DBU') + 1 },
    });
    const location = Array.isArray(locations) ? locations[0] : locations;
    assert.ok(location, 'a definition location for DBU');
    assert.strictEqual(location.uri, uri);
    assert.strictEqual(lines[location.range.start.line].slice(location.range.start.character, location.range.end.character), 'DBU');
    assert.ok(location.range.start.line < commentLine);
  });
});
