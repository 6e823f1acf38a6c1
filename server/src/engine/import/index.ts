// `sow import`: a filled SOW template (Markdown, Word .docx or HTML) → a `.sow.yaml`. One engine
// for the CLI and VS Code: read the file into blocks, map them onto the format, write YAML.
import { SourceDocument } from './blocks';
import { toSowYaml } from './emit';
import { mapDocument } from './mapper';
import { readHtml } from './htmlReader';
import { readMarkdown } from './markdownReader';
import { ImportReport } from './report';
import { readWord } from './wordReader';

export { formatImportReport } from './report';
export type { ImportReport } from './report';

export type ImportFormat = 'markdown' | 'html' | 'docx';

export interface ImportResult {
  yaml: string;
  report: ImportReport;
  /** The imported value (what the YAML holds, without the empty keys). */
  value: Record<string, unknown>;
}

export class UnsupportedInputError extends Error {}

/** The input format of a file name (by extension), or undefined when not supported. */
export function importFormatOf(name: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'docx') return 'docx';
  return undefined;
}

export async function readSource(bytes: Uint8Array, format: ImportFormat): Promise<SourceDocument> {
  if (format === 'docx') {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UnsupportedInputError('not a Word .docx file (a .docx is a zip archive)');
    try {
      return await readWord(bytes);
    } catch (err) {
      throw new UnsupportedInputError(`cannot read the Word document (${(err as Error).message})`);
    }
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) throw new UnsupportedInputError('binary content where text was expected');
  return format === 'html' ? readHtml(text) : readMarkdown(text);
}

export async function importSow(name: string, bytes: Uint8Array, format = importFormatOf(name)): Promise<ImportResult> {
  if (!format) throw new UnsupportedInputError(`unsupported file type: ${name} (expected .md, .docx or .html)`);
  const source = await readSource(bytes, format);
  const { data, report, comments } = mapDocument(source);
  const base = name.split(/[\\/]/).pop() ?? name;
  const heading = [
    `Imported from ${base} by sow import. Review the comments: "import:" marks converted or`,
    `ambiguous answers; other comments are lines of the source that no field holds.`,
  ];
  return { yaml: toSowYaml({ sow: 1, ...data }, comments, heading), report, value: data };
}
