// Completion at cursor markers, on complete and half-typed documents. Expectations about
// choices are read from the schema so a changed enum changes the test, not silently the feature.
import * as assert from 'assert';
import { parse } from 'yaml';
import { CompletionItem, completeAt } from '../../server/src/engine/completion/completion';
import { SowDocument } from '../../server/src/engine/document';
import { RULES } from '../../server/src/engine/rules/index';
import { resolveSchema, schemaAt } from '../../server/src/engine/schema/navigate';
import { withCursor } from '../support/cursor';
import { example } from '../support/rules';

const TODAY = '2026-11-24';

function complete(marked: string): { items: CompletionItem[]; text: string } {
  const { text, position } = withCursor(marked);
  const items = completeAt(new SowDocument('file:///c.sow.yaml', 1, text), position, { today: TODAY });
  return { items: [...items].sort((a, b) => a.sortText.localeCompare(b.sortText)), text };
}

const labels = (items: CompletionItem[]) => items.map((i) => i.label);
const item = (items: CompletionItem[], label: string) => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no item ${label} in ${labels(items).join(', ')}`);
  return found;
};

/** The text a snippet leaves when every placeholder takes its default (first choice / default / "x"). */
function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(/(?<!\\),/)[0].replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, 'x');
}

/** Applies an item's edit to the text (placeholders expanded). */
function apply(text: string, it: CompletionItem): string {
  const lines = text.split('\n');
  const { start, end } = it.textEdit.range;
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const newText = it.insertTextFormat === 2 ? expandSnippet(it.textEdit.newText) : it.textEdit.newText;
  return text.slice(0, offset(start)) + newText + text.slice(offset(end));
}

const propertyNames = (path: Array<string | number>) => Object.keys(schemaAt(path)?.properties ?? {});

describe('completion: keys', () => {
  it('offers only the keys of the mapping that are not present yet, in schema order', () => {
    const { items } = complete('header:\n  partner_name: Acme\n  |\n  date: 2026-01-01\n');
    const expected = propertyNames(['header']).filter((k) => k !== 'partner_name' && k !== 'date');
    assert.deepStrictEqual(labels(items), expected);
  });

  it('documents each key with its markdownDescription and title', () => {
    const { items } = complete('deployment:\n  |');
    const model = item(items, 'model');
    assert.strictEqual(model.documentation?.value, schemaAt(['deployment', 'model'])?.markdownDescription);
    assert.strictEqual(model.detail, schemaAt(['deployment', 'model'])?.title);
  });

  it('inserts a snippet shaped like the value: scalar, enum choice, checkbox list, table row, object skeleton', () => {
    const root = complete('|').items;
    assert.strictEqual(item(complete('header:\n  |').items, 'partner_name').textEdit.newText, 'partner_name: $1');
    assert.strictEqual(item(complete('header:\n  |').items, 'date').textEdit.newText, `date: \${1:${TODAY}}`);
    const modelChoices = (resolveSchema(schemaAt(['deployment', 'model']))!.enum as unknown[]).filter((v) => v !== null);
    assert.strictEqual(item(complete('deployment:\n  |').items, 'model').textEdit.newText, `model: \${1|${modelChoices.join(',')}|}`);
    // A checkbox list: the first item with the recommended choice first and the anti-pattern last.
    assert.strictEqual(
      item(complete('governance_security:\n  access_control:\n    |').items, 'backend_api_auth').textEdit.newText,
      'backend_api_auth:\n      - ${1|oauth-m2m,oauth-federation,session-tokens,pat|}',
    );
    // A table: its first row, every column, at the row's indentation.
    assert.strictEqual(
      item(complete('cost_telemetry:\n  tagging:\n    |').items, 'required_tags').textEdit.newText,
      'required_tags:\n      - tag_key: $1\n        purpose: $2\n        example_values:\n          - $3\n        enforcement: ${4|required,optional|}',
    );
    // An object: a nested skeleton of its properties.
    const tagging = item(complete('cost_telemetry:\n  |').items, 'tagging').textEdit.newText;
    assert.ok(tagging.startsWith('tagging:\n    implementation: ${1|fully-implemented,partial,not-yet|}\n'), tagging);
    assert.ok(item(root, 'governance_security').insertTextFormat === 2);
  });

  it('every key snippet, expanded, is valid YAML that puts the key where the cursor was', () => {
    const containers: Array<[string, Array<string | number>]> = [
      ['|', []],
      ['cost_telemetry:\n  |', ['cost_telemetry']],
      ['architecture:\n  compute:\n    |', ['architecture', 'compute']],
      ['cost_telemetry:\n  tagging:\n    required_tags:\n      - tag_key: env\n        |', ['cost_telemetry', 'tagging', 'required_tags', 0]],
    ];
    let checked = 0;
    for (const [marked, path] of containers) {
      const { items, text } = complete(marked);
      assert.ok(items.length > 0, marked);
      for (const it of items) {
        const result = apply(text, it);
        let value: unknown;
        assert.doesNotThrow(() => (value = parse(result)), `${it.label}:\n${result}`);
        let node = value as Record<string | number, unknown>;
        for (const seg of path) node = node[seg] as Record<string | number, unknown>;
        assert.ok(node && it.label in node, `${it.label} not at ${path.join('.')}:\n${result}`);
        checked++;
      }
    }
    assert.ok(checked > 25, `only ${checked} snippets checked`);
  });

  it('indents snippets relative to the cursor column', () => {
    const nested = item(complete('deployment:\n  |').items, 'tenancy').textEdit.newText.split('\n');
    assert.ok(nested.slice(1).every((l) => l.startsWith('    ')), nested.join('\n'));
    const deeper = item(complete('architecture:\n  compute:\n    |').items, 'autoscaling').textEdit.newText.split('\n');
    assert.ok(deeper.length > 1 && deeper.slice(1).every((l) => /^      \S/.test(l)), deeper.join('\n'));
  });
});

describe('completion: the file\'s own layout', () => {
  it('nests snippets by the file\'s indentation step', () => {
    const tenancy = item(complete('header:\n    partner_name: Acme\ndeployment:\n    |').items, 'tenancy').textEdit.newText;
    assert.ok(tenancy.startsWith('tenancy:\n        strategy: '), tenancy);
  });

  it('follows compact lists (dash at the key column) inside table rows and items', () => {
    const marked = 'cost_telemetry:\n  tagging:\n    required_tags:\n    - tag_key: x\n      |';
    assert.deepStrictEqual(labels(complete(marked).items), ['purpose', 'example_values', 'enforcement']);
    assert.strictEqual(item(complete(marked).items, 'example_values').textEdit.newText, 'example_values:\n      - $1');
    const list = complete('operations:\n  iac:\n    tools:\n    - terraform\n    - |').items;
    assert.ok(list.length > 0 && !labels(list).includes('terraform'));
  });

  it('handles CRLF line endings', () => {
    assert.deepStrictEqual(labels(complete('header:\r\n  partner_name: Acme\r\n  |\r\n').items), propertyNames(['header']).filter((k) => k !== 'partner_name'));
  });
});

describe('completion: incomplete documents', () => {
  it('completes a half-typed key and replaces what was typed', () => {
    const { items } = complete('header:\n  partn|\ndeployment:\n  model: hybrid\n');
    const it = item(items, 'partner_name');
    assert.deepStrictEqual(it.textEdit.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 7 } });
    assert.strictEqual(it.textEdit.newText, 'partner_name: $1');
  });

  it('inserts the bare name when a colon already follows the key being edited', () => {
    const { items } = complete('header:\n  part|ner_nme: Acme\n');
    const it = item(items, 'partner_name');
    assert.strictEqual(it.textEdit.newText, 'partner_name');
    assert.deepStrictEqual(it.textEdit.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 13 } });
  });

  it('completes the value after a trailing colon, adding the space', () => {
    const { items } = complete('deployment:\n  model:|');
    assert.ok(items.length > 0);
    for (const it of items) assert.ok(it.textEdit.newText.startsWith(' '), it.textEdit.newText);
  });

  it('finds the mapping of an empty line from its indentation', () => {
    const doc = 'header:\n  partner_name: Acme\ndeployment:\n  tenancy:\n    strategy: hybrid\n';
    const at = (indent: number) => complete(`${doc}${' '.repeat(indent)}|\n`).items;
    assert.ok(labels(at(0)).includes('governance_security') && !labels(at(0)).includes('header'));
    assert.deepStrictEqual(labels(at(2)), propertyNames(['deployment']).filter((k) => k !== 'tenancy'));
    assert.deepStrictEqual(labels(at(4)), propertyNames(['deployment', 'tenancy']).filter((k) => k !== 'strategy'));
  });

  it('still completes when the document has syntax errors elsewhere', () => {
    const marked = 'header: [unclosed\n\tbad: : :\ndeployment:\n  tenancy:\n    |\nz: "open\n';
    const { text } = withCursor(marked);
    assert.ok(new SowDocument('u', 1, text).hasSyntaxErrors);
    assert.deepStrictEqual(labels(complete(marked).items), propertyNames(['deployment', 'tenancy']));
  });

  it('offers nothing inside a comment or a block scalar', () => {
    assert.deepStrictEqual(complete('header:\n  # a comm|ent\n').items, []);
    assert.deepStrictEqual(complete('header:\n  partner_name: |\n    some text\n    $0\n').items, []);
  });

  it('works throughout the starter document', () => {
    const text = example('starter');
    const doc = new SowDocument('u', 1, text);
    let withItems = 0;
    for (let line = 0; line < doc.lineCount; line++) {
      const t = doc.lineText(line);
      const items = completeAt(doc, { line, character: t.length }, { today: TODAY });
      if (items.length) withItems++;
    }
    assert.ok(withItems > 50, `${withItems} lines offered completion`);
  });
});

describe('completion: values', () => {
  it('offers enum slugs with template label and meaning; the recommended one preselected, anti-patterns last', () => {
    const { items } = complete('governance_security:\n  unity_catalog:\n    adoption: |\n');
    const field = resolveSchema(schemaAt(['governance_security', 'unity_catalog', 'adoption']))!;
    const recommended = field['x-recommended'] as string;
    const anti = field['x-antipatterns'] as string[];
    assert.strictEqual(items[0].label, recommended);
    assert.strictEqual(items[0].preselect, true);
    assert.strictEqual(items[0].labelDetails?.description, '★ recommended');
    assert.ok(items[0].detail?.includes('★ recommended'));
    assert.deepStrictEqual(labels(items).slice(-anti.length).sort(), [...anti].sort());
    for (const a of anti) {
      const it = item(items, a);
      assert.ok(it.detail?.startsWith('not recommended: '), it.detail);
      assert.ok(!it.preselect);
    }
    const index = (field.enum as unknown[]).indexOf(recommended);
    assert.strictEqual(items[0].labelDetails?.detail, ` ${(field['x-enum-labels'] as string[])[index]}`);
    assert.ok(items[0].documentation?.value.includes(field.markdownEnumDescriptions![index]));
  });

  it('checkbox lists exclude what is already chosen (flow and block)', () => {
    const flow = complete('governance_security:\n  access_control:\n    backend_api_auth: [oauth-m2m, |]\n').items;
    assert.deepStrictEqual(labels(flow), ['oauth-federation', 'session-tokens', 'pat']);
    assert.strictEqual(item(flow, 'pat').textEdit.newText, 'pat');
    const block = complete('governance_security:\n  access_control:\n    backend_api_auth:\n      - session-tokens\n      - |\n      - pat\n').items;
    assert.deepStrictEqual(labels(block), ['oauth-m2m', 'oauth-federation']);
    assert.strictEqual(block[0].preselect, true);
  });

  it('a list after `key:` starts as a flow list with the first item', () => {
    const items = complete('operations:\n  iac:\n    tools: |\n').items;
    assert.ok(items.every((i) => /^\[.+\]$/.test(i.textEdit.newText)), items.map((i) => i.textEdit.newText).join(' '));
  });

  it('a dash just typed in a checkbox list gets its space', () => {
    const items = complete('operations:\n  iac:\n    tools:\n      - terraform\n      -|\n').items;
    assert.ok(items.length > 0 && !labels(items).includes('terraform'));
    assert.ok(items.every((i) => i.textEdit.newText.startsWith(' ')));
  });

  it('`- ` in a table starts a row with its columns', () => {
    const items = complete('cost_telemetry:\n  tagging:\n    required_tags:\n      - tag_key: env\n      - |\n').items;
    assert.deepStrictEqual(labels(items), propertyNames(['cost_telemetry', 'tagging', 'required_tags', 0]));
    assert.strictEqual(item(items, 'enforcement').textEdit.newText, 'enforcement: ${1|required,optional|}');
  });

  it('dates offer today and a YYYY-MM-DD placeholder', () => {
    const items = complete('header:\n  date: |\n').items;
    assert.deepStrictEqual(labels(items), [TODAY, 'YYYY-MM-DD']);
    assert.strictEqual(items[0].preselect, true);
  });

  it('booleans offer true and false; numbers their minimum or default', () => {
    assert.deepStrictEqual(labels(complete('approval:\n  databricks_sa:\n    signed: |\n').items), ['true', 'false']);
    const min = resolveSchema(schemaAt(['architecture', 'compute', 'autoscaling', 'min_workers']))!.minimum;
    assert.deepStrictEqual(labels(complete('architecture:\n  compute:\n    autoscaling:\n      min_workers: |\n').items), [String(min)]);
  });

  it('values that YAML would read as booleans are quoted', () => {
    const items = complete('architecture:\n  compute:\n    policies: |\n').items;
    assert.ok(items.length > 0);
    for (const it of items.filter((i) => /^(yes|no)$/.test(i.label))) assert.strictEqual(it.textEdit.newText, `"${it.label}"`);
  });
});

describe('completion: waiver comments', () => {
  it('offers rule ids with their titles after `# sow-waive `', () => {
    const items = complete('# sow-waive |\nheader:\n').items;
    assert.strictEqual(items.length, RULES.length);
    const first = item(items, RULES[0].id);
    assert.strictEqual(first.labelDetails?.description, RULES[0].title);
    assert.strictEqual(first.textEdit.newText, `${RULES[0].id}: \${1:reason}`);
  });

  it('replaces a half-typed rule id, also in an end-of-line waiver', () => {
    const { items } = complete('header:\n  partner_name: Acme  # sow-waive PWAF-D|\n');
    const it = items[0];
    assert.deepStrictEqual(it.textEdit.range, { start: { line: 1, character: 34 }, end: { line: 1, character: 40 } });
  });
});
