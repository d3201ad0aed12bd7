/**
 * Posix path arithmetic for the core, which cannot use `node:path` (it also runs in the browser).
 * Paths are `/`-separated; an absolute path starts with `/`.
 */

/** The folder of a path: `dirname("/a/b.md")` is `/a`. */
export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (path.startsWith('/') ? '/' : '.') : path.slice(0, i);
}

/**
 * Resolves `relative` against the folder `base`, folding `.` and `..`. An absolute result stops at
 * `/`; a relative one keeps the `..` that climb above `base` (`resolvePath(".", "../a")` is `../a`).
 */
export function resolvePath(base: string, relative: string): string {
  const joined = relative.startsWith('/') ? relative : `${base}/${relative}`;
  const absolute = joined.startsWith('/');
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length && parts[parts.length - 1] !== '..') parts.pop();
    else if (!absolute) parts.push(part);
  }
  return absolute ? `/${parts.join('/')}` : parts.join('/') || '.';
}

/** The path from folder `from` to `to`, e.g. `relativePath("/a/drafts", "/a/sources/x.txt")` is `../sources/x.txt`. */
export function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/') || '.';
}

/** The last segment of a path. */
export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
