// Walks the JSON Schema along a document path: the one place that knows about $ref, allOf and
// items, so completion, hover, validation messages and quick fixes agree on what a path means.
import { Path } from '../types';
import { JsonSchema, sowSchema } from './sowSchema';

/** Follows local `$ref`s and merges `allOf` parts into one view of the schema. */
export function resolveSchema(schema: JsonSchema | undefined, root: JsonSchema = sowSchema): JsonSchema | undefined {
  let current = schema;
  for (let guard = 0; current?.$ref && guard < 32; guard++) current = lookupRef(current.$ref, root);
  if (!current?.allOf) return current;
  const merged: JsonSchema = { ...current, properties: { ...(current.properties ?? {}) }, required: [...(current.required ?? [])] };
  delete merged.allOf;
  for (const part of current.allOf) {
    const resolved = resolveSchema(part, root);
    if (!resolved) continue;
    Object.assign(merged.properties!, resolved.properties ?? {});
    merged.required!.push(...(resolved.required ?? []));
    for (const [k, v] of Object.entries(resolved)) {
      if (k !== 'properties' && k !== 'required' && merged[k] === undefined) merged[k] = v;
    }
  }
  return merged;
}

function lookupRef(ref: string, root: JsonSchema): JsonSchema | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const part of ref.slice(2).split('/')) {
    node = (node as Record<string, unknown> | undefined)?.[decodeURIComponent(part.replace(/~1/g, '/').replace(/~0/g, '~'))];
  }
  return node as JsonSchema | undefined;
}

/** The (resolved) schema that describes the node at `path`, or undefined off the schema. */
export function schemaAt(path: Path, root: JsonSchema = sowSchema): JsonSchema | undefined {
  let schema = resolveSchema(root, root);
  for (const seg of path) {
    if (!schema) return undefined;
    if (typeof seg === 'number' || (schema.items && !schema.properties)) {
      schema = resolveSchema(schema.items, root);
    } else {
      const next = schema.properties?.[seg] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
      schema = resolveSchema(next, root);
    }
  }
  return schema;
}

/** The enum schema of a value: the schema itself, or its items' schema for checkbox lists. */
export function enumSchemaOf(schema: JsonSchema | undefined, root: JsonSchema = sowSchema): JsonSchema | undefined {
  if (!schema) return undefined;
  if (schema.enum) return schema;
  const items = resolveSchema(schema.items, root);
  return items?.enum ? items : undefined;
}

/** The human title of the node at `path` ("Backend API Authentication"), falling back to the key. */
export function titleAt(path: Path, root: JsonSchema = sowSchema): string {
  const schema = schemaAt(path, root);
  const last = path[path.length - 1];
  return schema?.title ?? (last === undefined ? 'document' : String(last));
}

/** The template's label of the enum value at `index` (schema `x-enum-labels`), else the value itself. */
export function enumLabel(enumSchema: JsonSchema, index: number): string {
  const labels = enumSchema['x-enum-labels'];
  const label = Array.isArray(labels) ? labels[index] : undefined;
  return typeof label === 'string' && label !== '' ? label : String(enumSchema.enum?.[index] ?? '');
}
