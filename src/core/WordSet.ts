import type { Token } from './tokenize';

/** Words of source text, asked whether a draft word is among them. */
export interface Covers {
  /** Whether `t` is among the words, exactly or as a close derivative ("Russia"/"Russian"). */
  covers(t: Token): boolean;
}

/** The words of several sentences together (an adjacent pair, a merged summary), without copying them. */
export function union(sets: readonly Covers[]): Covers {
  return sets.length === 1 ? sets[0] : new Union(sets);
}

class Union implements Covers {
  constructor(private readonly sets: readonly Covers[]) {}

  covers(t: Token): boolean {
    return this.sets.some((set) => set.covers(t));
  }
}

/**
 * The words of some source text (each token's stem and folded form), asked whether a draft word
 * is among them. Built once per source sentence and kept with its tokens: coverage asks it for
 * every word of every draft sentence against every candidate.
 */
export class WordSet implements Covers {
  private readonly words = new Set<string>();
  /**
   * A hash of the first five letters of every word of five or more: rules out most near matches
   * at once, without slicing a string per question.
   */
  private readonly prefixes = new Set<number>();

  constructor(tokens: Iterable<Token>) {
    for (const t of tokens) {
      this.add(t.stem);
      this.add(t.norm);
    }
  }

  covers(t: Token): boolean {
    if (this.words.has(t.stem) || (t.norm !== t.stem && this.words.has(t.norm))) return true;
    if (t.stem.length < 5 || !this.prefixes.has(prefixKey(t.stem))) return false;
    for (const w of this.words) if (sharesPrefix(w, t.stem)) return true;
    return false;
  }

  private add(word: string): void {
    this.words.add(word);
    if (word.length >= 5) this.prefixes.add(prefixKey(word));
  }
}

/** A hash of the first five UTF-16 code units of `word` (which has at least five). */
function prefixKey(word: string): number {
  let hash = 0;
  for (let i = 0; i < 5; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * Two words of five letters or more, their lengths within four, that agree on their first six
 * (or all of the shorter's five) and on all but the last two letters of the shorter: a
 * derivative ("Russia"/"Russian", "economy"/"economic"), not another long word that starts the
 * same ("microscope"/"Microsoft", "BestInsuranceXYZ"/"BestInsuranceNOX"). Words compared are
 * stems, so a short stem still meets a longer word on six letters ("communic"/"community").
 */
function sharesPrefix(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || Math.abs(a.length - b.length) > 4) return false;
  const shorter = Math.min(a.length, b.length);
  const need = Math.max(Math.min(shorter, 6), shorter - 2);
  for (let i = 0; i < need; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}
