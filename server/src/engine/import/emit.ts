// The imported values as a `.sow.yaml` in the format's key order, every key present (empty when
// not answered, like the starter), with kept lines and import notes as comments above the key
// they belong to.
import { Document, isMap, YAMLMap } from 'yaml';
import { FieldSpec, ROOT } from './fields';

function skeleton(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'object': {
      const given = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
      return Object.fromEntries(spec.children.map((c) => [c.key, skeleton(c, given[c.key])]));
    }
    case 'const':
      return spec.schema.const;
    case 'table':
    case 'multi':
    case 'list':
      return Array.isArray(value) ? value : [];
    default:
      return value === undefined ? null : value;
  }
}

export function toSowYaml(data: Record<string, unknown>, comments: ReadonlyMap<string, readonly string[]>, heading: readonly string[]): string {
  const doc = new Document(skeleton(ROOT, data));
  const top = [...heading, ...(comments.get('') ?? [])];
  if (top.length) doc.commentBefore = top.map((l) => ` ${l}`).join('\n');
  for (const [path, lines] of comments) {
    if (!path) continue;
    const target = keyNode(doc, path.split('.'));
    if (!target) {
      doc.commentBefore = [doc.commentBefore, ...lines.map((l) => ` ${path}: ${l}`)].filter(Boolean).join('\n');
      continue;
    }
    target.commentBefore = [target.commentBefore, ...lines.map((l) => ` ${l}`)].filter(Boolean).join('\n');
  }
  // A blank line between top-level sections, as in the starter.
  return doc.toString({ nullStr: '', lineWidth: 100, indentSeq: true }).replace(/\n(?=(?:#[^\n]*\n)*[a-z_]+:)/g, '\n\n').replace(/\n{3,}/g, '\n\n');
}

/** The key node of `path` (so the comment sits above `key:`). */
function keyNode(doc: Document, path: string[]): { commentBefore?: string | null } | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = (parent as YAMLMap).items.find((p) => (p.key as { value?: unknown })?.value === path[path.length - 1]);
  return pair?.key as { commentBefore?: string | null } | undefined;
}
