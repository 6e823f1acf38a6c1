import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { sectionLabel, sectionNumber, sectionTitle } from '../../server/src/engine/schema/sections';
import { definitionAt, documentSymbols, DocumentSymbol, foldingRanges, SymbolKind } from '../../server/src/engine/symbols/symbols';
import { withCursor } from '../support/cursor';
import { example, textAt } from '../support/rules';

const find = (symbols: DocumentSymbol[] | undefined, name: string) => symbols?.find((s) => s.name === name);

describe('template sections', () => {
  it('numbers and titles the top two levels like the template', () => {
    assert.strictEqual(sectionNumber(['architecture', 'products']), '3.3');
    assert.strictEqual(sectionTitle(['architecture', 'products']), 'Databricks Product Usage');
    assert.strictEqual(sectionLabel(['business_requirements']), '1 Business Requirements');
    assert.strictEqual(sectionLabel(['appendices', 'glossary']), 'Appendix A: Glossary');
    assert.strictEqual(sectionLabel(['executive_summary']), 'Executive Summary');
    assert.strictEqual(sectionNumber(['architecture', 'products', 'unity_catalog']), undefined);
    assert.strictEqual(sectionNumber(['risks', 0]), undefined);
  });
});

describe('document symbols', () => {
  const text = example('well-architected');
  const doc = new SowDocument('file:///w.sow.yaml', 1, text);
  const symbols = documentSymbols(doc);

  it('read like the template: "3.3 Databricks Product Usage" › "Unity Catalog"', () => {
    assert.ok(find(symbols, 'Executive Summary'), symbols.map((s) => s.name).join(', '));
    const business = find(symbols, '1 Business Requirements');
    assert.ok(find(business?.children, '1.1 Customer Segments'));
    const products = find(find(symbols, '3 Technical Architecture')?.children, '3.3 Databricks Product Usage');
    assert.ok(products);
    assert.strictEqual(products.kind, SymbolKind.Namespace);
    const uc = find(products.children, 'Unity Catalog');
    assert.ok(uc, products.children?.map((s) => s.name).join(', '));
    assert.strictEqual(textAt(text, uc.selectionRange), 'unity_catalog');
  });

  it('names table rows by their first meaningful cell', () => {
    const technical = find(find(symbols, '9 Risk Assessment')?.children, '9.1 Technical Risks');
    assert.ok(technical?.children?.length, 'technical risks have rows');
    const [row] = technical.children!;
    assert.strictEqual(row.kind, SymbolKind.Object);
    assert.ok(!/^\d+$/.test(row.name), `row named ${row.name}`);
    assert.ok(text.includes(row.name.replace(/…$/, '')), 'the name is text from the row');
  });

  it('nests every symbol range inside its parent and never has an empty name', () => {
    const check = (list: DocumentSymbol[], parent?: DocumentSymbol) => {
      for (const s of list) {
        assert.ok(s.name.trim().length > 0);
        assert.ok(s.range.start.line <= s.selectionRange.start.line && s.selectionRange.end.line <= s.range.end.line);
        if (parent) assert.ok(parent.range.start.line <= s.range.start.line && s.range.end.line <= parent.range.end.line, `${s.name} outside ${parent.name}`);
        check(s.children ?? [], s);
      }
    };
    check(symbols);
  });

  it('handles documents that are not a mapping, or are half-typed', () => {
    for (const broken of ['', '- a\n- b\n', 'x: [1, 2\n', 'risks:\n  technical:\n    - \n    - risk:\n']) {
      assert.doesNotThrow(() => documentSymbols(new SowDocument('file:///b.sow.yaml', 1, broken)));
      assert.doesNotThrow(() => foldingRanges(new SowDocument('file:///b.sow.yaml', 1, broken)));
    }
    const rows = documentSymbols(new SowDocument('file:///b.sow.yaml', 1, 'risks:\n  technical:\n    - impact: High\n    - {}\n'));
    assert.deepStrictEqual(find(rows[0].children, '9.1 Technical Risks')?.children?.map((s) => s.name), ['High', '2']);
  });
});

describe('folding ranges', () => {
  it('folds every multi-line mapping, sequence and comment block', () => {
    const text = ['# Title comment', '# continues here', 'header:', '  partner_name: Acme', '  authors:', '    - Ada', '    - Linus', 'single: line', '# lone comment', ''].join('\n');
    const ranges = foldingRanges(new SowDocument('file:///f.sow.yaml', 1, text));
    assert.deepStrictEqual(ranges, [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 6 },
      { startLine: 4, endLine: 6 },
    ]);
  });

  it('folds table rows of the example', () => {
    const text = example('well-architected');
    const ranges = foldingRanges(new SowDocument('file:///w.sow.yaml', 1, text));
    const rowLine = text.split('\n').findIndex((l) => /^\s+- \w+:/.test(l) && /^\s+\w+:/.test(text.split('\n')[text.split('\n').indexOf(l) + 1] ?? ''));
    assert.ok(ranges.some((r) => r.startLine === rowLine), `a row starting at line ${rowLine} folds`);
  });
});

describe('go to definition', () => {
  const glossary = 'appendices:\n  glossary:\n    - term: RLS\n      definition: Row-Level Security\n';

  it('goes from a term anywhere (value or comment, any of its forms) to its glossary entry', () => {
    for (const marked of [
      `governance_security:\n  note: tenants split by R|LS\n${glossary}`,
      `# row-level sec|urity for every tenant\n${glossary}`,
    ]) {
      const { text, position } = withCursor(marked);
      const range = definitionAt(new SowDocument('file:///d.sow.yaml', 1, text), position);
      assert.ok(range, marked);
      assert.strictEqual(textAt(text, range), 'RLS');
    }
  });

  it('has no definition for a term the appendix does not define, or off any term', () => {
    for (const marked of [`note: uses U|C\n${glossary}`, `note: pl|ain words\n${glossary}`, 'note: R|LS\n']) {
      const { text, position } = withCursor(marked);
      assert.strictEqual(definitionAt(new SowDocument('file:///d.sow.yaml', 1, text), position), undefined, marked);
    }
  });
});
