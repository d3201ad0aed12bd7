import { readSource, type ReadSource } from './readSource';
import { tokenize, type Token } from './tokenize';
import type { SourceDocument, SourceSentence } from './types';
import { NEGATIONS, SPEECH_VERBS, STOPWORDS } from './words';

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
}

/** True for a token that carries content: not a function word, a speech verb or a negation. */
export function isContentToken(t: Token): boolean {
  return !t.numeric && !STOPWORDS.has(t.norm) && !SPEECH_VERBS.has(t.norm) && !NEGATIONS.has(t.norm) && t.norm.length > 1;
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
  private readonly vocabulary = new Map<string, number>();
  private df = new Int32Array(0);
  private postingStart = new Int32Array(1);
  private postings = new Int32Array(0);
  private readonly tokenCache = new Map<number, Token[]>();
  private sortedStems?: string[];

  /** Builds the index of `docs`. Documents with the same path are read once (the first wins). */
  constructor(docs: readonly SourceDocument[]) {
    const grams: number[] = [];
    const gramStart: number[] = [0];
    for (const doc of docs) {
      if (this.documents.has(doc.path)) continue;
      const read = readSource(doc);
      this.addDocument(doc, read, grams, gramStart);
    }
    this.buildPostings(grams, gramStart);
  }

  /** Number of sentences. */
  get size(): number {
    return this.sentences.length;
  }

  /** The tokens of a sentence (offsets into its document's `prose`), computed on demand. */
  tokensOf(id: number): Token[] {
    let tokens = this.tokenCache.get(id);
    if (!tokens) {
      const s = this.sentences[id];
      tokens = tokenize(this.documents.get(s.path)!.prose, s.start, s.end);
      if (this.tokenCache.size > 4096) this.tokenCache.clear();
      this.tokenCache.set(id, tokens);
    }
    return tokens;
  }

  /** Number of sentences holding a stem (0 when no source uses it). */
  documentFrequency(stem: string): number {
    const id = this.vocabulary.get(stem);
    return id === undefined ? 0 : this.df[id];
  }

  /** Inverse document frequency of a stem; unseen stems get the highest weight. */
  idf(stem: string): number {
    return Math.log((this.size + 1) / (this.documentFrequency(stem) + 0.5));
  }

  /**
   * The `limit` sentences sharing the most weighted content stems and stem pairs with `tokens`,
   * best first. Stems found in over a fifth of a large index are skipped (they rank nothing).
   */
  candidates(tokens: readonly Token[], limit = 8): Candidate[] {
    const content = tokens.filter(isContentToken);
    const keys = new Set<string>(content.map((t) => t.stem));
    for (let i = 1; i < content.length; i++) keys.add(`${content[i - 1].stem} ${content[i].stem}`);
    const scores = new Map<number, number>();
    const cap = Math.max(50, this.size / 5);
    for (const key of keys) {
      const id = this.vocabulary.get(key);
      if (id === undefined || this.df[id] > cap) continue;
      const weight = Math.log((this.size + 1) / (this.df[id] + 0.5)) * (key.includes(' ') ? 0.5 : 1);
      for (let p = this.postingStart[id]; p < this.postingStart[id + 1]; p++) {
        const s = this.postings[p];
        scores.set(s, (scores.get(s) ?? 0) + weight);
      }
    }
    const ranked: Candidate[] = [];
    for (const [id, score] of scores) ranked.push({ id, score });
    ranked.sort((a, b) => b.score - a.score || a.id - b.id);
    return ranked.slice(0, limit);
  }

  /**
   * Sentences holding any stem that starts with `prefix` (the word being typed), at most
   * `limit` stems' worth, each with how many of those stems it holds.
   */
  sentencesWithPrefix(prefix: string, limit = 64): Map<number, number> {
    const out = new Map<number, number>();
    if (!this.sortedStems) this.sortedStems = [...this.vocabulary.keys()].filter((k) => !k.includes(' ')).sort();
    const stems = this.sortedStems;
    let lo = 0;
    let hi = stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stems[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < stems.length && stems[i].startsWith(prefix) && n < limit; i++, n++) {
      const id = this.vocabulary.get(stems[i])!;
      for (let p = this.postingStart[id]; p < this.postingStart[id + 1]; p++) out.set(this.postings[p], (out.get(this.postings[p]) ?? 0) + 1);
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

  /** Line count of a document (a trailing newline does not start a line). */
  lineCount(path: string): number {
    const doc = this.documents.get(path);
    if (!doc) return 0;
    const n = doc.lineStarts.length;
    return doc.lineStarts[n - 1] === doc.text.length && n > 1 ? n - 1 : n;
  }

  private addDocument(doc: SourceDocument, read: ReadSource, grams: number[], gramStart: number[]): void {
    const firstSentence = this.sentences.length;
    for (const s of read.sentences) {
      const id = this.sentences.length;
      this.sentences.push({
        id,
        path: doc.path,
        line: s.line,
        endLine: s.endLine,
        start: s.start,
        end: s.end,
        text: doc.text.slice(s.start, s.end),
        paragraph: s.paragraph,
        speakers: s.speakers,
      });
      const seen = new Set<number>();
      let previous = '';
      for (const t of s.tokens) {
        if (!isContentToken(t)) continue;
        seen.add(this.intern(t.stem));
        if (previous) seen.add(this.intern(`${previous} ${t.stem}`));
        previous = t.stem;
      }
      for (const g of seen) grams.push(g);
      gramStart.push(grams.length);
    }
    this.documents.set(doc.path, {
      path: doc.path,
      text: doc.text,
      prose: read.text,
      lineStarts: read.lineStarts,
      firstSentence,
      sentenceCount: this.sentences.length - firstSentence,
    });
  }

  private intern(key: string): number {
    let id = this.vocabulary.get(key);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(key, id);
    }
    return id;
  }

  private buildPostings(grams: number[], gramStart: number[]): void {
    const df = new Int32Array(this.vocabulary.size);
    for (const g of grams) df[g]++;
    const start = new Int32Array(df.length + 1);
    for (let i = 0; i < df.length; i++) start[i + 1] = start[i] + df[i];
    const fill = start.slice(0, df.length);
    const postings = new Int32Array(grams.length);
    for (let s = 0; s + 1 < gramStart.length; s++) {
      for (let p = gramStart[s]; p < gramStart[s + 1]; p++) postings[fill[grams[p]]++] = s;
    }
    this.df = df;
    this.postingStart = start;
    this.postings = postings;
  }
}
