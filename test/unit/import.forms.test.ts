// The importer on filled templates as partners produce them: a Markdown copy, an HTML page with
// checkboxes, and a Google-Docs-style Word file built here with the docx library (☒/☐ at the
// start of paragraphs, answers on the line after their label, [x] in table cells, blank rows).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { parse } from 'yaml';
import { reviewDocument, SowDocument } from '../../server/src/engine';
import { importSow } from '../../server/src/engine/import';
import { ROOT } from '../support/rules';

const FIXTURES = path.join(ROOT, 'test/fixtures/import');

function schemaFindings(yaml: string): string[] {
  const doc = new SowDocument('file:///imported.sow.yaml', 1, yaml);
  return reviewDocument(doc).findings.filter((f) => /^(yaml|schema)\//.test(f.code)).map((f) => `${f.code} line ${f.range.start.line + 1}: ${f.message}`);
}

async function importFile(name: string) {
  const result = await importSow(name, fs.readFileSync(path.join(FIXTURES, name)));
  return { ...result, parsed: parse(result.yaml) };
}

describe('import: a Markdown copy of the template', () => {
  let r: Awaited<ReturnType<typeof importFile>>;
  before(async () => {
    r = await importFile('filled-template.md');
  });

  it('maps labels, ticked boxes, tables and lists by the template wording', () => {
    const v = r.parsed;
    assert.strictEqual(v.header.partner_name, 'Northwind Data Co.');
    assert.strictEqual(v.header.document_version, '1.2');
    assert.strictEqual(v.header.date, '2026-03-03', 'March 3, 2026 → ISO date');
    assert.deepStrictEqual(v.header.authors, ['Ana Ruiz', 'Ben Okafor']);
    assert.strictEqual(v.executive_summary.business_overview.problem_statement, 'Ports lose money to idle berths.\nWe forecast arrivals.', 'answer on the lines after the label');
    assert.deepStrictEqual(v.executive_summary.product_overview.key_features, ['Berth forecasts', 'Crane scheduling'], 'the unfilled third feature is dropped');
    assert.deepStrictEqual(v.executive_summary.business_metrics.annual_dbu_spend_usd, { current: 12000, month_6: 60000, month_12: 1200000 }, '$12,000 / $60K / $1.2M');
    assert.strictEqual(v.business_requirements.customer_segments.expected_usage.data_volume_per_customer_tb_month, 0.5, '500 GB → 0.5 TB');
    assert.strictEqual(v.business_requirements.pricing_packaging.pricing_model, 'usage-based');
    assert.strictEqual(v.business_requirements.pricing_packaging.databricks_cost_in_pricing, 'margin', 'answer to a question line');
    assert.deepStrictEqual(v.business_requirements.regulatory_compliance.compliance_frameworks, ['gdpr']);
    assert.deepStrictEqual(v.business_requirements.regulatory_compliance.compliance_frameworks_other, ['ISO 27001'], '"Other: [Specify]" → _other');
    assert.strictEqual(v.deployment.model, 'hybrid');
    assert.strictEqual(v.deployment.tenancy.strategy, 'multi-tenant-workspace');
    assert.deepStrictEqual(v.deployment.tenancy.scale_projections.months_6, { customers: 6, workspaces: 2, avg_workspaces_per_customer: 0.33 });
    assert.strictEqual(v.deployment.cloud.multi_cloud, 'multi-cloud');
    assert.deepStrictEqual(v.deployment.cloud.secondary_clouds, ['azure', 'gcp'], 'the text after the option goes to its detail field');
    assert.strictEqual(v.architecture.diagram.editable_link, 'https://lucid.app/doc/123');
    assert.deepStrictEqual(v.architecture.data_flow.sources, [{ source_type: 'AIS feed', description: 'Vessel positions', volume: '20 GB/day', frequency: 'Streaming', ingestion_method: 'Zerobus' }], 'blank rows dropped');
    const products = v.architecture.products;
    assert.deepStrictEqual([products.unity_catalog.status, products.unity_catalog.details], ['using', 'All tables, lineage and grants']);
    assert.deepStrictEqual(products.lakeflow.components, ['auto-loader']);
    assert.deepStrictEqual([products.dbsql.warehouse_type, products.dbsql.warehouse_count, products.dbsql.warehouse_sizing], [['serverless'], 3, ['small', 'medium']], 'boxes inside a line, a count, a list in text');
    assert.deepStrictEqual([products.agent_bricks.alternative_stack.llm_providers, products.agent_bricks.alternative_stack.llm_providers_other], [['anthropic'], ['Mistral']]);
    assert.deepStrictEqual([products.zerobus.status, products.zerobus.details], ['roadmapped', 'Q4 2026']);
    assert.strictEqual(v.architecture.compute.autoscaling.auto_termination_minutes, 60, '1 hour → 60 minutes');
    assert.deepStrictEqual(v.architecture.compute.policy_enforces, ['auto-termination', 'tags']);
    assert.deepStrictEqual(v.governance_security.access_control.backend_api_auth, ['oauth-m2m', 'pat']);
    assert.strictEqual(v.governance_security.data_security.encryption_at_rest, 'cmk');
    assert.strictEqual(v.governance_security.data_security.siem_tool, 'Splunk');
    assert.strictEqual(v.cost_telemetry.tagging.required_tags[0].enforcement, 'required', '[x] Required [ ] Optional in a cell');
    assert.strictEqual(v.operations.onboarding.manual_time_hours, 48, '2 days → 48 hours');
    assert.strictEqual(v.operations.onboarding.automated_time_hours, 1.5, '90 minutes → 1.5 hours');
    assert.strictEqual(v.operations.monitoring.freshness_sla, '15 minutes');
    assert.deepStrictEqual([v.scale_performance.targets.month_6.customers, v.scale_performance.targets.month_6.customers_growth_pct], [6, 200], '6 (200% growth)');
    assert.strictEqual(v.implementation_plan.milestones[0].target_date, '2026-04-15', '15/04/2026 → ISO date');
    assert.deepStrictEqual(v.implementation_plan.milestones.length, 1, 'pre-printed milestone rows left unfilled are dropped');
    assert.strictEqual(v.implementation_plan.third_party_consulting, 'Acme Consulting (security review)');
    assert.deepStrictEqual(v.approval.partner_technical_lead, { name: 'Ana Ruiz', signed: true, date: '2026-03-04' });
    assert.strictEqual(v.approval.databricks_built_on.name, null, 'placeholders stay empty, never text');
  });

  it('leaves ambiguous answers empty and quotes them in a comment', () => {
    assert.strictEqual(r.parsed.operations.monitoring.on_call, null);
    assert.strictEqual(r.parsed.executive_summary.business_metrics.workspaces.month_12, null);
    const reasons = r.report.ambiguous.map((a) => `${a.path}: ${a.reason}`);
    assert.ok(reasons.some((x) => /on_call: 2 options ticked/.test(x)), reasons.join('\n'));
    assert.ok(reasons.some((x) => /workspaces\.month_12: not a number/.test(x)), reasons.join('\n'));
    assert.match(r.yaml, /# import: left empty, 2 options ticked where one is allowed \(line \d+\): "24\/7 on-call \/ Business hours only"\n\s+on_call:/);
  });

  it('loses nothing: lines no field holds are comments with their line number', () => {
    const source = fs.readFileSync(path.join(FIXTURES, 'filled-template.md'), 'utf8').split('\n');
    const line = source.findIndex((l) => l.startsWith('We also plan a mobile app')) + 1;
    assert.match(r.yaml, new RegExp(`# line ${line}: We also plan a mobile app in 2027\\.`));
    assert.ok(r.report.kept.some((k) => k.line === line));
    for (const k of r.report.kept) assert.ok(r.yaml.includes(`# line ${k.line}: `), `kept line ${k.line} is in the YAML`);
  });

  it('writes schema-valid YAML in the format key order, with converted units noted', () => {
    assert.deepStrictEqual(schemaFindings(r.yaml), []);
    const keys = Object.keys(r.parsed);
    assert.deepStrictEqual(keys, Object.keys(parse(fs.readFileSync(path.join(ROOT, 'examples/starter.sow.yaml'), 'utf8'))));
    assert.match(r.yaml, /# import: converted from "2 days" to 48 hours/);
  });
});

describe('import: options as plain bullets (boxes lost or deleted)', () => {
  it('takes the options a partner kept, and refuses to guess when every option is still listed', async () => {
    const md = [
      '### 1.3 Regulatory & Compliance Requirements',
      '**Compliance Frameworks:**',
      '',
      '- GDPR',
      '- SOC 2',
      '',
      '**Data Classification:**',
      '',
      ...['PII (Personally Identifiable Information)', 'PHI (Protected Health Information)', 'PCI (Payment Card Data)', 'Confidential Business Data', 'Public/Non-sensitive'].map((o) => `- ${o}`),
    ].join('\n');
    const r = await importSow('bullets.md', new TextEncoder().encode(md));
    const v = parse(r.yaml).business_requirements.regulatory_compliance;
    assert.deepStrictEqual(v.compliance_frameworks, ['gdpr', 'soc-2']);
    assert.deepStrictEqual(v.data_classification, [], 'no box ticked anywhere: nothing is chosen');
    assert.deepStrictEqual(r.report.ambiguous.map((a) => a.reason), ['every option listed without a box, so none is known to be chosen']);
  });
});

describe('import: an HTML page with checkboxes', () => {
  let r: Awaited<ReturnType<typeof importFile>>;
  before(async () => {
    r = await importFile('filled-template.html');
  });

  it('reads inputs, labels, tables and links; never runs scripts or loads images', () => {
    const v = r.parsed;
    assert.strictEqual(v.header.partner_name, 'Fjord Analytics AS');
    assert.strictEqual(v.executive_summary.product_overview.go_live_target, '2026-09-01');
    assert.strictEqual(v.business_requirements.pricing_packaging.pricing_model, 'tiered');
    assert.deepStrictEqual(v.business_requirements.regulatory_compliance.compliance_frameworks_other, ['NIS2']);
    assert.strictEqual(v.deployment.model, 'side-car');
    assert.strictEqual(v.architecture.diagram.editable_link, 'https://miro.com/app/board/abc');
    assert.deepStrictEqual(
      v.cost_telemetry.tagging.required_tags.map((t: { tag_key: string; enforcement: string }) => [t.tag_key, t.enforcement]),
      [['customer_id', 'required'], ['site', 'optional']],
    );
    assert.ok(!r.yaml.includes('executed') && !r.yaml.includes('beacon'), 'script content is not text of the document');
    assert.match(r.yaml, /# import: line \d+: image not imported: Tide architecture/);
    assert.deepStrictEqual(schemaFindings(r.yaml), []);
  });

  it('flags two ticks on a single choice and a number with a foreign unit', () => {
    assert.strictEqual(r.parsed.deployment.cloud.primary, null);
    assert.strictEqual(r.parsed.architecture.compute.autoscaling.max_workers, null);
    assert.deepStrictEqual(r.report.ambiguous.map((a) => a.path).sort(), ['architecture.compute.autoscaling.max_workers', 'deployment.cloud.primary']);
    assert.ok(r.report.kept.some((k) => /serverless quotas/.test(k.text)));
  });
});

/** A Word file as Google Docs exports a filled template: ☒/☐ characters, answers on the next line, blank table rows. */
async function googleDocsStyle(): Promise<Uint8Array> {
  const p = (text: string) => new Paragraph({ text });
  const label = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
  const cell = (text: string) => new TableCell({ children: [p(text)] });
  const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Built-On Databricks Architecture Statement of Work', heading: HeadingLevel.TITLE }),
          label('Partner Name:'),
          p('Quay Systems Ltd'),
          label('Product Name:'),
          p('Berthwise'),
          label('Document Version:'),
          p('1.0'),
          label('Date:'),
          p('2026-06-30'),
          new Paragraph({ text: '2. Deployment Model', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '2.1 Selected Deployment Model', heading: HeadingLevel.HEADING_2 }),
          p('☐ Partner Hosted SaaS — You own and operate Databricks; customers access as a service'),
          p('☒ Customer Managed — Customer owns Databricks infrastructure'),
          new Paragraph({ text: '2.3 Multi-Cloud Strategy', heading: HeadingLevel.HEADING_2 }),
          label('Primary Cloud:'),
          p('☐ AWS'),
          p('☒ Azure'),
          p('☐ GCP'),
          new Paragraph({ text: '4. Data Governance & Security', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '4.2 Access Control', heading: HeadingLevel.HEADING_2 }),
          label('Backend API Authentication:'),
          p('☒ OAuth M2M (Service Principals) — RECOMMENDED'),
          p('☐ Personal Access Tokens (PATs) ⚠️ NOT RECOMMENDED'),
          label('RBAC Strategy:'),
          new Table({
            rows: [row('Role', 'Permissions', 'Implementation'), row('Port Admin', 'All port data', 'UC grants'), row('', '', ''), row('', '', '')],
          }),
          new Paragraph({ text: '5. Cost Management & Telemetry', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '5.1 Tagging Strategy', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [row('Tag Key', 'Purpose', 'Example Values', 'Enforcement'), row('customer_id', 'Billing', 'q_001', '[x] Required [ ] Optional'), row('', '', '', '')],
          }),
          new Paragraph({ text: '7. Operations & Automation', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '7.3 Customer Onboarding', heading: HeadingLevel.HEADING_2 }),
          p('Manual onboarding time:'),
          p('3 days'),
          p('Onboarding automation level: 80%'),
          p('Our onboarding runbook lives in Confluence.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

describe('import: a Google Docs / Word export', () => {
  it('reads ☒/☐ paragraphs, answers on the next line and table cells, dropping blank rows', async () => {
    const r = await importSow('berthwise.docx', await googleDocsStyle());
    const v = parse(r.yaml);
    assert.strictEqual(r.report.unit, 'paragraph');
    assert.deepStrictEqual([v.header.partner_name, v.header.product_name, v.header.document_version, v.header.date], ['Quay Systems Ltd', 'Berthwise', '1.0', '2026-06-30']);
    assert.strictEqual(v.deployment.model, 'customer-managed');
    assert.strictEqual(v.deployment.cloud.primary, 'azure');
    assert.deepStrictEqual(v.governance_security.access_control.backend_api_auth, ['oauth-m2m']);
    assert.deepStrictEqual(v.governance_security.access_control.rbac, [{ role: 'Port Admin', permissions: 'All port data', implementation: 'UC grants' }]);
    assert.deepStrictEqual(v.cost_telemetry.tagging.required_tags, [{ tag_key: 'customer_id', purpose: 'Billing', example_values: ['q_001'], enforcement: 'required' }]);
    assert.strictEqual(v.operations.onboarding.manual_time_hours, 72, '3 days → 72 hours, answer on the next paragraph');
    assert.strictEqual(v.operations.onboarding.automation_level_pct, 80);
    assert.ok(r.report.kept.some((k) => /runbook lives in Confluence/.test(k.text)), 'unmapped text kept');
    assert.match(r.yaml, /# paragraph \d+: Our onboarding runbook lives in Confluence\./);
    assert.deepStrictEqual(schemaFindings(r.yaml), []);
  });

  it('refuses a file that is not a .docx with a clear message', async () => {
    await assert.rejects(importSow('fake.docx', new TextEncoder().encode('hello')), /not a Word \.docx file/);
    await assert.rejects(importSow('notes.txt', new Uint8Array()), /unsupported file type/);
  });
});
