import Fuse from 'fuse.js';
import type { SourceIndex } from './SourceIndex';
import { stemWord, tokenize } from './tokenize';
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
  const pool = index.size <= SMALL ? index.sentences : candidatesFor(index, q);
  const fuse = index.size <= SMALL ? fuseOf(index) : new Fuse(pool, FUSE_OPTIONS);
  return fuse.search(q, { limit }).map((r) => ({ sentence: r.item, score: r.score ?? 0 }));
}

const fuseCache = new WeakMap<SourceIndex, Fuse<SourceSentence>>();

function fuseOf(index: SourceIndex): Fuse<SourceSentence> {
  let fuse = fuseCache.get(index);
  if (!fuse) {
    fuse = new Fuse(index.sentences, FUSE_OPTIONS);
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
function candidatesFor(index: SourceIndex, query: string): SourceSentence[] {
  const words = tokenize(query);
  let votes = voteArrays.get(index);
  if (!votes) {
    votes = new Int32Array(index.size);
    voteArrays.set(index, votes);
  }
  const touched: number[] = [];
  let most = 0;
  words.forEach((w, i) => {
    const last = i === words.length - 1 && !/\s$/.test(query);
    const prefix = last ? w.norm.slice(0, Math.max(2, w.norm.length)) : stemWord(w.norm);
    const weight = last ? 1 : 2;
    for (const id of index.sentencesWithPrefix(last ? prefix : prefix.slice(0, Math.max(3, prefix.length)), last ? 64 : 8)) {
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
