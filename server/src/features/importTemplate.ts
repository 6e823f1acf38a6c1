// Template import for the editor: the same engine module as `sow import`, loaded at the first
// request (mammoth and htmlparser2 are large and rarely used). Node server only.
import { base64ToBytes } from '../engine/base64';
import { IMPORT_REQUEST, ImportParams, ImportResultMessage } from '../protocol';
import type { FeatureRegistration } from './index';

export const registerImport: FeatureRegistration = (state) => {
  state.connection.onRequest(IMPORT_REQUEST, async (params: ImportParams): Promise<ImportResultMessage> => {
    if (typeof params?.name !== 'string' || typeof params.contentBase64 !== 'string') throw new Error('sow/import needs { name, contentBase64 }');
    const { formatImportReport, importSow } = await import('../engine/import');
    const result = await importSow(params.name, base64ToBytes(params.contentBase64));
    const r = result.report;
    return { yaml: result.yaml, report: formatImportReport(r, params.name), mapped: new Set(r.mapped.map((m) => m.path)).size, kept: r.kept.length, ambiguous: r.ambiguous.length };
  });
};
