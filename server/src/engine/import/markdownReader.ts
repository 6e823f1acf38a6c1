// Markdown (the template copied into Markdown, or our own export) → blocks, from markdown-it's
// tokens: headings, paragraph lines (hard-wrapped lines stay separate, so an answer on the line
// after its label is found), list items with their nesting and `[x]` boxes, GFM tables, code.
import MarkdownIt from 'markdown-it';
import { promoteCheckboxLines, SourceBlock, SourceDocument } from './blocks';

const md = new MarkdownIt({ html: false, linkify: false });
type Token = ReturnType<MarkdownIt['parse']>[number];

export function readMarkdown(text: string): SourceDocument {
  const tokens = md.parse(text, {});
  const blocks: SourceBlock[] = [];
  const lists: Array<{ ordered: boolean; itemOpen: boolean }> = [];
  let heading: { level: number; line: number } | undefined;
  let table: { line: number; rows: Array<{ cells: string[]; line: number }>; row?: { cells: string[]; line: number } } | undefined;

  for (const token of tokens) {
    const line = (token.map?.[0] ?? 0) + 1;
    switch (token.type) {
      case 'heading_open':
        heading = { level: Number(token.tag.slice(1)), line };
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', itemOpen: false });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open':
        if (lists.length) lists[lists.length - 1].itemOpen = true;
        break;
      case 'table_open':
        table = { line, rows: [] };
        break;
      case 'tr_open':
        if (table) table.row = { cells: [], line };
        break;
      case 'tr_close':
        if (table?.row) table.rows.push(table.row);
        break;
      case 'table_close':
        if (table) blocks.push({ kind: 'table', line: table.line, rows: table.rows });
        table = undefined;
        break;
      case 'fence':
      case 'code_block':
        blocks.push({ kind: 'code', line, endLine: token.map?.[1] ?? line, text: token.content, lang: token.info.trim().split(/\s+/)[0] ?? '' });
        break;
      case 'hr':
        blocks.push({ kind: 'rule', line });
        break;
      case 'html_block':
        token.content.split('\n').forEach((l, i) => l.trim() && blocks.push({ kind: 'text', line: line + i, text: l.trim() }));
        break;
      case 'inline':
        inline(token, line);
        break;
    }
  }

  function inline(token: Token, line: number): void {
    if (table?.row) {
      table.row.cells.push(unescapeCell(ltOf(token.content.trim())));
      return;
    }
    if (heading) {
      blocks.push({ kind: 'heading', line: heading.line, level: heading.level, text: token.content.trim() });
      heading = undefined;
      return;
    }
    // One block per source line: "**Label:**\\\n[answer]" and hard-wrapped paragraphs.
    const parts = ltOf(token.content).split('\n').map((l) => l.replace(/\\$|\s{2,}$/, '').trim());
    const list = lists[lists.length - 1];
    parts.forEach((text, i) => {
      if (!text) return;
      if (i === 0 && list?.itemOpen) {
        list.itemOpen = false;
        blocks.push({ kind: 'item', line, text, depth: lists.length - 1, ordered: list.ordered });
      } else blocks.push({ kind: 'text', line: line + i, text });
    });
  }

  return { format: 'markdown', unit: 'line', blocks: promoteCheckboxLines(blocks), lines: text.split(/\r?\n/), notes: [] };
}

/** `&lt;` is how Markdown (and our export) writes a literal `<`. */
function ltOf(text: string): string {
  return text.replace(/&lt;/g, '<');
}

/** A GFM cell as written: `\|` is a pipe and `\\` a backslash (how our export escapes cells). */
function unescapeCell(text: string): string {
  return text.replace(/\\([\\|])/g, '$1');
}
