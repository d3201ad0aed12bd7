/** How a quote is written into a draft: inside a sentence, or as a blockquote of its own. */
export type QuoteStyle = 'inline' | 'blockquote';

/** A quote to write: a source sentence and where it is. */
export interface QuoteInput {
  /** The source sentence, verbatim; runs of whitespace (line breaks too) become one space. */
  text: string;
  /** The source file relative to the draft's folder, posix (`../sources/article.txt`). */
  path: string;
  /** 1-based lines of the sentence, inclusive; `to` defaults to `from`. */
  from: number;
  to?: number;
  style: QuoteStyle;
}

/**
 * The link target of a citation in GitHub's form: `path#L13`, or `path#L13-L15` for several
 * lines. Each path segment is percent-encoded, so spaces and `#` survive as a link destination.
 */
export function citationTarget(path: string, from: number, to = from): string {
  const encoded = path
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
  return `${encoded}#L${from}${to > from ? `-L${to}` : ''}`;
}

/**
 * Writes a verbatim quote with a citation link back to its lines.
 * Inline: `"words" ([source](path#L13))`; double quotation marks inside the sentence become
 * single ones, as a quote within a quote. Blockquote: `> words`, an empty `>` line and
 * `> — [source](path#L13)`, lines joined by `\n` and no trailing newline.
 * An empty `text` still gives the citation (`"" ([source](...))`).
 */
export function formatQuote(quote: QuoteInput): string {
  const words = quote.text.replace(/\s+/g, ' ').trim();
  const link = `[source](${citationTarget(quote.path, quote.from, quote.to)})`;
  if (quote.style === 'blockquote') return `> ${words}\n>\n> — ${link}`;
  return `"${nestQuotes(words)}" (${link})`;
}

/** Double quotation marks become single ones: “a” and "a" become ‘a’ and 'a'. */
function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");
}
