// The Markdown export against hostile free text (issue 17, item 6): whatever a Markdown renderer
// does with the export — here markdown-it with raw HTML on and every link scheme allowed, the
// most permissive setting — no script runs, nothing is fetched, no dangerous link is clickable,
// and the author's real code and ordinary links stay as written.
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { SowDocument } from '../../server/src/engine/document';
import { renderSowMarkdown } from '../../server/src/engine/render/markdown';
import { reviewDocument } from '../../server/src/engine/review';
import { example, mutate } from '../support/rules';

const permissive = new MarkdownIt({ html: true, linkify: true });
permissive.validateLink = () => true;

function exported(edits: Array<[Array<string | number>, unknown]>): string {
  const doc = new SowDocument('file:///x.sow.yaml', 1, mutate(example('well-architected'), edits));
  return renderSowMarkdown(doc, reviewDocument(doc, { today: '2026-01-15' }));
}

const PROSE = ['executive_summary', 'business_overview', 'problem_statement'];
const FIELD = ['executive_summary', 'business_overview', 'target_market', 'industry_vertical'];
const CELL = ['risks', 'technical', 0, 'mitigation'];

/** Tags, attributes and link targets that would run, fetch or open something. */
function assertInert(html: string, what: string): void {
  assert.doesNotMatch(html, /<(script|img|iframe|svg|object|embed|style|a\s[^>]*href="(?!https?:|mailto:))/i, `${what}: active HTML in ${html}`);
  assert.doesNotMatch(html, /<[a-z][^>]*\son\w+\s*=/i, `${what}: an event handler in ${html}`);
  assert.doesNotMatch(html, /(href|src)="\s*(javascript|data|file|command|vbscript):/i, `${what}: a dangerous link in ${html}`);
}

const PAYLOADS: Record<string, string> = {
  'a backtick fence with a backtick in its info string (no fence in CommonMark)': '```a`b\n<img src=x onerror=alert(1)>\n[x](javascript:alert(1))\n```',
  'a tilde line that is not a fence': ' ~~~x~ \n<script>alert(1)</script>',
  'an HTML block': '<div onclick="alert(1)">\n<script>alert(1)</script>\n</div>',
  'inline HTML and an autolink': 'Text <b onmouseover=alert(1)>bold</b> and <javascript:alert(1)>.',
  'links with bad schemes': '[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](file:///etc/passwd) [d](command:workbench.action.terminal.new) [e]( <JaVaScRiPt:alert(1)> ) [f](&#106;avascript:alert(1))',
  'images, remote and data': '![x](https://tracker.example/p.gif) ![y](data:image/png;base64,AAAA) ![z][ref]\n\n[ref]: https://tracker.example/q.gif',
  'a reference definition used from another block': '[bad]: javascript:alert(1)\n\nSee [bad] and [also][bad].',
  'a definition in a list item and a quote': '- [li]: javascript:alert(1)\n> [bq]: javascript:alert(2)\n\n[li] [bq]',
  'CRLF and lone CR line ends': '```a`b\r\n<img src=x onerror=alert(1)>\r<script>x</script>',
};

describe('Markdown export: hostile free text stays inert', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`${name}: in prose, a one-line field and a table cell`, () => {
      for (const [where, path] of [['prose', PROSE], ['field', FIELD], ['cell', CELL]] as const) {
        const value = where === 'prose' ? `${payload}\n` : payload.replace(/\r?\n|\r/g, ' ');
        const markdown = exported([[path, value]]);
        assertInert(permissive.render(markdown), `${name} (${where})`);
      }
    });
  }

  it('a definition in one block cannot arm a link in another block', () => {
    const markdown = exported([
      [PROSE, '[evil]: javascript:alert(1)\n'],
      [['executive_summary', 'business_overview', 'value_proposition'], 'Click [evil] now.\nOr [here][evil].\n'],
    ]);
    assertInert(permissive.render(markdown), 'cross-block reference');
  });

  it('keeps real code as written, closes an unclosed fence, and keeps http(s) and mailto links', () => {
    const markdown = exported([
      [PROSE, 'Intro with [docs](https://docs.databricks.com) and [mail](mailto:a@b.example).\n\n```html\n<b>kept</b>\n```\n\n    <i>indented code</i>\n\nAfter.\n\n~~~\nunclosed <u>code</u>\n'],
    ]);
    assert.match(markdown, /```html\n<b>kept<\/b>\n```/);
    assert.match(markdown, /\n {4}<i>indented code<\/i>\n/);
    assert.match(markdown, /~~~\nunclosed <u>code<\/u>\n~~~\n/);
    const html = permissive.render(markdown);
    assert.match(html, /<a href="https:\/\/docs.databricks.com">docs<\/a>/);
    assert.match(html, /<a href="mailto:a@b.example">mail<\/a>/);
    assert.match(html, /<code class="language-html">&lt;b&gt;kept&lt;\/b&gt;\n<\/code>/);
    // The unclosed fence ended inside the block: the next section's heading is a heading.
    assert.match(html, /<h4>Target market<\/h4>/);
  });
});
