// The only escaping helpers of the renderer: every piece of document text reaches HTML, Mermaid
// or Markdown output through one of these functions.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text (or attribute value) safe to place anywhere in HTML element content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch]);
}

/** The only link targets an export keeps (no javascript:, data:, file:, command:, relative paths). */
export function isSafeLink(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url.trim());
}

/** Longest label placed in a diagram node; longer text is cut with an ellipsis. */
export const MAX_LABEL = 48;

/**
 * Text for the inside of a quoted Mermaid label `id["…"]`. Mermaid decodes `#name;` / `#code;`
 * entity codes after parsing, so every character that could end the string, start a markdown
 * string, a directive (`%%{`), a link (`-->`), a new statement (`;`, newline) or a shape is
 * written as an entity code, including `#` itself so user text cannot forge one.
 */
export function mermaidText(text: string, max = MAX_LABEL): string {
  const oneLine = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').replace(/\s{2,}/g, ' ').trim();
  const cut = [...oneLine].length > max ? shorten([...oneLine].slice(0, max - 1).join('')) + '…' : oneLine;
  return cut.replace(/["<>&`#;{}[\]|%\\]/g, (ch) => (ch === '"' ? '#quot;' : `#${ch.charCodeAt(0)};`));
}

/** Text cut short: at its last word boundary when that keeps most of it, else where it is. */
function shorten(head: string): string {
  const space = head.lastIndexOf(' ');
  return (space > head.length * 0.6 ? head.slice(0, space) : head).replace(/[\s,;:.·–—-]+$/, '');
}

/** A table cell of a GFM table: one line, with pipes escaped. */
export function markdownCell(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').trim();
}

/** Plain document text placed inline in Markdown: no HTML, no unintended emphasis or links. */
export function markdownInline(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

/** A code fence longer than any backtick run inside `text`, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
