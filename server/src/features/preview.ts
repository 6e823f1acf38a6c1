// The preview and export requests: the rendered SOW for a document the client has open,
// computed from the same cached parse and review as the diagnostics (no extra parse).
// The render code (Markdown, Mermaid) is loaded at the first request, not at server startup.
import { RENDER_MARKDOWN_REQUEST, RENDER_PREVIEW_REQUEST, RenderParams, RenderPreviewResult } from '../protocol';
import type { FeatureRegistration } from './index';

export const registerPreview: FeatureRegistration = (state) => {
  // A render is the longest request; one the client has cancelled (a newer one replaced it) is skipped.
  state.connection.onRequest(RENDER_PREVIEW_REQUEST, async (params: RenderParams, token): Promise<RenderPreviewResult | null> => {
    const { renderSowHtml } = await import('../engine/render/html');
    const textDocument = state.documents.get(params?.uri);
    if (!textDocument || token.isCancellationRequested) return null;
    const rendered = renderSowHtml(state.parsed(textDocument), state.reviewOf(textDocument));
    return { ...rendered, version: textDocument.version };
  });
  state.connection.onRequest(RENDER_MARKDOWN_REQUEST, async (params: RenderParams, token): Promise<string | null> => {
    const { renderSowMarkdown } = await import('../engine/render/markdown');
    const textDocument = state.documents.get(params?.uri);
    return textDocument && !token.isCancellationRequested ? renderSowMarkdown(state.parsed(textDocument), state.reviewOf(textDocument)) : null;
  });
};
