import { extractProse } from './extractProse';
import { grow } from './grow';
import { findLineLabel, findSpeakers, participleSpeaker, speakerKey, SPEAKING } from './findSpeakers';
import { lineIndexAt, lineStarts } from './positions';
import { splitSentences, trimSpan, wrapsOnto, wrapWidthOf, type SplitOptions } from './splitSentences';
import { numberValues } from './extractNumbers';
import { readWords, tokenize, wordsIn, type Word } from './tokenize';
import type { SourceDocument, Speaker, Span } from './types';
import { SPEECH_VERBS } from './words';

/** Where a sentence of a source document is. */
export interface SentencePlace extends Span {
  line: number;
  endLine: number;
  paragraph: number;
  /** For a row of a markdown table, the sentence (index in its document) of the table's header row, whose words it is read with. */
  header?: number;
}

/**
 * One source document split into sentences, in typed arrays and plain lists only: what an index
 * keeps of a document between builds (see `SourceReadCache`), and what a reader in another thread
 * sends back (see `src/threads/WorkerReader.ts`), a few arrays instead of an object per sentence and word.
 */
export interface ReadSource {
  path: string;
  /** The document's text as given. */
  source: string;
  /** The text offsets are into: the source, or for markdown its prose with the markup blanked. */
  text: string;
  lineStarts: number[];
  /** Per sentence, `PLACE_FIELDS` numbers: start and end offsets, first and last 1-based lines, paragraph, and its table header's sentence or -1. */
  places: Int32Array;
  /**
   * The content words of every sentence in order, as indexes into `stemNames` (their stems),
   * sentence `i` ending at `stemEnds[i]`. `stemNames` is shared by the reads of one reader, so
   * an index translates each stem once per reader, not once per word.
   */
  stems: Int32Array;
  stemEnds: Int32Array;
  stemNames: readonly string[];
  /** Every number value the document's sentences mention. */
  numbers: number[];
  /** How its lines go on one from another (see `LineWrap`). */
  lineWrap: LineWrap;
}

/**
 * How a source's lines go on: `soft`, as a markdown paragraph's, which are one line; a number,
 * as plain text wrapped at that width, where a line goes on when the one before was full (see
 * `wrapsOnto`); `hard`, as other plain text, where each line starts anew.
 */
export type LineWrap = 'soft' | 'hard' | number;

const PLACE_FIELDS = 6;

/** Sentence `i` of a read: where it is. */
export function placeOf(read: ReadSource, i: number): SentencePlace {
  const p = read.places;
  const k = i * PLACE_FIELDS;
  const place: SentencePlace = { start: p[k], end: p[k + 1], line: p[k + 2], endLine: p[k + 3], paragraph: p[k + 4] };
  if (p[k + 5] >= 0) place.header = p[k + 5];
  return place;
}

/** Number of sentences of a read. */
export function sentenceCount(read: ReadSource): number {
  return read.places.length / PLACE_FIELDS;
}

/**
 * Reads of source documents kept between index builds, so that an index rebuilt after one
 * source changed reads only that one again (the extension rebuilds after every source edit).
 */
export class SourceReadCache {
  private readonly reads = new Map<string, ReadSource>();

  /** The kept read of `doc`, if its text is unchanged. */
  get(doc: SourceDocument): ReadSource | undefined {
    const kept = this.reads.get(doc.path);
    return kept && kept.source === doc.text ? kept : undefined;
  }

  set(read: ReadSource): void {
    this.reads.set(read.path, read);
  }

  /** The read of `doc`: the kept one when its text is unchanged. */
  read(doc: SourceDocument): ReadSource {
    const kept = this.get(doc);
    if (kept) return kept;
    const read = readSource(doc);
    this.set(read);
    return read;
  }

  /** Forgets the read of `path` (a source changed or was deleted). */
  delete(path: string): void {
    this.reads.delete(path);
  }

  clear(): void {
    this.reads.clear();
  }
}

/**
 * Splits a source into sentences with 1-based lines and paragraphs, and reads each sentence's
 * content words and numbers. Markdown sources (`.md`, `.markdown`) are read through the
 * markdown parser; anything else is plain text where a blank line ends a paragraph and a line
 * break may end a sentence.
 */
export function readSource(doc: SourceDocument): ReadSource {
  return readSources([doc])[0];
}

/**
 * `readSource` of each of `docs`, all indexing one list of stem names: the list is replaced
 * past its bound before the first, never between two (a worker sends one list per request).
 */
export function readSources(docs: readonly SourceDocument[]): ReadSource[] {
  boundStemNames();
  return docs.map(readOne);
}

/** Whether a source at `path` is read as markdown (else as plain text). */
function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}

function readOne(doc: SourceDocument): ReadSource {
  const starts = lineStarts(doc.text);
  const isMarkdown = isMarkdownPath(doc.path);
  // A source's footnotes say things too, and a table row is read as one sentence.
  const prose = isMarkdown ? extractProse(doc.text, { footnotes: true, tableRows: true }) : undefined;
  const text = prose ? prose.masked : doc.text;
  const out = new ReadBuffer();
  const lineWrap: LineWrap = isMarkdown ? 'soft' : (wrapWidthOf(text) ?? 'hard');
  const options: SplitOptions = isMarkdown ? { lineBreaks: 'soft' } : { lineBreaks: 'hard', wrapWidth: typeof lineWrap === 'number' ? lineWrap : undefined };
  const place = (span: Span, paragraph: number, header = -1) => out.addSentence(span.start, span.end, lineIndexAt(starts, span.start) + 1, lineIndexAt(starts, span.end - 1) + 1, paragraph, header);
  let header: { sentence: number; span: Span } | undefined;
  (prose ? prose.blocks : paragraphsOf(text)).forEach((block, paragraph) => {
    const kind = 'kind' in block ? block.kind : 'paragraph';
    if (kind === 'tableHeader' || kind === 'tableRow') {
      // A row is one sentence, whatever its cells hold, read with the words of its table's header
      // ("Catchment | Sites | Rated good" over "Northern | 52 | 27").
      if (kind === 'tableHeader') header = undefined;
      const span = rowSpan(text, block);
      if (!span) return;
      if (kind === 'tableHeader') header = { sentence: out.count, span };
      const own = kind === 'tableRow' && header ? header : undefined;
      place(span, paragraph, own?.sentence);
      if (own) readWordsAndNumbers(text, own.span, out);
      readWordsAndNumbers(text, span, out);
      return;
    }
    for (const span of splitSentences(text, block.start, block.end, options)) {
      place(span, paragraph);
      readWordsAndNumbers(text, span, out);
    }
  });
  return { path: doc.path, source: doc.text, text, lineStarts: starts, lineWrap, ...out.finish() };
}

/**
 * The stems of the content words read in this thread, each once, and the index of each word's
 * stem (see `Word.id`) plus one. Replaced, not grown, past a bound: reads made before keep
 * the names they index.
 */
let stemNames: string[] = [];
let stemOfWord = new Int32Array(1 << 12);
const stemIndex = new Map<string, number>();
let maxStems = 1 << 18;
const MAX_WORD_ID = 1 << 20;

/** Sets how many stem names this thread keeps before it starts a new list (a lower bound saves memory; tests use one). */
export function setStemBound(max: number): void {
  maxStems = max;
}

/** Replaces the stem names past their bound: only between reads, as a read's stems index one list. */
function boundStemNames(): void {
  if (stemNames.length < maxStems) return;
  stemNames = [];
  stemIndex.clear();
  stemOfWord = new Int32Array(stemOfWord.length);
}

/** The stem names this thread's reads index into now (a list that grows, or is replaced past a bound). */
export function currentStemNames(): readonly string[] {
  return stemNames;
}

function stemOf(w: Word): number {
  if (w.id < stemOfWord.length && stemOfWord[w.id] > 0) return stemOfWord[w.id] - 1;
  let k = stemIndex.get(w.stem);
  if (k === undefined) {
    k = stemNames.length;
    stemNames.push(w.stem);
    stemIndex.set(w.stem, k);
  }
  // Ids grow for as long as the process reads new spellings; past a bound, look the stem up.
  if (w.id >= MAX_WORD_ID) return k;
  if (w.id >= stemOfWord.length) stemOfWord = grow(stemOfWord, w.id + 1);
  stemOfWord[w.id] = k + 1;
  return k;
}

/** The arrays of a read being made, grown as needed and reused from one document to the next. */
class ReadBuffer {
  private places = scratch.places;
  private stems = scratch.stems;
  private stemEnds = scratch.stemEnds;
  private sentences = 0;
  private words = 0;
  readonly numbers = new Set<number>();

  /** Sentences added so far. */
  get count(): number {
    return this.sentences;
  }

  addSentence(start: number, end: number, line: number, endLine: number, paragraph: number, header: number): void {
    const k = this.sentences * PLACE_FIELDS;
    if (k + PLACE_FIELDS > this.places.length) this.places = scratch.places = grow(this.places, k + PLACE_FIELDS);
    if (this.sentences > 0) this.endSentence();
    this.places[k] = start;
    this.places[k + 1] = end;
    this.places[k + 2] = line;
    this.places[k + 3] = endLine;
    this.places[k + 4] = paragraph;
    this.places[k + 5] = header;
    this.sentences++;
  }

  addStem(stem: number): void {
    if (this.words === this.stems.length) this.stems = scratch.stems = grow(this.stems, this.words + 1);
    this.stems[this.words++] = stem;
  }

  private endSentence(): void {
    if (this.sentences > this.stemEnds.length) this.stemEnds = scratch.stemEnds = grow(this.stemEnds, this.sentences);
    this.stemEnds[this.sentences - 1] = this.words;
  }

  finish(): Pick<ReadSource, 'places' | 'stems' | 'stemEnds' | 'stemNames' | 'numbers'> {
    if (this.sentences > 0) this.endSentence();
    return {
      places: this.places.slice(0, this.sentences * PLACE_FIELDS),
      stems: this.stems.slice(0, this.words),
      stemEnds: this.stemEnds.slice(0, this.sentences),
      stemNames,
      numbers: [...this.numbers],
    };
  }
}

const scratch = { places: new Int32Array(1 << 10), stems: new Int32Array(1 << 12), stemEnds: new Int32Array(1 << 8) };

/**
 * Reads the content words and number values of `text[span]` into `out`. Words, not tokens: an
 * index reads millions. Digits alone are their values; number words ("twenty-three", "3.2
 * million") need the number reader, and its tokens.
 */
function readWordsAndNumbers(text: string, span: Span, out: ReadBuffer): void {
  let digits: number[] | undefined;
  let numberWords = false;
  const count = readWords(text, span.start, span.end, words);
  for (let i = 0; i < count; i++) {
    const w = words[i];
    if (w.content) out.addStem(stemOf(w));
    if (w.number) {
      if (!w.numeric) numberWords = true;
      // "1.2.2020" is no value.
      else if (!Number.isNaN(Number(w.norm))) (digits ??= []).push(Number(w.norm));
    }
  }
  // Digits run into letters ("$8.2m", "4Q") or said as a price ("12 euros 50") need the reader too.
  if (digits && !numberWords) numberWords = NEEDS_READER.test(text.slice(span.start, span.end));
  const numbers = numberWords ? numberValues(text, tokenize(text, span.start, span.end)) : digits;
  if (numbers) for (const n of numbers) out.numbers.add(n);
}

const NEEDS_READER = /\d\p{L}|\d\s+(?:euros?|dollars?|pounds?|point|dot)\s/iu;
/** The words of the sentence being read, overwritten for each (see `readWords`). */
const words: Word[] = [];

/**
 * The speakers of the sentences of a read source: who a sentence attributes itself to ("X said",
 * "according to X", a transcript label "X: ..."), with a pronoun ("He added:") resolved to the
 * last person named before it, and a quotation that goes on after "..., X said." in the same
 * paragraph given to X. Read in order and only as far as asked: a check asks for the speakers of
 * a few sentences of many documents.
 */
export class SpeakerReader {
  private readonly read: Speaker[][] = [];
  private lastPerson: Speaker | undefined;
  /** The transcript turn being read: its label's speaker and paragraph. */
  private turn: { speaker: Speaker; paragraph: number } | undefined;
  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly sentences: readonly SentencePlace[],
    private readonly lineWrap: LineWrap = 'hard',
  ) {}

  /** The speakers of sentence `i` (0-based, in document order). */
  speakersOf(i: number): Speaker[] {
    while (this.read.length <= i && this.read.length < this.sentences.length) this.read.push(this.next(this.read.length));
    return this.read[i] ?? [];
  }

  private next(i: number): Speaker[] {
    const { text, sentences } = this;
    const span = sentences[i];
    // Only a speech verb or "according to" attributes: most sentences are spared the tokens.
    const attributes = wordsIn(text, span.start, span.end).some((w) => (SPEECH_VERBS.has(w.norm) && !w.capitalized) || w.norm === 'according' || SPEAKING.has(w.norm));
    const tokens = attributes ? tokenize(text, span.start, span.end) : [];
    const speakers: Speaker[] = findSpeakers(text, tokens, this.lastPerson).map(({ name, key }) => ({ name, key }));
    // "Rachel Dunmore defended the cuts, saying…": the person the clause is about speaks.
    if (!speakers.length) {
      const person = participleSpeaker(text, tokens);
      if (person) speakers.push(person);
    }
    const lineStart = this.starts[span.line - 1];
    // A label needs a colon: most lines are spared the expression (and the search stops at the
    // sentence's end, not the document's: a long source without colons is read in linear time).
    const label = hasColon(text, lineStart, span.end) ? findLineLabel(text.slice(lineStart, span.end)) : undefined;
    if (label && span.start <= lineStart + label.end) {
      const speaker = { name: label.name, key: speakerKey(label.name) };
      speakers.push(speaker);
      this.turn = { speaker, paragraph: span.paragraph };
    } else if (!speakers.length && this.turn?.paragraph === span.paragraph && (span.start > lineStart || this.goesOn(lineStart))) {
      // The turn's later sentences, on its line or the lines it wraps onto, are the labelled
      // speaker's; a sentence opening a line of its own is not ("Update: Talks resumed.\nZelenskyy said…").
      speakers.push(this.turn.speaker);
    }
    const opensQuote = text[span.start] === '"' || text[span.start] === '“';
    // A quotation that continues after "..., Zelenskyy said." is still Zelenskyy's.
    const previous = i > 0 && sentences[i - 1].paragraph === span.paragraph ? this.read[i - 1] : undefined;
    if (!speakers.length && previous?.length && opensQuote) speakers.push(...previous);
    const named = speakers.find((s) => /\p{Lu}/u.test(s.name[0]) && !/^(the|according)\b/i.test(s.name) && s.key.split(' ').length <= 3);
    if (named) this.lastPerson = named;
    return speakers;
  }

  /** Whether the line at `lineStart` goes on from the one before (see `LineWrap`). */
  private goesOn(lineStart: number): boolean {
    return this.lineWrap === 'soft' || (typeof this.lineWrap === 'number' && wrapsOnto(this.text, lineStart, this.lineWrap));
  }
}

/** Whether `text[from, to)` holds a colon. */
function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true;
  return false;
}

/** A table row's text, without the delimiters and blanks that open and close it; undefined when only they are there. */
function rowSpan(text: string, row: Span): Span | undefined {
  let { start, end } = row;
  while (start < end && (text[start] === '|' || /\s/.test(text[start]))) start++;
  while (end > start && (text[end - 1] === '|' || /\s/.test(text[end - 1]))) end--;
  return trimSpan(text, start, end);
}

/** Paragraphs of plain text: runs of lines separated by blank lines. */
function paragraphsOf(text: string): Span[] {
  const out: Span[] = [];
  const blank = /\r?\n[ \t]*\r?\n\s*/g;
  let start = 0;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.filter((p) => p.end > p.start);
}
