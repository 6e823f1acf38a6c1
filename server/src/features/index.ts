// LSP features beyond diagnostics, one file each. Each registers its handlers on the shared
// connection and asks the state for the cached parse and review: it never parses on its own.
import { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { SowConfig } from '../engine/config';
import type { SowDocument } from '../engine/document';
import type { ReviewResult } from '../engine/review';
import { registerHover } from './hover';
import { registerSymbols } from './symbols';
import { registerCompletion } from './completion';
import { registerCodeActions } from './codeActions';
import { registerPreview } from './preview';
import { registerCompare } from './compare';

export interface ServerState {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  parsed(textDocument: TextDocument): SowDocument;
  reviewOf(textDocument: TextDocument): ReviewResult;
  /** The config that applies to a document (its nearest `.sowrc.yaml` and the settings). */
  config(textDocument: TextDocument): SowConfig;
  /** Reviews the document against `text` as its approved version from now on (PWAF-DOC-008). */
  chooseBaseline(textDocument: TextDocument, text: string): void;
}

export type FeatureRegistration = (state: ServerState) => void;

export const FEATURES: FeatureRegistration[] = [registerHover, registerSymbols, registerPreview, registerCompletion, registerCodeActions, registerCompare];
