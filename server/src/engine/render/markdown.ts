// The SOW as Markdown (export): the same model as the HTML preview, written as headings, GFM
// tables, checkbox lists and ```mermaid fences. Free text stays the author's Markdown, made
// inert where a renderer could run or fetch something (markdownText.ts).
import { SowDocument } from '../document';
import { ReviewResult } from '../review';
import { Finding } from '../types';
import { fenceFor, markdownCell, markdownInline } from './escape';
import { exportInline, exportMarkdown } from './markdownText';
import { Block, buildModel, Inline, Section, STATUS_LABELS } from './model';

export function renderSowMarkdown(doc: SowDocument, review: ReviewResult): string {
  const model = buildModel(doc, review.findings);
  const out: string[] = [`# ${markdownInline(model.title)}`, ''];
  const [first, ...rest] = model.sections;
  const header = first?.anchor === 'sec-header' ? first : undefined;
  if (header) out.push(...blocksMd(header.children, 3));
  out.push(...reviewMd(review));
  for (const section of header ? rest : model.sections) out.push(...sectionMd(section));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function reviewMd(review: ReviewResult): string[] {
  const count = (sev: Finding['severity']) => review.findings.filter((f) => f.severity === sev).length;
  const out = [
    '## Review Summary',
    '',
    `${count('error')} errors · ${count('warning')} warnings · ${count('info')} info · ${count('hint')} hints`,
    '',
    '| PWAF pillar | Readiness | Passed | Failed | Waived | Not assessed |',
    '| --- | --- | --- | --- | --- | --- |',
    ...review.readiness.pillars.map(
      (p) => `| ${markdownCell(p.name)} | ${p.score === undefined ? 'not assessed' : `${p.score}%`} | ${p.passed} | ${p.failed} | ${p.waived} | ${p.notAssessed} |`,
    ),
    '',
  ];
  if (review.findings.length) {
    out.push(...review.findings.map((f) => `- **${f.severity}** \`${f.code}\` (line ${f.range.start.line + 1}): ${markdownInline(f.message)}`), '');
  }
  return out;
}

function sectionMd(section: Section): string[] {
  const out = [`${'#'.repeat(section.level)} ${markdownInline(section.heading)}`, ''];
  if (section.findings.length) out.push(`> Findings: ${section.findings.map((f) => `\`${f.code}\` ${markdownInline(f.message)}`).join('; ')}`, '');
  const subsections = section.children.some((c) => c.kind === 'section');
  if (section.empty && !subsections) {
    out.push(...blocksMd(section.children.filter((c) => c.kind === 'diagrams'), section.level + 1), '_Not filled in yet_', '');
  } else {
    out.push(...blocksMd(section.children, section.level + 1));
  }
  return out;
}

function blocksMd(blocks: Block[], level: number): string[] {
  return blocks.flatMap((b) => blockMd(b, level));
}

function blockMd(block: Block, level: number): string[] {
  const label = 'label' in block && block.label ? `**${markdownInline(block.label)}:**` : '';
  switch (block.kind) {
    case 'section':
      return sectionMd(block);
    case 'field':
      return [`${label} ${block.value && block.value.text ? inline(block.value) : '_Not filled in yet_'}`.trim(), ''];
    case 'prose':
      return [label, '', exportMarkdown(block.markdown.trim()), ''];
    case 'choices':
      return [
        label,
        '',
        ...block.options.map((o) => `- [${o.chosen ? 'x' : ' '}] ${markdownInline(o.label)}${o.recommended ? ' _(recommended)_' : ''}${o.antipattern ? ' _(not recommended)_' : ''}`),
        ...block.other.map((o) => `- [x] ${inline(o)}`),
        '',
      ];
    case 'list':
      return [label, '', ...(block.items.length ? block.items.map((i, n) => `${n + 1}. ${inline(i.value)}`) : ['_Not filled in yet_']), ''];
    case 'table': {
      const header = `| ${block.columns.map(markdownCell).join(' | ')} |`;
      const rule = `| ${block.columns.map(() => '---').join(' | ')} |`;
      const rows = block.rows.length
        ? block.rows.map((r) => `| ${r.cells.map((c) => (c ? markdownCell(inline(c)) : '')).join(' | ')} |`)
        : [`| _Not filled in yet_ |${' |'.repeat(Math.max(0, block.columns.length - 1))}`];
      return [label, '', header, rule, ...rows, ''];
    }
    case 'group': {
      const status = block.statusKnown ? ` — ${block.status ? (STATUS_LABELS[block.status] ?? block.status) : 'Not stated'}` : '';
      const heading = `${'#'.repeat(Math.min(level, 6))} ${markdownInline(block.label)}${status}`;
      return [heading, '', ...(block.empty && !block.status ? ['_Not filled in yet_', ''] : blocksMd(block.children, level + 1))];
    }
    case 'diagrams':
      return block.diagrams.flatMap((d) => {
        const fence = fenceFor(d.source);
        return [`_${markdownInline(d.title)}_`, '', `${fence}mermaid`, d.source.trimEnd(), fence, ''];
      });
  }
}

/** Short text is the author's Markdown on one line; choice labels and numbers are escaped. */
function inline(value: Inline): string {
  return value.markdown ? exportInline(value.text) : markdownInline(value.text);
}
