// Generates the .sow.yaml format artefacts from ONE definition (scripts/sow-format.def.mjs):
// schemas/sow.schema.json, docs/format.md, examples/starter.sow.yaml and snippets/sow.code-snippets.
// Run: node scripts/gen-sow-format.mjs   (the schema test fails when the outputs are stale).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root, productUsage } from './sow-format.def.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- schema

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const URL_PATTERN = '^https?://';
const nullable = (t) => [t, 'null'];

function docs(node) {
  const text = node.desc;
  const d = { title: node.title, description: text.replace(/\*\*|`/g, ''), markdownDescription: text };
  // The template's own wording where it differs from the title (read by the importer).
  if (node.labels?.length) d['x-template-labels'] = node.labels;
  return d;
}

function enumSchema(node, withNull) {
  const slugs = node.options.map((o) => o[0]);
  const labels = node.options.map((o) => o[1]);
  const rec = node.recommended;
  const anti = new Set(node.antipatterns ?? []);
  const mark = (slug) => (slug === rec ? ' — *recommended by PWAF*' : anti.has(slug) ? ' — ⚠️ *anti-pattern*' : '');
  const md = node.options.map(([slug, label, why]) => `**${label}**${mark(slug)}${why ? `: ${why}` : ''}`);
  const plain = md.map((s) => s.replace(/\*|⚠️ /g, ''));
  const s = {
    enum: withNull ? [...slugs, null] : slugs,
    enumDescriptions: withNull ? [...plain, 'Not answered yet.'] : plain,
    markdownEnumDescriptions: withNull ? [...md, '*Not answered yet.*'] : md,
    'x-enum-labels': withNull ? [...labels, ''] : labels,
  };
  // Other template wordings per option, and the sibling key that takes the text after an option.
  const extra = node.options.map((o) => o[3] ?? {});
  if (extra.some((e) => e.labels)) s['x-enum-aliases'] = [...extra.map((e) => e.labels ?? []), ...(withNull ? [[]] : [])];
  if (extra.some((e) => e.detail)) s['x-enum-details'] = [...extra.map((e) => e.detail ?? null), ...(withNull ? [null] : [])];
  if (rec) s['x-recommended'] = rec;
  if (anti.size) s['x-antipatterns'] = [...anti];
  return s;
}

function schemaOf(node) {
  const d = docs(node);
  switch (node.kind) {
    case 'object': {
      const properties = {};
      for (const [key, child] of node.props) properties[key] = schemaOf(child);
      const s = { ...d, type: node.root ? 'object' : nullable('object'), additionalProperties: false, properties };
      if (node.required?.length) s.required = node.required;
      return s;
    }
    case 'string':
      return { ...d, type: nullable('string') };
    case 'text':
      return { ...d, type: nullable('string') };
    case 'version':
      return { ...d, type: ['string', 'number', 'null'] };
    case 'date':
      return { ...d, type: nullable('string'), pattern: DATE_PATTERN };
    case 'url':
      return { ...d, type: nullable('string'), pattern: URL_PATTERN };
    case 'bool':
      return { ...d, type: nullable('boolean') };
    case 'count':
      return { ...d, type: nullable('integer'), minimum: 0 };
    case 'amount':
      return { ...d, type: nullable('number'), minimum: 0 };
    case 'percent':
      return { ...d, type: nullable('number'), minimum: 0, maximum: 100 };
    case 'growth':
      return { ...d, type: nullable('number'), minimum: -100 };
    case 'const':
      return { ...d, const: node.value };
    case 'choice':
      return { ...d, type: nullable('string'), ...enumSchema(node, true) };
    case 'multi':
      return {
        ...d,
        type: nullable('array'),
        uniqueItems: true,
        items: { title: node.title, description: d.description, markdownDescription: d.markdownDescription, type: 'string', ...enumSchema(node, false) },
      };
    case 'list':
      return { ...d, type: nullable('array'), items: { title: node.itemTitle, description: node.itemTitle, markdownDescription: node.itemTitle, type: 'string' } };
    case 'table':
      return { ...d, type: nullable('array'), items: { ...schemaOf({ ...node.row, title: node.row.title, desc: node.row.desc }), type: 'object' } };
    default:
      throw new Error(`unknown kind ${node.kind}`);
  }
}

/** "X other" siblings: each choice/multi with `other` gets `<key>_other` right after it. */
function expandOthers(node) {
  if (node.kind === 'table') return { ...node, row: expandOthers(node.row) };
  if (node.kind !== 'object') return node;
  const props = [];
  for (const [key, child] of node.props) {
    props.push([key, expandOthers(child)]);
    if (child.other) {
      const many = child.kind === 'multi';
      props.push([
        `${key}_other`,
        many
          ? { kind: 'list', title: `${child.title}: other`, itemTitle: 'Another answer, in your own words', desc: `Answers for **${child.title}** that are not in the list (the template's "Other: [Specify]"), one per item. Markdown allowed.` }
          : { kind: 'text', title: `${child.title}: other`, desc: `The answer for **${child.title}** when none of the listed choices fits (the template's "Other: [Specify]"). Markdown allowed.` },
      ]);
    }
  }
  return { ...node, props };
}

const tree = expandOthers(root);
const productTree = expandOthers(productUsage);
const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/sow-architect/sow-architect/schemas/sow.schema.json',
  ...schemaOf(tree),
  definitions: { productUsage: { ...schemaOf(productTree), type: 'object' } },
};
// Products extend the shared usage shape: same status/details keys, own extra keys.
function linkProducts(s) {
  const products = s.properties.architecture.properties.products.properties;
  const base = schema.definitions.productUsage.properties;
  for (const p of Object.values(products)) {
    for (const k of Object.keys(base)) p.properties[k] = { $ref: `#/definitions/productUsage/properties/${k}` };
    p.properties = Object.fromEntries([...Object.keys(base).map((k) => [k, p.properties[k]]), ...Object.entries(p.properties).filter(([k]) => !(k in base))]);
  }
}
linkProducts(schema);
writeFileSync(join(repo, 'schemas/sow.schema.json'), JSON.stringify(schema, null, 2) + '\n');

// ---------------------------------------------------------------- docs/format.md

const TYPE_NAMES = {
  object: 'object', string: 'string', text: 'Markdown', version: 'string or number', date: 'date `YYYY-MM-DD`', url: 'URL `http(s)://…`',
  bool: 'boolean', count: 'integer ≥ 0', amount: 'number ≥ 0', percent: 'number 0–100', growth: 'number ≥ −100 (%)', const: 'constant',
  choice: 'one of (enum)', multi: 'list of (enum, unique)', list: 'list of Markdown', table: 'table (list of rows)',
};
const fmtOptions = (node) =>
  node.options
    .map(([slug, label]) => `\`${slug}\` ${label}${slug === node.recommended ? ' ★' : ''}${(node.antipatterns ?? []).includes(slug) ? ' ⚠️' : ''}`)
    .join('<br>');
const rows = [];
function walkDoc(node, path) {
  for (const [key, child] of node.props) {
    const p = path ? `${path}.${key}` : key;
    const isProduct = child.kind === 'object' && child.product;
    const kids = isProduct ? { ...child, props: [...productTree.props, ...child.props] } : child;
    const values = child.kind === 'choice' || child.kind === 'multi' ? fmtOptions(child) : child.kind === 'const' ? `\`${child.value}\`` : '';
    const req = node.required?.includes(key) ? ' **required**' : '';
    rows.push(`| \`${p}\` | ${TYPE_NAMES[child.kind]}${req} | ${child.title} | ${values} |`);
    if (child.kind === 'object') walkDoc(kids, p);
    if (child.kind === 'table') walkDoc(child.row, `${p}[]`);
  }
}
walkDoc(tree, '');
const intro = readIntro();
writeFileSync(join(repo, 'docs/format.md'), `${intro}\n| Key path | Type | Meaning | Allowed values (slug + template label; ★ recommended, ⚠️ anti-pattern) |\n|---|---|---|---|\n${rows.join('\n')}\n`);

function readIntro() {
  return `<!-- Generated by scripts/gen-sow-format.mjs from scripts/sow-format.def.mjs; edit those, then re-run. -->
# The \`.sow.yaml\` format (version 1)

A \`.sow.yaml\` file is the Built-On Databricks Architecture Statement of Work as YAML. The
machine-readable definition is [\`schemas/sow.schema.json\`](../schemas/sow.schema.json) (JSON Schema draft-07);
[\`examples/starter.sow.yaml\`](../examples/starter.sow.yaml) has every key with a comment.

## Conventions

- **Top level, in template order:** \`sow: 1\` (format version), \`header\`, \`executive_summary\`,
  \`business_requirements\` (§1), \`deployment\` (§2), \`architecture\` (§3), \`governance_security\` (§4),
  \`cost_telemetry\` (§5), \`integration\` (§6), \`operations\` (§7), \`scale_performance\` (§8), \`risks\` (§9),
  \`implementation_plan\` (§10), \`success_metrics\` (§11), \`appendices\` (§12), \`approval\`, \`version_history\`.
- **Only \`sow\` and \`header\` are required**, and in \`header\` the keys \`partner_name\`, \`product_name\`,
  \`document_version\` and \`date\`. Everything else may be absent or empty; an empty value (\`key:\` with
  nothing after it, \`[]\`) means *not assessed yet* and is never a schema error. PWAF rules judge content.
- **Unknown keys are errors** everywhere (\`additionalProperties: false\`), so typos are caught.
- **Choices** are short kebab-case slugs. A single choice is a string; a checkbox list is a YAML list of
  slugs without duplicates. Where the template offers "Other: [Specify]", the free text goes in a sibling
  key \`<field>_other\` (a list for checkbox lists, a string for single choices).
- **Types:** dates are \`YYYY-MM-DD\` strings; percentages are numbers 0–100 (no \`%\` sign); counts are
  integers ≥ 0; money (USD) and DBUs are numbers ≥ 0; links start with \`http://\` or \`https://\`. Template
  placeholders such as \`[#]\` or \`[YYYY-MM-DD]\` therefore fail in typed fields; in free text they are
  reported by the PWAF document rules.
- **Free text** (type *Markdown*) may use Markdown; use a YAML block scalar (\`|\`) for several lines.
- **Tables** are lists of row objects with the columns below (\`path[]\` = one row).
- **Fixed-row tables** are objects keyed by row instead: \`executive_summary.business_metrics\`
  (\`customers\`, \`monthly_dbus\`, \`annual_dbu_spend_usd\`, \`workspaces\`, each \`{current, month_6, month_12}\`),
  \`deployment.tenancy.scale_projections\` (\`months_6\`, \`months_12\`, \`months_24\`) and
  \`scale_performance.targets\` (\`current\`, \`month_6\`, \`month_12\`). A row can't be duplicated or misspelt.
- **Products (§3.3)** share one shape (\`definitions.productUsage\`): \`status\` (\`using\` | \`roadmapped\` |
  \`not-using\`) and \`details\` (how it is used / timeline / why not and what instead); each product adds its
  own keys (components, the "if not using, what instead" choices).
- **Recommendations:** each enum carries \`x-recommended\` (the slug PWAF prefers) and \`x-antipatterns\`
  (slugs the template marks "not recommended" or the PWAF checklist names as anti-patterns); editors show
  them in completion and hover.
- **Diagram:** \`architecture.diagram.show\` selects the generated diagram, your own Mermaid source
  (\`architecture.diagram.mermaid\`) or both.
- **Waivers:** a comment \`# sow-waive PWAF-XXX-000: reason\` next to a key silences that rule there.

## Mapping choices worth knowing

- Usage "queries/day or jobs/day" is two counts: \`queries_per_day\` and \`jobs_per_day\`.
- Data residency is a checkbox list (a product can require both the customer's region and cloud account).
- GovCloud "Yes, required for [...]" is \`gov_sovereign: required\` plus the text in \`gov_sovereign_for\`.
- Lakeflow's "Delta Live Tables (declarative pipelines)" is the slug \`declarative-pipelines\` (the product's
  current name is Lakeflow Spark Declarative Pipelines).
- Onboarding times are numbers of hours (\`manual_time_hours\`, \`automated_time_hours\`), so targets such
  as "< 2 hours" can be checked.
- SLA and success-metric targets are text (\`< 5 seconds\`, \`99.9%\`) because they mix units and comparisons.
- Implementation phases are checkbox lists of the template's phase items; milestone names are free text.
- Every product's "if not using, what instead" choices live inside that product (e.g.
  \`architecture.products.lakebase.external_oltp\`, \`...aibi_genie.bi_tools\`, \`...agent_bricks.alternative_stack\`).
- Tenant isolation in UC is \`architecture.products.unity_catalog.design_pattern\` (a checkbox list).
- Encryption in transit is free text (\`TLS 1.2+\`); the SIEM name of the audit option is \`siem_tool\`.
- The approval block is one object per signatory with \`signed: true|false\` instead of a signature line.

## Key paths
`;
}

// ---------------------------------------------------------------- examples/starter.sow.yaml

const out = [];
const wrap = (text, indent) => {
  const plain = text.replace(/\*\*|`/g, '').replace(/\s+/g, ' ').trim();
  const words = plain.split(' ');
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && (line + ' ' + w).length > 100 - indent.length - 2) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}# ${l}`);
};
const hint = (node) => {
  if (node.kind === 'choice' || node.kind === 'multi') {
    const head = node.kind === 'choice' ? 'One of' : 'Any of (a list)';
    const opts = node.options.map(([slug, label]) => `${slug} = ${label}${slug === node.recommended ? ' (recommended)' : ''}${(node.antipatterns ?? []).includes(slug) ? ' (not recommended)' : ''}`);
    return `${head}: ${opts.join(' | ')}`;
  }
  if (node.kind === 'table') return `Rows: - { ${node.row.props.map(([k]) => k).join(', ')} }`;
  return { date: 'Date YYYY-MM-DD.', count: 'Whole number.', amount: 'Number.', percent: 'Percent 0-100.', growth: 'Percent growth.', url: 'Link http(s)://…', bool: 'true or false.', list: 'List of Markdown strings.', text: 'Markdown.' }[node.kind] ?? '';
};
function emit(node, indent) {
  for (const [key, child] of node.props) {
    if (indent === '' && key !== 'sow') out.push('');
    const isProduct = child.kind === 'object' && child.product;
    const kids = isProduct ? { ...child, props: [...productTree.props, ...child.props] } : child;
    const h = hint(child);
    out.push(...wrap(`${child.title}: ${child.desc} ${child.desc.includes('YYYY-MM-DD') || child.desc.includes('Markdown allowed') ? '' : h}`, indent));
    if (child.kind === 'object') {
      out.push(`${indent}${key}:`);
      emit(kids, indent + '  ');
    } else if (child.kind === 'const') out.push(`${indent}${key}: ${child.value}`);
    else if (child.kind === 'multi' || child.kind === 'list' || child.kind === 'table') out.push(`${indent}${key}: []`);
    else out.push(`${indent}${key}:`);
  }
}
out.push(
  '# Built-On Databricks Architecture Statement of Work: starter document.',
  '# Every section and key of the format is here, empty. Empty means "not assessed yet"; fill in what',
  '# you know and the review (PWAF rules) will assess it. Comments list the allowed values (slugs).',
  '# Format reference: docs/format.md',
  '',
);
emit(tree, '');
writeFileSync(join(repo, 'examples/starter.sow.yaml'), out.join('\n') + '\n');


// ---------------------------------------------------------------- snippets/sow.code-snippets

/** YAML skeleton lines of an object (empty values), for snippets. */
function skeleton(node, indent) {
  const lines = [];
  for (const [key, child] of node.props) {
    if (child.kind === 'object') {
      lines.push(`${indent}${key}:`, ...skeleton(child.product ? { ...child, props: [...productTree.props, ...child.props] } : child, indent + '  '));
    } else if (child.kind === 'const') lines.push(`${indent}${key}: ${child.value}`);
    else if (child.kind === 'multi' || child.kind === 'list' || child.kind === 'table') lines.push(`${indent}${key}: []`);
    else lines.push(`${indent}${key}:`);
  }
  return lines;
}
const snippetEscape = (s) => s.replace(/[$}\\]/g, (c) => `\\${c}`);
/** One table row with a tab stop per column; single choices offer their slugs. */
function rowSnippet(row) {
  let n = 0;
  return row.props.map(([key, col], i) => {
    n += 1;
    const value =
      col.kind === 'choice' ? `\${${n}|${col.options.map((o) => o[0]).join(',')}|}`
      : col.kind === 'date' ? `\${${n}:YYYY-MM-DD}`
      : col.kind === 'list' || col.kind === 'multi' ? `[\${${n}}]`
      : col.kind === 'bool' ? `\${${n}|true,false|}`
      : `\${${n}}`;
    return `${i === 0 ? '- ' : '  '}${key}: ${value}`;
  });
}
const snippets = {};
const withHeaderStops = (lines) => {
  const stops = { partner_name: 1, product_name: 2, document_version: 3, date: 4 };
  return lines.map((l) => {
    const m = l.match(/^  (partner_name|product_name|document_version|date):$/);
    if (!m) return l;
    const n = stops[m[1]];
    return m[1] === 'document_version' ? `${l} "\${${n}:1.0}"` : m[1] === 'date' ? `${l} \${${n}:${'$'}CURRENT_YEAR-${'$'}CURRENT_MONTH-${'$'}CURRENT_DATE}` : `${l} \${${n}}`;
  });
};
snippets['New Statement of Work'] = {
  prefix: 'sow',
  description: 'A complete, empty Built-On Databricks Architecture SOW (every section and key).',
  body: withHeaderStops(skeleton(tree, '').map(snippetEscape)).concat('$0'),
};
for (const [key, child] of tree.props) {
  if (child.kind !== 'object') continue;
  snippets[`Section: ${child.title}`] = {
    prefix: `sow-${key.replace(/_/g, '-')}`,
    description: `The ${child.title} section with all its keys, empty.`,
    body: [`${key}:`, ...skeleton(child, '  ').map(snippetEscape), '$0'],
  };
}
function tableSnippets(node) {
  for (const [, child] of node.props) {
    if (child.kind === 'table') {
      const name = child.row.title;
      snippets[`Row: ${name}`] = {
        prefix: `row-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
        description: `One row of ${child.title.replace(/^[\d.]+ /, '')}.`,
        body: [...rowSnippet(child.row), '$0'],
      };
    } else if (child.kind === 'object') tableSnippets(child);
  }
}
tableSnippets(tree);
writeFileSync(join(repo, 'snippets/sow.code-snippets'), JSON.stringify(snippets, null, 2) + '\n');
console.log('wrote schemas/sow.schema.json, docs/format.md, examples/starter.sow.yaml, snippets/sow.code-snippets');
