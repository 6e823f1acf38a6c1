// Section 3.1's architecture diagram, generated as a Mermaid flowchart from the document itself.
// Node ids are generated (src1, ext2…); every piece of document text goes through mermaidText(),
// so a name in the document can neither break the diagram nor add statements to it. The
// document is read through FormatReader with the format's key paths and slugs (docs/format.md).
import { schemaAt } from '../schema/navigate';
import { mermaidText } from './escape';
import { FormatReader, shortLabel, textOf as text } from './read';

/** Where the generator reads the document (dotted paths of the format). */
const P = {
  model: 'deployment.model',
  segmentModels: 'deployment.multiple_models',
  sources: 'architecture.data_flow.sources',
  layers: 'architecture.data_flow.layers',
  products: 'architecture.products',
  external: 'architecture.external_dependencies',
  computeTypes: 'architecture.compute.types',
  network: 'governance_security.data_security.network',
  networkOther: 'governance_security.data_security.network_other',
  backendAuth: 'governance_security.access_control.backend_api_auth',
  connectors: 'integration.data_sources.ingestion_connectors',
  egress: 'integration.downstream.egress',
  customApis: 'integration.apis_sdks.custom_apis',
  customApiTypes: 'integration.apis_sdks.custom_api_types',
  diagramMermaid: 'architecture.diagram.mermaid',
  diagramShow: 'architecture.diagram.show',
} as const;

export interface DiagramSource {
  kind: 'generated' | 'custom';
  title: string;
  source: string;
}

/** Which diagrams section 3.1 shows: the generated one, the document's own, or both. */
export function diagramSources(value: unknown): DiagramSource[] {
  const doc = new FormatReader(value);
  const raw = doc.get(P.diagramMermaid);
  const custom = typeof raw === 'string' && raw.trim() ? raw : '';
  const showCustom = !!custom && !doc.is(P.diagramShow, 'generated');
  const showGenerated = !custom || !doc.is(P.diagramShow, 'custom');
  const out: DiagramSource[] = [];
  if (showGenerated) out.push({ kind: 'generated', title: 'Generated from this document', source: generateArchitectureDiagram(value) });
  if (showCustom) out.push({ kind: 'custom', title: 'Diagram from the document', source: custom });
  return out;
}

/** Above this many nodes in one group the rest collapse into "+N more" (a legible diagram). */
const MAX_PER_GROUP = 12;
/** Longest detail line under a node label; layer descriptions are cut here. */
const MAX_DETAIL = 60;

/** The Databricks boundary: every link into or out of the platform ends at this subgraph. */
const DBX = 'dbx';
const UNITY_CATALOG = 'unity_catalog';

/** The medallion layers of 3.2 in flow order: key under architecture.data_flow.layers, title, look. */
const LAYERS: ReadonlyArray<[key: string, title: string, look: Look]> = [
  ['bronze', 'Bronze', 'layerBronze'],
  ['silver', 'Silver', 'layerSilver'],
  ['gold', 'Gold', 'layerGold'],
  ['serving', 'Serving', 'layerServing'],
];

/** Compute types of 3.5 (slug of architecture.compute.types, label). */
const COMPUTE: ReadonlyArray<[slug: string, label: string]> = [
  ['classic', 'Classic compute'],
  ['serverless', 'Serverless compute'],
  ['hybrid', 'Classic + serverless compute'],
];

/** Network security of 4.3 (slug of governance_security.data_security.network, words in the zone title). */
const NETWORK: ReadonlyArray<[slug: string, words: string]> = [
  ['private-connectivity', 'private connectivity'],
  ['vpn', 'VPN tunnel'],
  ['public-ip-allowlist', 'public endpoint + IP allow lists'],
];

/** The generated `flowchart LR` for a document value (any shape; missing parts add no nodes). */
export function generateArchitectureDiagram(value: unknown): string {
  return new DiagramBuilder(new FormatReader(value)).build();
}

type NodeSpec = { id: string; label: string; detail?: string; look?: Look };

class DiagramBuilder {
  private readonly lines: string[] = ['flowchart LR'];
  /** Links in source order: Mermaid numbers them for `linkStyle` in that order. */
  private readonly links: string[] = [];
  private readonly dangerLinks: number[] = [];
  private readonly counters = new Map<string, number>();
  private readonly subgraphLooks: string[] = [];

  constructor(private readonly doc: FormatReader) {}

  build(): string {
    const sources = this.sources();
    const ingestion = this.ingestion(sources);
    const core = this.lakehouse();

    if (sources.length === 0) this.lines.push(nodeLine({ id: 'nosrc', label: 'No data sources yet', look: 'empty' }));
    else this.group('sources', 'Data sources', sources);
    this.group('ingestion', 'Ingestion', ingestion.nodes);
    this.deploymentZones(core);
    const backend = this.backendAuth();
    this.lines.push(...backend.lines);
    // Linked as a whole, each of these groups is laid out on its own: `direction LR` stacks its
    // nodes. External services stand left of the platform, under ingestion; outputs stand right.
    const external = this.externalServices();
    const outputs: Array<[id: string, title: string, nodes: NodeSpec[]]> = [
      ['interfaces', 'End-user interfaces', this.interfaces()],
      ['egress', 'Egress & sharing', this.egress()],
    ];
    this.group('external', 'External services', external, 'LR');
    for (const [id, title, nodes] of outputs) this.group(id, title, nodes, 'LR');

    // Sources → ingestion → the Databricks boundary; the layers in order; external services ↔
    // the boundary → interfaces and egress; the boundary ↔ the partner backend.
    for (const s of shown(sources)) this.link(s.id, ingestion.bySource.get(s.id) ?? DBX);
    for (const n of shown(ingestion.nodes)) this.link(n.id, DBX);
    for (let i = 1; i < core.layerIds.length; i++) this.link(core.layerIds[i - 1], core.layerIds[i]);
    if (external.length > 0) this.link('external', DBX, undefined, '<-.->');
    for (const [id, , nodes] of outputs) if (nodes.length > 0) this.link(DBX, id);
    for (const [label, danger] of backend.links) {
      if (danger) this.dangerLinks.push(this.links.length);
      this.link(DBX, 'backend', label, danger ? '<-.->' : '<-->');
    }
    this.lines.push(...this.links, ...this.subgraphLooks, ...Object.entries(LOOKS).map(([name, style]) => `classDef ${name} ${style}`));
    for (const i of this.dangerLinks) this.lines.push(`linkStyle ${i} stroke:#e53935,stroke-width:2px,stroke-dasharray:5 4,color:#e53935`);
    return this.lines.join('\n') + '\n';
  }

  private id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  /** A subgraph of nodes (nothing when empty); the title is ours, never user text. */
  private group(id: string, title: string, nodes: NodeSpec[], direction?: 'LR'): void {
    if (nodes.length === 0) return;
    this.look(id, 'group');
    this.lines.push(`subgraph ${id}["${mermaidText(title)}"]`, ...(direction ? [`  direction ${direction}`] : []));
    for (const node of shown(nodes)) this.lines.push(`  ${nodeLine(node)}`);
    if (nodes.length > MAX_PER_GROUP) this.lines.push(`  ${nodeLine({ id: `${id}more`, label: `+${nodes.length - MAX_PER_GROUP} more`, look: 'muted' })}`);
    this.lines.push('end');
  }

  private look(subgraph: string, look: Look): void {
    this.subgraphLooks.push(`style ${subgraph} ${LOOKS[look]}`);
  }

  private link(from: string, to: string, label?: string, arrow = '-->'): void {
    this.links.push(label ? `${from} ${arrow}|"${mermaidText(label, 40)}"| ${to}` : `${from} ${arrow} ${to}`);
  }

  /** Data sources of 3.2 and connectors of 6.1, merged by name, with volume and frequency. */
  private sources(): Array<NodeSpec & { method: string }> {
    const byName = new Map<string, { name: string; volume: string; frequency: string; method: string }>();
    const add = (name: string, volume: string, frequency: string, method: string) => {
      if (!name) return;
      const seen = byName.get(name.toLowerCase());
      if (!seen) byName.set(name.toLowerCase(), { name, volume, frequency, method });
      else {
        seen.volume ||= volume;
        seen.frequency ||= frequency;
        seen.method ||= method;
      }
    };
    for (const r of this.doc.rows(P.sources)) add(text(r.source_type) || text(r.description), text(r.volume), text(r.frequency), text(r.ingestion_method));
    for (const r of this.doc.rows(P.connectors)) add(text(r.source_system), text(r.volume), text(r.frequency), text(r.connector_type));
    return [...byName.values()].map((s) => ({
      id: this.id('src'),
      label: s.name,
      detail: [s.volume, s.frequency].filter(Boolean).join(' · ') || undefined,
      method: s.method,
    }));
  }

  /** One node per distinct ingestion method, and which method each source uses. */
  private ingestion(sources: Array<NodeSpec & { method: string }>): { nodes: NodeSpec[]; bySource: Map<string, string> } {
    const byMethod = new Map<string, string>();
    const bySource = new Map<string, string>();
    const nodes: NodeSpec[] = [];
    for (const s of shown(sources)) {
      if (!s.method) continue;
      let id = byMethod.get(s.method.toLowerCase());
      if (!id) {
        id = this.id('ing');
        byMethod.set(s.method.toLowerCase(), id);
        nodes.push({ id, label: s.method });
      }
      bySource.set(s.id, id);
    }
    return { nodes, bySource };
  }

  /**
   * Inside the Databricks boundary: the medallion layers top to bottom (framed by Unity Catalog
   * when it governs them), then the compute of 3.5 and the products of 3.3 in use or roadmapped.
   * Links reach the boundary, not its nodes, so Mermaid keeps this inner top-to-bottom layout
   * and the whole diagram stays a few columns wide.
   */
  private lakehouse(): { lines: string[]; layerIds: string[] } {
    const layerNodes: NodeSpec[] = [];
    for (const [key, title, look] of LAYERS) {
      const description = this.doc.text(`${P.layers}.${key}`);
      if (description) layerNodes.push({ id: key, label: title, detail: firstClause(description), look });
    }
    const uc = `${P.products}.${UNITY_CATALOG}.status`;
    const governance = this.doc.is(uc, 'using')
      ? { title: 'Unity Catalog · governs every layer', state: 'governance', look: 'governance' as const }
      : this.doc.is(uc, 'roadmapped')
        ? { title: 'Unity Catalog (roadmapped)', state: 'roadmapped', look: 'roadmapped' as const }
        : undefined;
    const lines: string[] = ['direction TB'];
    if (layerNodes.length > 0) {
      lines.push(`subgraph lake["${mermaidText(governance?.title ?? 'Medallion layers')}"]`, '  direction TB', ...layerNodes.map((n) => `  ${nodeLine(n)}`), 'end');
      this.look('lake', governance?.look ?? 'group');
    } else if (governance) {
      lines.push(nodeLine({ id: 'uc', label: 'Unity Catalog', detail: governance.state, look: governance.look }));
    }
    const compute = COMPUTE.find(([slug]) => this.doc.is(P.computeTypes, slug))?.[1];
    const products = this.productsInUse();
    if (compute || products.length > 0) {
      const detail = products.length > 0 ? `<br/><small>${products.map((p) => mermaidText(p)).join(' · ')}</small>` : '';
      lines.push(`platform["${mermaidText(compute ?? 'Databricks products')}${detail}"]:::platform`);
      // Below the layers, not beside them.
      if (layerNodes.length > 0) this.link('lake', 'platform', undefined, '~~~');
    }
    if (lines.length === 1) lines.push(nodeLine({ id: 'workspace', label: 'Databricks workspace', look: 'muted' }));
    return { lines, layerIds: layerNodes.map((n) => n.id) };
  }

  /** The products of 3.3 other than Unity Catalog, in the format's order, by their short name. */
  private productsInUse(): string[] {
    const out: string[] = [];
    for (const [key, schema] of Object.entries(schemaAt(P.products.split('.'))?.properties ?? {})) {
      if (key === UNITY_CATALOG) continue;
      const status = `${P.products}.${key}.status`;
      const name = shortLabel(String(schema.title ?? key));
      if (this.doc.is(status, 'using')) out.push(name);
      else if (this.doc.is(status, 'roadmapped')) out.push(`${name} (roadmapped)`);
    }
    return out;
  }

  /**
   * The Databricks boundary, titled and styled by its network security (4.3), inside the cloud
   * accounts of the deployment model (2.1).
   */
  private deploymentZones(core: { lines: string[] }): void {
    const access = [
      ...NETWORK.filter(([slug]) => this.doc.is(P.network, slug)).map(([, words]) => words),
      ...this.doc.list(P.networkOther).map(text).filter(Boolean),
    ];
    // The weakest access path sets the zone's style: a public endpoint is drawn as public.
    const zone = this.doc.is(P.network, 'public-ip-allowlist') ? 'zonePublic' : this.doc.isAny(P.network, ['private-connectivity', 'vpn']) ? 'zonePrivate' : 'zone';
    const boundary = [
      `subgraph ${DBX}["${mermaidText(['Databricks', ...access].join(' · '), 90)}"]`,
      ...core.lines.map((l) => `  ${l}`),
      'end',
    ];
    this.look(DBX, zone);
    const account = (id: string, title: string, inner: string[]) => {
      this.look(id, 'account');
      return [`subgraph ${id}["${mermaidText(title, 90)}"]`, ...inner.map((l) => `  ${l}`), 'end'];
    };
    const partner = (inner: string[]) => this.lines.push(...account('partnerAcct', 'Partner cloud account', inner));
    if (this.doc.is(P.model, 'partner-hosted')) partner(boundary);
    else if (this.doc.is(P.model, 'customer-managed')) this.lines.push(...account('customerAcct', 'Customer cloud account', boundary));
    else if (this.doc.is(P.model, 'hybrid')) {
      partner([nodeLine({ id: 'cp', label: 'Control plane', detail: 'run by the partner', look: 'platform' })]);
      this.lines.push(...account('customerAcct', 'Customer cloud account · data plane', boundary));
      this.link('cp', DBX, 'manages', '-.->');
    } else if (this.doc.is(P.model, 'side-car')) {
      partner(boundary);
      this.lines.push(...account('customerAcct', 'Customer cloud account', [nodeLine({ id: 'custDbx', label: "Customer's Databricks workspace", look: 'platform' })]));
      this.link(DBX, 'custDbx', 'Delta Sharing', '==>');
    } else if (this.doc.is(P.model, 'multiple')) {
      const models = [...new Set(this.doc.rows(P.segmentModels).flatMap((_, i) => this.doc.labels(`${P.segmentModels}.${i}.deployment_model`)))];
      this.lines.push(...account('segments', models.length ? `Per customer segment: ${models.join(', ')}` : 'Deployment model per customer segment', boundary));
    } else this.lines.push(...boundary);
  }

  private externalServices(): NodeSpec[] {
    return this.doc
      .rows(P.external)
      .filter((r) => text(r.service))
      .map((r) => ({ id: this.id('ext'), label: text(r.service), detail: firstClause(text(r.purpose)) || undefined }));
  }

  private egress(): NodeSpec[] {
    return this.doc
      .rows(P.egress)
      .filter((r) => text(r.destination))
      .map((r) => ({ id: this.id('egr'), label: text(r.destination), detail: [text(r.protocol), text(r.volume)].filter(Boolean).join(' · ') || undefined }));
  }

  /** AI/BI and Genie, BI tools, apps (on Databricks or hosted elsewhere) and custom APIs. */
  private interfaces(): NodeSpec[] {
    const out: NodeSpec[] = [];
    const add = (label: string, detail?: string, look?: Look) => out.push({ id: this.id('ui'), label, detail, look });
    const aibi = `${P.products}.aibi_genie`;
    const apps = `${P.products}.databricks_apps`;
    for (const [product, using] of [
      [aibi, () => this.doc.labels(`${aibi}.components`)],
      [apps, () => ['Databricks Apps']],
    ] as const) {
      if (this.doc.is(`${product}.status`, 'using')) for (const label of using()) add(label);
      else if (this.doc.is(`${product}.status`, 'roadmapped')) for (const label of using()) add(label, 'roadmapped', 'roadmapped');
    }
    for (const tool of this.doc.labels(`${aibi}.bi_tools`)) add(tool, 'BI tool');
    for (const host of this.doc.labels(`${apps}.external_hosting`)) add(`App on ${host}`, 'hosted outside Databricks');
    if (this.doc.is(P.customApis, 'yes')) add('Custom API', this.doc.labels(P.customApiTypes).join(', ') || undefined);
    return out;
  }

  /** The partner backend and how it authenticates; PAT access is a red dashed link (an anti-pattern). */
  private backendAuth(): { lines: string[]; links: Array<[label: string, danger: boolean]> } {
    const methods: Array<[slug: string, label: string, danger: boolean]> = [
      ['oauth-m2m', 'OAuth M2M', false],
      ['oauth-federation', 'OAuth token federation', false],
      ['session-tokens', 'session tokens', false],
      ['pat', 'PAT (not recommended)', true],
    ];
    const links = methods.filter(([slug]) => this.doc.is(P.backendAuth, slug)).map(([, label, danger]) => [label, danger] as [string, boolean]);
    if (links.length === 0) return { lines: [], links: [] };
    return { lines: [nodeLine({ id: 'backend', label: 'Partner backend', look: 'platform' })], links };
  }
}

/**
 * Looks that read on light, dark and high-contrast canvases alike: translucent fills over the
 * theme's background, mid-tone strokes, and the theme's own text colour. Nodes use them as
 * classes; subgraphs get them as `style` statements, the only styling Mermaid keeps on a
 * subgraph it lays out on its own.
 */
const LOOKS = {
  default: 'fill:#9e9e9e1a,stroke:#9e9e9e',
  group: 'fill:#9e9e9e0f,stroke:#9e9e9e',
  empty: 'fill:transparent,stroke:#9e9e9e,stroke-dasharray:4 3',
  muted: 'fill:transparent,stroke:#9e9e9e',
  layerBronze: 'fill:#cd7f3233,stroke:#b86b2e',
  layerSilver: 'fill:#90a4ae33,stroke:#8a9ba5',
  layerGold: 'fill:#f2c81233,stroke:#c9a400',
  layerServing: 'fill:#42a5f533,stroke:#3d8fd6',
  governance: 'fill:#43a04714,stroke:#43a047,stroke-width:2px',
  platform: 'fill:#7e57c21f,stroke:#8e6fd0',
  roadmapped: 'fill:transparent,stroke:#9e9e9e,stroke-dasharray:5 4',
  zone: 'fill:#ff36210d,stroke:#ff3621,stroke-width:2px',
  zonePrivate: 'fill:#43a0470d,stroke:#43a047,stroke-width:2px',
  zonePublic: 'fill:#fb8c000f,stroke:#fb8c00,stroke-width:2px,stroke-dasharray:6 3',
  account: 'fill:transparent,stroke:#78909c,stroke-dasharray:2 2',
} as const;
type Look = keyof typeof LOOKS;

function nodeLine({ id, label, detail, look }: NodeSpec): string {
  const text = detail ? `${mermaidText(label)}<br/><small>${mermaidText(detail, MAX_DETAIL)}</small>` : mermaidText(label);
  return `${id}["${text}"]${look ? `:::${look}` : ''}`;
}

/** The first clause of free text ("Raw files and CDC records as delivered, with …" → its part before the comma). */
function firstClause(text: string): string {
  const clause = text.split(/[.;:!?](?:\s|$)|,\s|\s[—–-]\s|\n/)[0].trim();
  return clause.length >= 12 ? clause : text;
}

/** The nodes a group draws (the rest are summarised as "+N more" and get no links). */
function shown<T>(nodes: T[]): T[] {
  return nodes.slice(0, MAX_PER_GROUP);
}
