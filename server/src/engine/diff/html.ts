// The change report as HTML for the editor's preview: the Markdown report through markdown-it
// with raw HTML off, so document text stays text.
import MarkdownIt from 'markdown-it';
import { ChangeReport } from './compare';
import { changeReportMarkdown } from './report';

const md = new MarkdownIt({ html: false, linkify: false });
md.validateLink = (url: string) => /^https?:/i.test(url.trim());

export function changeReportHtml(report: ChangeReport, names: { before: string; after: string }): string {
  // GitHub's alert marker means nothing to markdown-it: the blockquote says it on its own.
  return md.render(changeReportMarkdown(report, names).replace(/^> \[!WARNING\]\n/m, ''));
}
