// Where `.sowrc.yaml` files are looked for: the document's folder, then each folder above it.
// The CLI (paths) and the language server (URIs, read on any host) walk the same way.

/**
 * The folder above `location` (a URI such as `file:///a/b` or `vscode-vfs://github/o/r/a`, or an
 * absolute POSIX path), or undefined at the root or for a URI without a path (`untitled:Untitled-1`).
 */
export function parentFolder(location: string): string | undefined {
  const m = /^([a-z][\w+.-]*:\/\/[^/]*)?(\/.*)$/i.exec(location);
  if (!m) return undefined;
  const path = m[2].replace(/\/+$/, '');
  if (path === '') return undefined;
  return `${m[1] ?? ''}${path.slice(0, path.lastIndexOf('/')) || '/'}`;
}
