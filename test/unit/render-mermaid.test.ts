// The generated architecture diagram: content from the document, escaping of user text, and
// (with the real Mermaid flowchart parser, run headless) that the source is valid Mermaid.
import assert from 'node:assert/strict';
import { escapeHtml, mermaidText } from '../../server/src/engine/render/escape';
import { diagramSources, generateArchitectureDiagram } from '../../server/src/engine/render/mermaid';

type FlowDb = { clear(): void; getVertices(): Map<string, { text: string }>; getSubGraphs(): Array<{ title: string }>; getEdges(): Array<{ text: string }> };

/** Mermaid's own flowchart parser, without a DOM: DOMPurify only gets the calls the parser makes. */
async function mermaidFlowParser(): Promise<(source: string) => FlowDb> {
  const purify = (await import('dompurify')).default as unknown as Record<string, unknown>;
  Object.assign(purify, { addHook() {}, removeHook() {}, removeHooks() {}, removeAllHooks() {}, sanitize: (s: unknown) => String(s) });
  const dir = require.resolve('mermaid/package.json').replace(/package\.json$/, 'dist/chunks/mermaid.core/');
  const file = require('node:fs').readdirSync(dir).find((f: string) => /^flowDiagram-.*\.mjs$/.test(f));
  const { diagram } = await import(require('node:url').pathToFileURL(dir + file).href);
  return (source: string) => {
    const db = (typeof diagram.db === 'function' ? new diagram.db() : diagram.db) as FlowDb;
    diagram.parser.parser.yy = db;
    diagram.parser.yy = db;
    db.clear();
    diagram.parser.parse(source);
    return db;
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"]; click X call alert(1); A["',
  "%%{init: {'securityLevel':'loose'}}%%",
  'a `code` --> b',
  'line1\nline2 --> evil\nclick src1 call alert(1)',
  '#quot; & #35; ; { } [ ] |',
];

export const wellFormed = {
  deployment: { model: 'hybrid' },
  architecture: {
    data_flow: {
      sources: [
        { source_type: 'Salesforce', description: 'CRM data', volume: '100GB/day', frequency: 'Hourly', ingestion_method: 'Lakeflow Connect' },
        { source_type: 'S3 bucket', description: 'Clickstream', volume: '500GB/day', frequency: 'Streaming', ingestion_method: 'Auto Loader' },
      ],
      layers: { bronze: 'Raw data', silver: 'Cleansed', gold: 'Aggregates', serving: 'SQL warehouses' },
    },
    products: { unity_catalog: { status: 'using' }, dbsql: { status: 'using' }, lakebase: { status: 'roadmapped' }, aibi_genie: { status: 'using', components: ['genie'] } },
    external_dependencies: [{ service: 'PostgreSQL', purpose: 'OLTP' }],
    compute: { types: 'serverless' },
  },
  governance_security: { data_security: { network: ['private_connectivity'] }, access_control: { backend_api_auth: ['pat'] } },
};

describe('render: Mermaid architecture diagram', () => {
  let parse: (source: string) => FlowDb;
  before(async () => {
    parse = await mermaidFlowParser();
  });

  it('the headless parser rejects broken Mermaid (so the checks below can fail)', () => {
    assert.throws(() => parse('flowchart LR\n a["x"] y"] --> b\n'));
  });

  it('an empty document still gives a small valid diagram', () => {
    for (const value of [undefined, null, {}, 'text', [], { architecture: null }]) {
      const source = generateArchitectureDiagram(value);
      assert.match(source, /^flowchart LR\n/);
      assert.match(source, /No data sources yet/);
      parse(source);
    }
  });

  it('shows sources with volume and frequency, ingestion, layers, governance, compute, products and zones', () => {
    const source = generateArchitectureDiagram(wellFormed);
    for (const text of ['Salesforce', '100GB/day · Hourly', 'Lakeflow Connect', 'Auto Loader', 'Bronze', 'Silver', 'Gold', 'Serving', 'Unity Catalog', 'Serverless compute', 'PostgreSQL', 'Genie', 'Lakebase (roadmapped)', 'Partner cloud account', 'Customer cloud account', 'private connectivity']) {
      assert.ok(source.includes(text), `diagram lacks ${text}:\n${source}`);
    }
    assert.match(source, /:::roadmapped/);
    assert.match(source, /linkStyle \d+ stroke:#d32f2f/);
    assert.ok(!source.includes('No data sources yet'));
    const db = parse(source);
    assert.ok(db.getVertices().has('src1') && db.getVertices().has('bronze'));
  });

  it('names the linkStyle index of the PAT edge correctly', () => {
    const source = generateArchitectureDiagram(wellFormed);
    const db = parse(source);
    const index = Number(/linkStyle (\d+)/.exec(source)![1]);
    assert.match(db.getEdges()[index].text, /PAT/);
  });

  it('each deployment model parses and draws its accounts', () => {
    const expect: Record<string, string[]> = {
      partner_hosted: ['Partner cloud account'],
      customer_managed: ['Customer cloud account'],
      hybrid: ['Control plane', 'Customer cloud account'],
      side_car: ['Delta Sharing', 'Customer Databricks workspace'],
    };
    for (const [model, texts] of Object.entries(expect)) {
      const source = generateArchitectureDiagram({ ...wellFormed, deployment: { model } });
      for (const t of texts) assert.ok(source.includes(t), `${model}: ${t}`);
      parse(source);
    }
  });

  it('escapes hostile text: no statement, directive, quote or link comes from user text', () => {
    const rows = HOSTILE.map((h) => ({ source_type: h, volume: h, frequency: h, ingestion_method: h, description: h }));
    const value = {
      architecture: {
        data_flow: { sources: rows, layers: { bronze: HOSTILE.join(' ') } },
        external_dependencies: HOSTILE.map((h) => ({ service: h, purpose: h })),
      },
    };
    const source = generateArchitectureDiagram(value);
    for (const line of source.split('\n')) {
      assert.doesNotMatch(line, /^\s*click\b/, line);
      // Inside a label only our own <br/> and <small> tags may appear.
      for (const label of line.match(/\["[^"]*"\]/g) ?? []) {
        assert.doesNotMatch(label.slice(2, -2).replace(/<br\/>|<\/?small>/g, '').replace(/#\w+;/g, ''), /[<>`{}|;"#%[\]]/, label);
      }
    }
    assert.ok(!source.includes('%%{'));
    const db = parse(source);
    for (const v of db.getVertices().values()) assert.doesNotMatch(v.text, /^click|<script|<img/);
    assert.ok(db.getVertices().size < 40, 'no extra nodes were injected');
  });

  it('mermaidText encodes every dangerous character and truncates', () => {
    assert.equal(mermaidText('a"b'), 'a#quot;b');
    assert.equal(mermaidText('x\ny'), 'x y');
    assert.equal(mermaidText('#;'), '#35;#59;');
    assert.equal(mermaidText('%%{a}%%'), '#37;#37;#123;a#125;#37;#37;');
    assert.equal([...mermaidText('x'.repeat(200), 10)].length, 10);
    assert.equal(escapeHtml(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('diagramSources follows architecture.diagram.show', () => {
    const custom = 'flowchart TD\n a --> b\n';
    const withCustom = (show?: string) => ({ architecture: { diagram: { mermaid: custom, ...(show ? { show } : {}) } } });
    assert.deepEqual(diagramSources({}).map((d) => d.kind), ['generated']);
    assert.deepEqual(diagramSources(withCustom()).map((d) => d.kind), ['generated', 'custom']);
    assert.deepEqual(diagramSources(withCustom('custom')).map((d) => d.kind), ['custom']);
    assert.deepEqual(diagramSources(withCustom('generated')).map((d) => d.kind), ['generated']);
    assert.equal(diagramSources(withCustom('custom'))[0].source, custom);
  });
});
