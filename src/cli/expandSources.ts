import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeFsError, UsageError } from './readInput';

/** Default sources when neither `--source` nor front matter names any (relative to the working directory). */
export const DEFAULT_SOURCE_GLOB = 'sources/**/*.{txt,md}';

const SOURCE_FILE = /\.(txt|md|markdown)$/i;

/**
 * Turns `--source` arguments (a file, a folder, or a glob) into absolute file paths, sorted and
 * without duplicates. A folder contributes its `.txt`/`.md` files at any depth. Symlink loops are
 * walked once. Throws `UsageError` for a file or folder that does not exist.
 */
export function expandSources(args: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const arg of args) {
    if (/[*?{[]/.test(arg)) {
      for (const file of expandGlob(arg, cwd)) out.add(file);
      continue;
    }
    const abs = resolve(cwd, arg);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch (error) {
      throw new UsageError(`${arg}: source ${describeFsError(error)}`);
    }
    if (isDir) for (const file of walk(abs, new Set())) out.add(file);
    else out.add(abs);
  }
  return [...out].sort();
}

/** Files matching a glob (`*`, `**`, `?`, `{a,b}`), searched from its literal leading folders. */
export function expandGlob(glob: string, cwd: string): string[] {
  const parts = glob.split('/');
  const literal: string[] = [];
  while (parts.length > 1 && !/[*?{[]/.test(parts[0])) literal.push(parts.shift()!);
  const base = resolve(cwd, literal.join('/') || '.');
  const pattern = globToRegExp(parts.join('/'));
  let files: string[];
  try {
    files = walk(base, new Set(), () => true);
  } catch {
    return [];
  }
  return files.filter((f) => pattern.test(f.slice(base.length + 1).split('\\').join('/')));
}

/** A regular expression for a glob: `**` crosses folders, `*` and `?` do not, `{a,b}` picks one. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '{') re += '(?:';
    else if (ch === '}') re += ')';
    else if (ch === ',' && re.includes('(?:')) re += '|';
    else re += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, seen: Set<string>, accept: (file: string) => boolean = (f) => SOURCE_FILE.test(f)): string[] {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (error) {
    throw new UsageError(`${dir}: ${describeFsError(error)}`);
  }
  if (seen.has(real)) return [];
  seen.add(real);
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue; // a dangling or looping link is skipped
      }
    }
    if (isDir) out.push(...walk(path, seen, accept));
    else if (accept(path)) out.push(path);
  }
  return out;
}
