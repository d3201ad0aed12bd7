import { escapeRegExp } from './regExp';

/**
 * A regular expression matching the `/`-separated paths a glob matches (VS Code glob syntax, which
 * the `sourceline.sources` setting and the CLI's `--source` share): `**` spans folders (`a/**` also matches
 * `a` itself), `*` and `?` stay within a name, `{a,b}` picks one, `[...]` is a class of characters.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const next = glob[i + 2];
      if (atStart && next === '/') {
        re += '(?:[^/]*/)*';
        i += 2;
      } else if (atStart && next === undefined && i > 0) {
        // "a/**": a itself or anything below it (the "/" is already in `re`).
        re = `${re.slice(0, -1)}(?:/.*)?`;
        i += 1;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      re += '(?:';
      braces++;
    } else if (ch === '}' && braces) {
      re += ')';
      braces--;
    } else if (ch === ',' && braces) re += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    // An unbalanced "{" or a class that is not one: the glob is taken literally.
    return new RegExp(`^${escapeRegExp(glob)}$`);
  }
}

/**
 * Whether a file or folder of this name is left out of a search for sources and drafts, as the
 * CLI and the extension both search: hidden ones (`.git`, `.obsidian`, `._notes.txt`, the
 * resource forks macOS leaves on shared drives) and `node_modules` folders.
 */
export function isSkippedName(name: string, isFolder: boolean): boolean {
  return name.startsWith('.') || (isFolder && name === 'node_modules');
}

/** The glob's leading folders without wildcards (`sources/**\/*.txt` gives `sources`). */
export function literalPrefix(glob: string): string {
  const parts = glob.split('/');
  const literal: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (/[*?{[]/.test(part)) break;
    literal.push(part);
  }
  return literal.join('/');
}

/**
 * Whether a `/`-separated path found by `glob` passes no skipped name (see `isSkippedName`)
 * beyond the leading folders the glob names itself: `**\/*.txt` does not reach `.trash/a.txt`
 * or `a/.b.txt`, while `.notes/*.txt` reaches `.notes/a.txt`.
 */
export function isSearchedPath(path: string, glob: string): boolean {
  const named = literalPrefix(glob).split('/').filter(Boolean).length;
  const names = path.split('/');
  return names.every((name, depth) => depth < named || !isSkippedName(name, depth < names.length - 1));
}
