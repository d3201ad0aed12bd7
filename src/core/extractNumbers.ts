import type { Token } from './tokenize';
import { MONTH_NAMES, STOPWORDS, TIME_UNIT_WORDS } from './words';
import type { Span } from './types';

/** A number written in a sentence: digits, number words, fractions or a date. */
export interface NumberMention extends Span {
  value: number;
  /** Stem of the next content word ("prisoner", "day", "squar") or of the month for a date. */
  unit: string;
  /** Stems of the next two content words ("squar mil"): tells 500 square miles from 1,300 square kilometers. */
  unit2: string;
  /** Stem of the content word before it. */
  before: string;
  /** Token indexes `[first, last]` of the number (a date's month is in the span, not here). */
  tokens: [number, number];
  /** A day of a month ("Feb. 28"): the span covers the month, and `unit` is the month. */
  date?: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1 };
/** Words a fraction word is the first part of, by a hyphen, naming no share: "half-time", "quarter-final", "half-hearted". */
const FRACTION_COMPOUNDS: ReadonlySet<string> = new Set(['time', 'times', 'final', 'finals', 'back', 'backs', 'way', 'hearted', 'brother', 'sister', 'life', 'term', 'mast', 'moon', 'baked', 'truth', 'truths', 'party']);
/** Every word a number may start with but digits: most words are none, found in one look-up. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(FRACTIONS)]);
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth']);
/** Fractions spelled as ordinals: a share only after "a" or a count. */
const ORDINAL_FRACTIONS = new Set(['third', 'thirds', 'fifth', 'fifths', 'tenth', 'tenths']);
/** Words before "half" or "quarter" that make it a part of a period or a game, not a share: "the second half", "the fourth quarter", "each quarter". */
const NOT_A_FRACTION = new Set(
  `first second third fourth last final next previous prior past current same coming each every per other latter former
  the this that top bottom back front`.split(/\s+/),
);
/** Scales written right after the digits: "$8.2m", "$40k", "1.5bn". */
const ABBREVIATED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, tn: 1e12 };
/** Month names and their abbreviations ("Feb.", "Sept."). */
const MONTHS = new Set([...MONTH_NAMES, ...MONTH_NAMES.map(monthKey), 'sept']);

/** Whether `table` has its own entry `key` ("constructor" is no number word). */
function has(table: Record<string, number>, key: string | undefined): boolean {
  return key !== undefined && Object.hasOwn(table, key);
}

/** Whether a word may begin a number `extractNumbers` finds: digits, a number word or a fraction. */
export function mayBeNumber(word: Pick<Token, 'norm' | 'numeric'>): boolean {
  return word.numeric || NUMBER_WORDS.has(word.norm);
}

/**
 * Finds the numbers of a sentence: `175`, `1,300`, `2.5`, `30-day` (30), `twenty-three` (23),
 * `two million`, `a quarter` (0.25), `half` (0.5), `two-thirds`, and dates such as `Feb. 28`
 * (value 28, unit the month). Ordinals ("first") are left out: they rank more often than they count.
 */
export function extractNumbers(text: string, tokens: Token[]): NumberMention[] {
  return findNumbers(text, tokens).flatMap(({ value, first, last, item }) => (item ? [] : [mentionOf(text, tokens, first, last, value)]));
}

/**
 * The values `extractNumbers` finds, without their context, and the numbers of list items: what
 * an index keeps to know a value. A list numbered to 4 supports "four features", though no
 * number of a draft is ever corrected to an item's.
 */
export function numberValues(text: string, tokens: Token[]): number[] {
  return findNumbers(text, tokens).map((n) => n.value);
}

/** The numbers of a sentence, each as its value and the tokens `[first, last]` it covers; `item` for a list item's number. */
function findNumbers(text: string, tokens: Token[]): { value: number; first: number; last: number; item?: boolean }[] {
  const out: { value: number; first: number; last: number; item?: boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value: number | undefined;
    let last = i;
    if (t.numeric) {
      const next = tokens[i + 1] as Token | undefined;
      const attached = next !== undefined && next.start === t.end && !next.numeric ? next.norm : undefined;
      // "4Q 2020" names a quarter, as "Q4" does: it counts nothing.
      if (attached === 'q' && /^[1-4]$/.test(t.norm)) continue;
      // "COVID-19", "F-35", "MS-06": the digits end a name ("mid-2020" still counts).
      const before = tokens[i - 1];
      if (before && before.end === t.start - 1 && text[before.end] === '-' && isCapitals(text.slice(before.start, before.end))) continue;
      // "1. Comprehensive records" opening a line of a plain-text list numbers the item.
      if (isListMarker(text, t)) {
        out.push({ value: Number(t.norm), first: i, last: i, item: true });
        continue;
      }
      value = Number(t.norm);
      const scale = SCALES[next?.norm ?? ''];
      if (scale && joined(text, t, next!)) {
        value = scaled(value, scale);
        last = i + 1;
      } else if (attached !== undefined && isAbbreviatedScale(text, t, next!)) {
        value = scaled(value, ABBREVIATED_SCALES[attached]);
        last = i + 1;
      } else if (attached !== undefined) {
        // "31st", "10m", "5G": the letters are part of the number as written (a fix replaces both).
        last = i + 1;
      }
    } else if (!NUMBER_WORDS.has(t.norm)) {
      continue;
    } else if (has(UNITS, t.norm) || has(SCALES, t.norm)) {
      if (t.norm === 'one' && !isCounting(tokens, i)) continue;
      [value, last] = readNumberWords(text, tokens, i);
      // "one in ten", "two out of three": a share, as "a tenth" and "two-thirds" are.
      const ratio = ratioAfter(text, tokens, last, value);
      if (ratio) [value, last] = ratio;
      // "twenty-fifth" ranks.
      const next = tokens[last + 1];
      if (next && ORDINALS.has(next.norm) && value >= 20 && joined(text, tokens[last], next)) {
        i = last + 1;
        continue;
      }
    } else if (has(FRACTIONS, t.norm)) {
      const prev = tokens[i - 1];
      const count = prev && has(UNITS, prev.norm) && joined(text, prev, t) ? UNITS[prev.norm] : undefined;
      // "a third of", "fell by a third", "two fifths" share; "the third day", "a third party", "a
      // fifth straight loss" and "twenty-fifth" rank.
      const next = tokens[i + 1];
      const aShare = prev?.norm === 'a' && (!next || next.norm === 'of' || !next.content || !joined(text, t, next));
      if (ORDINAL_FRACTIONS.has(t.norm) && !aShare && !(count !== undefined && count < 20)) continue;
      // "the second half of the game" divides, it does not count
      if (NOT_A_FRACTION.has(prev?.norm ?? '')) continue;
      // "half-time", "quarter-final": a compound's first part is no share ("a quarter-point" and
      // "a half-million" still are).
      if (next && next.start === t.end + 1 && text[t.end] === '-' && FRACTION_COMPOUNDS.has(next.norm)) continue;
      if (count !== undefined && out[out.length - 1]?.last === i - 1) {
        // "two-thirds", "one third": one number, not the count and the share.
        out.pop();
        value = count * FRACTIONS[t.norm];
        out.push({ value, first: i - 1, last: i });
        continue;
      }
      value = FRACTIONS[t.norm];
    }
    if (value === undefined || Number.isNaN(value)) continue;
    [value, last] = withSpokenFraction(text, tokens, value, last);
    out.push({ value, first: i, last });
    i = last;
  }
  return out;
}

/** Currencies a speaker names between the whole units and the cents: "twelve euro fifty". */
const SPOKEN_CURRENCIES = new Set(['euro', 'euros', 'dollar', 'dollars', 'pound', 'pounds']);
const CENTS = new Set(['cent', 'cents', 'centime', 'centimes', 'pence', 'penny']);

/**
 * A number said aloud with its fraction: a decimal ("twelve dot fifty", "two point five",
 * "one point five million") or a price ("twelve euro fifty", "twelve euros and forty cents").
 * The value and `last` moved past the fraction; unchanged for anything else.
 */
function withSpokenFraction(text: string, tokens: Token[], value: number, last: number): [number, number] {
  const next = tokens[last + 1];
  if (!Number.isInteger(value) || !next || !joined(text, tokens[last], next)) return [value, last];
  if (next.norm === 'point' || next.norm === 'dot') return spokenDecimal(text, tokens, value, last);
  // "5 million dollars 10 years ago" is no price with cents.
  if (!SPOKEN_CURRENCIES.has(next.norm) || has(SCALES, tokens[last].norm)) return [value, last];
  let k = last + 2;
  // "twelve euros and forty cents"; "25 euros and 30 people" is two numbers.
  const and = tokens[k]?.norm === 'and';
  if (and) k++;
  const part = tokens[k];
  if (!part || !joined(text, tokens[k - 1], part)) return [value, last];
  const [amount, end] = part.numeric ? [Number(part.norm), k] : has(UNITS, part.norm) ? readNumberWords(text, tokens, k) : [NaN, k];
  if (!Number.isInteger(amount) || amount < 1 || amount > 99) return [value, last];
  const after = tokens[end + 1];
  const cents = CENTS.has(after?.norm);
  // "seven pounds eight ounces": a unit of its own after the second number.
  if ((and && !cents) || (!cents && after?.content && joined(text, tokens[end], after))) return [value, last];
  return [Number((value + amount / 100).toFixed(2)), cents ? end + 1 : end];
}

/** "twelve dot fifty", "two point five", "five point two five percent", "12 point 05", "one point five million". */
function spokenDecimal(text: string, tokens: Token[], value: number, last: number): [number, number] {
  const start = last + 2;
  const first = tokens[start];
  if (!first || !joined(text, tokens[last + 1], first)) return [value, last];
  let digits = '';
  let end = start;
  if (first.numeric) {
    // As written: "05" keeps its zero.
    if (/^\d+$/.test(first.norm)) digits = first.norm;
  } else if (has(UNITS, first.norm) && UNITS[first.norm] >= 10) {
    // "dot fifty", "point twenty five".
    const [fraction, to] = readNumberWords(text, tokens, start);
    [digits, end] = [String(fraction), to];
  } else {
    // Digit by digit: "point two five".
    for (let k = start; tokens[k] && has(UNITS, tokens[k].norm) && UNITS[tokens[k].norm] < 10 && (k === start || joined(text, tokens[k - 1], tokens[k])); k++) {
      digits += UNITS[tokens[k].norm];
      end = k;
    }
  }
  if (!digits) return [value, last];
  let result = Number(`${value}.${digits}`);
  const scale = tokens[end + 1];
  if (scale && has(SCALES, scale.norm) && joined(text, tokens[end], scale)) {
    result = scaled(result, SCALES[scale.norm]);
    end++;
  }
  return [result, end];
}

/** `value` times `scale`, without the float error that would make 8.2 million differ from 8,200,000. */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

/**
 * Whether `scale`, written right after the digits of `number`, multiplies it: "1.5bn" always,
 * "5M" and "2B" in capitals, "$8.2m" and "$40k" after a currency sign ("10m" may be metres and
 * "5k" a race).
 */
function isAbbreviatedScale(text: string, number: Token, scale: Token): boolean {
  if (!has(ABBREVIATED_SCALES, scale.norm)) return false;
  if (scale.norm.length > 1 || (scale.capitalized && scale.norm !== 'k')) return true;
  return /[$€£¥]\s?$/.test(text.slice(Math.max(0, number.start - 2), number.start));
}

/** True when two tokens are one number: `30-day` has a hyphen, `two million` a space. */
function joined(text: string, a: Token, b: Token): boolean {
  // A transcript spaces its hyphens: "twenty - five".
  return /^(?:\s|[ \t]*-[ \t]*)?$/.test(text.slice(a.end, b.start));
}

/** "one" counts in "one of the", "one year"; it does not in "one another", "no one". */
function isCounting(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.norm;
  const next = tokens[i + 1]?.norm;
  return prev !== 'no' && prev !== 'any' && prev !== 'every' && prev !== 'the' && next !== 'another' && next !== 'of';
}

/**
 * The share a count in words and "in"/"out of" another make ("one in ten", "one in 10": 0.1),
 * and its last token; not across punctuation ("one, in ten days"), nor of a time ("two in five
 * minutes" is a rate).
 */
function ratioAfter(text: string, tokens: Token[], last: number, count: number): [number, number] | undefined {
  let j = last + 1;
  if (tokens[j]?.norm === 'in') j++;
  else if (tokens[j]?.norm === 'out' && tokens[j + 1]?.norm === 'of') j += 2;
  else return undefined;
  const first = tokens[j];
  if (!first || !(first.numeric || has(UNITS, first.norm))) return undefined;
  for (let k = last; k < j; k++) if (!/^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))) return undefined;
  const [whole, end] = first.numeric ? [Number(first.norm), j] : readNumberWords(text, tokens, j);
  if (TIME_UNITS.has(tokens[end + 1]?.norm ?? '')) return undefined;
  return whole > count ? [count / whole, end] : undefined;
}

const TIME_UNITS: ReadonlySet<string> = new Set(TIME_UNIT_WORDS);

function readNumberWords(text: string, tokens: Token[], i: number): [number, number] {
  let total = 0;
  let current = 0;
  let last = i;
  for (let j = i; j < tokens.length; j++) {
    const w = tokens[j].norm;
    if (j > i && !joined(text, tokens[j - 1], tokens[j]) && w !== 'and') break;
    if (has(UNITS, w)) {
      // "twenty-five", "hundred and five"; "two three" is two numbers.
      if (current % 100 !== 0 && !(current % 10 === 0 && current % 100 >= 20 && UNITS[w] < 10)) break;
      current += UNITS[w];
    }
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (has(SCALES, w)) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else if (w === 'and' && j > i && tokens[j + 1] && has(UNITS, tokens[j + 1].norm)) continue;
    else break;
    last = j;
  }
  return [total + current, last];
}

function contentStems(tokens: Token[], from: number, step: 1 | -1, count: number): string {
  const out: string[] = [];
  for (let j = from; j >= 0 && j < tokens.length && Math.abs(j - from) < 4 + count && out.length < count; j += step) {
    const t = tokens[j];
    if (!t.numeric && !STOPWORDS.has(t.norm)) out.push(MONTHS.has(t.norm) ? monthKey(t.norm) : t.stem);
  }
  return out.join(' ');
}

/** Whether a word is written in capitals only ("COVID", "F"). */
function isCapitals(word: string): boolean {
  return /^\p{Lu}+$/u.test(word);
}

/**
 * Whether `t` is a list item's number: at the start of its line, before ". " or ") ", after a
 * line that is blank, ends a sentence or a heading (":"), reads as a title ("Key figures"), or
 * belongs to an item above. A line that only wraps ("had fallen to\n45. The bank said") goes on
 * with its number.
 */
function isListMarker(text: string, t: Token): boolean {
  if (t.end - t.start > 2 || !/^[.)][ \t]/.test(text.slice(t.end, t.end + 2))) return false;
  let i = t.start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  if (text[i] !== '\n' && text[i] !== '\r') return false;
  const lines = text.slice(Math.max(0, i - 600), i).replace(/\r/g, '').split('\n').slice(-3).reverse();
  const [previous = ''] = lines;
  if (/^\s*$/.test(previous) || /[.:!?;)"”]\s*$/.test(previous)) return true;
  // A title: short, capitalized, not ending in a function word.
  const last = /(\p{L}+)\s*$/u.exec(previous)?.[1]?.toLowerCase();
  if (previous.length <= 40 && /^\s*\p{Lu}/u.test(previous) && last && !STOPWORDS.has(last)) return true;
  // The wrapped text of an item above, with no blank line between.
  for (const line of lines) {
    if (/^\s*$/.test(line)) return false;
    if (/^\s*\d{1,2}[.)]\s/.test(line)) return true;
  }
  return false;
}

function monthKey(norm: string): string {
  return norm.slice(0, 3);
}

function mentionOf(text: string, tokens: Token[], first: number, last: number, value: number): NumberMention {
  // A day of a month, the month capitalized and nothing but white space (or an abbreviation's dot)
  // between them: "Feb. 28", "August 30th", "31st August", "28th of February". Not "In March,
  // 3 people", "march 12 miles" or "2 may".
  // A day is written in digits: "three September dates" counts dates (a day in words is an ordinal, "the third").
  // Nor is the end of a span of years: "the 2018-19 season", "2018-19\nFebruary - March".
  const prior = tokens[first - 1];
  const yearSpan = prior !== undefined && /^\d{4}$/.test(prior.norm) && /^[-–—/]$/.test(text.slice(prior.end, tokens[first].start));
  const day = Number.isInteger(value) && value >= 1 && value <= 31 && tokens[first].numeric && !yearSpan;
  const isMonth = (t: Token | undefined) => !!t && t.capitalized && MONTHS.has(t.norm);
  // Spaces, or one line break of hard-wrapped text.
  const spaced = (a: Token, b: Token, dot = false) => {
    const gap = text.slice(a.end, b.start);
    return (dot ? /^\.?\s+$/ : /^\s+$/).test(gap) && gap.indexOf('\n') === gap.lastIndexOf('\n');
  };
  const prev = tokens[first - 1];
  const next = tokens[last + 1];
  // The whole date is the number: "March 28" for "Feb. 28" is a wrong date, not a new name.
  let month: Token | undefined;
  let start = tokens[first].start;
  let end = tokens[last].end;
  let before = first - 1;
  if (day) {
    if (isMonth(prev) && spaced(prev, tokens[first], true)) [month, start, before] = [prev, prev.start, first - 2];
    else if (isMonth(next) && spaced(tokens[last], next)) [month, end] = [next, next.end];
    else if (next?.norm === 'of' && isMonth(tokens[last + 2]) && spaced(tokens[last], next) && spaced(next, tokens[last + 2])) [month, end] = [tokens[last + 2], tokens[last + 2].end];
    // The end of a range of days, "March 6–7": a day of the same month, written without it.
    else if (prev?.numeric && isMonth(tokens[first - 2]) && spaced(tokens[first - 2], prev, true) && /^\s*[-–—]\s*$/.test(text.slice(prev.end, tokens[first].start))) [month, before] = [tokens[first - 2], first - 4];
  }
  if (month) {
    const key = monthKey(month.norm);
    return { value, start, end, unit: key, unit2: key, before: contentStems(tokens, before, -1, 1), tokens: [first, last], date: true };
  }
  return {
    value,
    start: tokens[first].start,
    end: tokens[last].end,
    unit: contentStems(tokens, last + 1, 1, 1),
    unit2: contentStems(tokens, last + 1, 1, 2),
    before: contentStems(tokens, first - 1, -1, 1),
    tokens: [first, last],
  };
}

/** True when the token at `i` is part of any of `mentions`. */
export function isNumberToken(mentions: NumberMention[], i: number): boolean {
  return mentions.some((m) => i >= m.tokens[0] && i <= m.tokens[1]);
}
