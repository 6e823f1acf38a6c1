// The .sow.yaml JSON Schema: compiles with plain ajv, accepts the shipped examples, rejects
// typical mistakes at the right place, documents every property and enum value, and is in sync
// with its generator.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ErrorObject } from 'ajv';
import YAML from 'yaml';

const root = join(__dirname, '..', '..');
type Schema = Record<string, unknown> & {
  properties?: Record<string, Schema>;
  items?: Schema;
  definitions?: Record<string, Schema>;
  $ref?: string;
  enum?: unknown[];
};
const schemaText = readFileSync(join(root, 'schemas', 'sow.schema.json'), 'utf8');
const schema = JSON.parse(schemaText) as Schema;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const GENERATED = ['schemas/sow.schema.json', 'docs/format.md', 'examples/starter.sow.yaml', 'snippets/sow.code-snippets'];
const EXAMPLES = ['starter', 'well-architected', 'anti-patterns'];

function load(name: string): Record<string, unknown> {
  return YAML.parse(readFileSync(join(root, 'examples', `${name}.sow.yaml`), 'utf8')) as Record<string, unknown>;
}

function errorsOf(doc: unknown): ErrorObject[] {
  validate(doc);
  return validate.errors ?? [];
}

/** A copy of the well-architected example with one value changed at a dotted path. */
function variant(path: string, value: unknown): Record<string, unknown> {
  const doc = structuredClone(load('well-architected'));
  const keys = path.split('.');
  let node = doc as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return doc;
}

function resolve(s: Schema): Schema {
  if (!s.$ref) return s;
  let node: unknown = schema;
  for (const part of s.$ref.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
  return node as Schema;
}

/** Every property schema in the tree, with its JSON path, $refs resolved. */
function properties(s: Schema, path = ''): Array<[string, Schema]> {
  const out: Array<[string, Schema]> = [];
  for (const [key, raw] of Object.entries(s.properties ?? {})) {
    const child = resolve(raw);
    out.push([`${path}/${key}`, child]);
    out.push(...properties(child, `${path}/${key}`));
    if (child.items) out.push(...properties(resolve(child.items), `${path}/${key}[]`));
  }
  return out;
}

/** Every schema with an enum (choices and checkbox items). */
function enums(): Array<[string, Schema]> {
  const out: Array<[string, Schema]> = [];
  for (const [path, s] of properties(schema)) {
    if (s.enum) out.push([path, s]);
    if (s.items?.enum) out.push([`${path}[]`, s.items]);
  }
  return out;
}

describe('sow.schema.json', () => {
  it('is draft-07 and compiles with plain ajv', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(typeof validate, 'function');
  });

  for (const name of EXAMPLES) {
    it(`accepts examples/${name}.sow.yaml`, () => {
      assert.deepEqual(errorsOf(load(name)), []);
    });
  }

  it('keeps the top-level keys in template order', () => {
    assert.deepEqual(Object.keys(schema.properties ?? {}), [
      'sow', 'header', 'executive_summary', 'business_requirements', 'deployment', 'architecture', 'governance_security',
      'cost_telemetry', 'integration', 'operations', 'scale_performance', 'risks', 'implementation_plan', 'success_metrics',
      'appendices', 'approval', 'version_history',
    ]);
  });

  it('needs only the format version and the header identity', () => {
    assert.deepEqual(errorsOf({ sow: 1, header: { partner_name: 'A', product_name: 'B', document_version: '1.0', date: '2026-01-01' } }), []);
    const missing = errorsOf({ sow: 1, header: { partner_name: 'A' } });
    assert.deepEqual(missing.filter((e) => e.keyword === 'required').map((e) => (e.params as { missingProperty: string }).missingProperty).sort(), ['date', 'document_version', 'product_name']);
    assert.ok(errorsOf({ header: {} }).some((e) => e.keyword === 'required' && e.instancePath === ''));
    assert.ok(errorsOf({ ...load('starter'), sow: 2 }).some((e) => e.keyword === 'const' && e.instancePath === '/sow'));
  });

  const rejections: Array<[string, string, unknown, string, string]> = [
    ['an unknown backend auth method', 'governance_security.access_control.backend_api_auth', ['oauth-m2m', 'basic-auth'], 'enum', '/governance_security/access_control/backend_api_auth/1'],
    ['a typo in a key', 'governance_security.access_control.backend_api_authh', ['oauth-m2m'], 'additionalProperties', '/governance_security/access_control'],
    ['a fractional count', 'executive_summary.product_overview.initial_customer_target', 12.5, 'type', '/executive_summary/product_overview/initial_customer_target'],
    ['a date in another format', 'header.date', '27/02/2026', 'pattern', '/header/date'],
    ['a duplicate checkbox', 'operations.iac.tools', ['terraform', 'terraform'], 'uniqueItems', '/operations/iac/tools'],
    ['a placeholder in a number field', 'executive_summary.business_metrics.customers.current', '[#]', 'type', '/executive_summary/business_metrics/customers/current'],
    ['a placeholder in a date field', 'executive_summary.product_overview.go_live_target', '[YYYY-MM-DD]', 'pattern', '/executive_summary/product_overview/go_live_target'],
    ['a percentage over 100', 'governance_security.unity_catalog.adoption_pct', 120, 'maximum', '/governance_security/unity_catalog/adoption_pct'],
    ['a negative DBU figure', 'executive_summary.business_metrics.monthly_dbus.current', -5, 'minimum', '/executive_summary/business_metrics/monthly_dbus/current'],
    ['a link without a scheme', 'architecture.diagram.editable_link', 'drive/diagram.drawio', 'pattern', '/architecture/diagram/editable_link'],
    ['an unknown product status', 'architecture.products.lakebase.status', 'maybe', 'enum', '/architecture/products/lakebase/status'],
  ];
  for (const [what, path, value, keyword, instancePath] of rejections) {
    it(`rejects ${what} (${keyword} at ${instancePath})`, () => {
      const errors = errorsOf(variant(path, value));
      assert.ok(
        errors.some((e) => e.keyword === keyword && e.instancePath === instancePath),
        `expected ${keyword} at ${instancePath}, got ${JSON.stringify(errors.map((e) => [e.keyword, e.instancePath]))}`,
      );
    });
  }

  it('rejects an unknown key in a table row', () => {
    const doc = variant('risks.cost', [{ risk: 'x', impact: 'high', likelihood: 'low', mitgation: 'typo' }]);
    assert.ok(errorsOf(doc).some((e) => e.keyword === 'additionalProperties' && e.instancePath === '/risks/cost/0'));
  });

  it('gives every property a title, description and markdownDescription', () => {
    const all = properties(schema);
    assert.ok(all.length > 300, `only ${all.length} properties found`);
    const undocumented = all.filter(([, s]) => !s.title || !s.description || !s.markdownDescription).map(([p]) => p);
    assert.deepEqual(undocumented, []);
  });

  it('closes every object (additionalProperties: false)', () => {
    const open = [['', schema] as [string, Schema], ...properties(schema)]
      .filter(([, s]) => s.properties)
      .filter(([, s]) => s.additionalProperties !== false)
      .map(([p]) => p);
    assert.deepEqual(open, []);
  });

  it('describes every enum value and uses kebab-case slugs', () => {
    const list = enums();
    assert.ok(list.length > 80, `only ${list.length} enums found`);
    for (const [path, s] of list) {
      const values = s.enum ?? [];
      for (const key of ['markdownEnumDescriptions', 'enumDescriptions', 'x-enum-labels']) {
        const d = s[key] as unknown[] | undefined;
        assert.equal(d?.length, values.length, `${path}: ${key} length`);
      }
      for (const v of values) if (v !== null) assert.match(String(v), /^[a-z0-9]+(-[a-z0-9]+)*$/, `${path}: slug ${String(v)}`);
      const slugs = new Set(values);
      for (const r of [s['x-recommended'], ...((s['x-antipatterns'] as unknown[] | undefined) ?? [])].filter((x) => x !== undefined)) {
        assert.ok(slugs.has(r), `${path}: ${String(r)} is not one of its values`);
      }
    }
  });

  it('carries the binding slugs of the format', () => {
    const at = (p: string) => properties(schema).find(([path]) => path === p)?.[1];
    const itemsOf = (p: string) => resolve(at(p)?.items ?? {}).enum;
    assert.deepEqual(itemsOf('/governance_security/access_control/backend_api_auth'), ['oauth-m2m', 'oauth-federation', 'pat', 'session-tokens']);
    assert.equal(at('/governance_security/access_control/backend_api_auth')?.items?.['x-recommended'], 'oauth-m2m');
    assert.deepEqual(at('/governance_security/access_control/backend_api_auth')?.items?.['x-antipatterns'], ['pat']);
    assert.deepEqual(itemsOf('/operations/iac/tools'), ['terraform', 'pulumi', 'cloudformation-arm', 'dabs', 'manual']);
    assert.deepEqual(itemsOf('/cost_telemetry/tagging/enforcement_mechanisms'), ['cluster-policies', 'serverless-budget-policies', 'sql-warehouse-tags', 'manual']);
    assert.deepEqual(at('/governance_security/unity_catalog/adoption')?.enum, ['full', 'partial', 'not-yet', null]);
    assert.deepEqual(at('/deployment/model')?.enum, ['partner-hosted', 'hybrid', 'side-car', 'customer-managed', 'multiple', null]);
    assert.deepEqual(at('/deployment/tenancy/strategy')?.enum, ['workspace-per-tenant', 'multi-tenant-workspace', 'hybrid', null]);
    assert.deepEqual(at('/cost_telemetry/tagging/implementation')?.enum, ['fully-implemented', 'partial', 'not-yet', null]);
  });

  it('builds every product on the shared productUsage definition', () => {
    const products = resolve(schema.properties!.architecture).properties!.products.properties!;
    assert.deepEqual(Object.keys(products), ['unity_catalog', 'lakeflow', 'dbsql', 'lakebase', 'aibi_genie', 'databricks_apps', 'agent_bricks', 'delta_sharing', 'zerobus']);
    for (const [name, p] of Object.entries(products)) {
      assert.equal(p.properties!.status.$ref, '#/definitions/productUsage/properties/status', name);
      assert.equal(p.properties!.details.$ref, '#/definitions/productUsage/properties/details', name);
    }
  });

  it('is the output of scripts/gen-sow-format.mjs for the current definition', () => {
    const before = GENERATED.map((f) => readFileSync(join(root, f), 'utf8'));
    execFileSync(process.execPath, [join(root, 'scripts', 'gen-sow-format.mjs')], { cwd: root, stdio: 'pipe' });
    const after = GENERATED.map((f) => readFileSync(join(root, f), 'utf8'));
    assert.deepEqual(after, before, 'generated files are stale: run node scripts/gen-sow-format.mjs and commit');
  });
});
