// textDocument/completion: the engine's completion over the cached parse of the current version.
import { CompletionItem, CompletionList } from 'vscode-languageserver';
import { completeAt } from '../engine/completion/completion';
import { todayIso } from '../engine/review';
import type { FeatureRegistration } from './index';

/** Typing these re-opens the list: after `key:` and `- ` the choices appear by themselves. */
export const COMPLETION_TRIGGER_CHARACTERS = [' ', ':', '-'];

export const registerCompletion: FeatureRegistration = (state) => {
  state.connection.onCompletion((params, token): CompletionList | null => {
    try {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument || token.isCancellationRequested) return null;
      const items = completeAt(state.parsed(textDocument), params.position, { today: todayIso() });
      // The engine's items are structurally LSP completion items.
      return { isIncomplete: false, items: items as CompletionItem[] };
    } catch (err) {
      state.connection.console.error(`Completion failed: ${(err as Error)?.stack ?? err}`);
      return null;
    }
  });
};
