// The improvement plan on real documents: the order (errors before warnings, pillar, area,
// line), the groups, actions from the rules' remedies, waived rules apart, and the formats.
import * as assert from 'assert';
import { SowDocument } from '../../server/src/engine/document';
import { buildPlan, DOCUMENT_GROUP, planOrder } from '../../server/src/engine/plan/plan';
import { planCsv, planMarkdown, planText } from '../../server/src/engine/plan/report';
import { renderSowHtml } from '../../server/src/engine/render/html';
import { reviewDocument } from '../../server/src/engine/review';
import { ruleById } from '../../server/src/engine/rules/index';
import { PILLAR_NAMES } from '../../server/src/engine/rules/types';
import { example, TODAY } from '../support/rules';

function planOf(text: string) {
  const doc = new SowDocument('file:///p.sow.yaml', 1, text);
  const review = reviewDocument(doc, { today: TODAY });
  return { review, plan: buildPlan(doc, review, TODAY) };
}

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const PILLARS = [...Object.values(PILLAR_NAMES), DOCUMENT_GROUP];

describe('sow plan (engine)', () => {
  const anti = example('anti-patterns');
  const { review, plan } = planOf(anti);

  it('lists every open finding once, errors before warnings before the rest, then by pillar, area and line', () => {
    assert.strictEqual(plan.items.length, review.findings.length);
    for (let i = 1; i < plan.items.length; i++) {
      const [a, b] = [plan.items[i - 1], plan.items[i]];
      const key = (x: typeof a) => [SEVERITY.indexOf(x.severity), PILLARS.indexOf(x.pillar), x.area, x.line] as const;
      const [ka, kb] = [key(a), key(b)];
      const cmp = ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0) || ka[3] - kb[3];
      assert.ok(cmp <= 0, `${a.finding.code} (${ka}) before ${b.finding.code} (${kb})`);
      assert.ok(planOrder(a, b) <= 0);
    }
    assert.deepStrictEqual(plan.groups.map((g) => g.severity), ['error', 'warning', 'suggestion']);
  });

  it("each item's action is its rule's remedy, with the rule's documentation and a 1-based line", () => {
    const sec = plan.items.find((i) => i.finding.code === 'PWAF-SEC-001')!;
    assert.strictEqual(sec.action, ruleById('PWAF-SEC-001')!.remedy);
    assert.strictEqual(sec.line, sec.finding.range.start.line + 1);
    assert.match(sec.docUrl, /rules\.md#pwaf-sec-001$/);
    assert.strictEqual(sec.pillar, PILLAR_NAMES[ruleById('PWAF-SEC-001')!.pillar]);
  });

  it('waived rules are listed apart with their reason and expiry, and leave the open list', () => {
    const finding = review.findings.find((f) => f.code === 'PWAF-SEC-001')!;
    const lines = anti.split('\n');
    const indent = /^\s*/.exec(lines[finding.range.start.line])![0];
    lines.splice(finding.range.start.line, 0, `${indent}# sow-waive PWAF-SEC-001: legacy job until the M2M rollout (expires 2099-12-31)`);
    const waived = planOf(lines.join('\n')).plan;
    assert.deepStrictEqual(waived.waived, [
      { ruleId: 'PWAF-SEC-001', title: ruleById('PWAF-SEC-001')!.title, line: finding.range.start.line + 2, reason: 'legacy job until the M2M rollout', expires: '2099-12-31' },
    ]);
    assert.ok(!waived.items.some((i) => i.finding.code === 'PWAF-SEC-001' && i.line === finding.range.start.line + 2));
    assert.match(planText(waived, 'p.sow.yaml'), /^Waived\n {2}PWAF-SEC-001 line \d+: legacy job until the M2M rollout \(expires 2099-12-31\)$/m);
    assert.match(planMarkdown(waived, 'p.sow.yaml'), /^### Waived$/m);
    const csv = planCsv(waived, 'p.sow.yaml').split('\r\n');
    assert.strictEqual(csv.length, 1 + waived.items.length + 1 + 1);
    assert.match(csv[csv.length - 2], /^,waived,,,,PWAF-SEC-001,p\.sow\.yaml,\d+,/);
  });

  it('csv: quoted where needed, formulas neutralised', () => {
    const doc = new SowDocument('file:///p.sow.yaml', 1, 'header:\n  partner_name: 1\n  =cmd: x\n');
    const csv = planCsv(buildPlan(doc, reviewDocument(doc, { today: TODAY }), TODAY), '=HYPERLINK("x")');
    assert.ok(!/(^|,)=/m.test(csv), csv);
    assert.match(csv, /,"'=HYPERLINK\(""x""\)",/);
  });

  it('the well-architected example has no error group', () => {
    assert.ok(!planOf(example('well-architected')).plan.groups.some((g) => g.severity === 'error'));
  });

  it('the preview shows the plan in the same order, with each finding linked to its line; an export without the review leaves it out', () => {
    const doc = new SowDocument('file:///p.sow.yaml', 1, anti);
    const html = renderSowHtml(doc, review).bodyHtml;
    const section = html.slice(html.indexOf('<details class="sow-plan"'), html.indexOf('</details>', html.indexOf('<details class="sow-plan"')));
    assert.match(section, /<summary>Improvement plan \(\d+ open, 0 waived\)<\/summary>/);
    const shown = [...section.matchAll(/<a class="sow-finding sev-\w+" href="#" data-line="(\d+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]}:${Number(m[1]) + 1}`);
    assert.deepStrictEqual(shown, buildPlan(doc, review, new Date().toISOString().slice(0, 10)).items.map((i) => `${i.finding.code}:${i.line}`));
    assert.ok(!renderSowHtml(doc, review, { omitReview: true }).bodyHtml.includes('sow-plan'));
  });
});
