// textDocument/codeAction: quick fixes for the findings under the cursor, "Waive this rule…",
// and source.fixAll.sow. Actions attach the client's own diagnostics (matched by code and range)
// so the editor links each fix to the squiggle it resolves.
import { CodeAction, Diagnostic } from 'vscode-languageserver';
import { codeActionsFor, FIX_ALL_KIND, QUICKFIX_KIND } from '../engine/actions/codeActions';
import type { Finding } from '../engine/types';
import type { FeatureRegistration } from './index';

export const CODE_ACTION_KINDS = [QUICKFIX_KIND, FIX_ALL_KIND];

export const registerCodeActions: FeatureRegistration = (state) => {
  state.connection.onCodeAction((params, token): CodeAction[] | null => {
    try {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument || token.isCancellationRequested) return null;
      const doc = state.parsed(textDocument);
      const actions = codeActionsFor(doc, state.reviewOf(textDocument), params.range, params.context.only, { config: state.config() });
      return actions.map(({ diagnostics, ...action }) => ({
        ...action,
        ...(diagnostics ? { diagnostics: diagnostics.map((f) => clientDiagnostic(params.context.diagnostics, f)) } : {}),
      }));
    } catch (err) {
      state.connection.console.error(`Code actions failed: ${(err as Error)?.stack ?? err}`);
      return null;
    }
  });
};

function clientDiagnostic(sent: Diagnostic[], finding: Finding): Diagnostic {
  const same = sent.find(
    (d) =>
      d.code === finding.code &&
      d.range.start.line === finding.range.start.line &&
      d.range.start.character === finding.range.start.character &&
      d.range.end.line === finding.range.end.line &&
      d.range.end.character === finding.range.end.character,
  );
  return same ?? { range: finding.range, message: finding.message, code: finding.code, source: 'sow', data: finding.data };
}
