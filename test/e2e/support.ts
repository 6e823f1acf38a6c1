// Helpers shared by the suites that run inside VS Code (bundled into each suite file).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sow-architect.sow-architect';

/** The workspace folder: a throwaway copy of examples/, so tests may edit files in it. */
export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open (the copy of examples/)');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function openExample(name: 'well-architected' | 'anti-patterns' | 'starter'): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(`${name}.sow.yaml`));
  return vscode.window.showTextDocument(doc);
}

/** Polls `probe` until it returns something truthy; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function sowDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sow');
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Waits until the language server has published diagnostics matching `accept` for `uri`. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (ds: vscode.Diagnostic[]) => boolean, timeoutMs?: number) {
  return waitFor(what, () => {
    const ds = sowDiagnostics(uri);
    return accept(ds) && ds;
  }, timeoutMs);
}

/**
 * Diagnostics once they have stopped changing: at least one publish seen for `uri` (or
 * `firstMs` passed, for a document the server finds clean) and then `quietMs` without changes.
 * `recorder` must be started before the document was opened or edited.
 */
export async function settledDiagnostics(recorder: DiagnosticsRecorder, uri: vscode.Uri, firstMs = 10_000, quietMs = 1_000) {
  const start = Date.now();
  while (!recorder.lastChange(uri) && Date.now() - start < firstMs) await sleep(100);
  while (Date.now() - (recorder.lastChange(uri) ?? 0) < quietMs) await sleep(100);
  return sowDiagnostics(uri);
}

export interface DiagnosticsRecorder extends vscode.Disposable {
  lastChange(uri: vscode.Uri): number | undefined;
}

/** Records when diagnostics of each document last changed. Dispose when done. */
export function recordDiagnostics(): DiagnosticsRecorder {
  const last = new Map<string, number>();
  const sub = vscode.languages.onDidChangeDiagnostics((e) => e.uris.forEach((u) => last.set(u.toString(), Date.now())));
  return { lastChange: (uri) => last.get(uri.toString()), dispose: () => sub.dispose() };
}

/** Position of the first whole-word `word` in `doc` at or after `fromOffset`. */
export function positionOfWord(doc: vscode.TextDocument, word: string, fromOffset = 0): vscode.Position | undefined {
  const re = new RegExp(`(?<![\\w-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
  re.lastIndex = fromOffset;
  const m = re.exec(doc.getText());
  return m ? doc.positionAt(m.index) : undefined;
}

/** Plain text of hover contents (MarkdownString or MarkedString). */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function completionLabels(list: vscode.CompletionList): string[] {
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/**
 * Closes every editor, discarding unsaved changes first: tests never save the examples, and a
 * dirty editor would otherwise raise a modal "save changes?" dialog that blocks the run.
 */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
