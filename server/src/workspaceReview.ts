// "SOW: Review Workspace" on the server: documents reviewed without being open. Their
// diagnostics stay right afterwards: an opened file is the editor's (reviewed as it is edited),
// a closed one is read from disk again, a changed one re-reviewed, a deleted one cleared.
import { Connection, Diagnostic, DiagnosticSeverity, FileChangeType, FileEvent, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REVIEW_FILES_REQUEST, ReviewFilesParams, ReviewFilesResult } from './protocol';

export interface WorkspaceReviewHost {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** The diagnostics of `text` as the document `uri` (its config resolved as for an open one). */
  diagnosticsOf(uri: string, text: string): Promise<Diagnostic[]>;
  /** The file's text from disk (through the client), undefined when it is gone or cannot be read. */
  readDocument(uri: string): Promise<string | undefined>;
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, keyof ReviewFilesResult['counts']> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

export const isSowDocumentUri = (uri: string) => /\.sow\.ya?ml$/i.test(uri);

export class WorkspaceReview {
  /** Documents reviewed by a workspace review that are not open now. */
  private readonly tracked = new Set<string>();

  constructor(private readonly host: WorkspaceReviewHost) {
    host.connection.onRequest(REVIEW_FILES_REQUEST, (params: ReviewFilesParams) => this.review(params));
  }

  private async review(params: ReviewFilesParams): Promise<ReviewFilesResult> {
    const result: ReviewFilesResult = { reviewed: 0, open: 0, counts: { error: 0, warning: 0, info: 0, hint: 0 } };
    for (const { uri, text } of params?.files ?? []) {
      if (this.host.documents.get(uri)) {
        result.open++;
        continue;
      }
      this.tracked.add(uri);
      const diagnostics = await this.publish(uri, text);
      result.reviewed++;
      for (const d of diagnostics ?? []) result.counts[SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error]]++;
    }
    return result;
  }

  /**
   * A document was closed. True when it was part of a workspace review: its diagnostics then
   * come from the file on disk again (the editor may have closed it unsaved).
   */
  closed(uri: string): boolean {
    if (!this.tracked.has(uri)) return false;
    void this.refresh(uri);
    return true;
  }

  /** Files changed on disk (the client's watcher): re-review or clear the reviewed ones. */
  filesChanged(changes: FileEvent[]): void {
    for (const change of changes) {
      if (!this.tracked.has(change.uri) || this.host.documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) this.drop(change.uri);
      else void this.refresh(change.uri);
    }
  }

  /** Settings or a config file changed: every reviewed file that is not open is reviewed again. */
  refreshAll(): void {
    for (const uri of this.tracked) if (!this.host.documents.get(uri)) void this.refresh(uri);
  }

  private async refresh(uri: string): Promise<void> {
    let text: string | undefined;
    try {
      text = await this.host.readDocument(uri);
    } catch (err) {
      this.host.connection.console.warn(`Workspace review: cannot read ${uri} again: ${(err as Error).message}`);
    }
    if (this.host.documents.get(uri)) return; // opened meanwhile: the editor's review wins
    if (text === undefined) this.drop(uri);
    else await this.publish(uri, text);
  }

  private drop(uri: string): void {
    this.tracked.delete(uri);
    void this.host.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Reviews and publishes, unless the document was opened while its config was resolved. */
  private async publish(uri: string, text: string): Promise<Diagnostic[] | undefined> {
    const diagnostics = await this.host.diagnosticsOf(uri, text);
    if (this.host.documents.get(uri)) return undefined;
    void this.host.connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics;
  }
}
