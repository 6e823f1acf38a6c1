import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { hoverAt, HoverResult } from '../../server/src/engine/hover/hover';
import { reviewDocument } from '../../server/src/engine/review';
import { enumSchemaOf, schemaAt } from '../../server/src/engine/schema/navigate';
import { Position } from '../../server/src/engine/types';
import { withCursor } from '../support/cursor';
import { example, textAt, TODAY } from '../support/rules';

function hover(marked: string): { result: HoverResult | null; text: string } {
  const { text, position } = withCursor(marked);
  const doc = new SowDocument('file:///h.sow.yaml', 1, text);
  return { result: hoverAt(doc, reviewDocument(doc, { today: TODAY }), position), text };
}

const AUTH_PATH = ['governance_security', 'access_control', 'backend_api_auth'];

/** Values of the backend-auth field the schema recommends and warns against. */
function authChoices(): { recommended: string; antipattern: string } {
  const field = schemaAt(AUTH_PATH);
  const items = enumSchemaOf(field);
  const pick = (key: string) => [field?.[key], items?.[key]].flat().find((v) => typeof v === 'string') as string | undefined;
  const recommended = pick('x-recommended');
  const antipattern = pick('x-antipatterns');
  assert.ok(recommended && antipattern, 'the schema marks a recommended and an anti-pattern backend auth value');
  return { recommended, antipattern };
}

describe('hover', () => {
  it('on a key: title, description and the rules that read it', () => {
    const { result, text } = hover('appendices:\n  glos|sary:\n    - term: DBU\n      definition: Databricks Unit\n');
    assert.ok(result);
    assert.match(result.contents, /Appendix A: Glossary/);
    assert.match(result.contents, /\[PWAF-DOC-050\]\(https:\/\/[^)]+\)/);
    assert.strictEqual(textAt(text, result.range), 'glossary');
  });

  it('on a schema key: its title and description', () => {
    const { result } = hover(`governance_security:\n  access_control:\n    backend_ap|i_auth:\n      - ${authChoices().recommended}\n`);
    assert.ok(result);
    const schema = schemaAt(AUTH_PATH)!;
    assert.ok(result.contents.includes(schema.title ?? 'backend_api_auth'));
    const description = schema.markdownDescription ?? schema.description;
    if (description) assert.ok(result.contents.includes(description));
  });

  it('on an enum value: its meaning and that PWAF recommends it', () => {
    const { recommended } = authChoices();
    const { result, text } = hover(`governance_security:\n  access_control:\n    backend_api_auth:\n      - ${recommended.slice(0, 2)}|${recommended.slice(2)}\n`);
    assert.ok(result);
    assert.match(result.contents, /PWAF recommends this choice/);
    const items = enumSchemaOf(schemaAt(AUTH_PATH))!;
    const meaning = items.markdownEnumDescriptions?.[items.enum!.indexOf(recommended)];
    if (meaning) assert.ok(result.contents.includes(meaning));
    assert.ok(textAt(text, result.range).length > 0);
  });

  it('on an anti-pattern enum value: the warning and the recommended alternative', () => {
    const { recommended, antipattern } = authChoices();
    const { result } = hover(`governance_security:\n  access_control:\n    backend_api_auth:\n      - ${antipattern.slice(0, 1)}|${antipattern.slice(1)}\n`);
    assert.ok(result);
    assert.match(result.contents, /PWAF warns against this choice/);
    assert.ok(result.contents.includes(`\`${recommended}\``));
  });

  it('on a choice key: only the slugs one can write (not the null that stands for "not answered")', () => {
    const { result } = hover('deployment:\n  mo|del: side-car\n');
    assert.ok(result);
    const slugs = (schemaAt(['deployment', 'model'])!.enum ?? []).filter((v) => v !== null);
    assert.ok(result.contents.includes(`**Choices:** ${slugs.map((v) => `\`${v}\``).join(', ')}`), result.contents);
    assert.doesNotMatch(result.contents, /`null`/);
  });

  it('on a choice value: its template label; on an empty value: nothing about choices', () => {
    const { result } = hover('deployment:\n  model: side-c|ar\n');
    assert.ok(result);
    const schemaPart = result.contents.split('\n\n---\n\n').pop()!; // after any finding on the value
    assert.match(schemaPart, /^\*\*Side Car\*\* · `side-car` in 2\.1 Selected Deployment Model/);
    const empty = hover('deployment:\n  model: |\n');
    assert.ok(!empty.result || !/\*\*\*\*|`null`/.test(empty.result.contents), empty.result?.contents);
  });

  it('on a glossary term in a value: definition, source and the term as range', () => {
    const { result, text } = hover('executive_summary:\n  business_overview:\n    value_proposition: Governed by U|C from day one\n');
    assert.ok(result);
    assert.match(result.contents, /\*\*Unity Catalog\*\* \(UC\)/);
    assert.match(result.contents, /\[Source\]\(https:\/\/docs\.databricks\.com[^)]*\)/);
    assert.strictEqual(textAt(text, result.range), 'UC');
  });

  it('on a glossary term in free text (a block scalar) and in a comment', () => {
    const block = hover('notes: $0\n  Every job runs as a service principal via OAuth M2M.\n'.replace('$0', '|\n').replace('service principal', 'service pr$0incipal'));
    assert.ok(block.result);
    assert.match(block.result.contents, /\*\*Service principal\*\*/);
    assert.strictEqual(textAt(block.text, block.result.range), 'service principal');

    const comment = hover('# Budgets alert per customer_id; no P|ATs anywhere\nheader: {}\n');
    assert.ok(comment.result);
    assert.match(comment.result.contents, /Personal access token/);
    assert.strictEqual(textAt(comment.text, comment.result.range), 'PATs');
  });

  it('does not treat a word part as a term', () => {
    assert.strictEqual(hover('# a successful pat|tern\nheader: {}\n').result, null);
  });

  it("shows the document's own definition beside ours, and a term only the document defines", () => {
    const text = 'appendices:\n  glossary:\n    - term: DBU\n      definition: Databricks Unit, our billing measure\n    - term: Tenant Hub\n      definition: Shared reference catalog\n# The Tenant H|ub serves every DBU\n';
    const own = hover(text);
    assert.ok(own.result);
    assert.match(own.result.contents, /Shared reference catalog/);
    assert.strictEqual(textAt(own.text, own.result.range), 'Tenant Hub');
    const both = hover(text.replace('Tenant H|ub', 'Tenant Hub').replace('every DBU', 'every D|BU'));
    assert.ok(both.result);
    assert.match(both.result.contents, /Databricks Unit/);
    assert.match(both.result.contents, /This document's glossary:\*\* Databricks Unit, our billing measure/);
  });

  it("on a diagnostic's range: the rule's rationale, fix and documentation link first", () => {
    const { result } = hover('appendices:\n  glossary:\n    - term: P|AT\n      definition: Partner Analytics Tier\n');
    assert.ok(result);
    const [first] = result.contents.split('\n\n---\n\n');
    assert.match(first, /PWAF-DOC-050/);
    assert.match(first, /Why it matters:/);
    assert.match(first, /How to fix:/);
    assert.match(first, /\[Rule documentation\]\(https:\/\/[^)]+pwaf-doc-050\)/);
    assert.match(result.contents, /Personal access token/, 'the term follows the finding');
  });

  it('never throws on half-typed or invalid documents, at any position', () => {
    const broken = [
      '',
      'governance_security:\n  access_control:\n    backend_api_auth:\n      - ',
      'architecture:\n  products:\n    unity_catalog: {status: us',
      'risks:\n  technical:\n    - risk: "unterminated\n      impact: [High',
      '- just\n- a list\n',
      'key: value\n\tbad: indent\n: : :\n',
      '&a [*a, *a]\n',
      'appendices:\n  glossary: 42\n',
      'appendices:\n  glossary:\n    - term: [UC]\n      definition: {x: 1}\n',
    ];
    for (const text of broken) {
      const doc = new SowDocument('file:///b.sow.yaml', 1, text);
      const review = reviewDocument(doc, { today: TODAY });
      const lines = text.split('\n');
      for (let line = 0; line <= lines.length; line++) {
        for (let character = 0; character <= (lines[line]?.length ?? 0) + 1; character++) {
          const position: Position = { line, character };
          const result = hoverAt(doc, review, position);
          if (result) assert.ok(result.contents.length > 0 && result.range.start.line <= result.range.end.line);
        }
      }
      assert.strictEqual(hoverAt(doc, null, { line: -1, character: 0 }), null);
      assert.strictEqual(hoverAt(doc, review, { line: Number.NaN, character: 0 }), null);
    }
  });

  it('has something to say about every key of the well-architected example', () => {
    const text = example('well-architected');
    const doc = new SowDocument('file:///w.sow.yaml', 1, text);
    const review = reviewDocument(doc, { today: TODAY });
    let keys = 0;
    for (const visit of doc.scalars()) {
      if (!visit.isKey || !visit.node.range || typeof visit.path[visit.path.length - 1] !== 'string') continue;
      keys++;
      const result = hoverAt(doc, review, doc.positionAt(visit.node.range[0] + 1));
      assert.ok(result, `no hover on key ${visit.path.join('.')}`);
    }
    assert.ok(keys > 50);
  });
});
