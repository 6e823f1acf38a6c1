// "SOW: Add the Review to CI (GitHub Actions)": writes .github/workflows/sow-review.yml (from
// media/walkthrough/sow-review.yml) into a workspace folder and opens it; an existing file is
// opened, never overwritten. Through workspace.fs, so it works on the web too.
import * as vscode from 'vscode';

const WORKFLOW = ['.github', 'workflows', 'sow-review.yml'];

export function registerAddCiWorkflowCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('sow.addCiWorkflow', () => addCiWorkflow(context.extensionUri)));
}

async function addCiWorkflow(extensionUri: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folders.length > 1 ? await vscode.window.showWorkspaceFolderPick({ placeHolder: 'The repository to add the SOW review workflow to' }) : folders[0];
  if (!folder) {
    if (!folders.length) void vscode.window.showWarningMessage('SOW: open the folder of your repository first; the workflow is written into it.');
    return undefined;
  }
  const target = vscode.Uri.joinPath(folder.uri, ...WORKFLOW);
  const exists = await vscode.workspace.fs.stat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const template = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', 'sow-review.yml'));
    await vscode.workspace.fs.writeFile(target, template); // creates .github/workflows/ as needed
  }
  await vscode.window.showTextDocument(target);
  void vscode.window.showInformationMessage(exists ? `SOW: ${WORKFLOW.join('/')} exists already; opened it.` : `SOW: wrote ${WORKFLOW.join('/')}. Commit it to review every pull request.`);
  return target;
}
