import { extractProse, findFrontMatter, type LinkTarget } from './extractProse';
import { dirname, resolvePath } from './paths';
import { partitionPoint } from './partitionPoint';
import { lineStarts } from './positions';
import { findQuotedRanges, splitSentences } from './splitSentences';
import { tokenize, type Token } from './tokenize';
import type { Span } from './types';

/** A link from the draft to a place in a source. */
export interface Citation extends Span {
  /** The destination as written. */
  url: string;
  /** The resolved path of the cited file (posix, resolved against the draft's folder). */
  path: string;
  /** Cited lines, 1-based and inclusive, from a `#L13` or `#L13-L15` fragment. */
  lines?: { from: number; to: number };
  /** Where the destination is written, for re-pointing it. */
  urlSpan?: Span;
}

/** A sentence of the draft. Offsets are into the draft text. */
export interface DraftSentence extends Span {
  /** The sentence as written (markup included). */
  text: string;
  /** Its words, read from the prose with markup blanked out. */
  tokens: Token[];
  /** Spans of quoted text, without the quotation marks. */
  quotes: Span[];
  citations: Citation[];
  /** Index of the prose block (paragraph, list item, table cell) holding it. */
  block: number;
  /** Switched off by a `sourceline-disable` comment. */
  disabled: boolean;
}

/** A markdown draft, read. */
export interface Draft {
  path: string;
  text: string;
  /** The text with everything but prose blanked out (same offsets). */
  prose: string;
  lineStarts: number[];
  sentences: DraftSentence[];
  /** Prose blocks, each with the index of its first sentence. */
  blocks: (Span & { firstSentence: number })[];
  /** Source paths named by the front matter (`sources:`), resolved against the draft's folder. */
  frontMatterSources: string[];
  /** Why the front matter could not be read, if it could not. */
  frontMatterError?: string;
}

const LINE_FRAGMENT = /^L(\d+)(?:-L?(\d+))?$/;

/**
 * Reads a markdown draft at `path` (posix; used to resolve relative links and front matter).
 * Headings, code, HTML, front matter and link destinations are not prose. Empty text returns a
 * draft without sentences.
 */
export function parseDraft(text: string, path: string): Draft {
  const prose = extractProse(text, { headings: false });
  const folder = dirname(path);
  const draft: Draft = {
    path,
    text,
    prose: prose.masked,
    lineStarts: lineStarts(text),
    sentences: [],
    blocks: [],
    frontMatterSources: [],
  };
  if (prose.frontMatter) Object.assign(draft, frontMatterOf(prose.frontMatter.value, folder));
  // In document order, each sentence's found by binary search: a draft may cite on every line.
  const citations = prose.links.map((link) => toCitation(link, folder)).sort((a, b) => a.start - b.start);

  for (const block of prose.blocks) {
    draft.blocks.push({ start: block.start, end: block.end, firstSentence: draft.sentences.length });
    const quotes = findQuotedRanges(prose.masked, block.start, block.end);
    const spans = splitSentences(prose.masked, block.start, block.end);
    spans.forEach((span, i) => {
      // Citations right after a sentence's final period ("...Putin.[^1]") still belong to it.
      const until = i + 1 < spans.length ? spans[i + 1].start : block.end;
      draft.sentences.push({
        ...span,
        text: text.slice(span.start, span.end),
        tokens: tokenize(prose.masked, span.start, span.end),
        quotes: quotes
          .filter((q) => q.start >= span.start && q.end <= span.end)
          .map((q) => ({ start: q.start + 1, end: q.end - 1 })),
        citations: citations.slice(
          partitionPoint(citations.length, (k) => citations[k].start < span.start),
          partitionPoint(citations.length, (k) => citations[k].start < until),
        ),
        block: draft.blocks.length - 1,
        disabled: prose.disabled.some((d) => span.start < d.end && span.end > d.start),
      });
    });
  }
  return draft;
}

const destinationUses = new WeakMap<Draft, Map<number, number>>();

/**
 * Whether the destination of `c` is written once for several citations (a footnote or a link
 * definition used more than once): re-pointing it for one sentence would re-point the others.
 */
export function isSharedCitation(draft: Draft, c: Citation): boolean {
  if (!c.urlSpan) return false;
  let uses = destinationUses.get(draft);
  if (!uses) {
    uses = new Map();
    for (const s of draft.sentences) for (const d of s.citations) if (d.urlSpan) uses.set(d.urlSpan.start, (uses.get(d.urlSpan.start) ?? 0) + 1);
    destinationUses.set(draft, uses);
  }
  return (uses.get(c.urlSpan.start) ?? 0) > 1;
}

/** What a draft's front matter says of its sources: their resolved paths, or why it cannot be read. */
export type FrontMatter = Pick<Draft, 'frontMatterSources' | 'frontMatterError'>;

/**
 * The front matter of the draft `text` at `path`, as `parseDraft` reads it, without parsing the
 * markdown: the extension needs the sources to build the index before the draft is checked.
 */
export function readFrontMatter(text: string, path: string): FrontMatter {
  const block = findFrontMatter(text);
  return block ? frontMatterOf(block.value, dirname(path)) : { frontMatterSources: [] };
}

function frontMatterOf(yaml: string, folder: string): FrontMatter {
  let data: unknown;
  try {
    data = (require('./lazy/yaml') as typeof import('./lazy/yaml')).load(yaml);
  } catch (error) {
    // js-yaml counts lines from the one after the opening "---": in the draft it is one further.
    const reason = String((error as Error).message).split('\n')[0].replace(/\((\d+):(\d+)\)$/, (_, line: string, column: string) => `(line ${Number(line) + 1}, column ${column})`);
    return { frontMatterSources: [], frontMatterError: `front matter is not valid YAML: ${reason}` };
  }
  if (data === null || data === undefined) return { frontMatterSources: [] };
  if (typeof data !== 'object' || Array.isArray(data)) return { frontMatterSources: [], frontMatterError: 'front matter must be a YAML mapping (key: value lines)' };
  const sources = (data as Record<string, unknown>).sources;
  if (sources === undefined) return { frontMatterSources: [] };
  const list = typeof sources === 'string' ? [sources] : sources;
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string' || !s.trim())) {
    return { frontMatterSources: [], frontMatterError: 'front matter "sources" must be a path or a list of paths' };
  }
  return { frontMatterSources: (list as string[]).map((s) => resolvePath(folder, s.trim())) };
}

function toCitation(link: LinkTarget, folder: string): Citation {
  const hash = link.url.indexOf('#');
  const file = hash < 0 ? link.url : link.url.slice(0, hash);
  const fragment = hash < 0 ? '' : link.url.slice(hash + 1);
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // keep the destination as written
  }
  const m = LINE_FRAGMENT.exec(fragment);
  const lines = m ? { from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
  return { start: link.start, end: link.end, url: link.url, path: resolvePath(folder, decoded), lines, urlSpan: link.urlSpan };
}
