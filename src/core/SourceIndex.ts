import { placeOf, readSource, sentenceCount, SpeakerReader, type LineWrap, type ReadSource, type SentencePlace, type SourceReadCache } from './readSource';
import { extractNumbers, type NumberMention } from './extractNumbers';
import { tokenize, type Token } from './tokenize';
import type { SourceDocument, SourceSentence, Speaker } from './types';
import { grow } from './grow';
import { partitionPoint } from './partitionPoint';
import { WordSet } from './WordSet';
import { escapeRegExp } from './regExp';

/** A source document as held by the index. */
export interface IndexedDocument {
  path: string;
  /** The original text. */
  text: string;
  /** The text tokens index into: the original, or for markdown the prose with markup blanked. */
  prose: string;
  lineStarts: number[];
  /** Index of its first sentence in `SourceIndex.sentences`, and how many it has. */
  firstSentence: number;
  sentenceCount: number;
  /** Reads the speakers of its sentences, once asked (see `SourceIndex.speakersOf`). */
  speakers?: SpeakerReader;
  /** Every number value its sentences mention. */
  numbers: Set<number>;
  lineWrap: LineWrap;
}

/** A sentence of the index. Its speakers are found when first asked for. */
class IndexedSentence implements SourceSentence {
  readonly path: string;
  readonly line: number;
  readonly endLine: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** A true private field, not an own property: a sentence prints and serialises as plain data (its speakers, a getter, left out). */
  readonly #index: SourceIndex;

  constructor(
    index: SourceIndex,
    document: IndexedDocument,
    readonly id: number,
    read: SentencePlace,
    readonly text: string,
  ) {
    this.#index = index;
    this.path = document.path;
    this.line = read.line;
    this.endLine = read.endLine;
    this.start = read.start;
    this.end = read.end;
    this.paragraph = read.paragraph;
  }

  get speakers(): Speaker[] {
    return this.#index.speakersOf(this.id);
  }
}

/** True for a token that carries content: not a number, a function word, a speech verb or a negation. */
export function isContentToken(t: Token): boolean {
  return t.content;
}

/** Sentences per generation of the token cache (see `SourceIndex.tokensOf`). */
const TOKEN_CACHE = 8192;

/**
 * A term held by more than this share of an index's sentences, and by more than `COMMON_FLOOR`
 * of them, is common: read to rank candidates, not to find them.
 */
const COMMON_SHARE = 1 / 400;
const COMMON_FLOOR = 250;

/** What `SourceIndex.tokensOf`, `wordsOf` and `numbersOf` keep of a sentence. */
interface CachedSentence {
  tokens: Token[];
  words?: WordSet;
  numbers?: NumberMention[];
}

/**
 * Reads documents for an index, in another thread (see `src/threads/WorkerReader.ts`); answers
 * `undefined` when it could not (the index then reads them itself).
 */
export interface SourceReader {
  read(docs: readonly SourceDocument[]): Promise<ReadSource[] | undefined>;
}

/** How `SourceIndex.build` builds. */
export interface BuildOptions {
  /** Reads kept from earlier builds (see `SourceReadCache`). */
  cache?: SourceReadCache;
  /** Reads most of the documents of a large set (in another thread) while the building thread reads the rest. */
  reader?: SourceReader;
  /** Awaited between slices of about `sliceMs` (10) of work. */
  pause?: () => Promise<void>;
  sliceMs?: number;
}

/** Below this much text to read, a reader in another thread costs more (in messages and start-up) than it saves. */
const HANDOFF_MIN_CHARS = 1 << 20;
/**
 * The share of the text to read that a reader in another thread takes: more than half, as the
 * building thread also adds every read to the index (docs/benchmarks.md has how it was chosen).
 */
const HANDOFF_SHARE = 0.65;
/** Text per request to the reader: its reads come back in pieces, to be added while it reads on. */
const CHUNK_CHARS = 1 << 18;

/**
 * The documents whose reading goes to another thread, as a run of the last ones: the start of
 * the run, `HANDOFF_SHARE` of the text to read (past the end when there is too little to read).
 * The last, so that this thread reads and adds its own while the reader reads, and is left at
 * the end with only the reader's last reads to add.
 */
function handoffPoint(docs: readonly SourceDocument[], cached: readonly (ReadSource | undefined)[]): number {
  const toRead = docs.map((doc, i) => (cached[i] ? 0 : doc.text.length));
  const total = toRead.reduce((a, b) => a + b, 0);
  if (total < HANDOFF_MIN_CHARS) return docs.length;
  let handoff = docs.length;
  for (let share = 0; handoff > 0 && share < total * HANDOFF_SHARE; ) share += toRead[--handoff];
  return handoff;
}

/** Consecutive runs of `docs` of about `CHUNK_CHARS` of text each. */
function chunksOf(docs: readonly SourceDocument[]): SourceDocument[][] {
  const chunks: SourceDocument[][] = [];
  let size = CHUNK_CHARS;
  for (const doc of docs) {
    if (size >= CHUNK_CHARS) {
      chunks.push([]);
      size = 0;
    }
    chunks[chunks.length - 1].push(doc);
    size += doc.text.length;
  }
  return chunks;
}

/** Requests a reader has at a time: enough to keep it busy, few enough that copying their text to it never blocks for long. */
const CHUNKS_IN_FLIGHT = 3;

/** Reads of documents asked of a reader, in pieces, taken in order as they arrive. */
class HandedReads {
  /** Per request, its documents' reads (`undefined` when the reader could not read them). */
  private readonly reads: Promise<ReadSource[] | undefined>[] = [];
  private readonly sizes: number[] = [];
  private chunk = 0;
  private at = 0;

  constructor(reader: SourceReader | undefined, docs: readonly SourceDocument[]) {
    if (!reader) return;
    for (const chunk of chunksOf(docs)) {
      // Each request goes once the one `CHUNKS_IN_FLIGHT` before it is answered; a reader that
      // throws instead of answering is one that could not read.
      const turn = this.reads[this.reads.length - CHUNKS_IN_FLIGHT] ?? Promise.resolve();
      this.reads.push(turn.then(() => reader.read(chunk)).catch(() => undefined));
      this.sizes.push(chunk.length);
    }
  }

  /** The next read, once it has arrived; `undefined` when the reader failed (the document is then read here). */
  async next(): Promise<ReadSource | undefined> {
    if (this.chunk >= this.reads.length) return undefined;
    const read = (await this.reads[this.chunk])?.[this.at];
    if (++this.at === this.sizes[this.chunk]) {
      this.chunk++;
      this.at = 0;
    }
    return read;
  }
}

/** A ranked retrieval result. */
export interface Candidate {
  id: number;
  score: number;
}

/**
 * Every sentence of a set of sources, with a word n-gram inverted index (content-word stems and
 * adjacent stem pairs) for finding the few sentences that may support a draft sentence.
 * Immutable: a changed source set gets a new index.
 */
export class SourceIndex {
  readonly sentences: SourceSentence[] = [];
  readonly documents = new Map<string, IndexedDocument>();
  /** Term ids of content stems. Stem pairs get ids from `pairs`; both share one id space. */
  private readonly stems = new Map<string, number>();
  private readonly pairs = new PairTable();
  private terms = 0;
  private df = new Int32Array(0);
  private postingStart = new Int32Array(1);
  /** Sentence ids per term, ascending, `postingStart[term]` to `postingStart[term + 1]`. */
  private postings = new Int32Array(0);
  /** The same relation the other way: term ids per sentence, `sentenceTermStart[id]` to `sentenceTermStart[id + 1]`. */
  private sentenceTerms = new Int32Array(0);
  private sentenceTermStart = new Int32Array(1);
  /** Every number value a source sentence mentions. */
  private readonly numbers = new Set<number>();
  /** The header row's sentence of each row of a markdown table (see `SentencePlace.header`). */
  private readonly tableHeaders = new Map<number, number>();
  private recentTokens = new Map<number, CachedSentence>();
  private olderTokens = new Map<number, CachedSentence>();
  private sortedStems?: string[];
  /**
   * Scratch for `candidates`: a score per sentence (all zero between calls) and the sentences
   * touched. Single precision: at 100k sentences the array fits a core's cache, where reading
   * postings into it is bound by memory.
   */
  private scores = new Float32Array(0);
  private touched = new Int32Array(0);
  /** Scratch for `candidates`: a bit per term, set for the common terms of a query (all clear between calls). */
  private marks = new Int32Array(0);

  /**
   * Builds the index of `docs`. Documents with the same path are read once (the first wins).
   * With a `cache`, documents read for an earlier index and unchanged since are not read again.
   */
  constructor(docs: readonly SourceDocument[], cache?: SourceReadCache) {
    const grams = new GramBuffer();
    for (const doc of docs) if (!this.documents.has(doc.path)) this.addDocument(this.readOf(doc, cache), grams);
    this.buildPostings(grams);
  }

  /**
   * Builds the index of `docs` as the constructor does, without holding up the thread for long:
   * with a `pause`, in slices of about `sliceMs` of work, awaiting `pause()` after each; with a
   * `reader` and much text to read, the last documents, most of the text, are read by it (in
   * another thread) while this thread reads and adds the first ones, then adds the reader's as
   * they arrive.
   */
  static async build(docs: readonly SourceDocument[], options: BuildOptions = {}): Promise<SourceIndex> {
    const { cache, reader } = options;
    const index = new SourceIndex([]);
    const paths = new Set<string>();
    const unique = docs.filter((doc) => !paths.has(doc.path) && paths.add(doc.path));
    // Decided once: another build sharing the cache may fill it meanwhile, and each document
    // handed over must take its own read from the reader.
    const cached = unique.map((doc) => cache?.get(doc));
    const handoff = reader ? handoffPoint(unique, cached) : unique.length;
    const isHanded = cached.map((read, i) => i >= handoff && !read);
    const handed = new HandedReads(reader, unique.filter((_, i) => isHanded[i]));
    const grams = new GramBuffer();
    // A pause gives way to the host; with a reader, it also lets its replies in.
    const pause = options.pause ?? (handoff < unique.length ? () => new Promise<void>((resolve) => setImmediate(resolve)) : undefined);
    const sliceMs = options.pause ? (options.sliceMs ?? 10) : 2;
    let sliceStart = performance.now();
    for (let i = 0; i < unique.length; i++) {
      let read: ReadSource;
      if (isHanded[i]) {
        read = (await handed.next()) ?? readSource(unique[i]);
        cache?.set(read);
      } else read = cached[i] ?? index.readOf(unique[i], cache);
      index.addDocument(read, grams);
      if (pause && performance.now() - sliceStart >= sliceMs) {
        await pause();
        sliceStart = performance.now();
      }
    }
    index.buildPostings(grams);
    return index;
  }

  /** The read of `doc`: the cached one, or a new one (then cached). */
  private readOf(doc: SourceDocument, cache: SourceReadCache | undefined): ReadSource {
    return cache ? cache.read(doc) : readSource(doc);
  }

  /** Number of sentences. */
  get size(): number {
    return this.sentences.length;
  }

  /**
   * The tokens of a sentence (offsets into its document's `prose`), computed on demand and kept
   * for the sentences used lately: two generations of `TOKEN_CACHE` sentences each, so that the
   * candidates of a whole draft stay cached between checks while memory stays bounded.
   */
  tokensOf(id: number): Token[] {
    return this.readSentence(id).tokens;
  }

  /**
   * The tokens of the sentence's own text: `tokensOf` but for a table row, whose tokens begin
   * with its header's (a quotation is found in the row's words, one after another).
   */
  ownTokensOf(id: number): Token[] {
    const tokens = this.tokensOf(id);
    if (!this.tableHeaders.has(id)) return tokens;
    const start = this.sentences[id].start;
    return tokens.filter((t) => t.start >= start);
  }

  /** The words of a sentence (cached with its tokens). */
  wordsOf(id: number): WordSet {
    const read = this.readSentence(id);
    read.words ??= new WordSet(read.tokens);
    return read.words;
  }

  /** The numbers a sentence mentions (cached with its tokens). */
  numbersOf(id: number): NumberMention[] {
    const read = this.readSentence(id);
    read.numbers ??= extractNumbers(this.documents.get(this.sentences[id].path)!.prose, read.tokens);
    return read.numbers;
  }

  private readSentence(id: number): CachedSentence {
    let read = this.recentTokens.get(id);
    if (read) return read;
    read = this.olderTokens.get(id);
    if (!read) {
      const s = this.sentences[id];
      const prose = this.documents.get(s.path)!.prose;
      const header = this.tableHeaders.get(id);
      const tokens = tokenize(prose, s.start, s.end);
      // A table row is read with its header's words before its own, as it was indexed.
      read = { tokens: header === undefined ? tokens : [...tokenize(prose, this.sentences[header].start, this.sentences[header].end), ...tokens] };
    }
    if (this.recentTokens.size >= TOKEN_CACHE) {
      this.olderTokens = this.recentTokens;
      this.recentTokens = new Map();
    }
    this.recentTokens.set(id, read);
    return read;
  }

  /** The header row of the markdown table whose row sentence `id` is, if it is one. */
  tableHeaderOf(id: number): SourceSentence | undefined {
    const header = this.tableHeaders.get(id);
    return header === undefined ? undefined : this.sentences[header];
  }

  /** Number of sentences holding a stem (0 when no source uses it). */
  documentFrequency(stem: string): number {
    const id = this.stems.get(stem);
    return id === undefined ? 0 : this.df[id];
  }

  /** Whether any source sentence mentions the number `value` (in digits, words or as a fraction); with `path`, any sentence of that source. */
  mentionsNumber(value: number, path?: string): boolean {
    return path === undefined ? this.numbers.has(value) : this.documents.get(path)?.numbers.has(value) === true;
  }

  /** Inverse document frequency of a stem; unseen stems get the highest weight. */
  idf(stem: string): number {
    return Math.log((this.size + 1) / (this.documentFrequency(stem) + 0.5));
  }

  /**
   * The `limit` sentences sharing the most weighted content stems and stem pairs with `tokens`,
   * best first (score, then id). Stems found in over a fifth of a large index are skipped (they
   * rank nothing).
   *
   * Rare terms select, common terms rank: in a large index, terms held by more than
   * `COMMON_SHARE` of the sentences are not read to find candidates (at 100k sentences one such
   * term has hundreds to thousands of postings and adds little to a score). The best sentences by
   * rare terms alone (twice `limit`, at least 16) are then completed with the common terms they
   * hold (read from each one's own terms) and ranked again (docs/benchmarks.md has how these
   * settings were chosen). A query made of common terms only is answered by reading every posting.
   * An index of up to `COMMON_FLOOR` sentences has no common term: its ranking is exhaustive.
   */
  candidates(tokens: readonly Token[], limit = 8): Candidate[] {
    if (limit <= 0) return [];
    const content = tokens.filter(isContentToken);
    // Stems first, then adjacent pairs, each once, in order: scores add up in the same order
    // every time, so equal inputs give bit-for-bit equal scores.
    const terms: number[] = [];
    const weights: number[] = [];
    const cap = Math.max(50, this.size / 5);
    const consider = (id: number | undefined, pair: boolean) => {
      if (id === undefined || terms.includes(id) || this.df[id] > cap) return;
      terms.push(id);
      weights.push(Math.log((this.size + 1) / (this.df[id] + 0.5)) * (pair ? 0.5 : 1));
    };
    const ids = content.map((t) => this.stems.get(t.stem));
    for (const id of ids) consider(id, false);
    for (let i = 1; i < ids.length; i++) {
      const a = ids[i - 1];
      const b = ids[i];
      if (a !== undefined && b !== undefined) consider(this.pairs.get(a, b), true);
    }
    const common = Math.max(COMMON_FLOOR, this.size * COMMON_SHARE);
    const rare = terms.map((t) => this.df[t] <= common);
    if (rare.every(Boolean) || !rare.includes(true)) return this.rank(terms, weights, limit);
    const selected = this.rank(
      terms.filter((_, k) => rare[k]),
      weights.filter((_, k) => rare[k]),
      Math.max(limit * 2, 16),
    );
    // The common terms each selected sentence holds, read from its own terms (a few dozen reads
    // each), the query's few common terms marked in a bit per term: only a term the query holds
    // is looked up.
    const commonTerms = terms.filter((_, k) => !rare[k]);
    const commonWeights = weights.filter((_, k) => !rare[k]);
    if (this.marks.length * 32 < this.terms) this.marks = new Int32Array((this.terms + 31) >>> 5);
    const { sentenceTerms, sentenceTermStart, marks } = this;
    for (const t of commonTerms) marks[t >>> 5] |= 1 << (t & 31);
    for (const c of selected) {
      for (let p = sentenceTermStart[c.id], end = sentenceTermStart[c.id + 1]; p < end; p++) {
        const t = sentenceTerms[p];
        if ((marks[t >>> 5] & (1 << (t & 31))) !== 0) c.score += commonWeights[commonTerms.indexOf(t)];
      }
    }
    for (const t of commonTerms) marks[t >>> 5] = 0;
    selected.sort((a, b) => b.score - a.score || a.id - b.id);
    return selected.slice(0, limit);
  }

  /** The `limit` best sentences by the summed weights of the `terms` they hold, reading every posting. */
  private rank(terms: readonly number[], weights: readonly number[], limit: number): Candidate[] {
    if (this.scores.length < this.size) {
      this.scores = new Float32Array(this.size);
      this.touched = new Int32Array(this.size);
    }
    // Every posting of every term is read: a pruned reading (MaxScore) was tried and measured
    // five times slower at 100k sentences, its bookkeeping costing more than the reads it saved.
    const { scores, touched, postings, postingStart } = this;
    let count = 0;
    for (let k = 0; k < terms.length; k++) {
      const weight = weights[k];
      for (let p = postingStart[terms[k]], end = postingStart[terms[k] + 1]; p < end; p++) {
        const s = postings[p];
        if (scores[s] === 0) touched[count++] = s;
        scores[s] += weight;
      }
    }
    const best = bestOf(touched, count, scores, limit);
    for (let i = 0; i < count; i++) scores[touched[i]] = 0;
    return best;
  }

  /**
   * Ids of the sentences holding any stem that starts with `prefix` (the word being typed), at
   * most `limit` stems' worth, ascending and each once. Empty when no stem starts so.
   */
  sentencesWithPrefix(prefix: string, limit = 64): Int32Array {
    if (!this.sortedStems) this.sortedStems = [...this.stems.keys()].sort();
    const stems = this.sortedStems;
    const lo = partitionPoint(stems.length, (i) => stems[i] < prefix);
    const lists: Int32Array[] = [];
    let total = 0;
    for (let i = lo; i < stems.length && stems[i].startsWith(prefix) && lists.length < limit; i++) {
      const id = this.stems.get(stems[i])!;
      lists.push(this.postings.subarray(this.postingStart[id], this.postingStart[id + 1]));
      total += lists[lists.length - 1].length;
    }
    if (lists.length === 1) return lists[0].slice();
    const all = new Int32Array(total);
    let at = 0;
    for (const list of lists) {
      all.set(list, at);
      at += list.length;
    }
    all.sort();
    let unique = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[unique++] = all[i];
    return all.slice(0, unique);
  }

  /**
   * Ids of up to `limit` sentences holding `words` one after another (case aside, anything but
   * letters and digits between them), in document order: for a phrase of function words only
   * ("one", "all of them"), which the index does not hold. Reads every source; phrases of
   * content words go through `candidates`.
   */
  sentencesWithPhrase(words: readonly Token[], limit = 6): number[] {
    if (!words.length) return [];
    // Not inside a longer word or number: "300" is not in "1,300" or "300.5".
    const phrase = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{N}[.,])${words.map(writtenForms).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}]|[.,]\\p{N})`, 'giu');
    const out: number[] = [];
    for (const doc of this.documents.values()) {
      phrase.lastIndex = 0;
      for (let m = phrase.exec(doc.prose); m && out.length < limit; m = phrase.exec(doc.prose)) {
        const first = doc.firstSentence;
        const at = first + partitionPoint(doc.sentenceCount, (i) => this.sentences[first + i].end <= m!.index);
        if (at < first + doc.sentenceCount && this.sentences[at].start <= m.index && out[out.length - 1] !== at) out.push(at);
      }
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Sentences of `path` that touch lines `[from, to]` (1-based, inclusive). */
  sentencesOnLines(path: string, from: number, to: number): SourceSentence[] {
    const doc = this.documents.get(path);
    if (!doc) return [];
    const out: SourceSentence[] = [];
    for (let i = doc.firstSentence; i < doc.firstSentence + doc.sentenceCount; i++) {
      const s = this.sentences[i];
      if (s.endLine >= from && s.line <= to) out.push(s);
    }
    return out;
  }

  /** The sentence after `id` in the same document, if any. */
  next(id: number): SourceSentence | undefined {
    const s = this.sentences[id];
    const after = this.sentences[id + 1];
    return after && after.path === s.path ? after : undefined;
  }

  /**
   * The speakers of sentence `id`. Found when first asked, reading its document from the start
   * up to it (a pronoun resolves to a name said before it), not while indexing: a check reads
   * the speakers of a few candidates, not of every sentence of every source.
   */
  speakersOf(id: number): Speaker[] {
    const s = this.sentences[id];
    const doc = this.documents.get(s.path)!;
    doc.speakers ??= new SpeakerReader(doc.prose, doc.lineStarts, this.sentences.slice(doc.firstSentence, doc.firstSentence + doc.sentenceCount), doc.lineWrap);
    return doc.speakers.speakersOf(id - doc.firstSentence);
  }

  /** Line count of a document (a trailing newline does not start a line). */
  lineCount(path: string): number {
    const doc = this.documents.get(path);
    if (!doc) return 0;
    const n = doc.lineStarts.length;
    return doc.lineStarts[n - 1] === doc.text.length && n > 1 ? n - 1 : n;
  }

  private addDocument(read: ReadSource, grams: GramBuffer): void {
    const count = sentenceCount(read);
    const document: IndexedDocument = {
      path: read.path,
      text: read.source,
      prose: read.text,
      lineStarts: read.lineStarts,
      firstSentence: this.sentences.length,
      sentenceCount: count,
      numbers: new Set(read.numbers),
      lineWrap: read.lineWrap,
    };
    this.documents.set(read.path, document);
    for (const n of read.numbers) this.numbers.add(n);
    const termOfStem = grams.termsOf(read.stemNames);
    const { stems, stemEnds } = read;
    for (let i = 0, k = 0; i < count; i++) {
      const place = placeOf(read, i);
      if (place.header !== undefined) this.tableHeaders.set(this.sentences.length, document.firstSentence + place.header);
      this.sentences.push(new IndexedSentence(this, document, this.sentences.length, place, read.source.slice(place.start, place.end)));
      let previous = -1;
      for (const end = stemEnds[i]; k < end; k++) {
        const stem = this.termOf(stems[k], read.stemNames, termOfStem);
        grams.add(stem);
        if (previous >= 0) {
          const pair = this.pairs.intern(previous, stem, this.terms);
          if (pair === this.terms) this.terms++;
          grams.add(pair);
        }
        previous = stem;
      }
      grams.endSentence();
    }
  }

  /** The term id of stem `k` of `names` (`terms` caches them per reader), a new one if the stem is new. */
  private termOf(k: number, names: readonly string[], terms: TermsOfStems): number {
    let term = terms.get(k);
    if (term >= 0) return term;
    term = this.stems.get(names[k]) ?? -1;
    if (term < 0) {
      term = this.terms++;
      this.stems.set(names[k], term);
    }
    terms.set(k, term);
    return term;
  }

  private buildPostings(grams: GramBuffer): void {
    const df = new Int32Array(this.terms);
    const { terms, sentenceEnds, sentences } = grams;
    for (let i = 0; i < grams.length; i++) df[terms[i]]++;
    const start = new Int32Array(df.length + 1);
    for (let i = 0; i < df.length; i++) start[i + 1] = start[i] + df[i];
    const fill = start.slice(0, df.length);
    const postings = new Int32Array(grams.length);
    for (let s = 0, p = 0; s < sentences; s++) {
      for (; p < sentenceEnds[s]; p++) postings[fill[terms[p]]++] = s;
    }
    this.df = df;
    this.postingStart = start;
    this.postings = postings;
    this.sentenceTerms = terms.slice(0, grams.length);
    this.sentenceTermStart = new Int32Array(sentences + 1);
    this.sentenceTermStart.set(sentenceEnds.subarray(0, sentences), 1);
  }
}

/** An expression for the ways a folded word may be written: either apostrophe, a number with thousands separators. */
function writtenForms(word: Token): string {
  if (word.numeric) return [...word.norm].map((c) => (c === '.' ? '\\.' : c)).join(',?');
  return escapeRegExp(word.norm).replace(/'/g, "['’]");
}

/** The best `limit` of `ids[0, count)` by score, then id. */
function bestOf(ids: Int32Array, count: number, scores: Float32Array, limit: number): Candidate[] {
  const best: Candidate[] = [];
  for (let i = 0; i < count; i++) {
    const id = ids[i];
    const score = scores[id];
    if (best.length === limit) {
      const worst = best[limit - 1];
      if (score < worst.score || (score === worst.score && id > worst.id)) continue;
    }
    // Insertion by hand: a splice returns a new array each time, and this runs per touched sentence.
    let at = best.length;
    if (at < limit) best.push({ id, score });
    else at--;
    while (at > 0 && (best[at - 1].score < score || (best[at - 1].score === score && best[at - 1].id > id))) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = { id, score };
  }
  return best;
}

/**
 * The terms of every sentence in order, each once per sentence: a growable typed array (plain
 * arrays of millions of numbers cost several times the memory).
 */
class GramBuffer {
  terms = new Int32Array(1 << 16);
  length = 0;
  sentenceEnds = new Int32Array(1 << 12);
  sentences = 0;
  /** The sentence that last added each term, plus one: finds repeats without a set per sentence. */
  private lastSentence = new Int32Array(1 << 12);
  /** The term of each stem, per reader's list of stem names (see `ReadSource.stemNames`). */
  private readonly readers = new Map<readonly string[], TermsOfStems>();

  termsOf(names: readonly string[]): TermsOfStems {
    let terms = this.readers.get(names);
    if (!terms) this.readers.set(names, (terms = new TermsOfStems()));
    return terms;
  }

  add(term: number): void {
    if (term >= this.lastSentence.length) this.lastSentence = grow(this.lastSentence, term + 1);
    if (this.lastSentence[term] === this.sentences + 1) return;
    this.lastSentence[term] = this.sentences + 1;
    if (this.length === this.terms.length) this.terms = grow(this.terms, this.length + 1);
    this.terms[this.length++] = term;
  }

  endSentence(): void {
    if (this.sentences === this.sentenceEnds.length) this.sentenceEnds = grow(this.sentenceEnds, this.sentences + 1);
    this.sentenceEnds[this.sentences++] = this.length;
  }
}

/** Term id plus one of each stem of a reader's list; 0 where not seen in this build. */
class TermsOfStems {
  private terms = new Int32Array(1 << 10);

  get(k: number): number {
    return k < this.terms.length ? this.terms[k] - 1 : -1;
  }

  set(k: number, term: number): void {
    if (k >= this.terms.length) this.terms = grow(this.terms, k + 1);
    this.terms[k] = term + 1;
  }
}

/**
 * Term ids of adjacent stem pairs, keyed by the two stems' ids: open addressing over typed
 * arrays, so a million pairs take about 24 MB instead of a string and a map entry each.
 */
class PairTable {
  private first = new Int32Array(1 << 14);
  private second = new Int32Array(1 << 14);
  /** Term id plus one; 0 marks a free slot. */
  private ids = new Int32Array(1 << 14);
  private count = 0;

  get(a: number, b: number): number | undefined {
    const mask = this.ids.length - 1;
    for (let i = hashPair(a, b) & mask; this.ids[i] !== 0; i = (i + 1) & mask) {
      if (this.first[i] === a && this.second[i] === b) return this.ids[i] - 1;
    }
    return undefined;
  }

  /** The id of pair `(a, b)`, given id `next` if it is new. */
  intern(a: number, b: number, next: number): number {
    const mask = this.ids.length - 1;
    let i = hashPair(a, b) & mask;
    for (; this.ids[i] !== 0; i = (i + 1) & mask) {
      if (this.first[i] === a && this.second[i] === b) return this.ids[i] - 1;
    }
    const id = next;
    this.first[i] = a;
    this.second[i] = b;
    this.ids[i] = id + 1;
    if (++this.count * 2 > this.ids.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const { first, second, ids } = this;
    this.first = new Int32Array(ids.length * 2);
    this.second = new Int32Array(ids.length * 2);
    this.ids = new Int32Array(ids.length * 2);
    const mask = this.ids.length - 1;
    for (let j = 0; j < ids.length; j++) {
      if (ids[j] === 0) continue;
      let i = hashPair(first[j], second[j]) & mask;
      while (this.ids[i] !== 0) i = (i + 1) & mask;
      this.first[i] = first[j];
      this.second[i] = second[j];
      this.ids[i] = ids[j];
    }
  }
}

function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> 0;
}
