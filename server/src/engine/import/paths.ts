// Reading and writing the imported value by key path.

export function getPath(data: Record<string, unknown>, path: readonly string[]): unknown {
  let node: unknown = data;
  for (const seg of path) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  return node;
}

export function setPath(data: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = data;
  for (const seg of path.slice(0, -1)) {
    if (!node[seg] || typeof node[seg] !== 'object') node[seg] = {};
    node = node[seg] as Record<string, unknown>;
  }
  if (value === undefined) delete node[path[path.length - 1]];
  else node[path[path.length - 1]] = value;
}
