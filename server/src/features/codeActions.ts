// textDocument/codeAction: quick fixes for the findings under the cursor, "Waive this rule…",
// and source.fixAll.sow. Actions attach the client's own diagnostics (matched by code and range)
// so the editor links each fix to the squiggle it resolves.
import { CodeAction, Diagnostic } from 'vscode-languageserver';
import { codeActionSteps, FIX_ALL_KIND, QUICKFIX_KIND } from '../engine/actions/codeActions';
import type { Finding } from '../engine/types';
import type { FeatureRegistration } from './index';

export const CODE_ACTION_KINDS = [QUICKFIX_KIND, FIX_ALL_KIND];

/** Work this long without a pause, then let the connection read (a cancellation, a newer request). */
const SLICE_MS = 15;

/** Drives engine steps, pausing every SLICE_MS; undefined as soon as `stop()` says so after a pause. */
async function runInSlices<T>(steps: Generator<void, T>, stop: () => boolean): Promise<T | undefined> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    // setTimeout, not setImmediate: the same code runs in the web worker server.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (stop()) return undefined;
    sliceStart = performance.now();
  }
}

export const registerCodeActions: FeatureRegistration = (state) => {
  state.connection.onCodeAction(async (params, token): Promise<CodeAction[] | null> => {
    try {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument || token.isCancellationRequested) return null;
      const doc = state.parsed(textDocument);
      const steps = codeActionSteps(doc, state.reviewOf(textDocument), params.range, params.context.only, { config: state.config(textDocument) });
      // Stop when cancelled, or when the document changed while we paused: edits for an older
      // text are useless, and its parse may since have been taken over by the new version's.
      const text = textDocument.getText();
      const stop = () => token.isCancellationRequested || state.documents.get(textDocument.uri)?.getText() !== text;
      const actions = await runInSlices(steps, stop);
      if (!actions || stop()) return null;
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

/**
 * The client's diagnostic for a finding: same code and range, and the same message where
 * several share them (each "Add missing property" belongs to its own missing property).
 */
function clientDiagnostic(sent: Diagnostic[], finding: Finding): Diagnostic {
  const same = sent.filter(
    (d) =>
      d.code === finding.code &&
      d.range?.start.line === finding.range.start.line &&
      d.range.start.character === finding.range.start.character &&
      d.range.end.line === finding.range.end.line &&
      d.range.end.character === finding.range.end.character,
  );
  return same.find((d) => d.message === finding.message) ?? same[0] ?? { range: finding.range, message: finding.message, code: finding.code, source: 'sow', data: finding.data };
}
