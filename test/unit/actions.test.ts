// Quick fixes and their edits: exact text for the main cases, and for every fix any rule offers
// (over the anti-patterns example and mutations of the well-architected one) a valid result, the
// finding gone, and nothing outside the fixed node changed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { codeActionsFor, FIX_ALL_KIND, WAIVER_REASON_PLACEHOLDER } from '../../server/src/engine/actions/codeActions';
import { diffEdits } from '../../server/src/engine/actions/diff';
import { applyFix } from '../../server/src/engine/actions/edits';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument } from '../../server/src/engine/review';
import { schemaAt } from '../../server/src/engine/schema/navigate';
import { Finding, FixOperation, Path } from '../../server/src/engine/types';
import { applyTextEdits, example, mutate, ROOT, TODAY } from '../support/rules';

const URI = 'file:///fix.sow.yaml';
const doc = (text: string) => new SowDocument(URI, 1, text);
const reviewOf = (text: string) => reviewDocument(doc(text), { today: TODAY });

/** `text` with `from` (which must occur exactly once) replaced by `to`. */
function sub(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0 && text.indexOf(from, at + 1) < 0, `expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

function fixed(text: string, ...operations: FixOperation[]): string {
  return applyFix(doc(text), { title: 't', operations });
}


function assertValidYaml(text: string, what: string): void {
  const parsed = parseDocument(text);
  assert.deepStrictEqual(parsed.errors.map((e) => e.message), [], `${what} leaves invalid YAML`);
}

const WA = () => example('well-architected');
const AUTH: Path = ['governance_security', 'access_control', 'backend_api_auth'];
const IAC_TOOLS: Path = ['operations', 'iac', 'tools'];
const ENFORCEMENT: Path = ['cost_telemetry', 'tagging', 'enforcement_mechanisms'];
const TAGS: Path = ['cost_telemetry', 'tagging', 'required_tags'];

describe('edits: one operation, one minimal edit', () => {
  it('pat → oauth-m2m inside a flow list keeps the brackets and the other items', () => {
    const text = sub(WA(), 'backend_api_auth: [oauth-m2m]', 'backend_api_auth: [pat, session-tokens]');
    const out = fixed(text, { kind: 'replaceItem', path: AUTH, from: 'pat', to: ['oauth-m2m'] });
    assert.strictEqual(out, sub(text, '[pat, session-tokens]', '[oauth-m2m, session-tokens]'));
  });

  it('pat → oauth-m2m in a block list keeps the item comment', () => {
    const text = sub(WA(), 'backend_api_auth: [oauth-m2m]', 'backend_api_auth:\n      - session-tokens\n      - pat   # legacy integration');
    const out = fixed(text, { kind: 'replaceItem', path: AUTH, from: 'pat', to: ['oauth-m2m'] });
    assert.strictEqual(out, sub(text, '- pat   # legacy', '- oauth-m2m   # legacy'));
  });

  it('manual IaC → terraform and dabs, flow and block', () => {
    const flow = sub(WA(), 'tools: [terraform, dabs]', 'tools: [manual, pulumi]');
    assert.strictEqual(fixed(flow, { kind: 'replaceItem', path: IAC_TOOLS, from: 'manual', to: ['terraform', 'dabs'] }), sub(flow, '[manual, pulumi]', '[terraform, dabs, pulumi]'));
    const block = sub(WA(), 'tools: [terraform, dabs]', 'tools:\n      - manual # for now\n      - pulumi');
    assert.strictEqual(
      fixed(block, { kind: 'replaceItem', path: IAC_TOOLS, from: 'manual', to: ['terraform', 'dabs'] }),
      sub(block, '- manual # for now\n', '- terraform # for now\n      - dabs\n'),
    );
  });

  it('an item already present is not added twice; the anti-pattern is then just removed', () => {
    const text = sub(WA(), 'tools: [terraform, dabs]', 'tools: [terraform, manual, dabs]');
    assert.strictEqual(fixed(text, { kind: 'replaceItem', path: IAC_TOOLS, from: 'manual', to: ['terraform', 'dabs'] }), WA());
  });

  it('manual tag enforcement → cluster policies + serverless budget policies', () => {
    const text = sub(WA(), 'enforcement_mechanisms: [cluster-policies, serverless-budget-policies, sql-warehouse-tags]', 'enforcement_mechanisms: [manual]');
    const out = fixed(text, { kind: 'replaceItem', path: ENFORCEMENT, from: 'manual', to: ['cluster-policies', 'serverless-budget-policies'] });
    assert.strictEqual(out, sub(text, '[manual]', '[cluster-policies, serverless-budget-policies]'));
  });

  it('adoption → full replaces the scalar and keeps its quoting', () => {
    const plain = sub(WA(), 'adoption: full', 'adoption: partial   # migrating');
    assert.strictEqual(fixed(plain, { kind: 'set', path: ['governance_security', 'unity_catalog', 'adoption'], value: 'full' }), sub(plain, 'partial', 'full'));
    const quoted = sub(WA(), 'adoption: full', "adoption: 'not-yet'");
    assert.strictEqual(fixed(quoted, { kind: 'set', path: ['governance_security', 'unity_catalog', 'adoption'], value: 'full' }), sub(quoted, "'not-yet'", "'full'"));
  });

  it('a missing customer_id row is added as a required tag row after the last row', () => {
    const row = '      - tag_key: customer_id\n        purpose: Billing attribution\n        example_values: [cust_000123, cust_000124]\n        enforcement: required\n';
    const text = sub(WA(), row, '');
    const out = fixed(text, { kind: 'addItems', path: TAGS, items: [{ tag_key: 'customer_id', purpose: 'Billing attribution', enforcement: 'required' }] });
    const last = '        example_values: [platform_ops, data_eng]\n        enforcement: required\n';
    assert.strictEqual(out, sub(text, last, `${last}      - tag_key: customer_id\n        purpose: Billing attribution\n        enforcement: required\n`));
  });

  it('sets an empty value in place, keeping a comment after it', () => {
    const text = sub(WA(), '    adoption_details:\n', '    adoption_details:   # fill in\n');
    const out = fixed(text, { kind: 'set', path: ['governance_security', 'unity_catalog', 'adoption_details'], value: 'All data' });
    assert.strictEqual(out, sub(text, 'adoption_details:   # fill in', 'adoption_details: All data # fill in'));
  });

  it('creates missing parent mappings at the indentation of their siblings', () => {
    const text = sub(WA(), '  budgets:\n    alerts: [per-customer, per-workspace, account-level]\n    recipients: [technical, finance, automated]\n', '');
    const out = fixed(text, { kind: 'addItems', path: ['cost_telemetry', 'budgets', 'alerts'], items: ['per-customer'] });
    // In the template's order (after cost_allocation), in the file's flow style for scalar lists.
    assert.strictEqual(out, sub(text, 'per-feature]\n', 'per-feature]\n  budgets:\n    alerts: [per-customer]\n'));
  });

  it('adds to an empty flow list inside its brackets, and to a block list at its column', () => {
    const empty = sub(WA(), 'network: [private-connectivity]', 'network: []');
    const path: Path = ['governance_security', 'data_security', 'network'];
    assert.strictEqual(fixed(empty, { kind: 'addItems', path, items: ['private-connectivity'] }), WA());
    const automated = ['operations', 'iac', 'automated'];
    const block = sub(WA(), '      - network-configuration\n', '');
    assert.strictEqual(fixed(block, { kind: 'addItems', path: automated, items: ['network-configuration'] }), WA());
  });

  it('removes one item of a block or flow list', () => {
    const path: Path = ['operations', 'iac', 'automated'];
    assert.strictEqual(fixed(WA(), { kind: 'removeItem', path, item: 'uc-setup' }), sub(WA(), '      - uc-setup\n', ''));
    assert.strictEqual(fixed(WA(), { kind: 'removeItem', path: IAC_TOOLS, item: 'dabs' }), sub(WA(), '[terraform, dabs]', '[terraform]'));
    assert.strictEqual(fixed(WA(), { kind: 'removeItem', path: IAC_TOOLS, item: 'terraform' }), sub(WA(), '[terraform, dabs]', '[dabs]'));
  });

  it('values YAML would read otherwise are quoted', () => {
    const text = sub(WA(), 'adoption_details:\n', 'adoption_details: x\n');
    const out = fixed(text, { kind: 'set', path: ['governance_security', 'unity_catalog', 'adoption_details'], value: 'yes' });
    assert.strictEqual(out, sub(text, 'adoption_details: x', 'adoption_details: "yes"'));
  });

  it('diffs into one edit per changed region', () => {
    assert.deepStrictEqual(diffEdits('a\nb\nc\nd\ne\n', 'a\nB\nc\nd\nE\nf\n'), [
      { start: 2, end: 3, text: 'B' },
      { start: 8, end: 9, text: 'E\nf' },
    ]);
    assert.deepStrictEqual(diffEdits('same', 'same'), []);
  });
});

// ── Every fix of every rule ─────────────────────────────────────────────────────────────

/** Mutations of the well-architected example that give rules something to fix. */
const MUTATIONS: Array<Array<[Path, unknown]>> = [
  [[AUTH, ['pat']]],
  [[IAC_TOOLS, ['manual']]],
  [[ENFORCEMENT, ['manual']]],
  [[['governance_security', 'unity_catalog', 'adoption'], 'partial']],
  [[TAGS, [{ tag_key: 'environment', purpose: 'Internal vs. production', enforcement: 'optional' }]]],
  [[['cost_telemetry', 'cost_allocation', 'customer_attribution'], 'manual']],
  [[['cost_telemetry', 'tagging', 'implementation'], 'partial']],
  [[['cost_telemetry', 'budgets', 'alerts'], ['not-yet']]],
  [[['architecture', 'compute', 'policies'], 'no']],
  [[['architecture', 'compute', 'autoscaling', 'auto_termination_minutes'], 0]],
  [[['operations', 'iac', 'automated'], ['job-deployment']]],
  [[['operations', 'cicd', 'tool'], []]],
  [[['governance_security', 'data_security', 'network'], ['public-internet']]],
  [[['header', 'partner_name'], '[Company Name]']],
];

function fixDocuments(): Array<{ name: string; text: string }> {
  const docs = MUTATIONS.map((edits) => ({ name: edits.map(([p, v]) => `${p.join('.')}=${JSON.stringify(v)}`).join(' '), text: mutate(WA(), edits) }));
  const anti = path.join(ROOT, 'examples', 'anti-patterns.sow.yaml');
  if (fs.existsSync(anti)) docs.unshift({ name: 'anti-patterns example', text: fs.readFileSync(anti, 'utf8') });
  return docs;
}

const sameFinding = (a: Finding, b: Finding) => a.code === b.code && a.message === b.message;

describe('quick fixes of every rule', () => {
  const fixedRules = new Set<string>();

  after(() => {
    // eslint-disable-next-line no-console
    console.log(`      rules with quick fixes exercised: ${fixedRules.size} (${[...fixedRules].sort().join(', ')})`);
  });

  for (const { name, text } of fixDocuments()) {
    it(`every fix applies cleanly on ${name}`, () => {
      const before = reviewOf(text);
      const comments = text.split('\n').filter((l) => /^\s*#/.test(l));
      for (const finding of before.findings) {
        for (const fix of finding.data?.fixes ?? []) {
          const what = `${finding.code} "${fix.title}" on ${name}`;
          const out = applyFix(doc(text), fix);
          assert.notStrictEqual(out, text, `${what} changes nothing`);
          assertValidYaml(out, what);
          // Minimal: a small region changes; every comment line stays.
          const edits = diffEdits(text, out);
          const removed = edits.reduce((n, e) => n + (e.end - e.start), 0);
          assert.ok(removed <= 200, `${what} rewrites ${removed} characters`);
          const outLines = new Set(out.split('\n'));
          for (const c of comments) assert.ok(outLines.has(c), `${what} lost the comment ${c}`);
          if (finding.code.startsWith('PWAF-')) fixedRules.add(finding.code);
          if (fix.preferred) {
            const after = reviewOf(out).findings;
            assert.ok(!after.some((f) => sameFinding(f, finding)), `${what}: the finding is still there`);
            assert.ok(!after.some((f) => f.code.startsWith('yaml/')), `${what}: syntax problem after the fix`);
          }
        }
      }
    });
  }

  it('preferred fixes write values the schema allows (no new schema findings)', () => {
    const problems: string[] = [];
    for (const { name, text } of fixDocuments()) {
      const before = reviewOf(text).findings;
      for (const finding of before) {
        const fix = finding.data?.fixes?.find((f) => f.preferred);
        if (!fix) continue;
        const after = reviewOf(applyFix(doc(text), fix)).findings;
        for (const f of after) {
          if (f.code.startsWith('schema/') && !before.some((b) => sameFinding(b, f))) problems.push(`${finding.code} "${fix.title}" (${name}): ${f.message}`);
        }
      }
    }
    assert.deepStrictEqual([...new Set(problems.map((p) => p.replace(/ \(.*\):/, ':')))], []);
  });

  it('rules offer quick fixes (coverage grows as rules land)', () => {
    const all = new Set<string>();
    for (const { text } of fixDocuments()) for (const f of reviewOf(text).findings) if (f.code.startsWith('PWAF-') && f.data?.fixes?.length) all.add(f.code);
    assert.ok(all.size >= 10, `only ${all.size} rules offered a fix: ${[...all].join(', ')}`);
  });
});

describe('code actions', () => {
  const range = (f: Finding) => f.range;

  it('one quick fix per Fix, preferred marked, diagnostics attached; plus a waiver', () => {
    const text = mutate(WA(), [[IAC_TOOLS, ['manual']]]);
    const d = doc(text);
    const review = reviewOf(text);
    const finding = review.findings.find((f) => f.code.startsWith('PWAF-') && f.data?.fixes?.some((x) => x.preferred));
    assert.ok(finding, 'a PWAF finding with a preferred fix');
    const actions = codeActionsFor(d, review, range(finding), ['quickfix']).filter((a) => a.diagnostics?.includes(finding));
    const titles = actions.map((a) => a.title);
    for (const fix of finding.data!.fixes!) assert.ok(titles.includes(fix.title), `${fix.title} in ${titles.join(' | ')}`);
    const preferred = actions.find((a) => a.isPreferred);
    assert.strictEqual(preferred?.title, finding.data!.fixes!.find((f) => f.preferred)!.title);
    assert.ok(titles.includes(`Waive ${finding.code} here…`));
    assert.deepStrictEqual(codeActionsFor(d, review, range(finding), ['source.fixAll.sow']).filter((a) => a.kind === 'quickfix'), []);
  });

  it('"Waive this rule…" inserts a waiver with a reason placeholder above the line, at its indentation, and the finding is waived', () => {
    const text = mutate(WA(), [[IAC_TOOLS, ['manual']]]);
    const review = reviewOf(text);
    const finding = review.findings.find((f) => f.code.startsWith('PWAF-'))!;
    const waive = codeActionsFor(doc(text), review, range(finding)).find((a) => a.title.startsWith('Waive'))!;
    const edits = waive.edit.changes[URI];
    assert.strictEqual(edits.length, 1);
    const line = finding.range.start.line;
    const indent = /^\s*/.exec(text.split('\n')[line])![0];
    assert.deepStrictEqual(edits[0], { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}# sow-waive ${finding.code}: ${WAIVER_REASON_PLACEHOLDER}\n` });
    const out = applyTextEdits(doc(text), edits);
    assert.ok(!reviewOf(out).findings.some((f) => sameFinding(f, finding)), 'the finding is waived');
  });

  it('"Add missing property" inserts the property with its skeleton', () => {
    const text = sub(WA(), '  partner_name: ', '  partner_nam: ');
    const review = reviewOf(text);
    const required = review.findings.find((f) => f.code === 'schema/required' && f.data?.path?.join('.') === 'header.partner_name');
    assert.ok(required, review.findings.map((f) => `${f.code} ${f.message}`).join('\n'));
    const add = codeActionsFor(doc(text), review, required.range).find((a) => a.title === "Add missing property 'partner_name'");
    assert.ok(add?.isPreferred);
    const out = applyTextEdits(doc(text), add.edit.changes[URI]);
    assertValidYaml(out, 'add missing property');
    // In the template's order: first in the header.
    assert.strictEqual(out, sub(text, 'header:\n  partner_nam: ', 'header:\n  partner_name:\n  partner_nam: '));
    assert.ok(!reviewOf(out).findings.some((f) => f.code === 'schema/required' && f.data?.path?.join('.') === 'header.partner_name'));
  });

  it('"Add missing property" adds a missing section with its skeleton in template order', () => {
    const wa = WA();
    const text = wa.slice(0, wa.indexOf('header:\n')) + wa.slice(wa.indexOf('executive_summary:\n'));
    const review = reviewOf(text);
    const required = review.findings.find((f) => f.code === 'schema/required' && f.data?.path?.join('.') === 'header')!;
    const add = codeActionsFor(doc(text), review, required.range).find((a) => a.title === "Add missing property 'header'")!;
    const skeleton = `header:\n${(schemaAt(['header'])!.required ?? []).map((k) => `  ${k}:\n`).join('')}`;
    assert.strictEqual(applyTextEdits(doc(text), add.edit.changes[URI]), sub(text, 'sow: 1\n', `sow: 1\n${skeleton}`));
  });

  it('"Change to" takes the suggestion for a misspelt key or enum value', () => {
    const text = sub(WA(), '  partner_name: ', '  partner_nam: ');
    const review = reviewOf(text);
    const unknown = review.findings.find((f) => f.code === 'schema/unknown-property')!;
    const change = codeActionsFor(doc(text), review, unknown.range).find((a) => a.title === "Change to 'partner_name'");
    assert.ok(change, 'change action');
    assert.strictEqual(applyTextEdits(doc(text), change.edit.changes[URI]), WA());
    const badEnum = sub(WA(), 'adoption: full', 'adoption: ful');
    const r2 = reviewOf(badEnum);
    const enumFinding = r2.findings.find((f) => f.code === 'schema/enum')!;
    const toFull = codeActionsFor(doc(badEnum), r2, enumFinding.range).find((a) => a.title === "Change to 'full'");
    assert.strictEqual(applyTextEdits(doc(badEnum), toFull!.edit.changes[URI]), WA());
  });

  it('source.fixAll.sow applies every preferred fix in one set of minimal edits', () => {
    const docs = fixDocuments();
    const text = docs[0].name === 'anti-patterns example' ? docs[0].text : mutate(WA(), MUTATIONS.flat());
    const d = doc(text);
    const review = reviewOf(text);
    const preferred = review.findings.filter((f) => f.data?.fixes?.some((x) => x.preferred));
    assert.ok(preferred.length >= 5, `only ${preferred.length} findings with a preferred fix`);
    const actions = codeActionsFor(d, review, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [FIX_ALL_KIND], { today: TODAY });
    assert.strictEqual(actions.length, 1);
    assert.strictEqual(actions[0].kind, FIX_ALL_KIND);
    const edits = actions[0].edit.changes[URI];
    assert.ok(edits.length > 1, 'several regions');
    const out = applyTextEdits(doc(text), edits);
    assertValidYaml(out, 'fix all');
    const after = reviewOf(out).findings;
    const remaining = preferred.filter((f) => after.some((a) => sameFinding(a, f)));
    assert.deepStrictEqual(remaining.map((f) => `${f.code}: ${f.message}`), []);
    // Every comment line of the original survives.
    const outLines = new Set(out.split('\n'));
    for (const c of text.split('\n').filter((l) => /^\s*#/.test(l))) assert.ok(outLines.has(c), c);
  });
});
