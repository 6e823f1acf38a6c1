// "SOW: New Statement of Work": a new document from the bundled starter, every section present.
import * as vscode from 'vscode';

export function registerNewDocumentCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sow.newDocument', async (target?: vscode.Uri) => {
      const starter = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'examples', 'starter.sow.yaml'));
      const content = new TextDecoder().decode(starter).replace(/\{\{today\}\}/g, new Date().toISOString().slice(0, 10));
      if (target) {
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
        await vscode.window.showTextDocument(target);
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'sow', content });
      await vscode.window.showTextDocument(doc);
    }),
  );
}
