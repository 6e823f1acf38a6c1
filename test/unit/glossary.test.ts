import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { definesDifferently, documentGlossary } from '../../server/src/engine/glossary/documentGlossary';
import { formsOf, glossaryMatcher, lookupTerm, TermMatcher } from '../../server/src/engine/glossary/match';
import { GLOSSARY } from '../../server/src/engine/glossary/terms';
import { example, findingsOf, textAt } from '../support/rules';

const found = (text: string) => glossaryMatcher().findAll(text).map((m) => [m.text, m.entry.term]);

describe('glossary terms', () => {
  it('has at least 70 terms, each with a definition of 2–3 sentences and an https source', () => {
    assert.ok(GLOSSARY.length >= 70, `only ${GLOSSARY.length} terms`);
    for (const t of GLOSSARY) {
      assert.match(t.source, /^https:\/\/[^\s]+$/, `${t.term}: source`);
      const sentences = t.definition.split(/(?<=[.!?])\s+(?=[A-Z"'])/).length;
      assert.ok(t.definition.length > 60 && sentences >= 2 && sentences <= 3, `${t.term}: definition should be 2–3 sentences`);
    }
  });

  it('has no form claimed by two terms, and every case-sensitive form is one of its forms', () => {
    const owners = new Map<string, string>();
    for (const t of GLOSSARY) {
      for (const form of formsOf(t)) {
        const key = form.toLowerCase().replace(/[\s-]+/g, ' ');
        assert.ok(!owners.has(key) || owners.get(key) === t.term, `"${form}" belongs to ${owners.get(key)} and ${t.term}`);
        owners.set(key, t.term);
      }
      for (const cs of t.caseSensitive ?? []) assert.ok(formsOf(t).includes(cs), `${t.term}: caseSensitive "${cs}" is not a form`);
    }
  });

  it('covers the terms of the template appendix and the renamed products', () => {
    for (const written of ['DBU', 'PAT', 'OAuth M2M', 'UC', 'DLT', 'RLS', 'Delta Live Tables', 'DABs', 'Delta Sharing', 'Vector Search', 'Genie space', 'serverless budget policies']) {
      assert.ok(lookupTerm(written), `no term for ${written}`);
    }
    assert.strictEqual(lookupTerm('DLT')?.renamedTo, 'Lakeflow Spark Declarative Pipelines');
    assert.strictEqual(lookupTerm('Delta Sharing')?.renamedTo, 'OpenSharing');
  });
});

describe('glossary matching', () => {
  it('matches UC but not uc, nor UC inside a word', () => {
    assert.deepStrictEqual(found('We govern with UC.'), [['UC', 'Unity Catalog']]);
    assert.deepStrictEqual(found('success via uc and UCX'), []);
  });

  it('matches PAT and PATs but not pat or "pattern"', () => {
    assert.deepStrictEqual(found('No PATs; a PAT is legacy'), [
      ['PATs', 'Personal access token'],
      ['PAT', 'Personal access token'],
    ]);
    assert.deepStrictEqual(found('a pattern, a pat on the back, PATTERN'), []);
  });

  it('matches multi-word terms across spacing and case, longest form first', () => {
    assert.deepStrictEqual(found('Backend uses oauth  m2m tokens'), [['oauth  m2m', 'OAuth M2M']]);
    assert.deepStrictEqual(found('Use OAuth M2M (service principals) and Unity Catalog metastore'), [
      ['OAuth M2M', 'OAuth M2M'],
      ['service principals', 'Service principal'],
      ['Unity Catalog metastore', 'Metastore'],
    ]);
    assert.deepStrictEqual(found('SSO-SPN, not plain SSO'), [
      ['SSO-SPN', 'SSO-SPN'],
      ['SSO', 'Single sign-on'],
    ]);
    assert.deepStrictEqual(found('hub and spoke; hub-and-spoke'), [
      ['hub and spoke', 'Hub-and-spoke'],
      ['hub-and-spoke', 'Hub-and-spoke'],
    ]);
  });

  it('finds the term at an offset and reports its span', () => {
    const line = '    - Row-level security (RLS) per tenant';
    const m = glossaryMatcher().at(line, line.indexOf('LS)'));
    assert.strictEqual(m?.entry.term, 'Row-level security');
    assert.strictEqual(line.slice(m.start, m.end), 'RLS');
    assert.strictEqual(glossaryMatcher().at(line, line.indexOf('per')), undefined);
  });

  it('matches the terms a document defines, with the same whole-word rules', () => {
    const matcher = new TermMatcher([{ forms: ['Tenant Hub'], entry: 'hub' }, { forms: ['TH'], caseSensitive: ['TH'], entry: 'th' }]);
    assert.deepStrictEqual(
      matcher.findAll('The tenant hub and TH, not th or THE').map((m) => m.entry),
      ['hub', 'th'],
    );
  });
});

describe("the document's glossary appendix", () => {
  const text = [
    'appendices:',
    '  glossary:',
    '    - term: DBU',
    '      definition: Databricks Unit, unit of compute consumption',
    '    - term: RLS',
    '      definition: Rapid Loading Service that batches partner uploads overnight',
    '    - term: Tenant Hub',
    '      definition: Our shared catalog of reference data',
    '',
  ].join('\n');
  const doc = new SowDocument('file:///g.sow.yaml', 1, text);

  it('reads entries with their ranges and our matching entry', () => {
    const entries = documentGlossary(doc).entries;
    assert.deepStrictEqual(
      entries.map((e) => [e.term, e.ours?.term]),
      [
        ['DBU', 'Databricks Unit'],
        ['RLS', 'Row-level security'],
        ['Tenant Hub', undefined],
      ],
    );
    assert.strictEqual(textAt(text, entries[2].range), 'Tenant Hub');
  });

  it('also reads a plain term: definition mapping', () => {
    const mapDoc = new SowDocument('file:///m.sow.yaml', 1, 'appendices:\n  glossary:\n    UC: Unity Catalog\n');
    const [entry] = documentGlossary(mapDoc).entries;
    assert.deepStrictEqual([entry.term, entry.definition, entry.ours?.term], ['UC', 'Unity Catalog', 'Unity Catalog']);
  });

  it('judges definitions conservatively', () => {
    const [dbu, rls] = documentGlossary(doc).entries;
    assert.strictEqual(definesDifferently(dbu, dbu.ours!), false, 'spells out the expansion');
    assert.strictEqual(definesDifferently(rls, rls.ours!), true, 'a different concept');
    const paraphrase = { ...rls, definition: 'Filters rows per tenant so each customer sees only its own rows' };
    assert.strictEqual(definesDifferently(paraphrase, rls.ours!), false, 'a paraphrase shares content words');
    assert.strictEqual(definesDifferently({ ...rls, definition: '' }, rls.ours!), false, 'no definition, nothing to compare');
  });
});

describe('PWAF-DOC-050 glossary consistency', () => {
  it('reports a term the appendix defines differently, on the term', () => {
    const text = [
      'appendices:',
      '  glossary:',
      '    - term: PAT',
      '      definition: Partner Analytics Tier sold to enterprise buyers',
      '    - term: UC',
      '      definition: Unity Catalog',
      '',
    ].join('\n');
    const findings = findingsOf(text, 'PWAF-DOC-050');
    assert.strictEqual(findings.length, 1);
    assert.strictEqual(textAt(text, findings[0].range), 'PAT');
    assert.strictEqual(findings[0].severity, 'info');
  });

  it('is quiet on the well-architected example and on the template appendix', () => {
    assert.deepStrictEqual(findingsOf(example('well-architected'), 'PWAF-DOC-050'), []);
    const template = [
      'appendices:',
      '  glossary:',
      '    - {term: DBU, definition: "Databricks Unit — unit of compute consumption"}',
      '    - {term: PAT, definition: "Personal Access Token (deprecated for production)"}',
      '    - {term: OAuth M2M, definition: "Machine-to-Machine authentication using Service Principals"}',
      '    - {term: UC, definition: "Unity Catalog"}',
      '    - {term: DLT, definition: "Delta Live Tables"}',
      '    - {term: RLS, definition: "Row-Level Security"}',
      '',
    ].join('\n');
    assert.deepStrictEqual(findingsOf(template, 'PWAF-DOC-050'), []);
  });
});
