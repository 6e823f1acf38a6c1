// "SOW: Compare with…": the open document against an earlier version the client read (a git
// revision through the Git extension, or a file), reviewed with the same configuration.
import { COMPARE_REQUEST, CompareParams, CompareResult } from '../protocol';
import type { FeatureRegistration } from './index';

export const registerCompare: FeatureRegistration = (state) => {
  state.connection.onRequest(COMPARE_REQUEST, async (params: CompareParams): Promise<CompareResult | null> => {
    const textDocument = state.documents.get(params.uri);
    if (!textDocument || typeof params.baseText !== 'string') return null;
    const [{ SowDocument }, { reviewDocument }, { compareVersions }, { changeReportHtml }, { changeReportMarkdown }] = await Promise.all([
      import('../engine/document'),
      import('../engine/review'),
      import('../engine/diff/compare'),
      import('../engine/diff/html'),
      import('../engine/diff/report'),
    ]);
    const config = state.config(textDocument);
    const base = new SowDocument(`${params.uri}#base`, 0, params.baseText, config.maxDocumentSize);
    state.chooseBaseline(textDocument, params.baseText);
    const report = compareVersions({ doc: base, review: reviewDocument(base, { config }) }, { doc: state.parsed(textDocument), review: state.reviewOf(textDocument) });
    const name = decodeURIComponent(params.uri.slice(params.uri.lastIndexOf('/') + 1));
    const names = { before: String(params.baseLabel ?? 'base'), after: name };
    return { title: `${name} ↔ ${names.before}`, bodyHtml: changeReportHtml(report, names), markdown: changeReportMarkdown(report, names), material: report.material.length };
  });
};
