// The knowledge base: every fact is well formed and sourced, docs/knowledge.md is generated from it,
// and every fact id the engine reads (rules, hover) exists — checked over the engine's own source so
// a misspelt id fails here, not silently at review time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { KNOWLEDGE_DOC, renderKnowledgeMarkdown } from '../../scripts/gen-knowledge-docs';
import { fact, FACTS, hasFact, PRODUCTS, productForSlug } from '../../server/src/engine/knowledge/index';
import { LIMIT_FACT_IDS } from '../../server/src/engine/knowledge/limits';
import { ROOT } from '../support/rules';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('knowledge base', () => {
  it('docs/knowledge.md is up to date (run `npm run docs:knowledge`)', () => {
    assert.strictEqual(fs.readFileSync(KNOWLEDGE_DOC, 'utf8'), renderKnowledgeMarkdown(), 'docs/knowledge.md is stale');
  });

  it('every fact has a unique id under its product, a statement and an https source', () => {
    const ids = new Set<string>();
    const products = new Set(PRODUCTS.map((p) => p.id));
    for (const f of FACTS) {
      assert.ok(!ids.has(f.id), `duplicate ${f.id}`);
      ids.add(f.id);
      assert.ok(products.has(f.product), f.id);
      assert.match(f.source, /^https:\/\/[^\s]+$/, f.id);
      assert.ok(f.statement.length > 20 && f.statement.endsWith('.'), f.id);
      if (f.kind === 'limit') assert.ok(f.limit && f.limit.value > 0, `${f.id} is a limit without a value`);
    }
  });

  it('every product has facts, and its slugs lead back to it', () => {
    for (const p of PRODUCTS) {
      assert.ok(FACTS.some((f) => f.product === p.id), `${p.id} has no facts`);
      for (const s of p.slugs) assert.strictEqual(productForSlug(s)?.id, p.id, s);
    }
  });

  it('every fact id the engine reads exists', () => {
    const engine = path.join(ROOT, 'server', 'src', 'engine');
    const read: string[] = [...LIMIT_FACT_IDS];
    const base = path.join(engine, 'knowledge') + path.sep;
    for (const file of sourceFiles(engine)) {
      if (file.startsWith(base)) continue; // the knowledge base itself defines, not reads
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:fact|limitOf|hasFact)\(\s*'([^']+)'/g)) read.push(m[1]);
      for (const m of text.matchAll(/\bfacts:\s*\[([^\]]*)\]/g)) for (const id of m[1].matchAll(/'([^']+)'/g)) read.push(id[1]);
    }
    assert.ok(read.length > LIMIT_FACT_IDS.length, 'no rule reads a fact: this test would prove nothing');
    assert.deepStrictEqual(read.filter((id) => !hasFact(id)), []);
    assert.throws(() => fact('no-such.fact'));
  });
});
