import { isLetterCode, isLetterOrNumberCode } from './tokenize';
import { SPEECH_VERBS } from './words';
import type { Span } from './types';

/**
 * Abbreviations that stand before a name, a number or a date, so that a period after them never
 * ends a sentence: "Gen. Smith", "St. Petersburg", "Feb. 28", "e.g. this". Compared without the
 * dot. An entry written capitalised is also an ordinary word that can end a sentence ("the gen.",
 * "a sales rep.", "300 ft."): it counts only when the text capitalises it too.
 */
const TITLES = readWordList(`mr mrs ms dr Prof Gen lt Col maj capt sgt cmdr adm Gov sen Rep pres st mt Ft Rev Hon
  Cllr Det Supt Insp Cpl Pte Fr jan feb Mar apr jun jul aug sep Sept oct nov dec vol vols p pp est approx vs cf viz e.g i.e`);

/** Months of TITLES, and the signs of TITLES that stand before a number or a place, not a person. */
const NOT_PERSONAL = new Set(['st', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vol', 'vols', 'p', 'pp', 'est', 'approx', 'vs', 'cf', 'viz', 'e.g', 'i.e']);

/** Whether `word`, as written, abbreviates a title a person's name follows ("Dr", "Prof", "Lt", "Cllr"). */
export function isTitleAbbreviation(word: string): boolean {
  const lower = word.toLowerCase();
  const capitalised = TITLES.get(lower);
  return capitalised !== undefined && !NOT_PERSONAL.has(lower) && (!capitalised || word !== lower);
}

/**
 * Abbreviations that can end a sentence ("He lived in the U.S."), besides dotted initials such as
 * "D.C." or "a.m." that count here listed or not. Mid-sentence they are followed by a name or a
 * lower-case word ("U.S. President Trump", "Acme Inc. said"), so a period after them ends the
 * sentence only before a word of SENTENCE_OPENERS. Capitalised entries as in TITLES: "sun" and
 * "sat" are words, "Sun." and "Sat." are days.
 */
const ENDINGS = readWordList(`jr sr inc corp Co ltd llc Bros Ed eds dept univ assn Ave blvd rd etc al
  mon tue tues Wed thu thur thurs fri Sat Sun`);

/**
 * Words of TITLES that can also end a sentence: a street ("on Main St. The house burned") and
 * months, which stand before a day or a year ("Feb. 28", "Dec. 2024") but end a sentence too
 * ("talks ended in Dec. The next round"). Like ENDINGS they end one only before a word of
 * SENTENCE_OPENERS: no saint or day is named "The" or "He".
 */
const ENDING_TITLES = new Set(['st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Signs before a number ("No. 10", "fig. 3"), which are also words ("The answer was no."): they count only before a digit. */
const NUMBER_SIGNS = new Set(['no', 'nos', 'fig', 'figs']);

/**
 * Capitalised words that commonly open a sentence and seldom begin a name or a title: after an
 * abbreviation of ENDINGS they tell the end of a sentence ("in the U.S. Then he left") from a
 * name that goes on with it ("U.S. President Trump"). Title-like openers ("First Lady", "Under
 * Secretary", "New York") are left out on purpose.
 */
const SENTENCE_OPENERS = new Set(
  `The A An He She It They We I You This That These Those There Here Then But And Or Nor So Yet For
  In On At After Before When While If As Its His Her Their Our My Your One Some Many Most All No Not
  Both Each Every Few Several Such Since Although Though Because However Meanwhile Still Also Now
  Later Earlier Today Yesterday Last Instead Even Only Just Once Until Unless Whether What Which Who
  Why How Where Another Any Neither Either From To With By During Despite Without Among Thus Yes`.split(/\s+/),
);

/** Maps each word of `list`, lower-cased, to whether the text must capitalise it (as the list does). */
function readWordList(list: string): Map<string, boolean> {
  return new Map(list.split(/\s+/).map((word) => [word.toLowerCase(), word !== word.toLowerCase()]));
}

// The loops below read character codes, not characters: in a text holding any character past
// U+00FF (a curly quote is enough) every `text[i]` is a new string, and an index reads millions.
const BREAK_OR_TERMINAL = /[\n\r.!?…]/g;
const QUOTE_OR_BREAK = /["“”\n]/g;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '*', '_'].map((c) => c.charCodeAt(0)));
const LF = 10;
const CR = 13;
const PERIOD = 46;

/** `.`, `!`, `?` or `…`. */
function isTerminal(code: number): boolean {
  return code === PERIOD || code === 33 || code === 63 || code === 0x2026;
}

/** Whether `code` is a character `\s` matches. */
function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    (code > 127 && (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff))
  );
}
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[']);
const LINE_JOINERS = new Set(
  'a an the and or but nor of in on at to from by with for as that than who which whose his her their its our my your'.split(' '),
);

export interface SplitOptions {
  /**
   * `soft`: a line break is a space (markdown paragraphs). `hard`: a line break also ends a
   * sentence when the line looks finished and the next one starts a new thought (plain-text
   * sources, transcripts, pages saved as text).
   */
  lineBreaks?: 'soft' | 'hard';
  /**
   * With `hard` line breaks, the width the text is wrapped at (see `wrapWidthOf`): a line the
   * next line's first word would not have fitted on was wrapped, so its break ends nothing
   * ("the villages around\nAshcombe and Brent").
   */
  wrapWidth?: number;
}

/**
 * Splits `text[start, end)` into sentences. Returns spans into `text`, in order, trimmed of
 * surrounding whitespace, never empty; whitespace-only input returns `[]`. Sentence ends inside a
 * quotation that closes in the same range are ignored, so a quotation of several sentences stays
 * in the sentence that introduces or attributes it.
 */
export function splitSentences(text: string, start = 0, end = text.length, options: SplitOptions = {}): Span[] {
  const hard = options.lineBreaks === 'hard';
  const quoted = findQuotedRanges(text, start, end);
  const spans: Span[] = [];
  let sentenceStart = start;
  let q = 0;
  const push = (to: number) => {
    const span = trimSpan(text, sentenceStart, to);
    if (span) spans.push(span);
    sentenceStart = to;
  };
  for (let i = start; i < end; i++) {
    // Only line breaks and terminal marks can end a sentence: jump to the next one (an
    // expression finds it faster than a loop would).
    BREAK_OR_TERMINAL.lastIndex = i;
    const next = BREAK_OR_TERMINAL.exec(text);
    if (!next || next.index >= end) break;
    i = next.index;
    const c = text.charCodeAt(i);
    while (q < quoted.length && quoted[q].end <= i) q++;
    const insideQuote = q < quoted.length && quoted[q].start < i && i < quoted[q].end - 1;
    if (c === LF || c === CR) {
      if (!hard) continue;
      let k = i;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      if (!insideQuote && isLineBoundary(text, sentenceStart, i, k, end) && !isWrapped(text, i, k, end, options.wrapWidth)) push(i);
      // The first line break of a whitespace run decides; the rest of the run could only add
      // empty sentences, and judging each break again is quadratic on runs of blank lines.
      i = k - 1;
      continue;
    }
    // Run of terminal marks ("?!", "..."), then closing quotes and brackets.
    let j = i + 1;
    while (j < end && isTerminal(text.charCodeAt(j))) j++;
    // Inside a quotation only its last mark may end the sentence: "We came. We saw." He left.
    if (insideQuote && j !== quoted[q].end - 1) {
      i = j - 1;
      continue;
    }
    while (j < end && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j >= end) {
      push(end);
      break;
    }
    if (!isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) {
      push(end);
      break;
    }
    if (c === PERIOD && j === i + 1 && isAbbreviation(text, start, i, k, end)) continue;
    if (!startsSentence(text[k])) continue;
    // A quotation ending in its own mark, then who said it: "What are the details?" Zelenskyy asked.
    if (closesQuote(text, i + 1, j) && attributionAt(text, k, end)) continue;
    push(j);
    i = j - 1;
  }
  push(end);
  return spans;
}

/** Whether `text[from, to)`, the marks after a sentence's end, closes a double quotation. */
function closesQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x201d) return true;
  return false;
}

/**
 * An attribution at `at`: up to four capitalised words (a name, a title, "The White House") or a
 * pronoun, then a speech verb that ends the sentence, or a clause of it, maybe after a time or
 * place of up to three words ("Zelenskyy asked.", "Trump has said repeatedly.", "He added on
 * Tuesday."). A speech verb with an object goes on to a statement of its own: "Putin said the
 * talks failed.", "Putin responded on Tuesday with new strikes."
 */
const ATTRIBUTION =
  /^(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,4}(?:(?:has|have|had|also|later|then|again)\s+)?(\p{Ll}+)(?=\s*[.,;:!?]|\s+(?:on|in|at|during|after|before|last|this|today|yesterday|repeatedly|earlier|later|again)\b(?:\s+[\p{L}\p{N}’'-]+){0,2}\s*[.,;:!?])/u;

function attributionAt(text: string, at: number, end: number): boolean {
  const m = ATTRIBUTION.exec(text.slice(at, Math.min(end, at + 80)));
  return !!m && SPEECH_VERBS.has(m[1]);
}

/** `text[start, end)` without the white space around it, or undefined when nothing else is in it. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function startsSentence(ch: string): boolean {
  if (OPENERS.has(ch) || /\d/.test(ch)) return true;
  return ch !== ch.toLowerCase() || (/\p{L}/u.test(ch) && ch === ch.toUpperCase());
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * True when the period at `dot` ends an abbreviation, an initial or a list number that the
 * sentence goes on after; `next` is the first character after the spaces that follow.
 */
function isAbbreviation(text: string, floor: number, dot: number, next: number, end: number): boolean {
  let w = dot;
  while (w > floor && (text.charCodeAt(w - 1) === PERIOD || isLetterOrNumberCode(text.charCodeAt(w - 1)))) w--;
  const word = text.slice(w, dot);
  if (!word) return false;
  // The cheap tests first: this runs at every period of every source.
  const lower = word.toLowerCase();
  const capitalised = word.charCodeAt(0) !== lower.charCodeAt(0);
  const title = TITLES.get(lower);
  if (title !== undefined && (capitalised || !title)) return !ENDING_TITLES.has(lower) || !opensSentence(text, next, end);
  const ending = ENDINGS.get(lower);
  if (ending !== undefined && (capitalised || !ending)) return !opensSentence(text, next, end);
  if (NUMBER_SIGNS.has(lower)) return isDigit(text.charCodeAt(next));
  if (word.length === 1 && /^\p{Lu}$/u.test(word)) return true; // an initial: "Thomas K. Arnold"
  if (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !opensSentence(text, next, end); // "U.S", "D.C", "a.m"
  if (isDigit(word.charCodeAt(0)) && /^\d+$/.test(word)) {
    // "1." opening a numbered line is a list marker
    let b = w - 1;
    while (b >= floor && (text[b] === ' ' || text[b] === '\t')) b--;
    return b < floor || text[b] === '\n';
  }
  return false;
}

/** Whether a word of SENTENCE_OPENERS, maybe after an opening quote or bracket, starts at `at`. */
function opensSentence(text: string, at: number, end: number): boolean {
  while (at < end && OPENERS.has(text[at])) at++;
  let e = at;
  while (e < end && isLetterCode(text.charCodeAt(e))) e++;
  // "A." and "I." are initials: "Acme Co. A. J. Smith"
  if (e - at === 1 && e < end && text.charCodeAt(e) === PERIOD) return false;
  return SENTENCE_OPENERS.has(text.slice(at, e));
}

/**
 * A line break at `at` ends a sentence when the line looks finished and the next one (its first
 * character at `k`) starts anew.
 */
function isLineBoundary(text: string, sentenceStart: number, at: number, k: number, end: number): boolean {
  if (k >= end) return false;
  let b = at - 1;
  while (b >= sentenceStart && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9 || text.charCodeAt(b) === CR)) b--;
  if (b < sentenceStart) return false;
  if (countLineBreaks(text, at, k) >= 2) return true; // blank line
  if (!startsSentence(text[k]) && !/[-*•#>|]/.test(text[k])) return false;
  const last = text[b];
  if (',;(-–—&/'.includes(last)) return false;
  let w = b;
  while (w >= sentenceStart && isLetterCode(text.charCodeAt(w))) w--;
  return !LINE_JOINERS.has(text.slice(w + 1, b + 1));
}

/**
 * Whether the line break at `at` (the next line's text starting at `k`) was made by wrapping
 * at `width`: the next line's first word would not have fitted on the line.
 */
function isWrapped(text: string, at: number, k: number, end: number, width: number | undefined): boolean {
  if (!width || countLineBreaks(text, at, k) >= 2) return false;
  let lineStart = at;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== LF && text.charCodeAt(lineStart - 1) !== CR) lineStart--;
  let lineEnd = at;
  while (lineEnd > lineStart && isSpace(text.charCodeAt(lineEnd - 1))) lineEnd--;
  // A list item or a quoted line opens its own line, wrapped text or not: after a line ending a
  // sentence or introducing ("…in the hall:"), or another item ("- a stop to all dredging…").
  // Else the mark is the text's own ("…reached / 150. Crews…", "…crews / - and the volunteers -").
  const marker = lineMarker(text.slice(k, k + 6));
  if (marker && (/[:.!?]/.test(text[lineEnd - 1] ?? '') || lineMarker(text.slice(lineStart, lineStart + 12).trimStart()) === marker)) return false;
  let wordEnd = k;
  while (wordEnd < end && !isSpace(text.charCodeAt(wordEnd))) wordEnd++;
  return lineEnd - lineStart + 1 + (wordEnd - k) > width;
}

/** Whether the line starting at `lineStart` goes on from the line before it, wrapped at `width`. */
export function wrapsOnto(text: string, lineStart: number, width: number): boolean {
  let at = lineStart - 1;
  if (at < 0) return false;
  if (text.charCodeAt(at) === LF && text.charCodeAt(at - 1) === CR) at--;
  return isWrapped(text, at, lineStart, text.length, width);
}

/** What opens a list item or a quoted line, the mark's kind captured: "- ", "* ", "• ", "> ", "2. ", "b) ". */
const LINE_MARKER = /^(?:([-*•>])\s|\d{1,3}([.)])\s|\p{L}(\))\s)/u;

/** The kind of list or quotation mark `line` opens with ("-", "." of "2.", ")" of "b)"), if any. */
function lineMarker(line: string): string | undefined {
  const m = LINE_MARKER.exec(line);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** Bounds of the width hard-wrapped text is wrapped at: narrower lines are turns, list items or an address; wider ones, paragraphs a line. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 120;

/** Share of the lines followed by another that may be longer than the width (see `wrapWidthOf`). */
const LONGER_SHARE = 0.1;

/**
 * The width a plain text is hard-wrapped at (an e-mail, a text saved from a terminal, an
 * abstract, a book from a library), or undefined when its lines are paragraphs, headings or
 * turns of their own. Read from the lines followed by another line of the same paragraph:
 * wrapped text fills most of them nearly to one width, and none is much longer.
 */
export function wrapWidthOf(text: string): number | undefined {
  // Line lengths without trailing blanks, read in place: an index reads megabytes of sources.
  const newline = text.includes('\n') ? '\n' : '\r';
  const inner: number[] = [];
  let long = 0;
  let previous = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf(newline, start);
    if (end < 0) end = text.length;
    let last = end;
    while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
    const length = last - start;
    if (previous > 0 && length > 0) {
      inner.push(previous);
      // Of twenty lines or more, half too long to be wrapped: paragraphs a line, no need to read on.
      if (previous > MAX_WRAP_WIDTH && ++long >= 10 && long > inner.length / 2) return undefined;
    }
    previous = length;
    start = end + 1;
  }
  if (inner.length < 2) return undefined;
  // The longest but for a tenth of them: one long line (a title, a web address) among ten does
  // not widen the rest.
  inner.sort((a, b) => a - b);
  const width = inner[inner.length - 1 - Math.floor(inner.length * LONGER_SHARE)];
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return undefined;
  const full = inner.filter((n) => n >= 0.7 * width).length;
  return full >= 0.6 * inner.length ? width : undefined;
}

/** Line breaks in `text[from, to)`: `\r\n`, `\n` and a lone `\r` count one each. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n++;
  }
  return n;
}

/**
 * Ranges `[open, close + 1)` of double quotations whose closing mark is in `[start, end)`.
 * Unbalanced marks are ignored. Curly quotes pair by direction; straight quotes pair in order.
 */
export function findQuotedRanges(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let open = -1;
  let openChar = '';
  for (let i = start; i < end; i++) {
    QUOTE_OR_BREAK.lastIndex = i;
    const next = QUOTE_OR_BREAK.exec(text);
    if (!next || next.index >= end) break;
    i = next.index;
    const ch = text[i];
    if (ch === '“' || (ch === '"' && open < 0)) {
      if (ch === '"' && !isOpeningStraightQuote(text, i, start)) continue;
      open = i;
      openChar = ch;
    } else if (open >= 0 && ((ch === '”' && openChar === '“') || (ch === '"' && openChar === '"') || (ch === '”' && openChar === '"'))) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '\n' && open >= 0 && /\n\s*\n/.test(text.slice(i, Math.min(end, i + 3)))) {
      open = -1; // a quotation does not cross a blank line
    }
  }
  return out;
}

function isOpeningStraightQuote(text: string, i: number, floor: number): boolean {
  const before = i > floor ? text[i - 1] : ' ';
  const after = text[i + 1] ?? ' ';
  return !/\s/.test(after) || /[\s([{—–-]/.test(before);
}
