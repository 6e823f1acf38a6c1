// "SOW: Import Statement of Work…": a filled template (Markdown, Word .docx or HTML) → a new
// untitled .sow.yaml (language sow, so the review runs at once) and the import report in the
// "SOW Import" output channel. The server does the work with the engine's importer.
import * as vscode from 'vscode';
import { IMPORT_REQUEST, ImportParams, ImportResultMessage } from '../../../server/src/protocol';
import type { SowLanguageClient } from '../languageClient';

export function registerImportCommand(context: vscode.ExtensionContext, client: SowLanguageClient): void {
  const output = vscode.window.createOutputChannel('SOW Import');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('sow.importDocument', async (arg?: vscode.Uri) => {
      const source =
        arg instanceof vscode.Uri
          ? arg
          : (
              await vscode.window.showOpenDialog({
                canSelectMany: false,
                openLabel: 'Import',
                title: 'Import a filled Statement of Work template',
                filters: { 'SOW template (Markdown, Word, HTML)': ['md', 'markdown', 'docx', 'html', 'htm'] },
              })
            )?.[0];
      if (!source) return undefined;
      let result: ImportResultMessage;
      try {
        const bytes = await vscode.workspace.fs.readFile(source);
        const name = source.path.split('/').pop() ?? 'document';
        const params: ImportParams = { name, contentBase64: Buffer.from(bytes).toString('base64') };
        result = await client.sendRequest<ImportResultMessage>(IMPORT_REQUEST, params);
      } catch (err) {
        void vscode.window.showErrorMessage(`SOW: import failed: ${(err as Error).message}`);
        return undefined;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'sow', content: result.yaml });
      await vscode.window.showTextDocument(doc);
      output.clear();
      output.append(result.report);
      const summary = `SOW: imported ${result.mapped} fields; ${result.kept} lines kept as comments, ${result.ambiguous} ambiguous answers left empty.`;
      void vscode.window.showInformationMessage(summary, 'Show Report').then((choice) => choice && output.show(true));
      return doc.uri;
    }),
  );
}
