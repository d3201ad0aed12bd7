/**
 * A word diff from `draft` to `source` as markdown: words only in the draft ~~struck through~~,
 * words only in the source in **bold**, the rest as is, markdown characters escaped. Letter case,
 * curly/straight quotation marks, dashes and runs of whitespace are folded first, as the checker
 * folds them. Returns undefined when the two read the same after folding (or both are empty).
 */
export function formatWordDiff(draft: string, source: string): string | undefined {
  const { diffWords } = require('./lazy/diff') as typeof import('./lazy/diff');
  const changes = diffWords(fold(draft), fold(source), { ignoreCase: true });
  if (!changes.some((c) => c.added || c.removed)) return undefined;
  let out = '';
  for (const c of changes) {
    const part = c.removed ? mark(c.value, '~~') : c.added ? mark(c.value, '**') : escapeMarkdown(c.value);
    // A replaced word: "~~know~~ **understand**", not "~~know~~**understand**".
    out += c.added && out.endsWith('~~') && !/^\s/.test(part) ? ` ${part}` : part;
  }
  return out;
}

/** Escapes the characters markdown would read as markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function fold(text: string): string {
  return text.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-').replace(/\s+/g, ' ').trim();
}

/** Wraps the words of `text` in `marker`, leaving its outer whitespace outside (markdown needs that). */
function mark(text: string, marker: string): string {
  const [, before, body, after] = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return body ? `${before}${marker}${escapeMarkdown(body)}${marker}${after}` : text;
}
