// Reads workspace files for the language server through workspace.fs, when the server cannot read
// them itself: `.sowrc.yaml` in a virtual workspace (github.dev, vscode.dev, Remote Repositories)
// and always for the web worker server; SOW documents of a workspace review that are not open.
// The lookup (which folders, which names, in which order) stays in the server.
import * as vscode from 'vscode';
import { BaseLanguageClient, LSPErrorCodes, ResponseError } from 'vscode-languageclient';
import { MAX_DOCUMENT_BYTES, READ_WORKSPACE_FILE_REQUEST, ReadWorkspaceFileParams, ReadWorkspaceFileResult } from '../../server/src/protocol';

/** Configuration files are a few hundred bytes each; beyond this it is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

export function registerWorkspaceFileReader(client: BaseLanguageClient): void {
  client.onRequest(READ_WORKSPACE_FILE_REQUEST, async (params: ReadWorkspaceFileParams): Promise<ReadWorkspaceFileResult> => {
    const uri = vscode.Uri.parse(params.uri, true);
    // Nothing outside the open workspace folders is read on the server's behalf: for its config
    // lookup, which walks up past the folder, such a file is simply not there.
    if (!vscode.workspace.getWorkspaceFolder(uri)) return null;
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return null;
      throw failure((err as Error).message);
    }
    if (!(stat.type & vscode.FileType.File)) throw failure('not a file');
    const limit = Math.min(params.maxBytes ?? MAX_CONFIG_BYTES, MAX_DOCUMENT_BYTES);
    if (stat.size > limit) throw failure(`${stat.size} bytes, more than the ${limit} this file may have`);
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  });
}

const failure = (message: string) => new ResponseError(LSPErrorCodes.RequestFailed, message);
