import type Fuse from 'fuse.js';
import type { SourceIndex } from './SourceIndex';
import { tokenize } from './tokenize';
import type { SourceSentence } from './types';

/** A source sentence matching a typed query; `score` is 0 for a perfect match up to 1. */
export interface SearchHit {
  sentence: SourceSentence;
  score: number;
}

/**
 * Up to this many sentences, fuse.js ranks all of them; above, only the index's candidates. A
 * fuse.js search costs about 25 µs per sentence per keystroke here: 2,000 sentences took 49 ms
 * (the budget is 30), 500 take about 12.
 */
const SMALL = 500;
const CANDIDATES = 300;

const FUSE_OPTIONS = { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.45, minMatchCharLength: 2 };

/**
 * Fuzzy search over source sentences for short typed queries (the quote picker, `sourceline
 * search`). Small source sets go through fuse.js whole; large ones first narrow to the sentences
 * holding the typed words (the last one as a prefix) through the index, then fuse.js ranks those.
 * An empty query returns the first `limit` sentences in document order.
 */
export function searchSources(index: SourceIndex, query: string, limit = 50): SearchHit[] {
  const q = query.trim();
  if (!q) return index.sentences.slice(0, limit).map((sentence) => ({ sentence, score: 0 }));
  if (limit <= 0) return [];
  const words = queryWords(query);
  const pool = index.size <= SMALL ? index.sentences : candidatesFor(index, words);
  const fuse = index.size <= SMALL ? fuseOf(index) : new (fuseClass())(pool, FUSE_OPTIONS);
  // fuse.js scores the query as one string: a sentence near one word can beat one holding every
  // word far apart. Among more hits than asked for, those holding more of the typed words come
  // first (fuse.js's order among equals).
  const hits = fuse.search(q, { limit: words.length > 1 ? limit * 4 : limit }).map((r) => ({ sentence: r.item, score: r.score ?? 0 }));
  if (words.length > 1) {
    const held = new Map(hits.map((h) => [h, wordsHeld(index, h.sentence, words)]));
    hits.sort((a, b) => held.get(b)! - held.get(a)!);
  }
  return hits.slice(0, limit);
}

/** A typed word: whole (matched by stem), or the one being typed (matched as a prefix). */
interface QueryWord {
  key: string;
  prefix: boolean;
}

/**
 * The query's words: the last one is being typed (a prefix) unless the query ends with a space.
 * A prefix is cut back to where the word and its stem agree, so that "sirens" or "proposed",
 * typed whole, still meet the stems "siren" and "propos".
 */
function queryWords(query: string): QueryWord[] {
  const tokens = tokenize(query);
  return tokens.map((t, i) => {
    if (i < tokens.length - 1 || /\s$/.test(query)) return { key: t.stem, prefix: false };
    let common = 0;
    while (common < t.stem.length && t.stem[common] === t.norm[common]) common++;
    return { key: t.norm.slice(0, Math.max(2, common)), prefix: true };
  });
}

/** How many of `words` the sentence holds. */
function wordsHeld(index: SourceIndex, sentence: SourceSentence, words: readonly QueryWord[]): number {
  const tokens = index.tokensOf(sentence.id);
  let held = 0;
  for (const w of words) if (tokens.some((t) => (w.prefix ? t.stem.startsWith(w.key) || t.norm.startsWith(w.key) : t.stem === w.key))) held++;
  return held;
}

/** fuse.js, loaded on first search (see lazy/fuse.ts). */
function fuseClass(): typeof Fuse {
  return (require('./lazy/fuse') as typeof import('./lazy/fuse')).Fuse;
}

const fuseCache = new WeakMap<SourceIndex, Fuse<SourceSentence>>();

function fuseOf(index: SourceIndex): Fuse<SourceSentence> {
  let fuse = fuseCache.get(index);
  if (!fuse) {
    fuse = new (fuseClass())(index.sentences, FUSE_OPTIONS);
    fuseCache.set(index, fuse);
  }
  return fuse;
}

/** Per index: a vote count per sentence (zero between searches), reused by every keystroke. */
const voteArrays = new WeakMap<SourceIndex, Int32Array>();

/**
 * The sentences holding the query's words, most words first (earlier sentences first among
 * equals), at most CANDIDATES. Whole words count twice the word being typed (the last one, as a
 * prefix, unless the query ends with a space).
 */
function candidatesFor(index: SourceIndex, words: readonly QueryWord[]): SourceSentence[] {
  let votes = voteArrays.get(index);
  if (!votes) {
    votes = new Int32Array(index.size);
    voteArrays.set(index, votes);
  }
  const touched: number[] = [];
  let most = 0;
  words.forEach((w) => {
    const weight = w.prefix ? 1 : 2;
    let ids = index.sentencesWithPrefix(w.key, w.prefix ? 64 : 8);
    // A word no source has, a typo most likely ("hocky"): the words that start as it does, for
    // fuse.js to rank; typos rarely fall in the first three letters.
    if (!ids.length && w.key.length > 3) ids = index.sentencesWithPrefix(w.key.slice(0, 3), 64);
    for (const id of ids) {
      if (votes[id] === 0) touched.push(id);
      votes[id] += weight;
      if (votes[id] > most) most = votes[id];
    }
  });
  // Sentences by votes, then id: one pass per vote count over the touched ids in order.
  const ids = Int32Array.from(touched).sort();
  const out: SourceSentence[] = [];
  for (let v = most; v > 0 && out.length < CANDIDATES; v--) {
    for (let i = 0; i < ids.length && out.length < CANDIDATES; i++) if (votes[ids[i]] === v) out.push(index.sentences[ids[i]]);
  }
  for (const id of touched) votes[id] = 0;
  return out;
}
