// The SOW as a Word document (export for reviewers who comment in Word or Google Docs): the same
// model as the preview and the Markdown export, in the template's layout — header block, review
// process, sections 1–12, approval, version history — with real Word headings (the navigation
// pane shows the outline), real tables, every choice as the template's option list with ☒/☐, and
// the architecture diagram as an image in 3.1 when the caller could draw one.
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { SowDocument } from '../document';
import { ReviewResult } from '../review';
import { reviewAppendix } from './docxReview';
import { Block, buildModel, Section, STATUS_LABELS } from './model';

/** A drawn diagram: PNG bytes and the size to show them at (pixels at 96 dpi). */
export interface DiagramImage {
  title: string;
  png: Uint8Array;
  width: number;
  height: number;
}

export interface DocxOptions {
  /** The diagrams of 3.1 as images, in the order of the model's diagram sources. */
  diagrams?: DiagramImage[];
  /** Said in 3.1 instead of an image when none could be drawn (e.g. no browser). */
  diagramUnavailable?: string;
  /** Add the review summary and every finding as an appendix. */
  withReview?: boolean;
}

type Child = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const REVIEW_PROCESS = [
  'Partner completes this document with proposed architecture',
  'Databricks Built-On team reviews and provides feedback',
  'Joint architecture review session to address gaps/questions',
  'Document approval before implementation begins',
  'Quarterly reviews during build phase',
];
const NOT_FILLED = 'Not filled in yet';
/** Largest image inside the text area of an A4 or Letter page with 1" margins, in pixels at 96 dpi
 *  (6.27" × 9" less a line for the title); a larger one would be clipped by Word. */
const MAX_IMAGE_WIDTH = 600;
const MAX_IMAGE_HEIGHT = 820;
/** The check box characters come from a symbol font every Word has; other readers fall back. */
const BOX_FONT = 'Segoe UI Symbol';

export async function renderSowDocx(doc: SowDocument, review: ReviewResult, options: DocxOptions = {}): Promise<Uint8Array> {
  const model = buildModel(doc, review.findings);
  const children: Child[] = [new Paragraph({ text: model.title, heading: HeadingLevel.TITLE })];
  const [first, ...rest] = model.sections;
  const header = first?.anchor === 'sec-header' ? first : undefined;
  if (header) children.push(...blocks(header.children, 2, options));
  children.push(
    heading('Document Purpose', 1),
    labelled('Review Process', ''),
    ...REVIEW_PROCESS.map((step, i) => new Paragraph({ text: `${i + 1}. ${step}` })),
  );
  for (const section of header ? rest : model.sections) children.push(...sectionOf(section, options));
  if (options.withReview) children.push(...reviewAppendix(review));
  const file = new Document({
    creator: 'SOW Architect',
    title: model.title,
    description: 'Built-On Databricks Architecture Statement of Work',
    features: { updateFields: false },
    styles: { default: STYLES },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}

/** Headings with an outline level (the navigation pane and the PDF bookmarks read it, whatever the
 *  reader calls the style), kept with what follows them, with room above. */
function headingStyle(size: number, before: number, outlineLevel?: number) {
  return { run: { size, color: '2E74B5' }, paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 80 }, outlineLevel } };
}
const STYLES = {
  document: { run: { font: 'Calibri', size: 22 }, paragraph: { spacing: { after: 40 } } },
  title: { run: { size: 48 }, paragraph: { spacing: { after: 240 } } },
  heading1: headingStyle(32, 360, 0),
  heading2: headingStyle(26, 240, 1),
  heading3: headingStyle(24, 200, 2),
  heading4: headingStyle(22, 160, 3),
  heading5: headingStyle(22, 120, 4),
  heading6: headingStyle(22, 120, 5),
};

/** "1 Business Requirements" → "1. Business Requirements", as the template numbers its parts. */
function templateHeading(text: string, level: number): string {
  return level === 1 ? text.replace(/^(\d+) /, '$1. ') : text;
}

function sectionOf(section: Section, options: DocxOptions): Child[] {
  const level = section.level - 1;
  const out: Child[] = [heading(templateHeading(section.heading, level), level)];
  const subsections = section.children.some((c) => c.kind === 'section');
  if (section.empty && !subsections) {
    out.push(...blocks(section.children.filter((c) => c.kind === 'diagrams'), level + 1, options), note(NOT_FILLED));
  } else out.push(...blocks(section.children, level + 1, options));
  return out;
}

function blocks(list: Block[], level: number, options: DocxOptions): Child[] {
  return list.flatMap((b) => block(b, level, options));
}

function block(b: Block, level: number, options: DocxOptions): Child[] {
  switch (b.kind) {
    case 'section':
      return sectionOf(b, options);
    case 'field':
      return [b.value?.text ? labelled(b.label, b.value.text) : labelled(b.label, NOT_FILLED, true)];
    case 'prose':
      return [labelled(b.label, ''), ...b.markdown.trim().split('\n').filter((l) => l.trim()).map((l) => new Paragraph({ text: l }))];
    case 'choices':
      return [
        labelled(b.label, ''),
        ...b.options.map((o) => option(o.chosen, o.label, o.recommended ? 'recommended' : o.antipattern ? 'not recommended' : undefined)),
        ...b.other.map((o) => option(true, o.text)),
      ];
    case 'list':
      return [labelled(b.label, ''), ...(b.items.length ? b.items.map((i) => new Paragraph({ text: i.value.text, bullet: { level: 0 } })) : [note(NOT_FILLED)])];
    case 'table':
      return [labelled(b.label, ''), table(b.columns, b.rows.map((r) => r.cells.map((c) => c?.text ?? '')))];
    case 'group': {
      const out: Child[] = [heading(b.label, Math.min(level, 6))];
      if (b.statusKnown) out.push(...Object.entries(STATUS_LABELS).map(([slug, label]) => option(b.status === slug, label)));
      if (b.empty && !b.status) return [...out, note(NOT_FILLED)];
      return [...out, ...blocks(b.children, level + 1, options)];
    }
    case 'diagrams':
      return [...diagrams(b.diagrams.map((d) => d.title), options), ...b.diagrams.filter((d) => d.kind === 'custom').flatMap((d) => mermaidSource(d.source))];
  }
}

function diagrams(titles: string[], options: DocxOptions): Child[] {
  const images = options.diagrams ?? [];
  if (!images.length) {
    const why = options.diagramUnavailable ?? 'The architecture diagram is not included in this export.';
    return titles.length ? [note(why)] : [];
  }
  return images.flatMap((img) => {
    const scale = Math.min(1, MAX_IMAGE_WIDTH / img.width, MAX_IMAGE_HEIGHT / img.height);
    return [
      new Paragraph({ keepNext: true, children: [new TextRun({ text: img.title, italics: true })] }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: img.png,
            transformation: { width: Math.round(img.width * scale), height: Math.round(img.height * scale) },
            altText: { name: img.title, description: `${img.title}: architecture diagram`, title: img.title },
          }),
        ],
      }),
    ];
  });
}

/** The document's own Mermaid source, readable (and importable) next to its drawing. */
function mermaidSource(source: string): Paragraph[] {
  return [
    labelled('Mermaid source', ''),
    ...source
      .trimEnd()
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => new Paragraph({ children: [new TextRun({ text: l, font: 'Courier New', size: 18 })] })),
  ];
}

export function heading(text: string, level: number): Paragraph {
  return new Paragraph({ text, heading: HEADINGS[Math.max(0, Math.min(level, 6) - 1)] });
}

/** "**Label:** value" — the template's way of asking a question and the answer after it. */
export function labelled(label: string | undefined, value: string, muted = false): Paragraph {
  const runs = label ? [new TextRun({ text: `${label}:`, bold: true })] : [];
  if (value) runs.push(new TextRun({ text: label ? ` ${value}` : value, italics: muted, color: muted ? '777777' : undefined }));
  return new Paragraph({ children: runs });
}

function option(chosen: boolean, label: string, mark?: string): Paragraph {
  const runs = [new TextRun({ text: chosen ? '☒' : '☐', font: BOX_FONT }), new TextRun(' '), new TextRun({ text: label, bold: chosen })];
  if (mark) runs.push(new TextRun({ text: ` (${mark})`, italics: true, color: '777777' }));
  return new Paragraph({ children: runs, indent: { left: 360 } });
}

export function note(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: '777777' })] });
}

export function table(columns: string[], rows: string[][]): Table {
  const body = rows.length ? rows : [[NOT_FILLED, ...columns.slice(1).map(() => '')]];
  const widths = columnWidths(columns, body);
  const cell = (text: string, i: number, bold = false) =>
    new TableCell({ width: { size: widths[i], type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: widths,
    rows: [new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c, i, true)) }), ...body.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i)) }))],
  });
}

/** Text width of an A4 page with 1" margins, in twentieths of a point, and about how many
 *  characters of 11 pt text fit on it in a wide font (LibreOffice without Calibri). */
const TEXT_WIDTH = 9026;
const TEXT_CHARS = 66;

/** Columns as wide as what they hold: each first gets room for its longest word (so "warning" or
 *  "PWAF-SEC-001" never breaks a letter per line), the rest of the page goes to the columns with
 *  long text. Word and LibreOffice both follow the grid. */
function columnWidths(columns: string[], rows: string[][]): number[] {
  const texts = columns.map((c, i) => [c, ...rows.map((r) => r[i] ?? '')]);
  const least = texts.map((t) => Math.min(20, Math.max(...t.flatMap((x) => x.split(/\s+/)).map((w) => w.length))) + 3);
  const wanted = texts.map((t, i) => Math.max(least[i], Math.min(60, t.reduce((a, x) => a + x.length, 0) / t.length)));
  const spare = Math.max(0, TEXT_CHARS - least.reduce((a, b) => a + b, 0));
  const more = wanted.map((w, i) => w - least[i]);
  const moreTotal = more.reduce((a, b) => a + b, 0);
  const chars = least.map((l, i) => l + (moreTotal ? (spare * more[i]) / moreTotal : spare / columns.length));
  const total = chars.reduce((a, b) => a + b, 0);
  return chars.map((c) => Math.round((TEXT_WIDTH * c) / total));
}
