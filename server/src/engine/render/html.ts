// The SOW as an HTML fragment for the preview and HTML export. The page shell (CSP, CSS,
// scripts) belongs to the webview; this module only emits escaped markup with data-line
// attributes for scroll sync and click-to-reveal. Diagrams are emitted as escaped Mermaid
// source for the browser script to render.
import MarkdownIt from 'markdown-it';
import { SowDocument } from '../document';
import { buildPlan, ImprovementPlan } from '../plan/plan';
import { ReviewResult, todayIso } from '../review';
import { Finding, Severity } from '../types';
import { escapeHtml, isSafeLink } from './escape';
import { Block, buildModel, Choice, Inline, ProductStatus, Section, STATUS_LABELS } from './model';

export interface RenderOptions {
  /** Leave out the review summary (e.g. an export for customers). */
  omitReview?: boolean;
}

export interface RenderedSow {
  title: string;
  bodyHtml: string;
  /** Mermaid sources, indexed like `data-diagram-index` in the body. */
  diagrams: string[];
}

const EMPTY = '<span class="sow-empty">Not filled in yet</span>';

/** Free text is Markdown: no raw HTML, no images, and only http(s)/mailto links. */
const md = new MarkdownIt({ html: false, linkify: true });
md.disable('image');
md.validateLink = isSafeLink;
md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  // The webview routes clicks on these through the editor instead of navigating itself.
  token.attrSet('class', 'sow-link');
  token.attrSet('data-href', token.attrGet('href') ?? '');
  return self.renderToken(tokens, idx, options);
};

export function renderSowHtml(doc: SowDocument, review: ReviewResult, options: RenderOptions = {}): RenderedSow {
  const model = buildModel(doc, review.findings);
  const diagrams: string[] = [];
  const out: string[] = [];
  const [header, ...rest] = model.sections[0]?.anchor === 'sec-header' ? model.sections : [undefined, ...model.sections];
  out.push(titleBlock(model.title, header));
  if (!options.omitReview) out.push(reviewSummary(review, model.unplaced), planSection(buildPlan(doc, review, todayIso())));
  for (const section of rest) if (section) out.push(sectionHtml(section, diagrams));
  return { title: model.title, bodyHtml: out.join('\n'), diagrams };
}

function titleBlock(title: string, header: Section | undefined): string {
  const line = attr('data-line', header?.line);
  const fields = header ? blocksHtml(header.children, [], 3) : '';
  return `<header class="sow-title-block" id="sec-header"${line}>\n<h1${line}>${escapeHtml(title)}${badges(header?.findings ?? [])}</h1>\n${fields}\n</header>`;
}

const SEVERITIES: ReadonlyArray<[Severity, string]> = [
  ['error', 'Errors'],
  ['warning', 'Warnings'],
  ['info', 'Info'],
  ['hint', 'Hints'],
];

function reviewSummary(review: ReviewResult, unplaced: Finding[]): string {
  const counts = SEVERITIES.map(([sev, label]) => {
    const n = review.findings.filter((f) => f.severity === sev).length;
    return `<li class="sow-count sev-${sev}"><strong>${n}</strong> ${label}</li>`;
  }).join('');
  const pillars = review.readiness.pillars
    .map((p) => {
      const score =
        p.score === undefined
          ? '<span class="sow-empty">not assessed</span>'
          : `<meter class="sow-meter" min="0" max="100" low="50" high="80" optimum="100" value="${p.score}">${p.score}%</meter> <strong>${p.score}%</strong>`;
      const detail = `${p.passed} passed, ${p.failed} failed, ${p.waived} waived, ${p.notAssessed} not assessed`;
      return `<tr><th scope="row">${escapeHtml(p.name)}</th><td>${score}</td><td class="sow-muted">${detail}</td></tr>`;
    })
    .join('\n');
  const list = review.findings.length
    ? `<details class="sow-finding-list"><summary>All findings (${review.findings.length})</summary><ul>\n${review.findings
        .map((f) => `<li>${badge(f)} ${escapeHtml(f.message)}</li>`)
        .join('\n')}\n</ul></details>`
    : '<p class="sow-muted">No findings.</p>';
  const general = unplaced.length ? `<p>Document: ${badges(unplaced)}</p>` : '';
  return [
    '<section class="sow-review" id="sow-review">',
    '<h2>Review Summary</h2>',
    `<ul class="sow-counts">${counts}</ul>`,
    '<table class="sow-readiness"><thead><tr><th>PWAF pillar</th><th>Readiness</th><th>Rules</th></tr></thead><tbody>',
    pillars,
    '</tbody></table>',
    general,
    list,
    '</section>',
  ].join('\n');
}

function sectionHtml(section: Section, diagrams: string[]): string {
  const tag = `h${section.level}`;
  const heading = `<${tag} id="${escapeHtml(section.anchor)}"${attr('data-line', section.line)}>${escapeHtml(section.heading)}${badges(section.findings)}</${tag}>`;
  const parts = [`<section class="sow-section level-${section.level}"${attr('data-line', section.line)}>`, heading];
  const subsections = section.children.some((c) => c.kind === 'section');
  if (section.empty && !subsections) {
    // An empty part still shows its generated diagram (3.1) but not a page of unticked boxes.
    const diagramsOnly = section.children.filter((c) => c.kind === 'diagrams');
    parts.push(blocksHtml(diagramsOnly, diagrams, section.level + 1), `<p class="sow-empty">Not filled in yet</p>`);
  } else {
    parts.push(blocksHtml(section.children, diagrams, section.level + 1));
  }
  parts.push('</section>');
  return parts.join('\n');
}

function blocksHtml(blocks: Block[], diagrams: string[], level: number): string {
  return blocks.map((b) => blockHtml(b, diagrams, level)).join('\n');
}

function blockHtml(block: Block, diagrams: string[], level: number): string {
  const line = attr('data-line', block.line);
  switch (block.kind) {
    case 'section':
      return sectionHtml(block, diagrams);
    case 'field':
      return `<p class="sow-field"${line}>${label(block.label)}${block.value && block.value.text ? inline(block.value) : EMPTY}</p>`;
    case 'prose':
      return `<div class="sow-prose"${line}>${block.label ? `<p>${label(block.label)}</p>` : ''}${md.render(block.markdown)}</div>`;
    case 'choices':
      return `<div class="sow-choices"${line}>${block.label ? `<p>${label(block.label)}</p>` : ''}<ul class="sow-options ${block.multiple ? 'multiple' : 'single'}">${block.options
        .map(choiceHtml)
        .join('')}${block.other.map((o) => `<li class="chosen other">☑ ${inline(o)}</li>`).join('')}</ul></div>`;
    case 'list':
      return `<div class="sow-list"${line}>${block.label ? `<p>${label(block.label)}</p>` : ''}${
        block.items.length
          ? `<ol>${block.items.map((i) => `<li${attr('data-line', i.line)}>${inline(i.value)}</li>`).join('')}</ol>`
          : `<p>${EMPTY}</p>`
      }</div>`;
    case 'table':
      return tableHtml(block);
    case 'group': {
      const tag = `h${Math.min(level, 6)}`;
      const status = block.statusKnown ? ` ${statusBadge(block.status)}` : '';
      const body = block.empty && !block.status ? `<p>${EMPTY}</p>` : blocksHtml(block.children, diagrams, level + 1);
      return `<div class="sow-group"${line}><${tag}${line}>${escapeHtml(block.label)}${status}</${tag}>\n${body}</div>`;
    }
    case 'diagrams':
      return block.diagrams
        .map((d) => {
          const index = diagrams.push(d.source) - 1;
          return `<figure class="sow-diagram-figure"><figcaption>${escapeHtml(d.title)}</figcaption><div class="sow-diagram" data-diagram-index="${index}" data-diagram-kind="${d.kind}"${line}><pre class="sow-diagram-source">${escapeHtml(d.source)}</pre></div></figure>`;
        })
        .join('\n');
  }
}

function tableHtml(block: Extract<Block, { kind: 'table' }>): string {
  const head = `<thead><tr>${block.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const rows = block.rows.length
    ? block.rows.map((r) => `<tr${attr('data-line', r.line)}>${r.cells.map((c) => `<td>${c && c.text ? inline(c) : ''}</td>`).join('')}</tr>`).join('\n')
    : `<tr><td colspan="${Math.max(1, block.columns.length)}">${EMPTY}</td></tr>`;
  return `<div class="sow-table-block"${attr('data-line', block.line)}>${block.label ? `<p>${label(block.label)}</p>` : ''}<table class="sow-table">${head}<tbody>\n${rows}\n</tbody></table></div>`;
}

function choiceHtml(choice: Choice): string {
  const tags =
    (choice.recommended ? ' <span class="sow-tag recommended">Recommended</span>' : '') +
    (choice.antipattern ? ' <span class="sow-tag antipattern">Not recommended</span>' : '');
  return `<li class="${choice.chosen ? 'chosen' : 'not-chosen'}">${choice.chosen ? '☑' : '☐'} ${escapeHtml(choice.label)}${tags}</li>`;
}

function statusBadge(status: ProductStatus | undefined): string {
  return status
    ? `<span class="sow-status status-${escapeHtml(status)}">${escapeHtml(STATUS_LABELS[status] ?? status)}</span>`
    : '<span class="sow-status status-unset">Not stated</span>';
}

function label(text: string | undefined): string {
  return text ? `<span class="sow-label">${escapeHtml(text)}:</span> ` : '';
}

function inline(value: Inline): string {
  return value.markdown ? md.renderInline(value.text) : escapeHtml(value.text);
}

const PLAN_HEADINGS = { error: 'Errors: fix before approval', warning: 'Warnings: fix or explain', suggestion: 'Suggestions' } as const;

/** The improvement plan (engine/plan, the same order as `sow plan`): what to do, most urgent first. */
function planSection(plan: ImprovementPlan): string {
  if (!plan.items.length && !plan.waived.length) return '';
  const groups = plan.groups.map((g) => {
    const pillars = g.pillars.map((p) => {
      const items = p.areas.flatMap((a) => a.items).map((i) => `<li>${badge(i.finding)} <span class="sow-muted">${escapeHtml(i.area)}</span> ${escapeHtml(i.action)}<br><span class="sow-muted">${escapeHtml(i.finding.message)}</span></li>`);
      return `<h4>${escapeHtml(p.pillar)}</h4>\n<ol>\n${items.join('\n')}\n</ol>`;
    });
    return `<h3 class="sev-${g.severity === 'suggestion' ? 'info' : g.severity}">${PLAN_HEADINGS[g.severity]}</h3>\n${pillars.join('\n')}`;
  });
  const waived = plan.waived.length
    ? `<h3>Waived</h3>\n<ul>\n${plan.waived.map((w) => `<li><a class="sow-finding sev-hint" href="#" data-line="${w.line - 1}" data-character="0">${escapeHtml(w.ruleId)}</a> ${escapeHtml(w.title)}: ${escapeHtml(w.reason)} <span class="sow-muted">(${w.expires ? `expires ${escapeHtml(w.expires)}` : 'no expiry'})</span></li>`).join('\n')}\n</ul>`
    : '';
  return `<details class="sow-plan" id="sow-plan"><summary>Improvement plan (${plan.items.length} open, ${plan.waived.length} waived)</summary>\n${groups.join('\n')}\n${waived}\n</details>`;
}

function badges(findings: readonly Finding[]): string {
  return findings.length ? ` <span class="sow-findings">${findings.map(badge).join(' ')}</span>` : '';
}

function badge(f: Finding): string {
  return `<a class="sow-finding sev-${f.severity}" href="#" data-line="${f.range.start.line}" data-character="${f.range.start.character}" title="${escapeHtml(`${f.code}: ${f.message}`)}">${escapeHtml(f.code)}</a>`;
}

function attr(name: string, value: number | undefined): string {
  return value === undefined ? '' : ` ${name}="${value}"`;
}
