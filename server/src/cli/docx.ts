// `sow render --format docx`: the Word export with the architecture diagram drawn as an image
// (see ../diagramImages.ts). Without a browser the document and stderr say so.
import { drawDiagrams } from '../diagramImages';
import { renderSowHtml, ReviewResult, SowDocument } from '../engine';
import { renderSowDocx } from '../engine/render/docx';
import { renderStandalonePage } from '../engine/render/page';

type Writable = { write(text: string): unknown };

export async function renderDocxForCli(
  doc: SowDocument,
  review: ReviewResult,
  assets: { script: string; css: string },
  withReview: boolean,
  err: Writable,
): Promise<Uint8Array> {
  const drawn = await drawDiagrams(renderStandalonePage(renderSowHtml(doc, review), assets));
  if (typeof drawn === 'string') {
    err.write(
      `sow: warning: the architecture diagram is not in the Word file: ${drawn}. Install Chromium (apt-get install chromium) or set CHROMIUM_PATH, ` +
        'then run again; or open the preview in VS Code (SOW: Export as Word draws it there).\n',
    );
  }
  return renderSowDocx(doc, review, {
    withReview,
    diagrams: typeof drawn === 'string' ? undefined : drawn,
    diagramUnavailable: typeof drawn === 'string' ? `The architecture diagram could not be drawn for this export (${drawn}). See it in the SOW preview or the HTML export.` : undefined,
  });
}
