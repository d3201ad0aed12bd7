import { isContentToken, type Candidate, type SourceIndex } from './SourceIndex';
import type { Token } from './tokenize';
import type { SourceSentence } from './types';
import { union, type Covers } from './WordSet';

/** How well one source sentence, or two adjacent ones, cover a draft sentence's content. */
export interface Support {
  /** The source sentences: one, or an adjacent pair in document order. */
  sentences: SourceSentence[];
  /** Weighted share of the draft's content words found in them, 0..1. */
  coverage: number;
  /** Draft content words they do not cover. */
  missing: Token[];
  /** Their tokens, in order. */
  tokens: Token[];
  /** Their words, for asking whether a draft word is covered. */
  words: Covers;
  /** Coverage counting every content word, excluded ones too, and every number: breaks ties between equal `coverage`. */
  fullCoverage: number;
}

/** Coverage at or above which a sentence counts as supported. */
export const SUPPORTED = 0.7;

/**
 * Weight of a draft word in coverage: rarer words in the sources count more, words no source
 * uses count most, and names count half again.
 */
export function weightOf(index: SourceIndex, t: Token, first: boolean): number {
  const base = Math.max(0.5, index.idf(t.stem));
  return t.capitalized && !first ? base * 1.5 : base;
}

/** Coverage of `content` (draft words, with weights) by the given source sentences. */
export function scoreSupport(
  index: SourceIndex,
  content: readonly Token[],
  weights: readonly number[],
  sentences: SourceSentence[],
  excluded: readonly Token[] = [],
): Support {
  const words = sentences.length === 1 ? index.wordsOf(sentences[0].id) : union(sentences.map((s) => index.wordsOf(s.id)));
  let total = 0;
  let covered = 0;
  for (let i = 0; i < content.length; i++) {
    total += weights[i];
    if (words.covers(content[i])) covered += weights[i];
  }
  let extra = 0;
  for (const t of excluded) if (words.covers(t)) extra++;
  const fullCoverage = (covered + extra) / (total + excluded.length || 1);
  return new ScoredSupport(index, sentences, total ? covered / total : 0, { content }, words, fullCoverage);
}

/**
 * A `Support` whose tokens are joined only when read: most supports are scored and dropped. A
 * class, not an object literal with a getter, which V8 builds several times slower (thousands
 * are scored per check).
 */
class ScoredSupport implements Support {
  /** True private fields: a support prints and compares as plain data. */
  readonly #index: SourceIndex;
  #tokens: Token[] | undefined;
  /** The draft words scored, until `missing` is first read (most supports never are). */
  #content: readonly Token[] | undefined;
  #missing: Token[] | undefined;

  constructor(
    index: SourceIndex,
    readonly sentences: SourceSentence[],
    public coverage: number,
    missing: Token[] | { content: readonly Token[] },
    readonly words: Covers,
    readonly fullCoverage: number,
  ) {
    this.#index = index;
    if (Array.isArray(missing)) this.#missing = missing;
    else this.#content = missing.content;
  }

  get missing(): Token[] {
    if (!this.#missing) {
      this.#missing = this.#content!.filter((t) => !this.words.covers(t));
      this.#content = undefined;
    }
    return this.#missing;
  }

  get tokens(): Token[] {
    const index = this.#index;
    const { sentences } = this;
    return (this.#tokens ??= sentences.length === 1 ? index.tokensOf(sentences[0].id) : ([] as Token[]).concat(...sentences.map((s) => index.tokensOf(s.id))));
  }

  withMissing(missing: Token[]): ScoredSupport {
    return new ScoredSupport(this.#index, this.sentences, this.coverage, missing, this.words, this.fullCoverage);
  }
}

/** `support` with other missing words (the same words, moved in a draft edited around them). A spread would drop the tokens, which live on the prototype. */
export function withMissing(support: Support, missing: Token[]): Support {
  return support instanceof ScoredSupport ? support.withMissing(missing) : { ...support, missing };
}

/** Candidates `findSupport` tries for a sentence. */
export const CANDIDATES = 8;

/**
 * The best support for a draft sentence's `tokens` among the index's candidates (`ranked`, by
 * default the first `CANDIDATES` of `index.candidates(tokens)`), trying each alone and with its
 * neighbours (a claim may rest on two adjacent sentences). `exclude` lists tokens that do not
 * count (speaker names, numbers: they are checked apart). `attributed`: the sentence names who
 * said it, so neighbours of two voices are no pair (see `oneVoice`). Returns supports best first;
 * empty when no source shares a content word.
 */
export function findSupport(
  index: SourceIndex,
  tokens: readonly Token[],
  exclude: ReadonlySet<Token> = new Set(),
  ranked: readonly Candidate[] = index.candidates(tokens, CANDIDATES),
  attributed = false,
): Support[] {
  const content = tokens.filter((t) => isContentToken(t) && !exclude.has(t));
  if (!content.length) return [];
  const weights = content.map((t) => weightOf(index, t, t === tokens[0]));
  // Speakers and numbers left out of coverage still tell equal supports apart ("£2.1 million" of two budgets).
  const excluded = tokens.filter((t) => (isContentToken(t) && exclude.has(t)) || t.numeric);
  const supports: Support[] = [];
  // Singles and adjacent pairs: the first sentence and the count tell them apart.
  const seen = new Set<number>();
  const consider = (sentences: SourceSentence[]) => {
    const key = sentences[0].id * 2 + sentences.length - 1;
    if (seen.has(key)) return;
    seen.add(key);
    supports.push(scoreSupport(index, content, weights, sentences, excluded));
  };
  for (const { id } of ranked) consider([index.sentences[id]]);
  const singles = supports.slice();
  singles.sort((a, b) => b.coverage - a.coverage);
  const best = singles[0]?.coverage ?? 0;
  if (best < 1) {
    for (const single of singles.slice(0, 4)) {
      const s = single.sentences[0];
      const next = index.next(s.id);
      if (next && (!attributed || oneVoice(s, next))) consider([s, next]);
      const prev = s.id > 0 ? index.sentences[s.id - 1] : undefined;
      if (prev && prev.path === s.path && (!attributed || oneVoice(prev, s))) consider([prev, s]);
    }
  }
  // A pair must add real coverage to beat a single sentence: it is the weaker evidence. Where its
  // second sentence goes on about the first ("The ruling is due. It will be published on
  // Friday.") the pair is one statement, and need only add something.
  const rank = (s: Support) => s.coverage - (s.sentences.length === 1 ? 0 : opensWithReference(index, s.sentences[1]) ? 0.01 : 0.12);
  supports.sort((a, b) => rank(b) - rank(a) || b.fullCoverage - a.fullCoverage || a.sentences[0].id - b.sentences[0].id);
  return supports;
}

/**
 * Whether two adjacent sentences may be read as one statement someone made: not when both have
 * speakers and none in common (two turns of a transcript, "I would want independent
 * monitoring." then "MERRIN: We've already agreed to that."). A draft that names no speaker may
 * join them ("They were towed back to England by the AA", of two travellers' accounts).
 */
function oneVoice(a: SourceSentence, b: SourceSentence): boolean {
  const first = a.speakers;
  const second = b.speakers;
  return !first.length || !second.length || first.some((x) => second.some((y) => x.key === y.key));
}

/** Words that open a sentence about what the one before named. */
const REFERRING = new Set(['it', 'he', 'she', 'they', 'this', 'these', 'that', 'those', 'its', 'his', 'her', 'their']);

/** Whether source sentence `s` opens with a word referring to the sentence before it. */
function opensWithReference(index: SourceIndex, s: SourceSentence): boolean {
  const first = index.ownTokensOf(s.id)[0];
  return !!first && REFERRING.has(first.norm);
}

/** Content words per source sentence a long draft sentence may merge: one per this many. */
const WORDS_PER_SOURCE = 6;

/**
 * Support for a long sentence that merges several source statements (a summary): the union of
 * the best-ranked sentences (`ranked`, as for `findSupport`), one per six content words, two to
 * five of them. Short sentences get none: a claim that fits in one sentence must rest on one
 * sentence or an adjacent pair.
 */
export function findMergedSupport(
  index: SourceIndex,
  tokens: readonly Token[],
  exclude: ReadonlySet<Token>,
  ranked: readonly Candidate[] = index.candidates(tokens, CANDIDATES),
): Support | undefined {
  const content = tokens.filter((t) => isContentToken(t) && !exclude.has(t));
  const k = Math.min(5, Math.ceil(content.length / WORDS_PER_SOURCE));
  if (k < 2) return undefined;
  // Every word counts the same here: a summary's own framing words ("the group", "this
  // document") are absent from any source and would otherwise outweigh what it reports.
  const weights = content.map(() => 1);
  // The best k of a ranking are the first k of any longer one (`SourceIndex.candidates`).
  const sentences = ranked
    .slice(0, k)
    .map((c) => index.sentences[c.id])
    .sort((a, b) => a.id - b.id);
  return sentences.length ? scoreSupport(index, content, weights, sentences) : undefined;
}
