// "SOW: Review Workspace": every *.sow.yaml / *.sow.yml of every workspace folder reviewed into
// the Problems panel without opening an editor. Files are found and read here (workspace.fs, so
// vscode.dev and github.dev work too) and sent to the server in batches; the server keeps their
// diagnostics right afterwards (server/src/workspaceReview.ts).
import * as vscode from 'vscode';
import { MAX_DOCUMENT_BYTES, REVIEW_FILES_REQUEST, ReviewFilesParams, ReviewFilesResult } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';

const SOW_FILES = '**/*.sow.{yaml,yml}';
/** Files per request: progress moves and a cancel takes effect between batches. */
const BATCH = 10;

export interface WorkspaceReviewSummary extends ReviewFilesResult {
  /** Files found; `skipped` of them were not read (too large or unreadable). */
  found: number;
  skipped: string[];
  cancelled: boolean;
}

export function registerReviewWorkspaceCommand(context: vscode.ExtensionContext, client: SowLanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('sow.reviewWorkspace', () => reviewWorkspace(client)));
}

async function reviewWorkspace(client: SowLanguageClient): Promise<WorkspaceReviewSummary> {
  const summary: WorkspaceReviewSummary = { found: 0, reviewed: 0, open: 0, skipped: [], cancelled: false, counts: { error: 0, warning: 0, info: 0, hint: 0 } };
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'SOW: reviewing the workspace', cancellable: true },
    async (progress, token) => {
      const files = await findSowFiles(token);
      summary.found = files.length;
      for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
        const batch = files.slice(i, i + BATCH);
        progress.report({ message: `${i + batch.length} of ${files.length}`, increment: (batch.length / files.length) * 100 });
        const params: ReviewFilesParams = { files: [] };
        for (const uri of batch) {
          const text = await readDocument(uri);
          if (text === undefined) summary.skipped.push(vscode.workspace.asRelativePath(uri));
          else params.files.push({ uri: uri.toString(), text });
        }
        const result = await client.sendRequest<ReviewFilesResult>(REVIEW_FILES_REQUEST, params);
        summary.reviewed += result.reviewed;
        summary.open += result.open;
        for (const key of Object.keys(summary.counts) as Array<keyof ReviewFilesResult['counts']>) summary.counts[key] += result.counts[key];
      }
      summary.cancelled = token.isCancellationRequested;
    },
  );
  void report(summary);
  return summary;
}

/**
 * The SOW documents of every workspace folder, without what `files.exclude` and `search.exclude`
 * exclude there (findFiles applies only files.exclude by itself). Exclusions with a `when`
 * condition are left aside: they depend on sibling files, which a glob cannot say.
 */
async function findSowFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const excluded = ['files', 'search'].flatMap((section) =>
      Object.entries(vscode.workspace.getConfiguration(section, folder).get<Record<string, unknown>>('exclude') ?? {})
        .filter(([, on]) => on === true)
        .map(([glob]) => glob),
    );
    const exclude = excluded.length ? `{${excluded.join(',')}}` : null;
    for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, SOW_FILES), exclude, undefined, token)) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
}

async function readDocument(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_DOCUMENT_BYTES) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function report(summary: WorkspaceReviewSummary): Promise<void> {
  const { error, warning, info } = summary.counts;
  const parts = [`${summary.reviewed + summary.open} of ${summary.found} SOW documents reviewed`, `${error} errors, ${warning} warnings, ${info} info in the files not open`];
  if (summary.skipped.length) parts.push(`not read: ${summary.skipped.join(', ')}`);
  const message = `SOW: ${summary.cancelled ? 'review cancelled — ' : ''}${parts.join('; ')}.`;
  const choice = await vscode.window.showInformationMessage(message, 'Show Problems');
  if (choice === 'Show Problems') await vscode.commands.executeCommand('workbench.actions.view.problems');
}
