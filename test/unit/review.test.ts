import * as assert from 'assert';
import { ConfigError, defaultConfig, MAX_CONFIG_SIZE, parseConfig } from '../../server/src/engine/config';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument, ReviewOptions } from '../../server/src/engine/review';
import { RULES, ruleById } from '../../server/src/engine/rules/index';
import { Rule } from '../../server/src/engine/rules/types';
import { example, TODAY, textAt } from '../support/rules';
import { costRules } from '../../server/src/engine/rules/cost';
import { documentRules } from '../../server/src/engine/rules/document';
import { operationsRules } from '../../server/src/engine/rules/operations';
import { performanceRules } from '../../server/src/engine/rules/performance';

// A tiny rule over a tiny document keeps these tests about the review machinery, not the catalog.
const flagBad: Rule = {
  id: 'PWAF-TEST-001',
  title: 'Value is bad',
  pillar: 'operations',
  area: 'operations',
  severity: 'warning',
  trigger: 'any value under `items` equal to "bad"',
  rationale: 'test',
  remedy: 'test',
  source: 'https://example.com',
  inputs: ['items'],
  check: (ctx) =>
    ctx
      .list('items')
      .map((v, i) => ({ v, i }))
      .filter(({ v }) => v === 'bad')
      .map(({ i }) => ({ message: 'bad item', path: ['items', i] })),
};

const throwing: Rule = { ...flagBad, id: 'PWAF-TEST-002', title: 'Always throws', check: () => { throw new Error('boom'); } };

function run(text: string, options: ReviewOptions = {}) {
  return reviewDocument(new SowDocument('file:///t.sow.yaml', 1, text), { today: TODAY, rules: [flagBad], ...options });
}

function codes(text: string, options?: ReviewOptions): string[] {
  return run(text, options)
    .findings.filter((f) => f.code.startsWith('PWAF-') || f.code.startsWith('sow/'))
    .map((f) => `${f.code}@${f.range.start.line}`);
}

describe('review: waivers', () => {
  it('a waiver on the line before silences exactly that rule there', () => {
    const text = ['items:', '  # sow-waive PWAF-TEST-001: accepted for the pilot', '  - bad', '  - bad', ''].join('\n');
    assert.deepStrictEqual(codes(text), ['PWAF-TEST-001@3']);
    assert.strictEqual(run(text).readiness.outcomes['PWAF-TEST-001'], 'failed');
  });

  it('a waiver at the end of the line silences that line; all hits waived reads as "waived"', () => {
    const text = ['items:', '  - bad # sow-waive PWAF-TEST-001: pilot only (expires 2027-01-31)', ''].join('\n');
    assert.deepStrictEqual(codes(text), []);
    assert.strictEqual(run(text).readiness.outcomes['PWAF-TEST-001'], 'waived');
  });

  it('a waiver for another rule does not silence this one', () => {
    const text = ['items:', '  - bad # sow-waive PWAF-TEST-002: other rule', ''].join('\n');
    assert.deepStrictEqual(codes(text, { rules: [flagBad, { ...flagBad, id: 'PWAF-TEST-002', check: () => [] }] }), ['PWAF-TEST-001@1', 'sow/waiver-unused@1']);
  });

  it('reports a waiver without a reason, and it silences nothing', () => {
    const text = ['items:', '  - bad # sow-waive PWAF-TEST-001', ''].join('\n');
    const found = run(text).findings.filter((f) => f.code.startsWith('sow/') || f.code.startsWith('PWAF-'));
    assert.deepStrictEqual(found.map((f) => f.code).sort(), ['PWAF-TEST-001', 'sow/waiver-missing-reason', 'sow/waiver-unused']);
    const w = found.find((f) => f.code === 'sow/waiver-missing-reason')!;
    assert.strictEqual(textAt(text, w.range), '# sow-waive PWAF-TEST-001');
  });

  it('reports a waiver naming an unknown rule', () => {
    const text = ['items:', '  - ok # sow-waive PWAF-NOPE-999: typo', ''].join('\n');
    assert.deepStrictEqual(codes(text), ['sow/waiver-unknown-rule@1']);
  });

  it('an expired waiver no longer applies and is reported', () => {
    const text = ['items:', '  - bad # sow-waive PWAF-TEST-001: pilot (expires 2026-01-31)', ''].join('\n');
    assert.deepStrictEqual(codes(text).sort(), ['PWAF-TEST-001@1', 'sow/waiver-expired@1']);
    // The same waiver is still valid the day before it expires.
    assert.deepStrictEqual(codes(text, { today: '2026-01-30' }), []);
  });

  it('reports an unused waiver as unnecessary', () => {
    const text = ['items:', '  # sow-waive PWAF-TEST-001: no longer needed', '  - fine', ''].join('\n');
    const unused = run(text).findings.filter((f) => f.code === 'sow/waiver-unused');
    assert.strictEqual(unused.length, 1);
    assert.deepStrictEqual(unused[0].tags, ['unnecessary']);
  });
});

describe('review: configuration', () => {
  const known = (id: string) => id === 'PWAF-TEST-001' || ruleById(id) !== undefined;
  const text = ['items:', '  - bad', ''].join('\n');

  it('turns a rule off (no finding, no outcome)', () => {
    const config = parseConfig('rules:\n  PWAF-TEST-001: off\n', known);
    const result = run(text, { config });
    assert.deepStrictEqual(result.findings.filter((f) => f.code === 'PWAF-TEST-001'), []);
    assert.strictEqual(result.readiness.outcomes['PWAF-TEST-001'], undefined);
  });

  it('changes a rule severity', () => {
    const config = parseConfig('rules:\n  PWAF-TEST-001: error\n', known);
    const found = run(text, { config }).findings.filter((f) => f.code === 'PWAF-TEST-001');
    assert.deepStrictEqual(found.map((f) => f.severity), ['error']);
  });

  it('rejects an unknown rule id, a bad severity and an unknown key', () => {
    assert.throws(() => parseConfig('rules:\n  PWAF-NOPE-999: off\n', known), ConfigError);
    assert.throws(() => parseConfig('rules:\n  PWAF-TEST-001: loud\n', known), ConfigError);
    assert.throws(() => parseConfig('rulez: {}\n', known), ConfigError);
  });

  it('reports a repeated key with its line, and prints no YAMLWarning for tags (issue 17, items 9 and smaller)', () => {
    const keys = Array.from({ length: 6_000 }, (_, i) => `k${i.toString(36)}: 1`).join('\n');
    assert.throws(() => parseConfig(`${keys}\nk0: 2\n`, known), /the key "k0" appears twice \(line 6001\)/);
    assert.throws(() => parseConfig('rules:\n  PWAF-TEST-001: off\n  PWAF-TEST-001: error\n', known), /"PWAF-TEST-001" appears twice \(line 3\)/);
    const warn = console.warn;
    const printed: unknown[] = [];
    console.warn = (...args: unknown[]) => printed.push(args);
    try {
      assert.strictEqual(parseConfig('rules: !custom\n  PWAF-TEST-001: off\n', known).rules['PWAF-TEST-001'], 'off');
    } finally {
      console.warn = warn;
    }
    assert.deepStrictEqual(printed, []);
  });

  it('refuses a config over the size limit without parsing it', () => {
    assert.throws(() => parseConfig(`# ${'x'.repeat(MAX_CONFIG_SIZE)}\n`, known), /too large/);
  });

  it('accepts every real rule id of the catalog', () => {
    const yaml = `rules:\n${RULES.map((r) => `  ${r.id}: hint`).join('\n')}\n`;
    const config = parseConfig(yaml, (id) => ruleById(id) !== undefined);
    assert.strictEqual(Object.keys(config.rules).length, RULES.length);
  });
});

describe('review: a failing rule', () => {
  it('becomes one sow/rule-failed finding and the other rules still run', () => {
    const text = ['items:', '  - bad', ''].join('\n');
    const result = run(text, { rules: [throwing, flagBad] });
    const failed = result.findings.filter((f) => f.code === 'sow/rule-failed');
    assert.strictEqual(failed.length, 1);
    assert.match(failed[0].message, /PWAF-TEST-002.*boom/);
    assert.strictEqual(result.findings.filter((f) => f.code === 'PWAF-TEST-001').length, 1);
    assert.strictEqual(result.readiness.outcomes['PWAF-TEST-002'], 'not-assessed');
  });
});

describe('review: readiness', () => {
  const review = (text: string) => reviewDocument(new SowDocument('file:///x.sow.yaml', 1, text), { today: TODAY });

  it('an empty or starter document assesses nothing and passes nothing', () => {
    for (const text of ['', example('starter')]) {
      const { readiness } = review(text);
      const passed = Object.entries(readiness.outcomes).filter(([, o]) => o === 'passed');
      assert.deepStrictEqual(passed, [], `passed on ${text ? 'starter' : 'empty'}: ${passed.map(([id]) => id).join(', ')}`);
    }
    const empty = review('').readiness;
    for (const p of empty.pillars) {
      assert.strictEqual(p.score, undefined);
      assert.strictEqual(p.passed + p.failed, 0);
    }
  });

  const ours = [...costRules, ...operationsRules, ...performanceRules, ...documentRules];
  const withOurs = (text: string) => reviewDocument(new SowDocument('file:///x.sow.yaml', 1, text), { today: TODAY, rules: ours }).readiness;

  it('cost, operations, performance and document rules: unfilled sections are not assessed, a sound document passes', () => {
    const unfilled = withOurs('header:\ncost_telemetry:\n  tagging:\n    required_tags: []\noperations:\n  iac: {}\nscale_performance:\n  slas:\n');
    assert.deepStrictEqual(new Set(Object.values(unfilled.outcomes)), new Set(['not-assessed']));
    const sound = withOurs(example('well-architected'));
    assert.deepStrictEqual(Object.entries(sound.outcomes).filter(([, o]) => o !== 'passed'), []);
  });

  it('placeholder and product-name rules assess what the partner wrote, not the header alone', () => {
    const header = 'sow: 1\nheader:\n  partner_name: Acme\n  product_name: Acme Insights\n  document_version: "1.0"\n  date: 2026-10-01\n';
    const outcomes = (text: string) => {
      const { readiness } = review(text);
      return [readiness.outcomes['PWAF-DOC-001'], readiness.outcomes['PWAF-DOC-002']];
    };
    assert.deepStrictEqual(outcomes(header), ['not-assessed', 'not-assessed']);
    assert.deepStrictEqual(outcomes(header.replace('Acme Insights', 'Acme [Product Name]')), ['failed', 'not-assessed']);
    assert.deepStrictEqual(outcomes(`${header}appendices:\n  assumptions: [Customers stay on AWS.]\n`), ['passed', 'passed']);
  });

  it('the well-architected example passes almost everything', () => {
    const { readiness } = review(example('well-architected'));
    const failed = Object.entries(readiness.outcomes).filter(([, o]) => o === 'failed').map(([id]) => id);
    assert.deepStrictEqual(failed, []);
    const passed = Object.values(readiness.outcomes).filter((o) => o === 'passed').length;
    assert.ok(passed >= RULES.length * 0.6, `only ${passed} of ${RULES.length} rules passed`);
    for (const p of readiness.pillars) assert.strictEqual(p.score, 100, p.name);
  });

  it('the anti-patterns example fails rules in every pillar', () => {
    const { readiness } = review(example('anti-patterns'));
    for (const p of readiness.pillars) {
      assert.ok(p.failed > 0, `${p.name}: nothing failed`);
      assert.ok(p.score !== undefined && p.score < 100, `${p.name}: score ${p.score}`);
    }
  });
});

describe('review: one problem, one finding, and honest assessment', () => {
  // Two rules about the same list: "worse" states the problem most specifically and subsumes "bad".
  const worse: Rule = { ...flagBad, id: 'PWAF-TEST-003', title: 'Value is worse', severity: 'warning', subsumes: ['PWAF-TEST-001'], check: (ctx) => (ctx.list('items').includes('bad') ? [{ message: 'root cause', path: ['items'], part: 'key' }] : []) };
  const errorBad: Rule = { ...flagBad, severity: 'error' };

  it('folds a subsumed rule\'s findings into the subsuming finding as related information, gravest severity kept', () => {
    const result = run('items:\n  - bad\n  - ok\n  - bad\n', { rules: [errorBad, worse] });
    const pwaf = result.findings.filter((f) => f.code.startsWith('PWAF-'));
    assert.deepStrictEqual(pwaf.map((f) => f.code), ['PWAF-TEST-003']);
    assert.strictEqual(pwaf[0].severity, 'error'); // it stands for an error it absorbed
    assert.deepStrictEqual(pwaf[0].related?.map((r) => `${r.code}@${r.range.start.line}`), ['PWAF-TEST-001@1', 'PWAF-TEST-001@3']);
    // Readiness still counts each rule.
    assert.strictEqual(result.readiness.outcomes['PWAF-TEST-001'], 'failed');
    assert.strictEqual(result.readiness.outcomes['PWAF-TEST-003'], 'failed');
  });

  it('a severity the configuration sets for the subsuming rule stands after folding (configuration wins)', () => {
    const config = { ...defaultConfig(), rules: { 'PWAF-TEST-003': 'info' as const } };
    const pwaf = run('items:\n  - bad\n', { rules: [errorBad, worse], config }).findings.filter((f) => f.code.startsWith('PWAF-'));
    assert.deepStrictEqual(pwaf.map((f) => `${f.code}:${f.severity}`), ['PWAF-TEST-003:info']);
    assert.deepStrictEqual(pwaf[0].related?.map((r) => r.code), ['PWAF-TEST-001']);
    // Lowering only the subsumed rule lowers what the fold can inherit.
    const lowered = { ...defaultConfig(), rules: { 'PWAF-TEST-001': 'hint' as const } };
    const folded = run('items:\n  - bad\n', { rules: [errorBad, worse], config: lowered }).findings.filter((f) => f.code.startsWith('PWAF-'));
    assert.deepStrictEqual(folded.map((f) => `${f.code}:${f.severity}`), ['PWAF-TEST-003:warning']);
  });

  it('a subsumed rule that fires alone stands alone', () => {
    const lonely: Rule = { ...worse, check: () => [] };
    assert.deepStrictEqual(codes('items:\n  - bad\n', { rules: [flagBad, lonely] }), ['PWAF-TEST-001@1']);
  });

  it('a rule passes only when every input it needs is filled; with "any", one is enough', () => {
    const needsTwo: Rule = { ...flagBad, id: 'PWAF-TEST-004', inputs: ['items', 'other'], check: () => [] };
    assert.strictEqual(run('items: [ok]\n', { rules: [needsTwo] }).readiness.outcomes['PWAF-TEST-004'], 'not-assessed');
    assert.strictEqual(run('items: [ok]\nother: x\n', { rules: [needsTwo] }).readiness.outcomes['PWAF-TEST-004'], 'passed');
    assert.strictEqual(run('items: [ok]\n', { rules: [{ ...needsTwo, assessedWhen: 'any' }] }).readiness.outcomes['PWAF-TEST-004'], 'passed');
  });

  it('the catalog\'s subsumptions name existing rules and form no cycle', () => {
    for (const rule of RULES) {
      for (const id of rule.subsumes ?? []) {
        assert.ok(ruleById(id), `${rule.id} subsumes unknown ${id}`);
        const seen = new Set<string>([rule.id]);
        const walk = (x: string): void => {
          assert.ok(!seen.has(x), `subsumption cycle through ${rule.id}`);
          seen.add(x);
          for (const y of ruleById(x)?.subsumes ?? []) walk(y);
        };
        walk(id);
      }
    }
  });
});
