// The generated architecture diagram: content from the document, escaping of user text, and
// (with the real Mermaid flowchart parser, run headless) that the source is valid Mermaid.
import assert from 'node:assert/strict';
import { SowDocument } from '../../server/src/engine/document';
import { escapeHtml, mermaidText } from '../../server/src/engine/render/escape';
import { diagramSources, generateArchitectureDiagram } from '../../server/src/engine/render/mermaid';
import { shortLabel } from '../../server/src/engine/render/read';
import { enumSchemaOf, schemaAt } from '../../server/src/engine/schema/navigate';
import { example } from '../support/rules';

type FlowDb = {
  clear(): void;
  getVertices(): Map<string, { text: string; styles: string[] }>;
  getSubGraphs(): Array<{ id: string; title: string; nodes: string[] }>;
  getEdges(): Array<{ start: string; end: string; text: string; stroke: string; style?: string[] }>;
};

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

/** Label text as Mermaid draws it: entity codes decoded, our <br/> and <small> tags as spaces. */
function shownText(text: string): string {
  return text
    .replace(/<br\/>|<\/?small>/g, ' ')
    .replace(/#quot;/g, '"')
    .replace(/#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}

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
  governance_security: { data_security: { network: ['private-connectivity'] }, access_control: { backend_api_auth: ['pat'] } },
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
    assert.match(source, /linkStyle \d+ stroke:#e53935/);
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
    // Which account subgraph holds the Databricks boundary, and what else each model draws.
    const expect: Record<string, { holder?: string; texts: string[] }> = {
      'partner-hosted': { holder: 'Partner cloud account', texts: [] },
      'customer-managed': { holder: 'Customer cloud account', texts: [] },
      hybrid: { holder: 'Customer cloud account · data plane', texts: ['Control plane', 'Partner cloud account'] },
      'side-car': { holder: 'Partner cloud account', texts: ['Delta Sharing', "Customer's Databricks workspace", 'Customer cloud account'] },
      multiple: { holder: 'Per customer segment: Partner Hosted SaaS, Side Car', texts: [] },
    };
    const segments = [{ deployment_model: 'partner-hosted' }, { deployment_model: 'side-car' }, { deployment_model: 'partner-hosted' }];
    assert.deepEqual(Object.keys(expect).sort(), (schemaAt(['deployment', 'model'])!.enum ?? []).filter((v) => v !== null).sort(), 'every model of the format');
    for (const [model, { holder, texts }] of Object.entries(expect)) {
      const source = generateArchitectureDiagram({ ...wellFormed, deployment: { model, multiple_models: segments } });
      for (const t of texts) assert.ok(source.includes(mermaidText(t)), `${model}: ${t}`);
      const db = parse(source);
      const account = db.getSubGraphs().find((g) => g.nodes.includes('dbx'));
      assert.equal(shownText(account?.title ?? ''), holder, model);
    }
    const none = parse(generateArchitectureDiagram({ ...wellFormed, deployment: {} }));
    assert.equal(none.getSubGraphs().find((g) => g.nodes.includes('dbx')), undefined, 'no model, no account drawn');
  });

  describe('the examples: every part of the architecture the document describes is drawn', () => {
    /** Labels of the chosen values at a path, as the format names them (short form). */
    const labelsAt = (value: unknown, path: string[]): string[] => {
      let node = value as Record<string, unknown> | undefined;
      for (const key of path) node = node?.[key] as Record<string, unknown> | undefined;
      const choices = enumSchemaOf(schemaAt(path))!;
      return ([] as unknown[]).concat(node ?? []).map((v) => shortLabel(String((choices['x-enum-labels'] as string[])[choices.enum!.indexOf(v)])));
    };

    for (const name of ['well-architected', 'anti-patterns'] as const) {
      describe(name, () => {
        const value = new SowDocument(`file:///${name}.sow.yaml`, 1, example(name)).value as any;
        let db: FlowDb;
        let texts: Map<string, string>;
        const group = (id: string) => db.getSubGraphs().find((g) => g.id === id)!;
        const inGroup = (id: string) => group(id).nodes.map((n) => texts.get(n) ?? n);
        const edge = (from: string, to: string) => db.getEdges().find((e) => e.start === from && e.end === to);
        const idOf = (label: string) => [...texts].find(([, t]) => t === label || t.startsWith(`${label} `))?.[0];
        before(() => {
          db = parse(generateArchitectureDiagram(value));
          texts = new Map([...db.getVertices()].map(([id, v]) => [id, shownText(v.text)]));
        });

        it('each data source with its volume and frequency, linked to its ingestion method, which feeds Databricks', () => {
          const rows = value.architecture.data_flow.sources as Array<Record<string, string>>;
          assert.ok(rows.length >= 2);
          for (const row of rows) {
            const id = idOf(row.source_type);
            assert.ok(id && group('sources').nodes.includes(id), `source ${row.source_type}`);
            assert.equal(texts.get(id), `${row.source_type} ${row.volume} · ${row.frequency}`);
            const method = idOf(row.ingestion_method);
            assert.ok(method && group('ingestion').nodes.includes(method), `ingestion ${row.ingestion_method}`);
            assert.ok(edge(id, method), `${row.source_type} → ${row.ingestion_method}`);
            assert.ok(edge(method, 'dbx'), `${row.ingestion_method} → Databricks`);
          }
          for (const row of value.integration.data_sources.ingestion_connectors as Array<Record<string, string>>) {
            const id = idOf(row.source_system);
            assert.ok(id && texts.get(id)!.includes(row.volume), `connector ${row.source_system} with ${row.volume}`);
          }
        });

        it('the medallion layers in order, framed by Unity Catalog, inside the Databricks boundary', () => {
          const layers = value.architecture.data_flow.layers as Record<string, string>;
          const order = ['bronze', 'silver', 'gold', 'serving'];
          for (const key of order) assert.ok(texts.get(key)!.startsWith(`${key[0].toUpperCase()}${key.slice(1)} ${layers[key].split(/[ ,.]/).slice(0, 2).join(' ')}`), texts.get(key));
          for (let i = 1; i < order.length; i++) assert.ok(edge(order[i - 1], order[i]), `${order[i - 1]} → ${order[i]}`);
          assert.equal(value.architecture.products.unity_catalog.status, 'using');
          assert.equal(shownText(group('lake').title), 'Unity Catalog · governs every layer');
          assert.deepEqual(group('lake').nodes, order);
          assert.ok(group('dbx').nodes.includes('lake'));
        });

        it('the compute type and every product in use or roadmapped, and none that is not used', () => {
          const platform = texts.get('platform')!;
          assert.ok(group('dbx').nodes.includes('platform'));
          assert.ok(platform.startsWith({ classic: 'Classic compute', serverless: 'Serverless compute', hybrid: 'Classic + serverless compute' }[value.architecture.compute.types as string]!), platform);
          for (const [key, product] of Object.entries(value.architecture.products as Record<string, { status: string }>)) {
            if (key === 'unity_catalog') continue;
            const title = shortLabel(schemaAt(['architecture', 'products', key])!.title!);
            const shown = platform.includes(title);
            assert.equal(shown, product.status !== 'not-using', `${title} is ${product.status}`);
            if (product.status === 'roadmapped') assert.ok(platform.includes(`${title} (roadmapped)`));
          }
        });

        it('external services, egress and end-user interfaces from the document', () => {
          for (const row of value.architecture.external_dependencies) assert.ok(inGroup('external').some((t) => t.startsWith(row.service)), `external ${row.service}`);
          assert.equal(edge('external', 'dbx')?.stroke, 'dotted');
          for (const row of value.integration.downstream.egress) {
            assert.ok(inGroup('egress').some((t) => t.startsWith(row.destination.slice(0, 20)) && t.includes(row.protocol)), `egress ${row.destination}`);
          }
          assert.ok(edge('dbx', 'egress'));
          const products = value.architecture.products;
          const interfaces = [
            ...(products.aibi_genie.status === 'using' ? labelsAt(value, ['architecture', 'products', 'aibi_genie', 'components']) : []),
            ...labelsAt(value, ['architecture', 'products', 'aibi_genie', 'bi_tools']),
            ...(products.databricks_apps.status === 'using' ? ['Databricks Apps'] : []),
            ...labelsAt(value, ['architecture', 'products', 'databricks_apps', 'external_hosting']).map((h) => `App on ${h}`),
            ...(value.integration.apis_sdks.custom_apis === 'yes' ? ['Custom API'] : []),
          ];
          assert.ok(interfaces.length >= 2);
          assert.deepEqual(inGroup('interfaces').map((t) => interfaces.find((i) => t === i || t.startsWith(`${i} `))), interfaces);
          assert.ok(edge('dbx', 'interfaces'));
        });

        it('the zones: the account of the deployment model and the network boundary', () => {
          assert.equal(value.deployment.model, 'partner-hosted');
          assert.equal(shownText(group('partnerAcct').title), 'Partner cloud account');
          assert.deepEqual(group('partnerAcct').nodes, ['dbx']);
          const network = value.governance_security.data_security.network as string[];
          const zone = db.getVertices().get('dbx')!.styles.join(',');
          if (network.includes('private-connectivity')) {
            assert.equal(shownText(group('dbx').title), 'Databricks · private connectivity');
            assert.doesNotMatch(zone, /dasharray/);
          } else {
            assert.deepEqual(network, ['public-ip-allowlist']);
            assert.equal(shownText(group('dbx').title), 'Databricks · public endpoint + IP allow lists');
            assert.match(zone, /stroke-dasharray/, 'a public boundary is dashed');
          }
        });

        it('the partner backend and how it authenticates; PATs as a red dashed link', () => {
          const auth = value.governance_security.access_control.backend_api_auth as string[];
          const link = edge('dbx', 'backend')!;
          assert.ok(link, 'backend linked');
          const red = (e: ReturnType<FlowDb['getEdges']>[number]) => (e.style ?? []).some((s) => /^stroke:#e53935/.test(s));
          if (auth.includes('pat')) {
            assert.equal(link.text, 'PAT (not recommended)');
            assert.equal(link.stroke, 'dotted');
            assert.ok(red(link), 'the PAT link is red');
          } else {
            assert.deepEqual(auth, ['oauth-m2m']);
            assert.equal(link.text, 'OAuth M2M');
            assert.ok(!red(link));
          }
          assert.equal(db.getEdges().filter(red).length, auth.includes('pat') ? 1 : 0, 'only the PAT link is red');
        });
      });
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
