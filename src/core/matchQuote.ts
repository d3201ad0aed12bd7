import { isContentToken, type Candidate, type SourceIndex } from './SourceIndex';
import { findQuotedRanges } from './splitSentences';
import { tokenize, type Token } from './tokenize';
import type { SourceSentence, Span } from './types';

/** Where a draft quotation was found in the sources, or the closest passage when it was not. */
export interface QuoteMatch {
  /** True when every word is in the source, in order (elisions and bracketed insertions allowed). */
  verbatim: boolean;
  /** The source sentence holding (the start of) the passage. */
  sentence: SourceSentence;
  /** Share of the quotation's words found in order in the passage, 0..1. */
  similarity: number;
  /** The passage in its document's text, as offsets. */
  passage: Span;
}

/** A double quotation mark, straight or curly. */
const QUOTE_MARK = /["“”„]/;
const QUOTE_MARKS = /["“”„]/g;
const ELISION = /\.\s?\.\s?\.|…/g;
const BRACKETED = /\[[^\]]*\]/g;

/**
 * Splits a quotation into the runs of words that must appear verbatim: `...`/`…` elisions and
 * `[bracketed]` editorial text separate runs. Offsets of the tokens are into `text`.
 */
export function quoteSegments(text: string, quote: Span): Token[][] {
  const body = text.slice(quote.start, quote.end);
  const cuts: Span[] = [];
  for (const re of [ELISION, BRACKETED]) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) cuts.push({ start: quote.start + m.index, end: quote.start + m.index + m[0].length });
  }
  cuts.sort((a, b) => a.start - b.start);
  const segments: Token[][] = [];
  let from = quote.start;
  for (const cut of [...cuts, { start: quote.end, end: quote.end }]) {
    if (cut.start > from) {
      const tokens = tokenize(text, from, cut.start);
      if (tokens.length) segments.push(tokens);
    }
    from = Math.max(from, cut.end);
  }
  return segments;
}

/**
 * The draft's words right around a quotation ("would" in `would “destroy Ukraine”`): a
 * misquotation is aligned with them, so that its passage is found where the source says the
 * same around it ("would weaken Ukraine", not an earlier "to Ukraine").
 */
export interface QuoteContext {
  before?: Token;
  after?: Token;
}

/** The quoting sentence's own best candidates a misquotation is also compared with. */
const LIKELY_COMPARED = 3;

/**
 * Finds a quotation of the draft in the sources. `segments` come from `quoteSegments`.
 * Returns undefined when no source sentence shares a content word with it, or, for a quotation
 * of function words only, holds its first run of words.
 */
export function matchQuote(index: SourceIndex, segments: Token[][], likely: readonly Candidate[] = [], context: QuoteContext = {}): QuoteMatch | undefined {
  const words = segments.flat();
  if (!words.length) return undefined;
  // The sentence quoting is usually found where its quotation is: its own candidates, already
  // ranked, spare a search of the index for a quotation found verbatim among them.
  for (const { id } of likely) {
    const found = verbatimIn(index, segments, id);
    if (found) return found;
  }
  let best: QuoteMatch | undefined;
  // A quotation of function words only ("one", "all of it") has nothing the index holds.
  const ids = words.some(isContentToken) ? index.candidates(words, 6).map((c) => c.id) : index.sentencesWithPhrase(segments[0]);
  // A misquotation as close to a sentence the quoting sentence rests on (its best candidates) as
  // to any other is that sentence's: "would “destroy Ukraine”" where the sentence the claim
  // follows says "weaken Ukraine" and another "destroy Israel".
  const rankOf = (id: number) => {
    const rank = likely.findIndex((c) => c.id === id);
    return rank < 0 || rank >= LIKELY_COMPARED ? Infinity : rank;
  };
  let bestRank = Infinity;
  const consider = (id: number) => {
    const aligned = alignInContext(words, context, index.ownTokensOf(id), index.documents.get(index.sentences[id].path)!.prose);
    const rank = rankOf(id);
    if (!best || aligned.similarity > best.similarity || (aligned.similarity === best.similarity && rank < bestRank)) {
      best = { verbatim: false, sentence: index.sentences[id], ...aligned };
      bestRank = rank;
    }
  };
  for (const id of ids) {
    const found = likely.some((c) => c.id === id) ? undefined : verbatimIn(index, segments, id);
    if (found) return found;
    consider(id);
  }
  // Only a candidate ranked above the best one so far can take its place.
  if (best) for (const { id } of likely.slice(0, Math.min(LIKELY_COMPARED, bestRank))) if (!ids.includes(id)) consider(id);
  return best;
}

/** The quotation found word for word in sentence `id` (or running on into the next one). */
function verbatimIn(index: SourceIndex, segments: Token[][], id: number): QuoteMatch | undefined {
  const own = index.ownTokensOf(id);
  // Found within the sentence, a passage is found at the same place in the sentence and the
  // next together (a run that crosses into the next starts after any run within it), so the
  // two are joined only when it is not, and only when either holds the quotation's first word.
  const first = segments[0][0].norm;
  const holdsFirst = own.some((t) => t.norm === first);
  // An interrupted quotation has four quotation marks or more.
  const interrupted = holdsFirst && (index.sentences[id].text.match(QUOTE_MARKS)?.length ?? 0) >= 4;
  const found = findInOrder(segments, own) ?? (interrupted ? findInOrder(segments, quotedOnly(own, quotedRanges(index, id))) : undefined);
  if (found) return { verbatim: true, sentence: index.sentences[id], similarity: 1, passage: found };
  const next = index.next(id);
  if (!next) return undefined;
  const following = index.ownTokensOf(next.id);
  if (!holdsFirst && !following.some((t) => t.norm === first)) return undefined;
  const joined = findInOrder(segments, own.concat(following)) ?? findAcrossAttribution(index, segments, id, own, next, following);
  if (!joined) return undefined;
  // A passage wholly in the next sentence is that sentence's: its speaker is the quotation's.
  const holder = following.length && joined.start >= following[0].start ? next : index.sentences[id];
  return { verbatim: true, sentence: holder, similarity: 1, passage: joined };
}

/**
 * A quotation running over the attribution between sentence `id` and the next (“… is about,”
 * Zelenskyy said. “What are the details?”): the quoted words of both, joined, when the next is
 * wholly a quotation, the same speaker going on, not someone else's (“The talks failed,” Putin said).
 */
function findAcrossAttribution(index: SourceIndex, segments: Token[][], id: number, own: Token[], next: SourceSentence, following: Token[]): Span | undefined {
  const nextRanges = quotedRanges(index, next.id);
  const wholly = nextRanges.length === 1 && nextRanges[0].start <= next.start && nextRanges[0].end >= next.end - 1;
  return wholly ? findInOrder(segments, quotedOnly(own, quotedRanges(index, id)).concat(quotedOnly(following, nextRanges))) : undefined;
}

/** The quotations of sentence `id`, as offsets into its document's prose. */
function quotedRanges(index: SourceIndex, id: number): Span[] {
  const sentence = index.sentences[id];
  return QUOTE_MARK.test(sentence.text) ? findQuotedRanges(index.documents.get(sentence.path)!.prose, sentence.start, sentence.end) : [];
}

/**
 * The words among `tokens` inside `ranges`: a writer may quote across the attribution that
 * interrupts a quotation, as reporters do ("We need to understand what the conversation is about.
 * What are the details?").
 */
function quotedOnly(tokens: readonly Token[], ranges: readonly Span[]): Token[] {
  return tokens.filter((t) => ranges.some((r) => t.start >= r.start && t.end <= r.end));
}

/**
 * Each segment as a contiguous run of `window`, in order. Returns the passage, or undefined.
 * Taking each segment's earliest run after the previous one finds a match whenever one exists
 * (and the earliest), in linear passes: trying every combination was exponential in elisions.
 */
function findInOrder(segments: Token[][], window: Token[]): Span | undefined {
  let from = 0;
  let start = -1;
  let end = -1;
  for (const words of segments) {
    const at = findRun(words, window, from);
    if (at < 0) return undefined;
    if (start < 0) start = window[at].start;
    end = window[at + words.length - 1].end;
    from = at + words.length;
  }
  return start < 0 ? undefined : { start, end };
}

/** Index of the first run of `words` in `window` at or after `from`, or -1. */
function findRun(words: Token[], window: Token[], from: number): number {
  const first = words[0].norm;
  for (let i = from; i + words.length <= window.length; i++) {
    if (window[i].norm !== first) continue;
    let k = 1;
    while (k < words.length && words[k].norm === window[i + k].norm) k++;
    if (k === words.length) return i;
  }
  return -1;
}

const MAX_ALIGN_CELLS = 2_000_000;

/** `align` of the quotation's words with the draft's words around it, which count for where, not for how much. */
function alignInContext(words: Token[], context: QuoteContext, source: Token[], text: string): { similarity: number; passage: Span } {
  const plain = align(words, source, 0, words.length, text);
  if (!context.before && !context.after) return plain;
  const lead = context.before ? 1 : 0;
  const all = [...(context.before ? [context.before] : []), ...words, ...(context.after ? [context.after] : [])];
  const steered = align(all, source, lead, lead + words.length, text);
  // The context only chooses among alignments as good: it never costs a quoted word.
  return steered.similarity >= plain.similarity ? steered : plain;
}

/**
 * Aligns the quotation's words with a source sentence (longest common subsequence) and returns
 * the source passage they correspond to and the share of words aligned. With context words
 * around them, the quotation is `allWords[from, to)`: the context steers where it aligns, and
 * the share and the passage are the quotation's.
 */
function align(allWords: Token[], allSource: Token[], from = 0, to = allWords.length, text?: string): { similarity: number; passage: Span } {
  // The table has n * m cells: a long quotation against a source "sentence" of a whole unpunctuated
  // file would exhaust memory, so only their beginnings are aligned (the share stays of all words).
  const n = Math.min(allWords.length, Math.max(1, Math.floor(MAX_ALIGN_CELLS / Math.max(1, allSource.length))));
  const m = Math.min(allSource.length, Math.floor(MAX_ALIGN_CELLS / n));
  const words = allWords.slice(0, n);
  const source = allSource.slice(0, m);
  // Longest common subsequence lengths of the suffixes, cell (i, j) at i * width + j.
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    const norm = words[i].norm;
    for (let j = m - 1; j >= 0; j--) {
      const at = i * width + j;
      table[at] = norm === source[j].norm ? table[at + width + 1] + 1 : Math.max(table[at + width], table[at + 1]);
    }
  }
  let first = -1;
  let last = -1;
  let firstWord = 0;
  let lastWord = 0;
  let matched = 0;
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (words[i].norm === source[j].norm) {
      if (i >= from && i < to) {
        if (first < 0) {
          first = j;
          firstWord = i;
        }
        last = j;
        lastWord = i;
        matched++;
      }
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  if (first < 0) return { similarity: 0, passage: { start: source[0]?.start ?? 0, end: source[0]?.start ?? 0 } };
  // Widen over the quotation's words before the first and after the last aligned pair, as far as the source goes.
  let start = Math.max(0, first - (firstWord - from));
  let end = Math.min(m - 1, last + (Math.min(to, n) - 1 - lastWord));
  // Not over the source's own quotation marks: "has “the cards”" is no passage for "all the cards".
  if (text) {
    while (start < first && QUOTE_MARK.test(text.slice(source[start].end, source[first].start))) start++;
    while (end > last && QUOTE_MARK.test(text.slice(source[last].end, source[end].start))) end--;
  }
  return { similarity: matched / (to - from), passage: { start: source[start].start, end: source[end].end } };
}
