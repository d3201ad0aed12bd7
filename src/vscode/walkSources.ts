import { globToRegExp, isSearchedPath, isSkippedName, literalPrefix } from '../core/glob';

/**
 * Lists the files of a folder that match globs by walking it, for file systems that
 * `vscode.workspace.findFiles` cannot search (a virtual workspace without a search provider).
 * Pure: it reads folders only through the callback, so it runs (and is tested) in plain Node.
 */

/** A folder entry as `vscode.workspace.fs.readDirectory` gives it: its name and `vscode.FileType` bits. */
export type DirectoryEntry = [name: string, type: number];

/** Reads the folder at `path` (relative to the walked folder, `/`-separated, `''` for the folder itself). */
export type ReadDirectory = (path: string) => PromiseLike<DirectoryEntry[]>;

/** Bounds of a walk, so a huge tree or a symlink loop costs a bounded number of reads. */
export interface WalkLimits {
  /** Folders deeper than this below the walked folder are not read (the folder itself is depth 0). */
  maxDepth: number;
  /** The walk stops after reading this many folders. */
  maxFolders: number;
}

/** `vscode.FileType.File` and `vscode.FileType.Directory` (a symlink adds `SymbolicLink` to either). */
const FILE = 1;
const DIRECTORY = 2;

const DEFAULT_LIMITS: WalkLimits = { maxDepth: 12, maxFolders: 2000 };

/**
 * The files under a folder matching any of `globs` (VS Code glob syntax relative to that folder:
 * `**` spans folders, `*` and `?` do not, `{a,b}` and `[abc]`), as `/`-separated paths relative
 * to it, sorted. Only folders that a glob can reach are read (`sources/**` reads below `sources`
 * only); hidden folders and `node_modules` are skipped unless a glob names them (`isSkippedName`). A folder that cannot be read is skipped. Empty
 * `globs` read nothing and return `[]`.
 */
export async function walkSources(readDirectory: ReadDirectory, globs: readonly string[], limits: WalkLimits = DEFAULT_LIMITS): Promise<string[]> {
  const patterns: Pattern[] = globs.map((glob) => ({ glob, matcher: globToRegExp(glob), prefix: literalPrefix(glob) }));
  const found: string[] = [];
  // Breadth first, so the folder bound cuts off the deepest folders first.
  const queue: { path: string; depth: number }[] = patterns.length ? [{ path: '', depth: 0 }] : [];
  let read = 0;
  while (queue.length && read < limits.maxFolders) {
    const folder = queue.shift()!;
    read++;
    let entries: DirectoryEntry[];
    try {
      entries = await readDirectory(folder.path);
    } catch {
      continue;
    }
    for (const [name, type] of entries) {
      const path = folder.path ? `${folder.path}/${name}` : name;
      if (type & DIRECTORY) {
        // A hidden folder or node_modules only where a glob names it (`.notes/*.txt`).
        const reaches = isSkippedName(name, true) ? (p: Pattern) => namesFolder(p.prefix, path) : (p: Pattern) => mayContain(p.prefix, path);
        if (folder.depth < limits.maxDepth && patterns.some(reaches)) {
          queue.push({ path, depth: folder.depth + 1 });
        }
      } else if (type & FILE && patterns.some((p) => p.matcher.test(path) && isSearchedPath(path, p.glob))) {
        found.push(path);
      }
    }
  }
  return [...new Set(found)].sort();
}


interface Pattern {
  glob: string;
  matcher: RegExp;
  prefix: string;
}

/** Whether a glob with this literal prefix names the folder `path` (it or a folder below it). */
function namesFolder(prefix: string, path: string): boolean {
  return prefix === path || prefix.startsWith(`${path}/`);
}

/** Whether a glob with this literal prefix can match something in the folder `path`. */
function mayContain(prefix: string, path: string): boolean {
  return prefix === '' || prefix === path || prefix.startsWith(`${path}/`) || path.startsWith(`${prefix}/`);
}
