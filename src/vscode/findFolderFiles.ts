import * as vscode from 'vscode';
import { isSearchedPath } from '../core/glob';
import { walkSources } from './walkSources';

/**
 * The files of a workspace folder matching `globs` (relative to it). A folder on disk is searched
 * with `vscode.workspace.findFiles` (`exclude` as it takes it: undefined applies `files.exclude`);
 * any other scheme (a virtual workspace, which usually has no search provider, so findFiles finds
 * nothing there) is walked with `vscode.workspace.fs.readDirectory` within the bounds of
 * `walkSources`. Either way, hidden folders and `node_modules` are left out unless a glob names
 * them (`isSearchedPath`), as the CLI leaves them out.
 */
export async function findFolderFiles(
  folder: vscode.WorkspaceFolder,
  globs: readonly string[],
  exclude?: string,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  if (folder.uri.scheme === 'file') {
    // findFiles searches hidden folders too; the CLI and the walk below do not.
    const lists = await Promise.all(
      globs.map(async (glob) =>
        (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), exclude, undefined, token)).filter((uri) => isSearchedUri(folder, uri, glob)),
      ),
    );
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

/**
 * Whether `glob` (relative to `folder`) reaches `uri` as the CLI would: through no hidden file or
 * folder and no `node_modules` beyond the folders it names (`isSearchedPath`). For what a search
 * or a file watcher of the glob reports.
 */
export function isSearchedUri(folder: vscode.WorkspaceFolder, uri: vscode.Uri, glob: string): boolean {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return !uri.path.startsWith(base) || isSearchedPath(uri.path.slice(base.length), glob);
}
