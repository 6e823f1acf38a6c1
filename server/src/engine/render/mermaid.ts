// Section 3.1's architecture diagram, generated as a Mermaid flowchart from the document itself.
// Node ids are generated (src1, ext2…); every piece of document text goes through mermaidText(),
// so a name in the document can neither break the diagram nor add statements to it.
import { isEmptyValue } from '../rules/context';
import { mermaidText } from './escape';

/** Where the generator reads the document (dotted paths of the format). */
const P = {
  sources: 'architecture.data_flow.sources',
  layers: 'architecture.data_flow.layers',
  products: 'architecture.products',
  external: 'architecture.external_dependencies',
  computeTypes: 'architecture.compute.types',
  connectors: 'integration.data_sources.ingestion_connectors',
  egress: 'integration.downstream.egress',
  customApis: 'integration.apis_sdks.custom_apis',
  customApiKinds: 'integration.apis_sdks.custom_api_types',
  deploymentModel: 'deployment.model',
  network: 'governance_security.data_security.network',
  backendAuth: 'governance_security.access_control.backend_api_auth',
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
  const raw = get(value, P.diagramMermaid);
  const custom = typeof raw === 'string' && raw.trim() ? raw : '';
  const show = str(get(value, P.diagramShow)) || (custom ? 'both' : 'generated');
  const out: DiagramSource[] = [];
  if (show !== 'custom' || !custom) out.push({ kind: 'generated', title: 'Generated from this document', source: generateArchitectureDiagram(value) });
  if (custom && show !== 'generated') out.push({ kind: 'custom', title: 'Diagram from the document', source: custom });
  return out;
}

/** Above this many nodes in one group the rest collapse into "+N more" (a legible diagram). */
const MAX_PER_GROUP = 24;

const LAYERS: ReadonlyArray<[key: string, title: string]> = [
  ['bronze', 'Bronze'],
  ['silver', 'Silver'],
  ['gold', 'Gold'],
  ['serving', 'Serving'],
];

/** Product areas of 3.3 as the diagram names them. */
const PRODUCTS: ReadonlyArray<[key: string, title: string]> = [
  ['lakeflow', 'Lakeflow'],
  ['dbsql', 'DBSQL warehouses'],
  ['lakebase', 'Lakebase'],
  ['aibi_genie', 'AI/BI & Genie'],
  ['databricks_apps', 'Databricks Apps'],
  ['agent_bricks', 'Agent Bricks'],
  ['delta_sharing', 'Delta Sharing'],
  ['zerobus', 'ZeroBus'],
];

const COMPUTE_LABELS: Record<string, string> = {
  classic: 'Classic compute (customer VPC)',
  serverless: 'Serverless compute',
  hybrid: 'Classic + serverless compute',
};

const AIBI_UI: Record<string, string> = {
  aibi_dashboards: 'AI/BI Dashboards',
  genie: 'Genie',
  databricks_one: 'Databricks One',
};

const BI_TOOLS: Record<string, string> = {
  power_bi: 'Power BI',
  tableau: 'Tableau',
  looker: 'Looker',
  custom: 'Custom BI',
};

const APP_HOSTING: Record<string, string> = {
  kubernetes: 'Kubernetes',
  cloud_vms: 'Cloud VMs',
  serverless_functions: 'Serverless functions',
  container_services: 'Container services',
};

/** The generated `flowchart LR` for a document value (any shape; missing parts add no nodes). */
export function generateArchitectureDiagram(value: unknown): string {
  return new DiagramBuilder(value).build();
}

class DiagramBuilder {
  private readonly lines: string[] = ['flowchart LR'];
  private edgeCount = 0;
  private readonly dangerEdges: number[] = [];
  private readonly counters = new Map<string, number>();

  constructor(private readonly value: unknown) {}

  build(): string {
    const model = str(get(this.value, P.deploymentModel));
    const sources = this.sources();
    const ingestion = this.ingestion(sources);
    const core = this.lakehouse();
    const external = this.externalServices();
    const egress = this.egress();
    const interfaces = this.interfaces();

    if (sources.length === 0) this.node('    ', 'nosrc', 'No data sources yet', 'empty');
    else this.group('sources', 'Data sources', sources.map((s) => [s.id, s.label, s.detail]));
    this.group('ingestion', 'Ingestion', ingestion.nodes);

    this.deploymentZones(model, core);
    this.group('external', 'External services', external);
    this.group('egress', 'Egress & sharing', egress);
    this.group('interfaces', 'End-user interfaces', interfaces);
    if (interfaces.length > 0) this.node('', 'users', 'End users', 'people');

    // Edges: sources → ingestion → first layer → … → last layer → egress and interfaces.
    for (const s of sources.slice(0, MAX_PER_GROUP)) {
      const method = ingestion.bySource.get(s.id);
      this.edge(s.id, method ?? core.entry);
    }
    for (const [id] of shown(ingestion.nodes)) this.edge(id, core.entry);
    for (let i = 1; i < core.layerIds.length; i++) this.edge(core.layerIds[i - 1], core.layerIds[i]);
    if (core.governance) for (const id of core.layerIds) this.edge(core.governance, id, 'governs', '-.-');
    for (const [id] of shown(external)) this.edge(core.exit, id, undefined, '<-.->');
    for (const [id] of shown(egress)) this.edge(core.exit, id);
    for (const [id] of shown(interfaces)) {
      this.edge(core.exit, id);
      this.edge('users', id);
    }
    this.backendAuth(core.exit);
    this.styles();
    return this.lines.join('\n') + '\n';
  }

  private id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}${n}`;
  }

  private node(indent: string, id: string, label: string, cls?: string, detail?: string): void {
    const text = detail ? `${mermaidText(label)}<br/><small>${mermaidText(detail, 60)}</small>` : mermaidText(label);
    this.lines.push(`${indent}${id}["${text}"]${cls ? `:::${cls}` : ''}`);
  }

  /** A subgraph of nodes (nothing when empty); the title is ours, never user text. */
  private group(id: string, title: string, nodes: Array<[id: string, label: string, detail?: string, cls?: string]>, indent = ''): void {
    if (nodes.length === 0) return;
    this.lines.push(`${indent}subgraph ${id}["${mermaidText(title)}"]`);
    const visible = shown(nodes);
    for (const [nid, label, detail, cls] of visible) this.node(`${indent}  `, nid, label, cls, detail);
    if (nodes.length > visible.length) this.node(`${indent}  `, `${id}more`, `+${nodes.length - visible.length} more`, 'muted');
    this.lines.push(`${indent}end`);
  }

  private edge(from: string, to: string, label?: string, arrow = '-->'): void {
    this.lines.push(label ? `${from} ${arrow}|"${mermaidText(label, 40)}"| ${to}` : `${from} ${arrow} ${to}`);
    this.edgeCount++;
  }

  /** Data sources of 3.2 and connectors of 6.1, merged by name. */
  private sources(): Array<{ id: string; label: string; detail?: string; method: string }> {
    const byName = new Map<string, { name: string; volume: string; frequency: string; method: string }>();
    const add = (name: string, volume: string, frequency: string, method: string) => {
      if (!name) return;
      const key = name.toLowerCase();
      const seen = byName.get(key);
      if (seen) {
        seen.volume ||= volume;
        seen.frequency ||= frequency;
        seen.method ||= method;
      } else byName.set(key, { name, volume, frequency, method });
    };
    for (const r of rows(get(this.value, P.sources))) {
      add(str(r.source_type) || str(r.description), str(r.volume), str(r.frequency), str(r.ingestion_method));
    }
    for (const r of rows(get(this.value, P.connectors))) {
      add(str(r.source_system), str(r.volume), str(r.frequency), str(r.connector_type));
    }
    return [...byName.values()].map((s) => ({
      id: this.id('src'),
      label: s.name,
      detail: [s.volume, s.frequency].filter(Boolean).join(' · ') || undefined,
      method: s.method,
    }));
  }

  private ingestion(sources: Array<{ id: string; method: string }>): {
    nodes: Array<[string, string, undefined, undefined]>;
    bySource: Map<string, string>;
  } {
    const byMethod = new Map<string, string>();
    const bySource = new Map<string, string>();
    const nodes: Array<[string, string, undefined, undefined]> = [];
    for (const s of sources) {
      if (!s.method) continue;
      const key = s.method.toLowerCase();
      let id = byMethod.get(key);
      if (!id) {
        id = this.id('ing');
        byMethod.set(key, id);
        nodes.push([id, s.method, undefined, undefined]);
      }
      bySource.set(s.id, id);
    }
    return { nodes, bySource };
  }

  /** The lakehouse inside the Databricks boundary: layers, governance, compute, products. */
  private lakehouse(): { lines: string[]; layerIds: string[]; governance?: string; entry: string; exit: string } {
    const out: string[] = [];
    const push = (id: string, label: string, cls?: string, detail?: string) => {
      const text = detail ? `${mermaidText(label)}<br/><small>${mermaidText(detail, 60)}</small>` : mermaidText(label);
      out.push(`${id}["${text}"]${cls ? `:::${cls}` : ''}`);
    };
    const layers = record(get(this.value, P.layers));
    const layerIds: string[] = [];
    for (const [key, title] of LAYERS) {
      const description = str(layers?.[key]);
      if (!description) continue;
      push(key, title, `layer${title}`, description);
      layerIds.push(key);
    }
    const products = record(get(this.value, P.products));
    let governance: string | undefined;
    const uc = record(products?.unity_catalog);
    if (uc && !isEmptyValue(uc) && str(uc.status) !== 'not_using') {
      governance = 'uc';
      push('uc', str(uc.status) === 'roadmapped' ? 'Unity Catalog (roadmapped)' : 'Unity Catalog', str(uc.status) === 'roadmapped' ? 'roadmapped' : 'governance', 'governance');
    }
    const compute = str(get(this.value, P.computeTypes));
    if (compute) push('compute', COMPUTE_LABELS[compute] ?? compute, 'compute');
    const used: string[] = [];
    for (const [key, title] of PRODUCTS) {
      const status = str(record(products?.[key])?.status);
      if (status === 'using') used.push(`${this.id('prod')}["${mermaidText(title)}"]:::product`);
      else if (status === 'roadmapped') used.push(`${this.id('prod')}["${mermaidText(`${title} (roadmapped)`)}"]:::roadmapped`);
    }
    if (used.length > 0) out.push('subgraph products["Databricks products in use"]', ...used.map((l) => `  ${l}`), 'end');
    if (out.length === 0) push('lakehouse', 'Databricks workspace', 'muted');
    const entry = layerIds[0] ?? 'dbx';
    const exit = layerIds[layerIds.length - 1] ?? 'dbx';
    return { lines: out, layerIds, governance, entry, exit };
  }

  /** Wraps the Databricks boundary in the cloud accounts of the deployment model. */
  private deploymentZones(model: string, core: { lines: string[] }): void {
    const network = list(get(this.value, P.network)).map(String);
    const boundary = network.includes('private_connectivity')
      ? 'Databricks · private connectivity'
      : network.includes('public_ip_allowlists')
        ? 'Databricks · public endpoint with IP allow lists'
        : network.includes('vpn')
          ? 'Databricks · VPN tunnel'
          : 'Databricks';
    const zoneClass = network.includes('private_connectivity') ? 'zonePrivate' : network.includes('public_ip_allowlists') ? 'zonePublic' : 'zone';
    const dbx = (indent: string) => [
      `${indent}subgraph dbx["${mermaidText(boundary, 80)}"]`,
      ...core.lines.map((l) => `${indent}  ${l}`),
      `${indent}end`,
      `class dbx ${zoneClass}`,
    ];
    const account = (id: string, title: string, inner: string[]) => [`subgraph ${id}["${title}"]`, ...inner, 'end', `class ${id} account`];
    switch (model) {
      case 'partner_hosted':
        this.lines.push(...account('partnerAcct', 'Partner cloud account', dbx('  ')));
        break;
      case 'customer_managed':
        this.lines.push(...account('customerAcct', 'Customer cloud account', dbx('  ')));
        break;
      case 'hybrid':
        this.lines.push(...account('partnerAcct', 'Partner cloud account', ['  cp["Control plane (partner-managed)"]:::compute']));
        this.lines.push(...account('customerAcct', 'Customer cloud account · data plane', dbx('  ')));
        this.edge('cp', 'dbx', 'manages', '-.->');
        break;
      case 'side_car':
        this.lines.push(...account('partnerAcct', 'Partner cloud account', dbx('  ')));
        this.lines.push(...account('customerAcct', 'Customer cloud account', ['  custDbx["Customer Databricks workspace"]']));
        this.edge('dbx', 'custDbx', 'Delta Sharing', '==>');
        break;
      default:
        this.lines.push(...dbx(''));
    }
  }

  private externalServices(): Array<[string, string, string | undefined, undefined]> {
    return rows(get(this.value, P.external))
      .filter((r) => str(r.service))
      .map((r) => [this.id('ext'), str(r.service), str(r.purpose) || undefined, undefined]);
  }

  private egress(): Array<[string, string, string | undefined, undefined]> {
    return rows(get(this.value, P.egress))
      .filter((r) => str(r.destination))
      .map((r) => [this.id('egr'), str(r.destination), [str(r.protocol), str(r.volume)].filter(Boolean).join(' · ') || undefined, undefined]);
  }

  /** BI tools, AI/BI, Genie, apps (on Databricks or hosted elsewhere) and custom APIs. */
  private interfaces(): Array<[string, string, string | undefined, string | undefined]> {
    const out: Array<[string, string, string | undefined, string | undefined]> = [];
    const add = (label: string, detail?: string, cls?: string) => out.push([this.id('ui'), label, detail, cls]);
    const products = record(get(this.value, P.products));
    const aibi = record(products?.aibi_genie);
    const aibiStatus = str(aibi?.status);
    if (aibiStatus === 'using' || aibiStatus === 'roadmapped') {
      for (const c of list(aibi?.components)) if (AIBI_UI[String(c)]) add(AIBI_UI[String(c)], aibiStatus === 'roadmapped' ? 'roadmapped' : undefined, aibiStatus === 'roadmapped' ? 'roadmapped' : undefined);
    }
    for (const tool of list(aibi?.bi_tools)) add(BI_TOOLS[String(tool)] ?? String(tool), 'BI tool');
    const apps = record(products?.databricks_apps);
    const appsStatus = str(apps?.status);
    if (appsStatus === 'using') add('Databricks Apps');
    else if (appsStatus === 'roadmapped') add('Databricks Apps', 'roadmapped', 'roadmapped');
    for (const host of list(apps?.external_hosting)) add(`App on ${APP_HOSTING[String(host)] ?? String(host)}`, 'external app hosting');
    if (str(get(this.value, P.customApis)) === 'yes') {
      const kinds = list(get(this.value, P.customApiKinds)).map((k) => String(k).toUpperCase());
      add('Custom API', kinds.join(', ') || undefined);
    }
    return out;
  }

  /** PAT-based backend access is drawn as a red dashed edge: the anti-pattern stays visible. */
  private backendAuth(target: string): void {
    const auth = list(get(this.value, P.backendAuth)).map(String);
    if (auth.length === 0) return;
    this.node('', 'backend', 'Partner backend', 'compute');
    if (auth.includes('oauth_m2m')) this.edge('backend', target, 'OAuth M2M');
    if (auth.includes('session_tokens')) this.edge('backend', target, 'session tokens');
    if (auth.includes('pat')) {
      this.dangerEdges.push(this.edgeCount);
      this.edge('backend', target, 'PAT (not recommended)', '-.->');
    }
  }

  private styles(): void {
    this.lines.push(
      'classDef empty fill:#f4f4f4,stroke:#999,stroke-dasharray:4 3,color:#666',
      'classDef muted fill:#f4f4f4,stroke:#bbb,color:#666',
      'classDef layerBronze fill:#f3e0cc,stroke:#a0522d,color:#222',
      'classDef layerSilver fill:#eceff1,stroke:#78909c,color:#222',
      'classDef layerGold fill:#fff4c2,stroke:#c9a400,color:#222',
      'classDef layerServing fill:#e3f2fd,stroke:#1e88e5,color:#222',
      'classDef governance fill:#e8f5e9,stroke:#2e7d32,color:#222',
      'classDef compute fill:#ede7f6,stroke:#5e35b1,color:#222',
      'classDef product fill:#fff,stroke:#ff3621,color:#222',
      'classDef roadmapped fill:#fff,stroke:#999,stroke-dasharray:5 4,color:#555',
      'classDef people fill:#fff,stroke:#555,color:#222',
      'classDef zone fill:#fff8f6,stroke:#ff3621',
      'classDef zonePrivate fill:#f1f8e9,stroke:#2e7d32,stroke-width:2px',
      'classDef zonePublic fill:#fff3e0,stroke:#ef6c00,stroke-width:2px,stroke-dasharray:6 3',
      'classDef account fill:#fafafa,stroke:#607d8b,stroke-dasharray:2 2',
    );
    for (const i of this.dangerEdges) this.lines.push(`linkStyle ${i} stroke:#d32f2f,stroke-width:2px,stroke-dasharray:5 4,color:#d32f2f`);
  }
}

/** The nodes a group draws (the rest are summarised as "+N more" and get no edges). */
function shown<T>(nodes: T[]): T[] {
  return nodes.slice(0, MAX_PER_GROUP);
}

function get(value: unknown, dotted: string): unknown {
  let node = value;
  for (const key of dotted.split('.')) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function rows(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.map(record).filter((r): r is Record<string, unknown> => !!r) : [];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null || value === '' ? [] : [value];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
