import * as vscode from 'vscode';
import { decodeText, type Decoded } from '../core/decodeText';

/**
 * The text of `uri` as Sourceline reads sources and drafts: an open document's text (unsaved
 * edits count), otherwise the file through `vscode.workspace.fs`, decoded by the core. A folder,
 * a file over `limitKB`, a binary file or a file-system error give a `problem` (a reason to
 * show after the file's name) instead of text. Never throws; never writes.
 */
export async function readWorkspaceText(uri: vscode.Uri, limitKB: number): Promise<Decoded> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { problem: 'is a folder, not a file' };
    if (stat.size > limitKB * 1024) return { problem: `is ${Math.round(stat.size / 1024)} KB, over the sourceline.maxFileSizeKB limit of ${limitKB} KB` };
    return decodeText(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    return { problem: error instanceof vscode.FileSystemError ? describeFsError(error) : String(error) };
  }
}

function describeFsError(error: vscode.FileSystemError): string {
  switch (error.code) {
    case 'FileNotFound':
      return 'no such file';
    case 'NoPermissions':
      return 'permission denied';
    default:
      return error.message;
  }
}
