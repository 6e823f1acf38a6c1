// HTML (a page saved from a browser or a converter, and what mammoth makes of a Word file) →
// blocks, with htmlparser2's DOM. Scripts, styles and embedded objects are never run or loaded;
// images and forms are noted, links keep their target as text.
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import { promoteCheckboxLines, SourceBlock, SourceDocument, TableRow } from './blocks';

const SKIPPED = new Set(['script', 'style', 'head', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button']);
const BLOCK = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'blockquote', 'body', 'html', 'form', 'fieldset', 'figure', 'figcaption', 'dl', 'dd', 'dt', 'center', 'address']);

export interface HtmlReadOptions {
  /** Number blocks by paragraph (Word) instead of by source line (HTML files). */
  paragraphs?: boolean;
  format?: SourceDocument['format'];
}

export function readHtml(html: string, options: HtmlReadOptions = {}): SourceDocument {
  const dom = parseDocument(html, { withStartIndices: true, decodeEntities: true, lowerCaseTags: true });
  const lineStarts = [0];
  for (let i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const blocks: SourceBlock[] = [];
  const notes: SourceDocument['notes'] = [];
  let paragraph = 0;

  const lineOf = (node: AnyNode): number => {
    if (options.paragraphs) return ++paragraph;
    const index = node.startIndex ?? 0;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  /** Inline content as text: bold as **…**, boxes as [x]/[ ], <br> as a new line, links with their target. */
  const inlineText = (nodes: AnyNode[], stopAtLists = false): string =>
    nodes
      .map((n): string => {
        if (n.type === 'text') return (n as unknown as { data: string }).data.replace(/\s+/g, ' ');
        if (n.type !== 'tag') return '';
        const el = n as Element;
        const name = el.name;
        if (SKIPPED.has(name)) return '';
        if (stopAtLists && (name === 'ul' || name === 'ol' || name === 'table')) return '';
        if (name === 'br') return '\n';
        if (name === 'input' && (el.attribs.type ?? '').toLowerCase() === 'checkbox') return 'checked' in el.attribs ? '[x] ' : '[ ] ';
        if (name === 'img') {
          notes.push({ line: lineOf(el), text: `image not imported: ${el.attribs.alt || el.attribs.src?.slice(0, 80) || 'no description'}` });
          return '';
        }
        const inner = inlineText(el.children, stopAtLists);
        if ((name === 'strong' || name === 'b') && inner.trim()) return ` **${inner.trim()}** `.replace(/^ /, inner.startsWith(' ') ? ' ' : '').replace(/ $/, inner.endsWith(' ') ? ' ' : '');
        if (name === 'a' && el.attribs.href && /^(https?:|mailto:)/i.test(el.attribs.href) && inner.trim() !== el.attribs.href) return `[${inner.trim()}](${el.attribs.href})`;
        return inner;
      })
      .join('');

  const pushLines = (text: string, line: number, make: (t: string, l: number, first: boolean) => SourceBlock) => {
    text
      .split('\n')
      .map((t) => t.replace(/\s+/g, ' ').replace(/\*\*\s*\*\*/g, '').trim())
      .filter(Boolean)
      .forEach((t, i) => blocks.push(make(t, options.paragraphs && i > 0 ? ++paragraph : line + 0, i === 0)));
  };

  const walk = (nodes: AnyNode[], depth: number): void => {
    let inlineRun: AnyNode[] = [];
    const flush = () => {
      if (inlineRun.length) {
        const first = inlineRun[0];
        const text = inlineText(inlineRun);
        if (text.trim()) pushLines(text, lineOf(first), (t, l) => ({ kind: 'text', line: l, text: t }));
      }
      inlineRun = [];
    };
    for (const node of nodes) {
      if (node.type !== 'tag' && node.type !== 'text') continue;
      if (node.type === 'text') {
        inlineRun.push(node);
        continue;
      }
      const el = node as Element;
      const name = el.name;
      if (SKIPPED.has(name)) {
        if (name === 'script' || name === 'iframe' || name === 'object' || name === 'embed') notes.push({ line: lineOf(el), text: `<${name}> ignored (never run or loaded)` });
        continue;
      }
      if (/^h[1-6]$/.test(name)) {
        flush();
        const text = inlineText(el.children).replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
        if (text) blocks.push({ kind: 'heading', line: lineOf(el), level: Number(name[1]), text });
      } else if (name === 'ul' || name === 'ol') {
        flush();
        for (const li of el.children) {
          if (li.type !== 'tag') continue;
          const item = li as Element;
          if (item.name !== 'li') {
            walk([item], depth + 1);
            continue;
          }
          const text = inlineText(item.children, true);
          const line = lineOf(item);
          pushLines(text, line, (t, l, first) => (first ? { kind: 'item', line: l, text: t, depth, ordered: name === 'ol' } : { kind: 'text', line: l, text: t }));
          walk(item.children.filter((c) => c.type === 'tag' && ['ul', 'ol', 'table'].includes((c as Element).name)), depth + 1);
        }
      } else if (name === 'table') {
        flush();
        blocks.push({ kind: 'table', line: lineOf(el), rows: tableRows(el) });
      } else if (name === 'pre') {
        flush();
        const line = lineOf(el);
        const code = textContent(el);
        const lang = /language-(\S+)/.exec(findCode(el)?.attribs.class ?? '')?.[1] ?? '';
        blocks.push({ kind: 'code', line, endLine: line + code.split('\n').length, text: code, lang });
      } else if (name === 'hr') {
        flush();
        blocks.push({ kind: 'rule', line: lineOf(el) });
      } else if (BLOCK.has(name) || name === 'li') {
        flush();
        walk(el.children, depth);
      } else inlineRun.push(el);
    }
    flush();
  };

  const tableRows = (table: Element): TableRow[] => {
    const rows: TableRow[] = [];
    const visit = (el: Element) => {
      for (const c of el.children) {
        if (c.type !== 'tag') continue;
        const child = c as Element;
        if (child.name === 'tr') {
          const cells = child.children
            .filter((td): td is Element => td.type === 'tag' && ((td as Element).name === 'td' || (td as Element).name === 'th'))
            .map((td) => inlineText(td.children).replace(/\s+/g, ' ').replace(/\*\*\s*\*\*/g, '').trim());
          rows.push({ cells, line: lineOf(child) });
        } else if (child.name !== 'table') visit(child);
      }
    };
    visit(table);
    return rows;
  };

  walk(dom.children, 0);
  return { format: options.format ?? 'html', unit: options.paragraphs ? 'paragraph' : 'line', blocks: promoteCheckboxLines(blocks), notes };
}

function textContent(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type !== 'tag') return '';
  const el = node as Element;
  if (el.name === 'br') return '\n';
  return el.children.map(textContent).join('');
}

function findCode(el: Element): Element | undefined {
  return el.children.find((c): c is Element => c.type === 'tag' && (c as Element).name === 'code');
}
