// Word export and template import for the editor: the same engine modules as `sow render
// --format docx` and `sow import`, loaded at the first request (they are large and rarely used).
import {
  IMPORT_REQUEST,
  ImportParams,
  ImportResultMessage,
  RENDER_DOCX_REQUEST,
  RenderDocxParams,
} from '../protocol';
import type { FeatureRegistration } from './index';

export const registerRoundTrip: FeatureRegistration = (state) => {
  state.connection.onRequest(RENDER_DOCX_REQUEST, async (params: RenderDocxParams): Promise<string | null> => {
    const { renderSowDocx } = await import('../engine/render/docx');
    const textDocument = state.documents.get(params?.uri);
    if (!textDocument) return null;
    const diagrams = (Array.isArray(params.diagrams) ? params.diagrams : []).map((d) => ({ title: d.title, png: new Uint8Array(Buffer.from(d.pngBase64, 'base64')), width: d.width, height: d.height }));
    const bytes = await renderSowDocx(state.parsed(textDocument), state.reviewOf(textDocument), {
      withReview: params.withReview,
      diagrams,
      diagramUnavailable: params.diagramUnavailable,
    });
    return Buffer.from(bytes).toString('base64');
  });
  state.connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportResultMessage> => {
    if (typeof params?.name !== 'string' || typeof params.contentBase64 !== 'string') throw new Error('sow/import needs { name, contentBase64 }');
    const { formatImportReport, importSow } = await import('../engine/import');
    const result = await importSow(params.name, new Uint8Array(Buffer.from(params.contentBase64, 'base64')));
    const r = result.report;
    return { yaml: result.yaml, report: formatImportReport(r, params.name), mapped: new Set(r.mapped.map((m) => m.path)).size, kept: r.kept.length, ambiguous: r.ambiguous.length };
  });
};
