import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { globToRegExp, isSkippedName, literalPrefix } from '../core/glob';
import { describeFsError, UsageError } from './readInput';

/** Default sources when neither `--source` nor front matter names any (relative to the working directory). */
export const DEFAULT_SOURCE_GLOB = 'sources/**/*.{txt,md}';

const SOURCE_FILE = /\.(txt|md|markdown)$/i;

/**
 * Turns `--source` arguments (a file, a folder, or a glob) into absolute file paths, sorted and
 * without duplicates (one file reached by two paths, through `..` or a symlink, counts once). A
 * folder contributes its `.txt`/`.md` files at any depth. Symlink loops are walked once; a link
 * that cannot be followed is skipped with a warning. Throws `UsageError` for a file or folder
 * that does not exist.
 */
export function expandSources(args: readonly string[], cwd: string, warn: (message: string) => void = () => {}): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    // A path that exists as written is that path, even with glob characters in it ("notes[1].txt").
    if (/[*?{[]/.test(arg) && !existsSync(abs)) {
      out.push(...expandGlob(arg, cwd, warn));
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (error) {
      throw new UsageError(`${arg}: ${describeFsError(error)} (given with --source)`);
    }
    if (isDir) out.push(...walk(abs, new Set(), warn));
    else out.push(abs);
  }
  return uniqueFiles(out).sort();
}

/** The paths without those that name a file already listed (compared by real path). */
export function uniqueFiles(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return paths.filter((path) => {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // a missing file is reported when it is read
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** Files matching a glob (`*`, `**`, `?`, `{a,b}`, `[...]`), searched from its literal leading folders. */
export function expandGlob(glob: string, cwd: string, warn: (message: string) => void = () => {}): string[] {
  const prefix = literalPrefix(glob);
  const base = resolve(cwd, prefix || '.');
  const pattern = globToRegExp(prefix ? glob.slice(prefix.length + 1) : glob);
  try {
    return walk(base, new Set(), warn, (f) => pattern.test(f.slice(base.length + 1).split('\\').join('/')));
  } catch {
    return [];
  }
}


function walk(dir: string, seen: Set<string>, warn: (message: string) => void, accept: (file: string) => boolean = (f) => SOURCE_FILE.test(f)): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw new UsageError(`${dir}: ${describeFsError(error)}`);
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    warn(`${dir}: folder skipped: ${describeFsError(error)}`);
    return [];
  }
  for (const entry of entries) {
    if (isSkippedName(entry.name, !entry.isFile())) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(path).isDirectory();
      } catch (error) {
        if (accept(path)) warn(`${path}: skipped: ${describeFsError(error)}`);
        continue;
      }
    }
    if (isDir) out.push(...walk(path, seen, warn, accept));
    else if (accept(path)) out.push(path);
  }
  return out;
}
