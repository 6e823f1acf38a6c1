// The author's own Markdown, made safe to place in the Markdown export, whatever renders it
// later: no raw HTML outside real code, no images, no link to anything but http(s) or mailto (as
// in the HTML export), and no code fence left open to swallow the rest of the export.
// What is code and what is a link is decided by markdown-it, the parser our HTML export uses,
// run in its most permissive mode (HTML, every link scheme) so it finds everything any renderer
// might act on; regexes of our own would disagree with it on edge cases (```a`b is no fence).
import MarkdownIt from 'markdown-it';
import { isSafeLink } from './escape';

type Token = ReturnType<MarkdownIt['parse']>[number];

const permissive = new MarkdownIt({ html: true, linkify: false });
permissive.validateLink = () => true;

/** A block of the author's Markdown (several lines), safe for the export. */
export function exportMarkdown(text: string): string {
  // markdown-it counts lines after normalising line ends; so do we.
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const tokens = permissive.parse(lines.join('\n'), {});
  const code = new Set<number>();
  const inert = new Set<number>();
  let unclosed: string | undefined;
  let block: [number, number] | undefined;
  // A line with `]:` may define a link (`[a]: javascript:…`) that another block of the export
  // uses: such lines lose their brackets too (see the map below).
  for (const token of tokens) {
    if (token.map) block = token.map as [number, number];
    if ((token.type === 'fence' || token.type === 'code_block') && token.map) {
      const [start, end] = token.map;
      // The fence lines are code too: `​``html` must stay the opening of a fence.
      for (let l = start; l < end; l++) code.add(l);
      if (token.type === 'fence' && !closes(lines[end - 1], token.markup, end - 1 > start)) unclosed = token.markup;
    } else if (token.type === 'inline' && block && acts(token)) {
      for (let l = block[0]; l < block[1]; l++) inert.add(l);
    }
  }
  const out = lines.map((line, l) => (code.has(l) ? line : inert.has(l) || line.includes(']:') ? inertText(line) : noHtml(line)));
  return unclosed ? `${out.join('\n')}\n${unclosed}` : out.join('\n');
}

/** Short text (one line) of the author's Markdown, safe for the export. */
export function exportInline(text: string): string {
  const line = text.replace(/\r?\n+/g, ' ');
  const tokens = permissive.parseInline(line, {});
  return tokens.some(acts) ? inertText(line) : noHtml(line);
}

/** An inline run with an image or a link we would not follow. */
function acts(inline: Token): boolean {
  return (inline.children ?? []).some((t) => t.type === 'image' || (t.type === 'link_open' && !isSafeLink(t.attrGet('href') ?? '')));
}

/** Raw HTML in the author's text stays text: `<` is written as an entity. */
function noHtml(line: string): string {
  return line.replace(/</g, '&lt;');
}

/**
 * The line as plain text: no link, image or reference syntax survives. Brackets become character
 * references, which never form Markdown structure (and survive a table cell's escaping).
 */
function inertText(line: string): string {
  return noHtml(line).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');
}

/** Whether `line` closes a fence opened by `markup` (markdown-it runs an unclosed one to the end). */
function closes(line: string | undefined, markup: string, hasBody: boolean): boolean {
  if (!hasBody || line === undefined) return false;
  const m = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  return !!m && m[1][0] === markup[0] && m[1].length >= markup.length;
}
