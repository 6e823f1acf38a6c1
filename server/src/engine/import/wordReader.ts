// Word (.docx, including Google Docs' Word download) → blocks: mammoth turns the document into
// HTML (headings from Word's heading styles, lists, tables, content-control checkboxes as
// inputs), then the HTML reader takes over. Blocks are numbered by paragraph. Macros, linked
// images and external targets are never run or fetched; images are only noted.
import mammoth from 'mammoth';
import { SourceDocument } from './blocks';
import { readHtml } from './htmlReader';

/** The paragraph styles Google Docs and Word use for a title, read as the top heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function readWord(bytes: Uint8Array): Promise<SourceDocument> {
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; both accept the bytes. No path
  // is given, so images linked to outside files cannot be opened, and image data is never read.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const result = await mammoth.convertToHtml(
    { buffer: bytes as unknown as Buffer, arrayBuffer } as { arrayBuffer: ArrayBuffer },
    { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async (image) => ({ src: '', alt: (image as { altText?: string }).altText || 'image' }) as { src: string }) },
  );
  const doc = readHtml(result.value, { paragraphs: true, format: 'docx' });
  for (const message of result.messages) doc.notes.push({ line: 0, text: `Word reader ${message.type}: ${message.message}` });
  return doc;
}
