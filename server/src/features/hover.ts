// textDocument/hover: the engine's hover over the cached parse and review of the current version.
import { Hover, MarkupKind } from 'vscode-languageserver';
import { hoverAt } from '../engine/hover/hover';
import type { FeatureRegistration } from './index';

export const registerHover: FeatureRegistration = (state) => {
  state.connection.onHover((params, token): Hover | null => {
    try {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument || token.isCancellationRequested) return null;
      const doc = state.parsed(textDocument);
      const result = hoverAt(doc, state.reviewOf(textDocument), params.position);
      if (!result || token.isCancellationRequested) return null;
      return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: result.range };
    } catch (err) {
      state.connection.console.error(`Hover failed: ${(err as Error)?.stack ?? err}`);
      return null;
    }
  });
};
