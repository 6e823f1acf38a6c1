import * as assert from 'assert';
import * as fs from 'fs';
import { DIAGNOSTICS_DOC, diagnosticAnchor, ENGINE_CODE_LIST, renderDiagnosticsMarkdown, renderRulesMarkdown, RULES_DOC } from '../../scripts/gen-rule-docs';
import { RULES, ruleDocUrl } from '../../server/src/engine/rules/index';

describe('rule documentation', () => {
  it('docs/rules.md and docs/diagnostics.md are up to date (run `npm run docs:rules`)', () => {
    assert.strictEqual(fs.readFileSync(RULES_DOC, 'utf8'), renderRulesMarkdown(), 'docs/rules.md is stale');
    assert.strictEqual(fs.readFileSync(DIAGNOSTICS_DOC, 'utf8'), renderDiagnosticsMarkdown(), 'docs/diagnostics.md is stale');
  });

  it('every rule link and engine-code link lands on an anchor', () => {
    const rules = renderRulesMarkdown();
    for (const r of RULES) assert.ok(rules.includes(`<a id="${ruleDocUrl(r.id).split('#')[1]}"></a>`), r.id);
    const diagnostics = renderDiagnosticsMarkdown();
    for (const code of [...ENGINE_CODE_LIST, 'schema/minItems', 'yaml/duplicate-key']) {
      const anchor = ruleDocUrl(code).split('#')[1];
      assert.strictEqual(anchor, diagnosticAnchor(code));
      assert.ok(diagnostics.includes(`<a id="${anchor}"></a>`), code);
    }
  });

  it('every rule documents a trigger, rationale, remedy, an https source and its inputs', () => {
    for (const r of RULES) {
      for (const field of [r.title, r.trigger, r.rationale, r.remedy]) assert.ok(field.trim().length > 5, r.id);
      assert.match(r.source, /^https:\/\//, r.id);
      assert.ok(Array.isArray(r.inputs), r.id);
    }
  });
});
