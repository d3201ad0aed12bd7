import Fuse from 'fuse.js';
import type { SourceIndex } from './SourceIndex';
import { stemWord, tokenize } from './tokenize';
import type { SourceSentence } from './types';

/** A source sentence matching a typed query; `score` is 0 for a perfect match up to 1. */
export interface SearchHit {
  sentence: SourceSentence;
  score: number;
}

/** Below this many sentences, fuse.js ranks all of them; above, only the index's candidates. */
const SMALL = 3000;
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

function candidatesFor(index: SourceIndex, query: string): SourceSentence[] {
  const words = tokenize(query);
  const votes = new Map<number, number>();
  words.forEach((w, i) => {
    const last = i === words.length - 1 && !/\s$/.test(query);
    const prefix = last ? w.norm.slice(0, Math.max(2, w.norm.length)) : stemWord(w.norm);
    for (const [id, n] of index.sentencesWithPrefix(last ? prefix : prefix.slice(0, Math.max(3, prefix.length)), last ? 64 : 8)) {
      votes.set(id, (votes.get(id) ?? 0) + Math.min(n, 1) * (last ? 1 : 2));
    }
  });
  return [...votes]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, CANDIDATES)
    .map(([id]) => index.sentences[id]);
}
