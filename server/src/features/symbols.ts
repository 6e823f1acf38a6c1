// Navigation requests: document symbols (outline, breadcrumbs), folding ranges, and
// go-to-definition from a glossary term to the document's glossary appendix.
import { DocumentSymbol, FoldingRange, Location } from 'vscode-languageserver';
import { definitionAt, documentSymbols, foldingRanges } from '../engine/symbols/symbols';
import type { FeatureRegistration, ServerState } from './index';

/** Runs a handler and answers null instead of throwing: one bad document must not break the editor. */
function safely<T>(state: ServerState, what: string, run: () => T | null): T | null {
  try {
    return run();
  } catch (err) {
    state.connection.console.error(`${what} failed: ${(err as Error)?.stack ?? err}`);
    return null;
  }
}

export const registerSymbols: FeatureRegistration = (state) => {
  state.connection.onDocumentSymbol((params, token) =>
    safely(state, 'Document symbols', (): DocumentSymbol[] | null => {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument) return null;
      const symbols = documentSymbols(state.parsed(textDocument), token);
      return token.isCancellationRequested ? null : symbols;
    }),
  );

  state.connection.onFoldingRanges((params, token) =>
    safely(state, 'Folding ranges', (): FoldingRange[] | null => {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument) return null;
      const ranges = foldingRanges(state.parsed(textDocument), token);
      return token.isCancellationRequested ? null : ranges;
    }),
  );

  state.connection.onDefinition((params) =>
    safely(state, 'Definition', (): Location | null => {
      const textDocument = state.documents.get(params.textDocument.uri);
      if (!textDocument) return null;
      const range = definitionAt(state.parsed(textDocument), params.position);
      return range ? { uri: params.textDocument.uri, range } : null;
    }),
  );
};
