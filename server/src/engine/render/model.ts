// The SOW as a tree of display blocks, built once per render from the document and the schema.
// HTML and Markdown are two serializations of this tree, so both follow the template's order and
// numbering and agree on what a field, a table or a choice list is.
import { isMap, isSeq, Node } from 'yaml';
import { SowDocument } from '../document';
import { enumLabel, resolveSchema } from '../schema/navigate';
import { sectionLabel, sectionNumber, sectionTitle } from '../schema/sections';
import { JsonSchema, sowSchema } from '../schema/sowSchema';
import { Finding, Path, PathSegment } from '../types';
import { isEmptyValue } from '../rules/context';
import { diagramSources, DiagramSource } from './mermaid';

/** A scalar as displayed: free text is Markdown, choices and numbers are plain. */
export interface Inline {
  text: string;
  markdown: boolean;
}

export interface Choice {
  label: string;
  chosen: boolean;
  /** PWAF recommends it (schema `x-recommended`). */
  recommended?: boolean;
  /** PWAF warns against it (schema `x-antipatterns`). */
  antipattern?: boolean;
}

/** A product's usage status (3.3): a slug of `definitions.productUsage.status`. */
export type ProductStatus = string;

/** The shared status field of every 3.3 product, as the format defines it. */
const STATUS_SCHEMA = resolveSchema(sowSchema.definitions?.productUsage?.properties?.status);
const STATUS_VALUES = (STATUS_SCHEMA?.enum ?? []).filter((v): v is string => typeof v === 'string');

/** The template's label of each status slug ("not-using" → "Not Using"). */
export const STATUS_LABELS: Readonly<Record<ProductStatus, string>> = Object.fromEntries(STATUS_VALUES.map((v) => [v, enumLabel(STATUS_SCHEMA!, STATUS_SCHEMA!.enum!.indexOf(v))]));

export interface Section {
  kind: 'section';
  /** 2 for top-level parts, 3 for their subsections. */
  level: 2 | 3;
  anchor: string;
  /** Heading text as the template prints it ("3.3 Databricks Product Usage"). */
  heading: string;
  line?: number;
  /** Findings whose start line lies in this section and in none of its subsections. */
  findings: Finding[];
  empty: boolean;
  children: Block[];
  /** Line span used to attach findings (inclusive). */
  span?: [number, number];
}

export type Block =
  | Section
  | { kind: 'field'; label?: string; line?: number; value?: Inline }
  | { kind: 'prose'; label?: string; line?: number; markdown: string }
  | { kind: 'choices'; label?: string; line?: number; multiple: boolean; options: Choice[]; other: Inline[] }
  | { kind: 'table'; label?: string; line?: number; columns: string[]; rows: Array<{ line?: number; cells: Array<Inline | undefined> }> }
  | { kind: 'list'; label?: string; line?: number; items: Array<{ line?: number; value: Inline }> }
  | { kind: 'group'; label: string; line?: number; status?: ProductStatus; statusKnown: boolean; empty: boolean; children: Block[] }
  | { kind: 'diagrams'; line?: number; diagrams: DiagramSource[] };

export interface SowModel {
  title: string;
  sections: Section[];
  /** Findings that fall in no section (whole-document notices, syntax errors above the first key). */
  unplaced: Finding[];
}

export function buildModel(doc: SowDocument, findings: readonly Finding[]): SowModel {
  const root = asRecord(doc.value) ?? {};
  const builder = new ModelBuilder(doc, root);
  const sections = builder.sections();
  const unplaced = attachFindings(sections, findings);
  return { title: documentTitle(root), sections, unplaced };
}

function documentTitle(root: Record<string, unknown>): string {
  const header = asRecord(root.header);
  const product = text(header?.product_name) || text(asRecord(asRecord(root.executive_summary)?.product_overview)?.product_name);
  const partner = text(header?.partner_name);
  const name = [partner, product].filter(Boolean).join(' — ');
  return name ? `${name}: Architecture Statement of Work` : 'Built-On Databricks Architecture Statement of Work';
}

class ModelBuilder {
  constructor(
    private readonly doc: SowDocument,
    private readonly root: Record<string, unknown>,
  ) {}

  sections(): Section[] {
    const schema = resolveSchema(sowSchema) ?? {};
    const out: Section[] = [];
    for (const [key, propSchema] of Object.entries(schema.properties ?? {})) {
      const heading = sectionLabel([key]);
      if (!heading) continue; // format metadata ($schema, waivers…): not part of the printed SOW
      out.push(this.section([key], resolveSchema(propSchema), this.root[key], 2));
    }
    return out;
  }

  private section(path: PathSegment[], schema: JsonSchema | undefined, value: unknown, level: 2 | 3): Section {
    const section: Section = {
      kind: 'section',
      level,
      anchor: anchorFor(path),
      heading: sectionLabel(path) ?? titleOf(schema, path),
      line: this.keyLine(path),
      findings: [],
      empty: isEmptyValue(value),
      children: [],
      span: this.span(path),
    };
    if (path.join('.') === DIAGRAM_SECTION) section.children.push({ kind: 'diagrams', line: section.line, diagrams: diagramSources(this.root) });
    if (level === 2 && schema?.properties) {
      // Keys without a template number (e.g. "If Multiple Models") belong to the subsection before them.
      let current: Section | undefined;
      for (const [key, propSchema] of Object.entries(schema.properties)) {
        const childPath = [...path, key];
        const childSchema = resolveSchema(propSchema);
        const childValue = asRecord(value)?.[key];
        if (sectionTitle(childPath)) {
          current = this.section(childPath, childSchema, childValue, 3);
          section.children.push(current);
        } else {
          (current ?? section).children.push(...this.blocks(childPath, childSchema, childValue, true));
        }
      }
    } else {
      section.children.push(...this.blocks(path, schema, value, false));
    }
    return section;
  }

  /** Blocks for one node; `labelled` is false when a heading already names it. */
  private blocks(path: PathSegment[], schema: JsonSchema | undefined, value: unknown, labelled: boolean): Block[] {
    if (DIAGRAM_SOURCE_KEYS.has(path.join('.'))) return []; // shown as the diagram itself
    const label = labelled ? titleOf(schema, path) : undefined;
    const line = this.keyLine(path);
    const choices = enumOf(schema);
    if (choices && schema?.enum) return [this.choices(label, line, schema, choices, value, false)];
    if (isArraySchema(schema) || Array.isArray(value)) {
      const items = resolveSchema(schema?.items);
      if (choices) return [this.choices(label, line, schema, choices, value, true)];
      if (items?.properties) return [this.table(path, label, line, items, value)];
      return [this.list(path, label, line, value)];
    }
    if (schema?.properties) {
      const children: Block[] = [];
      let status: ProductStatus | undefined;
      let statusKnown = false;
      for (const [key, propSchema] of Object.entries(schema.properties)) {
        const childSchema = resolveSchema(propSchema);
        const childValue = asRecord(value)?.[key];
        if (childSchema === STATUS_SCHEMA) {
          statusKnown = true;
          status = STATUS_VALUES.find((s) => s === childValue);
          continue;
        }
        children.push(...this.blocks([...path, key], childSchema, childValue, true));
      }
      if (!labelled) return children;
      return [{ kind: 'group', label: label ?? '', line, status, statusKnown, empty: isEmptyValue(value), children }];
    }
    if (typeof value === 'string' && value.includes('\n')) return [{ kind: 'prose', label, line, markdown: value }];
    // A yes/no field under its template label: "Signature: signed", not "Signed: true".
    const yesNo = schema?.type === 'boolean' || (Array.isArray(schema?.type) && schema.type.includes('boolean'));
    const templateLabel = yesNo && labelled ? (schema?.['x-template-labels'] as string[] | undefined)?.[0] : undefined;
    return [{ kind: 'field', label: templateLabel ?? label, line, value: inlineOf(value, schema) }];
  }

  private choices(
    label: string | undefined,
    line: number | undefined,
    field: JsonSchema | undefined,
    enumSchema: JsonSchema,
    value: unknown,
    multiple: boolean,
  ): Block {
    const chosen = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    const values = enumSchema.enum ?? [];
    const recommended = [...listOf(field?.['x-recommended']), ...listOf(enumSchema['x-recommended'])];
    const antipatterns = [...listOf(field?.['x-antipatterns']), ...listOf(enumSchema['x-antipatterns'])];
    // `null` is in the enum so that an unanswered choice is valid; it is not an option to tick.
    const options = values.flatMap((v, i) =>
      v === null
        ? []
        : [
            {
              label: enumLabel(enumSchema, i),
              chosen: chosen.includes(v),
              ...(recommended.includes(v) ? { recommended: true } : {}),
              ...(antipatterns.includes(v) ? { antipattern: true } : {}),
            },
          ],
    );
    // Values outside the enum (schema errors, or free "other" text) are still shown, never dropped.
    const other = chosen.filter((v) => !values.includes(v) && !isEmptyValue(v)).map((v) => inlineOf(v, undefined)!);
    return { kind: 'choices', label, line, multiple, options, other };
  }

  private table(path: PathSegment[], label: string | undefined, line: number | undefined, items: JsonSchema, value: unknown): Block {
    const keys = Object.keys(items.properties ?? {});
    const columns = keys.map((k) => titleOf(resolveSchema(items.properties![k]), [k]));
    const rows = (Array.isArray(value) ? value : []).map((row, i) => {
      const record = asRecord(row);
      return {
        line: this.nodeLine([...path, i]),
        cells: keys.map((k) => (record ? inlineOf(record[k], enumCell(items.properties![k])) : undefined)),
      };
    });
    return { kind: 'table', label, line, columns, rows: rows.filter((r) => r.cells.some((c) => c && c.text !== '')) };
  }

  private list(path: PathSegment[], label: string | undefined, line: number | undefined, value: unknown): Block {
    const items = (Array.isArray(value) ? value : [])
      .map((v, i) => ({ line: this.nodeLine([...path, i]), value: inlineOf(v, undefined) }))
      .filter((item): item is { line: number | undefined; value: Inline } => !!item.value && item.value.text !== '');
    return { kind: 'list', label, line, items };
  }

  /** 0-based line of the key of `path` (for scroll sync and click-to-reveal). */
  private keyLine(path: Path): number | undefined {
    const key = this.doc.pairAt(path)?.key as Node | null | undefined;
    return key?.range ? this.doc.positionAt(key.range[0]).line : undefined;
  }

  /** 0-based line where the node at `path` starts (sequence items). */
  private nodeLine(path: Path): number | undefined {
    const node = this.doc.nodeAt(path);
    return node?.range ? this.doc.positionAt(node.range[0]).line : undefined;
  }

  private span(path: Path): [number, number] | undefined {
    const start = this.keyLine(path);
    if (start === undefined) return undefined;
    const node = this.doc.nodeAt(path);
    const end = node?.range && (isMap(node) || isSeq(node) || node.range[1] > node.range[0]) ? this.doc.positionAt(node.range[1]).line : start;
    return [start, Math.max(start, end)];
  }
}

/** Each finding goes to the deepest section whose lines contain it; the rest are returned. */
function attachFindings(sections: Section[], findings: readonly Finding[]): Finding[] {
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const line = finding.range.start.line;
    const inSpan = (s: Section) => !!s.span && line >= s.span[0] && line <= s.span[1];
    const top = sections.find(inSpan);
    if (!top) {
      unplaced.push(finding);
      continue;
    }
    const sub = top.children.find((b): b is Section => b.kind === 'section' && inSpan(b));
    (sub ?? top).findings.push(finding);
  }
  return unplaced;
}

/** Where section 3.1 lives, and the keys holding the document's own diagram (rendered as a diagram, not as text). */
const DIAGRAM_SECTION = 'architecture.diagram';
const DIAGRAM_SOURCE_KEYS = new Set(['architecture.diagram.mermaid']);

export function anchorFor(path: Path): string {
  const number = sectionNumber(path);
  const slug = (number ?? path.join('-')).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `sec-${slug}`;
}

function titleOf(schema: JsonSchema | undefined, path: Path): string {
  if (schema?.title) return schema.title;
  const key = String(path[path.length - 1] ?? '');
  return humanize(key);
}

function humanize(slug: string): string {
  const words = slug.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function enumOf(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.enum) return schema;
  const items = resolveSchema(schema?.items);
  return items?.enum ? items : undefined;
}

function enumCell(schema: JsonSchema | undefined): JsonSchema | undefined {
  return enumOf(resolveSchema(schema));
}

function isArraySchema(schema: JsonSchema | undefined): boolean {
  return schema?.type === 'array' || (Array.isArray(schema?.type) && schema!.type.includes('array')) || !!schema?.items;
}


/**
 * A scalar for display; enum values become their template label, a yes/no field reads as its
 * title ("signed" / "not signed"), as the template's signature line would.
 */
function inlineOf(value: unknown, schema: JsonSchema | undefined): Inline | undefined {
  const enumSchema = schema;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') {
    const title = (typeof schema?.title === 'string' ? schema.title : 'yes').toLowerCase();
    return { text: value ? title : `not ${title}`, markdown: false };
  }
  if (enumSchema?.enum) {
    const index = enumSchema.enum.indexOf(value);
    if (index >= 0) return { text: enumLabel(enumSchema, index), markdown: false };
  }
  if (typeof value === 'string') return { text: value.trim(), markdown: true };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), markdown: false };
  if (Array.isArray(value)) return { text: value.map((v) => inlineOf(v, enumSchema)?.text ?? '').filter(Boolean).join(', '), markdown: true };
  if (typeof value === 'object') return { text: JSON.stringify(value), markdown: false };
  return { text: String(value), markdown: false };
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}
