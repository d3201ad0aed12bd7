import { extractProse } from './extractProse';
import { findLineLabel, findSpeakers, speakerKey } from './findSpeakers';
import { lineIndexAt, lineStarts } from './positions';
import { splitSentences } from './splitSentences';
import { numberValues } from './extractNumbers';
import { readWords, tokenize, wordsIn, type Word } from './tokenize';
import type { SourceDocument, Speaker, Span } from './types';
import { SPEECH_VERBS } from './words';

/** Where a sentence of a source document is. */
export interface SentencePlace extends Span {
  line: number;
  endLine: number;
  paragraph: number;
}

/** A sentence of one source document, before it joins an index. */
export interface ReadSentence extends SentencePlace {
  /** Its content words, in order: what the index keeps of it. */
  content: Word[];
  /** The values of the numbers it mentions. */
  numbers: readonly number[];
}

/** One source document split into sentences. `text` is what tokens index into (markup masked out). */
export interface ReadSource {
  path: string;
  /** The document's text as given. */
  source: string;
  text: string;
  lineStarts: number[];
  sentences: ReadSentence[];
}

/**
 * Reads of source documents kept between index builds, so that an index rebuilt after one
 * source changed reads only that one again (the extension rebuilds after every source edit).
 */
export class SourceReadCache {
  private readonly reads = new Map<string, ReadSource>();

  /** The read of `doc`: the kept one when its text is unchanged. */
  read(doc: SourceDocument): ReadSource {
    const kept = this.reads.get(doc.path);
    if (kept && kept.source === doc.text) return kept;
    const read = readSource(doc);
    this.reads.set(doc.path, read);
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
  const starts = lineStarts(doc.text);
  const isMarkdown = /\.(md|markdown)$/i.test(doc.path);
  const prose = isMarkdown ? extractProse(doc.text) : undefined;
  const text = prose ? prose.masked : doc.text;
  const blocks: Span[] = prose ? prose.blocks : paragraphsOf(text);
  const sentences: ReadSentence[] = [];
  blocks.forEach((block, paragraph) => {
    for (const span of splitSentences(text, block.start, block.end, { lineBreaks: isMarkdown ? 'soft' : 'hard' })) {
      const line = lineIndexAt(starts, span.start) + 1;
      sentences.push({ start: span.start, end: span.end, line, endLine: lineIndexAt(starts, span.end - 1) + 1, paragraph, ...wordsAndNumbers(text, span) });
    }
  });
  return { path: doc.path, source: doc.text, text, lineStarts: starts, sentences };
}

/**
 * The content words and number values of `text[span]`. Words, not tokens: an index reads
 * millions. Digits alone are their values; number words ("twenty-three", "3.2 million") need
 * the number reader, and its tokens.
 */
function wordsAndNumbers(text: string, span: Span): Pick<ReadSentence, 'content' | 'numbers'> {
  const content: Word[] = [];
  let digits: number[] | undefined;
  let numberWords = false;
  const count = readWords(text, span.start, span.end, words);
  for (let i = 0; i < count; i++) {
    const w = words[i];
    if (w.content) content.push(w);
    if (w.number) {
      if (!w.numeric) numberWords = true;
      // "1.2.2020" is no value.
      else if (!Number.isNaN(Number(w.norm))) (digits ??= []).push(Number(w.norm));
    }
  }
  // Digits run into letters ("$8.2m", "4Q") or said as a price ("12 euros 50") need the reader too.
  if (digits && !numberWords) numberWords = NEEDS_READER.test(text.slice(span.start, span.end));
  const numbers = numberWords ? numberValues(text, tokenize(text, span.start, span.end)) : digits;
  // Kept for every sentence of every source: most have no number and share one empty list.
  return { content, numbers: numbers?.length ? numbers : NO_NUMBERS };
}

const NO_NUMBERS: readonly number[] = Object.freeze([]);
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

  constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
    private readonly sentences: readonly SentencePlace[],
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
    const attributes = wordsIn(text, span.start, span.end).some((w) => (SPEECH_VERBS.has(w.norm) && !w.capitalized) || w.norm === 'according');
    const tokens = attributes ? tokenize(text, span.start, span.end) : [];
    const speakers: Speaker[] = findSpeakers(text, tokens, this.lastPerson).map(({ name, key }) => ({ name, key }));
    const lineStart = this.starts[span.line - 1];
    // A label needs a colon: most lines are spared the expression.
    const colon = text.indexOf(':', lineStart);
    const label = colon >= 0 && colon < span.end ? findLineLabel(text.slice(lineStart, span.end)) : undefined;
    if (label && span.start <= lineStart + label.length + 2) speakers.push({ name: label, key: speakerKey(label) });
    const opensQuote = text[span.start] === '"' || text[span.start] === '“';
    // A quotation that continues after "..., Zelenskyy said." is still Zelenskyy's.
    const previous = i > 0 && sentences[i - 1].paragraph === span.paragraph ? this.read[i - 1] : undefined;
    if (!speakers.length && previous?.length && opensQuote) speakers.push(...previous);
    const named = speakers.find((s) => /\p{Lu}/u.test(s.name[0]) && !/^(the|according)\b/i.test(s.name) && s.key.split(' ').length <= 3);
    if (named) this.lastPerson = named;
    return speakers;
  }
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
