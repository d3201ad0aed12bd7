/**
 * Word tokens with offsets, folded for comparison: letter case, curly quotes and apostrophes,
 * dashes and dotted abbreviations ("U.S." is the word "us").
 */

import { mayBeNumber } from './extractNumbers';
import { isContentWord } from './words';

/** A word or number of a text. */
export interface Token {
  /** Folded form: lower case, straight apostrophes, no possessive `'s`, abbreviation dots removed. */
  norm: string;
  /** Light stem of `norm`, used to match inflected forms ("proposed" / "proposal"). */
  stem: string;
  start: number;
  end: number;
  /** True for digit tokens such as `175`, `1,300` or `2.5`. */
  numeric: boolean;
  /** True when the token starts with an upper-case letter in the original text. */
  capitalized: boolean;
  /** Whether it carries content (see `isContentWord`): not a number, function word, speech verb or negation. */
  content: boolean;
}

// Dotted abbreviations (U.S., e.g.), numbers with thousands or decimals, then words with inner
// apostrophes. Hyphenated words are separate tokens, so "intelligence-sharing" matches
// "intelligence sharing" and "30-day" yields the number 30.
const TOKEN = /(?:\p{L}\.){2,}(?!\p{L})|\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/**
 * Splits `text[start, end)` into tokens. Offsets are into `text`. Empty input returns `[]`.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  return scan(text, start, end, tokenOf, out) < 0 ? matchTokens(text, start, end) : out;
}

/**
 * The words of `text[start, end)`, as `tokenize` finds them, without their offsets: what an
 * index needs, at the cost of an array of shared objects instead of a new object per token.
 */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  out.length = readWords(text, start, end, out);
  return out;
}

/**
 * `wordsIn` into the first entries of `into`, returning how many: a reader of millions of words
 * reuses one array (emptying an array frees its storage, so it is overwritten, not emptied).
 */
export function readWords(text: string, start: number, end: number, into: Word[]): number {
  const count = scan(text, start, end, wordItself, into);
  if (count >= 0) return count;
  const tokens = matchTokens(text, start, end);
  for (let i = 0; i < tokens.length; i++) into[i] = wordAt(text, tokens[i].start, tokens[i].end);
  return tokens.length;
}

/**
 * `tokenize` through the TOKEN expression: the definition, used for text the scanner leaves to
 * it (exported so that a property test holds the scanner to it).
 */
export function matchTokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = start;
  for (let m = TOKEN.exec(text); m && m.index < end; m = TOKEN.exec(text)) {
    const tokenEnd = m.index + m[0].length;
    if (tokenEnd > end) break;
    out.push(tokenOf(wordAt(text, m.index, tokenEnd), m.index, tokenEnd));
  }
  return out;
}

// Character classes of TOKEN, per UTF-16 code unit.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const NUMBER = 3;
const DIGIT = 4;
/** Surrogate halves: code points outside the BMP, left to the expression. */
const ASTRAL = 5;
const UNKNOWN = 255;
const classes = new Uint8Array(65536).fill(UNKNOWN);

function classOf(code: number): number {
  let c = classes[code];
  if (c === UNKNOWN) {
    const ch = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) c = ASTRAL;
    else if (code >= 48 && code <= 57) c = DIGIT;
    else if (/\p{L}/u.test(ch)) c = LETTER;
    else if (/\p{M}/u.test(ch)) c = MARK;
    else if (/\p{N}/u.test(ch)) c = NUMBER;
    else c = OTHER;
    classes[code] = c;
  }
  return c;
}

/** Whether the UTF-16 code unit `code` is a letter (`\p{L}`; surrogate halves are not). */
export function isLetterCode(code: number): boolean {
  return classOf(code) === LETTER;
}

/** Whether the UTF-16 code unit `code` is a letter or a number (`[\p{L}\p{N}]`; surrogate halves are not). */
export function isLetterOrNumberCode(code: number): boolean {
  const c = classOf(code);
  return c === LETTER || c === NUMBER || c === DIGIT;
}

/** The class of the UTF-16 code unit `code`: the table, filled on first sight. */
function classOfCode(code: number): number {
  const c = classes[code];
  return c === UNKNOWN ? classOf(code) : c;
}

/** The class of the character at `i`, OTHER past the end. */
function classAt(text: string, i: number): number {
  return i < text.length ? classOfCode(text.charCodeAt(i)) : OTHER;
}

/** Whether a class is one of TOKEN's word characters, `[\p{L}\p{M}\p{N}]`. */
function isWordClass(c: number): boolean {
  return c === LETTER || c === MARK || c === NUMBER || c === DIGIT;
}

/**
 * TOKEN, matched by hand: the same tokens at a fraction of the cost (an index reads millions),
 * each made into a `T` by `make` and written to `out` from its start. Returns how many, or -1
 * (`out` part written) when the text holds a surrogate pair, which the expression reads as one
 * code point. The common case, a word of letters, is decided by its first two characters; the
 * rarer forms (letter-dot abbreviations, numbers, inner apostrophes) are tried only where their
 * first character says they may start.
 */
function scan<T>(text: string, start: number, end: number, make: (word: Word, start: number, end: number) => T, out: T[]): number {
  end = Math.min(end, text.length);
  let count = 0;
  let i = start;
  while (i < end) {
    const c = classOfCode(text.charCodeAt(i));
    if (c === OTHER) {
      i++;
      continue;
    }
    if (c === ASTRAL) return -1;
    let j = i + 1;
    if (c === DIGIT) {
      // \d+(?:[.,]\d+)*
      while (classAt(text, j) === DIGIT) j++;
      for (let q = text.charCodeAt(j); (q === 46 || q === 44) && classAt(text, j + 1) === DIGIT; q = text.charCodeAt(j)) {
        j += 2;
        while (classAt(text, j) === DIGIT) j++;
      }
    } else {
      if (c === LETTER && text.charCodeAt(j) === 46) {
        // (?:\p{L}\.){2,}(?!\p{L}): only the longest run of letter-dot pairs can match.
        let pairs = 1;
        let m = j + 1;
        while (classAt(text, m) === LETTER && text.charCodeAt(m + 1) === 46) {
          pairs++;
          m += 2;
        }
        const next = classAt(text, m);
        if (next === ASTRAL) return -1;
        if (pairs >= 2 && next !== LETTER) j = m;
      }
      if (j === i + 1) {
        // [\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*
        let k = classAt(text, j);
        while (isWordClass(k)) k = classAt(text, ++j);
        for (;;) {
          if (k === ASTRAL) return -1;
          const q = text.charCodeAt(j);
          if (q !== 39 && q !== 0x2019) break;
          let l = classAt(text, j + 1);
          if (l === ASTRAL) return -1;
          if (l !== LETTER && l !== MARK) break;
          j++;
          while (l === LETTER || l === MARK) l = classAt(text, ++j);
          k = l;
        }
      }
    }
    if (j > end) break;
    out[count++] = make(wordAt(text, i, j), i, j);
    i = j;
  }
  return count;
}

const wordItself = (word: Word): Word => word;

/**
 * A token of `word` (or of another token's word) at `[start, end)`. A literal, not a spread:
 * millions are made, and a spread costs several times more.
 */
export function tokenOf(word: Omit<Token, 'start' | 'end'>, start: number, end: number): Token {
  return { norm: word.norm, stem: word.stem, start, end, numeric: word.numeric, capitalized: word.capitalized, content: word.content };
}

/** A word as written, folded: what every token of the same spelling shares. */
export interface Word extends Pick<Token, 'norm' | 'stem' | 'numeric' | 'capitalized' | 'content'> {
  /** Whether a number may start with it (see `mayBeNumber`). */
  number: boolean;
  /**
   * This spelling's number, unique in the thread: a reader finds a word's stem by it in an
   * array instead of hashing the stem (millions of words, a few thousand spellings).
   */
  id: number;
}

function wordOf(raw: string): Word {
  const numeric = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
  const norm = numeric ? raw.replace(/,/g, '') : foldWord(raw);
  return {
    norm,
    stem: numeric ? norm : stemWord(norm),
    numeric,
    capitalized: !numeric && raw[0] !== raw[0].toLowerCase(),
    content: isContentWord(norm, numeric),
    number: mayBeNumber({ norm, numeric }),
    id: nextWordId++,
  };
}

let nextWordId = 0;

/**
 * Folded forms by word as written. A text repeats most of its words, and an index of 100k
 * sentences reads millions of tokens, so each spelling is folded and stemmed once. An open
 * hash table over the written characters rather than a `Map` by string: a word already seen is
 * found without slicing it out of the text (a string per token was a third of an index build,
 * in hashing and in garbage).
 */
class WordTable {
  /** Spellings and their words, at the same slot; a power of two, at most half full. */
  private raws: (string | undefined)[] = new Array(1 << 12);
  private words: (Word | undefined)[] = new Array(1 << 12);
  private size = 0;

  /** The word written at `text[start, end)`. */
  get(text: string, start: number, end: number): Word {
    const mask = this.raws.length - 1;
    const length = end - start;
    let slot = hashOf(text, start, end) & mask;
    for (let raw = this.raws[slot]; raw !== undefined; raw = this.raws[slot]) {
      if (raw.length === length && sameChars(raw, text, start)) return this.words[slot]!;
      slot = (slot + 1) & mask;
    }
    const raw = text.slice(start, end);
    const word = wordOf(raw);
    // Bounded: a pathological text of unique words must not grow it without end.
    if (this.size >= MAX_WORDS) {
      this.raws = new Array(this.raws.length);
      this.words = new Array(this.words.length);
      this.size = 0;
    }
    this.put(raw, word);
    if (this.size * 2 > this.raws.length) this.grow();
    return word;
  }

  private grow(): void {
    const { raws, words } = this;
    this.raws = new Array(raws.length * 2);
    this.words = new Array(raws.length * 2);
    this.size = 0;
    for (let i = 0; i < raws.length; i++) {
      const raw = raws[i];
      if (raw !== undefined) this.put(raw, words[i]!);
    }
  }

  private put(raw: string, word: Word): void {
    const mask = this.raws.length - 1;
    let slot = hashOf(raw, 0, raw.length) & mask;
    while (this.raws[slot] !== undefined) slot = (slot + 1) & mask;
    this.raws[slot] = raw;
    this.words[slot] = word;
    this.size++;
  }
}

const MAX_WORDS = 200_000;

/** FNV-1a over the UTF-16 code units of `text[start, end)`, its high bits folded into the low ones. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** Whether `text` holds `raw` at `start` (a loop: `startsWith` with a position is several times slower here). */
function sameChars(raw: string, text: string, start: number): boolean {
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

const wordTable = new WordTable();

/** The word written at `text[start, end)`. */
function wordAt(text: string, start: number, end: number): Word {
  return wordTable.get(text, start, end);
}

/** Lower-cases a word, straightens apostrophes and drops abbreviation dots and a possessive `'s`. */
export function foldWord(word: string): string {
  let w = word.toLowerCase().replace(/’/g, "'");
  if (w.includes('.')) w = w.replace(/\./g, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  return w;
}

/** Common irregular forms, mapped to the stem of their base form. */
const IRREGULAR = new Map<string, string>(
  `took:tak taken:tak took:tak gave:giv given:giv went:go gone:go came:com come:com saw:see seen:see
  made:mak began:begin begun:begin brought:bring bought:buy caught:catch chose:choos chosen:choos
  did:do done:do drew:draw drawn:draw drove:driv driven:driv ate:eat eaten:eat fell:fall fallen:fall
  felt:feel fought:fight found:find flew:fly flown:fly forgot:forget forgotten:forget got:get gotten:get
  grew:grow grown:grow held:hold kept:keep knew:know known:know led:lead left:leav lost:los lose:los
  meant:mean met:meet paid:pay ran:run rose:ris risen:ris sold:sell sent:send shot:shoot shown:show
  showed:show spoke:speak spoken:speak spent:spend stood:stand struck:strik taught:teach thought:think
  told:tell understood:understand won:win wrote:writ written:writ built:build cut:cut hit:hit put:put
  set:set quit:quit shut:shut spread:spread men:man women:woman children:child people:person feet:foot
  better:good best:good worse:bad worst:bad`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

const SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'edly', 'ed', 'als', 'al', 'ly', 'ers', 'er', 'es', 's', 'e'];

/**
 * A deliberately light suffix stripper: enough to make "agreed"/"agree", "proposal"/"proposed",
 * "regions"/"region" meet, without the surprises of a full Porter stemmer.
 */
export function stemWord(word: string): string {
  const base = IRREGULAR.get(word);
  if (base) return base;
  if (word.length <= 3) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  // "carried", "studied", "applied" meet "carry", "study", "apply" ("died", "lied" are too short).
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  for (const suffix of SUFFIXES) {
    // "loss" and "class" are no plurals ("losses" and "classes" are).
    if (suffix === 's' && w.endsWith('ss')) break;
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "stopped" -> "stopp" -> "stop"
  const n = w.length;
  if (n > 3 && w[n - 1] === w[n - 2] && !'aeiouls'.includes(w[n - 1])) w = w.slice(0, -1);
  return w;
}

/** Folds punctuation variants the way quotations are compared: curly quotes, dashes, spaces. */
export function foldPunctuation(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');
}
