import * as vscode from 'vscode';
import { walkSources } from './walkSources';

/**
 * The files of a workspace folder matching `globs` (relative to it). A folder on disk is searched
 * with `vscode.workspace.findFiles` (`exclude` as it takes it: undefined applies `files.exclude`);
 * any other scheme (a virtual workspace, which usually has no search provider, so findFiles finds
 * nothing there) is walked with `vscode.workspace.fs.readDirectory` within the bounds of
 * `walkSources`, which skips `node_modules` and `.git`.
 */
export async function findFolderFiles(
  folder: vscode.WorkspaceFolder,
  globs: readonly string[],
  exclude?: string,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  if (folder.uri.scheme === 'file') {
    const lists = await Promise.all(globs.map((glob) => vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, undefined, token)));
    return lists.flat();
  }
  const at = (path: string) => (path ? vscode.Uri.joinPath(folder.uri, ...path.split('/')) : folder.uri);
  // A cancelled walk reads nothing more (each read then fails, and the walk skips what it cannot
  // read); what it found so far is not the answer.
  const paths = await walkSources((path) => {
    if (token?.isCancellationRequested) throw new vscode.CancellationError();
    return vscode.workspace.fs.readDirectory(at(path));
  }, globs);
  if (token?.isCancellationRequested) throw new vscode.CancellationError();
  return paths.map(at);
}
