import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findFolderFiles } from '../../src/vscode/findFolderFiles';
import { SLOW_MS } from './workspace';

const SCHEME = 'sourceline-memfs';

/**
 * A read-only in-memory file system, standing in for a virtual workspace (a GitHub repository,
 * a remote share). It has no search provider: `vscode.workspace.findFiles` in it never even
 * resolves (VS Code logs "No search provider registered for scheme: sourceline-memfs, waiting").
 */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, Uint8Array>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(files: Record<string, string>) {
    for (const [path, text] of Object.entries(files)) this.files.set(path, new TextEncoder().encode(text));
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.length };
    if (this.entries(uri.path).length) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const entries = this.entries(uri.path);
    if (!entries.length) throw vscode.FileSystemError.FileNotFound(uri);
    return entries;
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  /** The files and folders directly in the folder `path`. */
  private entries(path: string): [string, vscode.FileType][] {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const entries = new Map<string, vscode.FileType>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const [name, ...rest] = file.slice(prefix.length).split('/');
      entries.set(name, rest.length ? vscode.FileType.Directory : vscode.FileType.File);
    }
    return [...entries];
  }
}

suite('virtual workspace', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);

  // Adding a virtual folder to the test window would turn it into a multi-root workspace, which
  // code-server does by reloading the window (and the tests with it): the listing is tested on
  // its own, through the real vscode.workspace.fs and a registered file system provider.
  test('sources and drafts of a folder that findFiles cannot search are listed by walking it', async () => {
    const fileSystem = new MemoryFileSystem({
      '/newsroom/sources/metro.txt': 'The Kyiv metro carried 1.2 million passengers on Monday.\n',
      '/newsroom/sources/2025/budget.md': 'The council approved the budget.\n',
      '/newsroom/sources/scan.png': 'not a source',
      '/newsroom/drafts/metro.md': 'The Kyiv metro carried 1.5 million passengers on Monday.\n',
      '/newsroom/node_modules/pkg/readme.md': 'A package.\n',
      '/newsroom/.git/description.md': 'Git metadata.\n',
    });
    const registration = vscode.workspace.registerFileSystemProvider(SCHEME, fileSystem, { isCaseSensitive: true, isReadonly: true });
    try {
      const folder: vscode.WorkspaceFolder = { uri: vscode.Uri.from({ scheme: SCHEME, path: '/newsroom' }), name: 'newsroom', index: 1 };
      const list = async (globs: string[]) => (await findFolderFiles(folder, globs)).map((uri) => uri.toString());
      assert.deepEqual(await list(['sources/**/*.{txt,md}']), [
        'sourceline-memfs:/newsroom/sources/2025/budget.md',
        'sourceline-memfs:/newsroom/sources/metro.txt',
      ]);
      assert.deepEqual(await list(['**/*.md']), ['sourceline-memfs:/newsroom/drafts/metro.md', 'sourceline-memfs:/newsroom/sources/2025/budget.md']);
    } finally {
      registration.dispose();
    }
  });

  test('a folder on disk (scheme file) lists its sources as before', async () => {
    const folder = vscode.workspace.workspaceFolders![0];
    const found = await findFolderFiles(folder, ['sources/**/*.{txt,md}']);
    assert.ok(found.some((uri) => uri.path.endsWith('/sources/article.txt')), found.map(String).join(', '));
  });
});
