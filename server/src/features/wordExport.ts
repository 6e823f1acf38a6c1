// Word export for the editor, in both servers (Node process and web worker): the same engine
// module as `sow render --format docx`, loaded at the first request (docx is large and rarely
// used). The client sends the diagrams as PNG, drawn by the preview's webview.
import { base64ToBytes, bytesToBase64 } from '../engine/base64';
import { RENDER_DOCX_REQUEST, RenderDocxParams } from '../protocol';
import type { FeatureRegistration } from './index';

export const registerWordExport: FeatureRegistration = (state) => {
  state.connection.onRequest(RENDER_DOCX_REQUEST, async (params: RenderDocxParams): Promise<string | null> => {
    const { renderSowDocx } = await import('../engine/render/docx');
    const textDocument = state.documents.get(params?.uri);
    if (!textDocument) return null;
    const diagrams = (Array.isArray(params.diagrams) ? params.diagrams : []).map((d) => ({ title: d.title, png: base64ToBytes(d.pngBase64), width: d.width, height: d.height }));
    const bytes = await renderSowDocx(state.parsed(textDocument), state.reviewOf(textDocument), {
      withReview: params.withReview,
      diagrams,
      diagramUnavailable: params.diagramUnavailable,
    });
    return bytesToBase64(bytes);
  });
};
