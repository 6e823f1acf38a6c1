// "SOW: Compare with…": the active SOW against a git revision (through the built-in Git
// extension's API) or another file; the server computes the change report (engine/diff) and a
// preview panel shows it — material changes first, then every change by section, findings and
// readiness before → after.
import * as vscode from 'vscode';
import { newNonce, renderPage } from '../../../server/src/engine/render/page';
import { COMPARE_REQUEST, CompareParams, CompareResult } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';

/** The parts of the Git extension's API (vscode.git, API version 1) this command uses. */
interface GitRef {
  name?: string;
  type: number;
}
interface GitRepository {
  state: { refs: GitRef[] };
  getRefs?(query: object): Promise<GitRef[]>;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

/** Arguments for scripted use (tests, keybindings, tasks): compare without asking. */
export interface CompareArgs {
  /** Compare with this file. */
  file?: vscode.Uri;
  /** Compare with the document at this git revision. */
  ref?: string;
}

export function registerCompareCommand(context: vscode.ExtensionContext, client: SowLanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.compareWith', async (args?: CompareArgs): Promise<CompareResult | undefined> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'sow') {
        void vscode.window.showInformationMessage('SOW: open a .sow.yaml document to compare it.');
        return;
      }
      const resource = editor.document.uri;
      const source = args?.file ? 'file' : args?.ref ? 'git' : (await vscode.window.showQuickPick(
        [
          { label: '$(git-commit) A git revision…', source: 'git' as const },
          { label: '$(file) A file…', source: 'file' as const },
        ],
        { title: 'SOW: Compare with…' },
      ))?.source;
      if (!source) return;
      try {
        const base = source === 'git' ? await fromGit(resource, args?.ref) : await fromFile(resource, args?.file);
        if (!base) return;
        // The server also keeps this version as the document's approved baseline (PWAF-DOC-008).
        const params: CompareParams = { uri: resource.toString(), baseText: base.text, baseLabel: base.label };
        const result = await client.sendRequest<CompareResult | null>(COMPARE_REQUEST, params);
        if (!result) throw new Error('the document is not open in the SOW language server');
        show(context.extensionUri, result);
        return result;
      } catch (err) {
        void vscode.window.showErrorMessage(`SOW: compare failed: ${(err as Error).message}`);
        return undefined;
      }
    }),
  );
}

async function fromGit(resource: vscode.Uri, given?: string): Promise<{ text: string; label: string } | undefined> {
  // Desktop only: VS Code for the Web has no Git extension (compare with a file there).
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  const git = extension && (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  const repository = git?.getRepository(resource);
  if (!repository) throw new Error('the document is not in a git repository the Git extension knows (in VS Code for the Web, compare with a file)');
  if (given) return { text: await repository.show(given, resource.fsPath), label: given };
  const refs = repository.getRefs ? await repository.getRefs({}) : repository.state.refs;
  const KIND = ['branch', 'remote branch', 'tag'];
  const items = [
    { label: 'HEAD', description: 'the last commit' },
    ...refs.filter((r) => r.name).map((r) => ({ label: r.name!, description: KIND[r.type] ?? '' })),
    { label: '$(edit) Another revision…', description: 'a commit hash, HEAD~2, …' },
  ];
  const chosen = await vscode.window.showQuickPick(items, { title: 'SOW: Compare with which revision?', matchOnDescription: true });
  if (!chosen) return undefined;
  const ref = chosen.label.startsWith('$(edit)') ? (await vscode.window.showInputBox({ prompt: 'A git revision (commit, branch, tag, HEAD~1 …)' }))?.trim() : chosen.label;
  if (!ref) return undefined;
  return { text: await repository.show(ref, resource.fsPath), label: ref };
}

async function fromFile(resource: vscode.Uri, given?: vscode.Uri): Promise<{ text: string; label: string } | undefined> {
  const [file] = given ? [given] :
    (await vscode.window.showOpenDialog({ canSelectMany: false, defaultUri: resource, filters: { 'SOW documents': ['yaml', 'yml'] }, title: 'SOW: Compare with which file?' })) ?? [];
  if (!file) return undefined;
  return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(file)), label: file.path.slice(file.path.lastIndexOf('/') + 1) };
}

/** The report in a preview panel: the preview's stylesheet, no script. */
function show(extensionUri: vscode.Uri, result: CompareResult): void {
  const panel = vscode.window.createWebviewPanel('sow.compare', `[Changes] ${result.title}`, vscode.ViewColumn.Beside, {
    enableScripts: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  });
  panel.webview.html = renderPage(
    { title: result.title, bodyHtml: `<article class="sow-changes">${result.bodyHtml}</article>` },
    { cspSource: panel.webview.cspSource, nonce: newNonce(), styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(), theme: 'auto' },
  );
}
