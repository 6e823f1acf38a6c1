// The rendered SOW: template order and numbering, content of the generated diagram, escaping
// of hostile documents, empty sections, finding badges and the Markdown export.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SowDocument } from '../../server/src/engine/document';
import { reviewDocument, ReviewResult } from '../../server/src/engine/review';
import { escapeHtml, markdownInline, mermaidText } from '../../server/src/engine/render/escape';
import { renderSowHtml } from '../../server/src/engine/render/html';
import { renderSowMarkdown } from '../../server/src/engine/render/markdown';
import { generateArchitectureDiagram } from '../../server/src/engine/render/mermaid';
import { Block, buildModel } from '../../server/src/engine/render/model';

const EXAMPLES = join(__dirname, '../../examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith('.sow.yaml'));

const TOP_HEADINGS = [
  'Executive Summary',
  '1 Business Requirements',
  '2 Deployment Model',
  '3 Technical Architecture',
  '4 Data Governance & Security',
  '5 Cost Management & Telemetry',
  '6 Integration Requirements',
  '7 Operations & Automation',
  '8 Scale & Performance',
  '9 Risk Assessment',
  '10 Implementation Plan',
  '11 Success Metrics',
  '12 Appendices',
  'Document Approval',
  'Version History',
];

function load(text: string, uri = 'file:///t.sow.yaml'): { doc: SowDocument; review: ReviewResult } {
  const doc = new SowDocument(uri, 1, text);
  return { doc, review: reviewDocument(doc, { today: '2026-01-15' }) };
}

function headings(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level} id="[^"]*"[^>]*>([^<]*)`, 'g'))].map((m) => m[1].trim().replace(/&amp;/g, '&'));
}

const emptyRender = renderSowHtml(new SowDocument('file:///e.sow.yaml', 1, ''), { findings: [], readiness: { pillars: [], outcomes: {} } });

describe('render: SOW as HTML and Markdown', () => {
  it('has examples to render', () => {
    assert.ok(exampleFiles.length > 0);
  });

  for (const file of exampleFiles) {
    it(`${file}: every template section in order, with data-line on headings`, () => {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const { doc, review } = load(text);
      const { bodyHtml, diagrams } = renderSowHtml(doc, review);
      assert.deepEqual(headings(bodyHtml, 2).filter((h) => h !== 'Review Summary'), TOP_HEADINGS);
      assert.ok(headings(bodyHtml, 3).includes('3.3 Databricks Product Usage'));
      assert.ok(diagrams.length >= 1);
      for (const m of bodyHtml.matchAll(/<h2 id="sec-(\d+)" data-line="(\d+)">/g)) {
        assert.match(doc.lineText(Number(m[2])), /^\w+:/, `heading ${m[1]} points at its key`);
      }
      const markdown = renderSowMarkdown(doc, review);
      assert.match(markdown, /```+mermaid\nflowchart LR\n/);
      for (const h of TOP_HEADINGS) assert.ok(markdown.includes(`## ${h.replace(/&/g, '&')}\n`) || markdown.includes(`## ${h}`), `markdown lacks ${h}`);
    });
  }

  it('the well-architected example: the diagram has every source, layer and external service', () => {
    const file = exampleFiles.find((f) => /well/i.test(f));
    assert.ok(file, 'a well-architected example exists');
    const { doc, review } = load(readFileSync(join(EXAMPLES, file), 'utf8'));
    const value = doc.value as any;
    const source = generateArchitectureDiagram(value);
    const sources = (value.architecture?.data_flow?.sources ?? []) as Array<Record<string, string>>;
    assert.ok(sources.length > 0);
    for (const s of sources) assert.ok(source.includes(mermaidText(s.source_type)), `source ${s.source_type}`);
    for (const c of value.integration?.data_sources?.ingestion_connectors ?? []) assert.ok(source.includes(mermaidText(c.source_system)), `connector ${c.source_system}`);
    for (const layer of ['Bronze', 'Silver', 'Gold', 'Serving']) assert.ok(source.includes(`${layer}<br/>`), layer);
    const external = (value.architecture?.external_dependencies ?? []) as Array<Record<string, string>>;
    for (const e of external) assert.ok(source.includes(mermaidText(e.service)), `external ${e.service}`);
    const rendered = renderSowHtml(doc, review);
    assert.ok(rendered.diagrams.includes(source));
  });

  it('choice lists offer every allowed value by its template label, never the empty (null) member', () => {
    const { doc, review } = load(readFileSync(join(EXAMPLES, 'well-architected.sow.yaml'), 'utf8'));
    const model = buildModel(doc, review.findings);
    const choices: Array<Extract<Block, { kind: 'choices' }>> = [];
    const walk = (blocks: Block[]) => blocks.forEach((b) => (b.kind === 'choices' ? choices.push(b) : 'children' in b ? walk(b.children) : undefined));
    walk(model.sections);
    assert.ok(choices.length > 50);
    for (const c of choices) for (const o of c.options) assert.ok(o.label.trim() !== '', `an empty option in "${c.label}"`);
    const model2 = choices.find((c) => c.options.some((o) => o.label === 'Multiple Models'))!;
    assert.deepEqual(model2.options.map((o) => o.label), ['Partner Hosted SaaS', 'Hybrid', 'Side Car', 'Customer Managed', 'Multiple Models']);
    assert.deepEqual(model2.options.filter((o) => o.chosen).map((o) => o.label), ['Partner Hosted SaaS']);
    const { bodyHtml } = renderSowHtml(doc, review);
    assert.doesNotMatch(bodyHtml, /[☐☑] (<\/li>|<span)/, 'a box without a label');
    assert.doesNotMatch(renderSowMarkdown(doc, review), /^- \[[ x]\] *(_\(|$)/m);
  });

  it('each 3.3 product shows its usage status as the template labels it', () => {
    for (const [file, product, label] of [
      ['well-architected.sow.yaml', 'ZeroBus (streaming ingestion)', 'Roadmapped'],
      ['well-architected.sow.yaml', 'Unity Catalog', 'Using'],
      ['anti-patterns.sow.yaml', 'Lakebase (OLTP database)', 'Not Using'],
    ]) {
      const { doc, review } = load(readFileSync(join(EXAMPLES, file), 'utf8'));
      const status = label.toLowerCase().replace(' ', '-');
      assert.ok(renderSowHtml(doc, review).bodyHtml.includes(`${escapeHtml(product)} <span class="sow-status status-${status}">${label}</span>`), `${file}: ${product}`);
      assert.ok(renderSowMarkdown(doc, review).includes(`${markdownInline(product)} — ${label}\n`), `${file}: ${product} (Markdown)`);
    }
  });

  it('an empty document shows every section, each as not filled in', () => {
    const { bodyHtml } = emptyRender;
    assert.deepEqual(headings(bodyHtml, 2).filter((h) => h !== 'Review Summary'), TOP_HEADINGS);
    for (const section of bodyHtml.split(/<section class="sow-section level-3"/).slice(1)) {
      assert.match(section, /class="sow-empty">Not filled in yet/, section.slice(0, 120));
    }
    assert.match(bodyHtml, /No data sources yet/);
  });

  it('an empty starter example, if any, renders every subsection as empty', () => {
    for (const file of exampleFiles.filter((f) => /starter|empty|blank/i.test(f))) {
      const { doc, review } = load(readFileSync(join(EXAMPLES, file), 'utf8'));
      const { bodyHtml } = renderSowHtml(doc, review);
      assert.deepEqual(headings(bodyHtml, 2).filter((h) => h !== 'Review Summary'), TOP_HEADINGS);
      const subsections = bodyHtml.split(/<section class="sow-section level-3"/).slice(1);
      assert.ok(subsections.length > 40);
      for (const s of subsections) assert.match(s, /Not filled in yet/, `${file}: ${s.slice(0, 120)}`);
    }
  });

  it('a hostile document cannot inject markup, links or diagram statements', () => {
    const evil = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[click me](javascript:alert(1))',
      '"]; click X call alert(1); A["',
      "%%{init: {'securityLevel':'loose'}}%%",
      '``` --> `x`',
    ];
    const q = (s: string) => JSON.stringify(s);
    const scalar = q(evil.join(' '));
    const text = [
      'header:',
      `  partner_name: ${scalar}`,
      `  product_name: ${q('<script>alert(1)</script>')}`,
      'executive_summary:',
      '  business_overview:',
      `    problem_statement: ${q(`${evil.join('\n\n')}\n\n<a href="javascript:alert(1)">x</a> [ok](https://example.com) <javascript:alert(1)>`)}`,
      'architecture:',
      '  data_flow:',
      '    sources:',
      ...evil.map((e) => `      - { source_type: ${q(`${e}\n--> evil`)}, description: ${q(e)}, volume: ${q(e)}, frequency: ${q(e)}, ingestion_method: ${q(e)} }`),
      '    layers:',
      `      bronze: ${scalar}`,
      '  external_dependencies:',
      ...evil.map((e) => `    - { service: ${q(e)}, purpose: ${q(e)} }`),
      '  diagram:',
      `    mermaid: ${q('flowchart LR\n a["</pre><script>alert(1)</script>"]')}`,
      '    show: both',
      'appendices:',
      '  assumptions:',
      ...evil.map((e) => `    - ${q(e)}`),
    ].join('\n');
    const { doc, review } = load(text);
    assert.equal(doc.hasSyntaxErrors, false);
    const { bodyHtml, diagrams, title } = renderSowHtml(doc, review);
    assert.doesNotMatch(bodyHtml, /<script/i);
    assert.doesNotMatch(bodyHtml, /<img/i);
    assert.doesNotMatch(bodyHtml, /<[^>]+\sonerror=/i);
    assert.doesNotMatch(bodyHtml, /href="\s*javascript:/i);
    assert.doesNotMatch(bodyHtml, /<\/pre><script/);
    assert.match(bodyHtml, /<a href="https:\/\/example.com" class="sow-link" data-href="https:\/\/example.com">ok<\/a>/);
    assert.ok(title.includes('<script>'), 'the title is plain text; the webview escapes it');
    const generated = diagrams[0];
    for (const line of generated.split('\n')) {
      assert.doesNotMatch(line, /^\s*click\b/);
      for (const label of line.match(/\["[^"]*"\]/g) ?? []) {
        assert.doesNotMatch(label.slice(2, -2).replace(/<br\/>|<\/?small>/g, '').replace(/#\w+;/g, ''), /[<>`{}|;"#%[\]]|-->/, label);
      }
    }
    assert.ok(!generated.includes('%%{'));
    assert.equal(diagrams.length, 2, 'the custom diagram is passed on as written, for the strict Mermaid renderer');
    const markdown = renderSowMarkdown(doc, review);
    // Outside the mermaid fences (code, shown as text) no raw tag survives: `\<` and `&lt;` are text.
    assert.doesNotMatch(markdown.replace(/```+mermaid\n[\s\S]*?\n```+\n/g, ''), /(^|[^\\])<(script|img)/);
    assert.match(markdown, /```+mermaid\n/);
  });

  it('the approval block reads "signed" / "not signed" under the template\'s Signature label, in HTML and Markdown', () => {
    const { doc, review } = load(
      'approval:\n  partner_technical_lead: { name: Priya Raman, signed: true, date: 2026-01-10 }\n  databricks_built_on: { name: Alex Morgan, signed: false }\n',
    );
    const html = renderSowHtml(doc, review).bodyHtml;
    assert.match(html, /<span class="sow-label">Signature:<\/span> signed<\/p>/);
    assert.match(html, /<span class="sow-label">Signature:<\/span> not signed<\/p>/);
    const markdown = renderSowMarkdown(doc, review);
    assert.match(markdown, /\*\*Signature:\*\* signed\n/);
    assert.match(markdown, /\*\*Signature:\*\* not signed\n/);
    for (const text of [html, markdown]) assert.doesNotMatch(text, /Signed:|\btrue\b|\bfalse\b/);
  });

  it('findings appear as badges on the heading of their section and in the summary', () => {
    const text = ['header:', '  partner_name: Acme', 'governance_security:', '  access_control:', '    backend_api_auth: [pat]', ''].join('\n');
    const { doc } = load(text);
    const finding = { code: 'TEST-001', message: 'PATs <b>used</b>', severity: 'error' as const, range: { start: { line: 4, character: 4 }, end: { line: 4, character: 20 } } };
    const review: ReviewResult = { findings: [finding], readiness: { pillars: [], outcomes: {} } };
    const { bodyHtml } = renderSowHtml(doc, review);
    const h3 = /<h3 id="sec-4-2" data-line="3">[^\n]*<\/h3>/.exec(bodyHtml)?.[0] ?? '';
    assert.match(h3, /<a class="sow-finding sev-error" href="#" data-line="4" data-character="4" title="TEST-001: PATs &lt;b&gt;used&lt;\/b&gt;">TEST-001<\/a>/);
    assert.doesNotMatch(/<h2 id="sec-4"[^\n]*/.exec(bodyHtml)![0], /TEST-001/);
    assert.match(bodyHtml, /<strong>1<\/strong> Errors/);
  });
});
