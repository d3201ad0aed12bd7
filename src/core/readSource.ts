import { extractProse } from './extractProse';
import { findLineLabel, findSpeakers, speakerKey } from './findSpeakers';
import { lineIndexAt, lineStarts } from './positions';
import { splitSentences } from './splitSentences';
import { tokenize } from './tokenize';
import type { SourceDocument, Speaker, Span } from './types';

/** A sentence of one source document, before it joins an index. */
export interface ReadSentence extends Span {
  line: number;
  endLine: number;
  paragraph: number;
}

/** One source document split into sentences. `text` is what tokens index into (markup masked out). */
export interface ReadSource {
  path: string;
  text: string;
  lineStarts: number[];
  sentences: ReadSentence[];
}

/**
 * Splits a source into sentences with 1-based lines and paragraphs. Markdown sources (`.md`,
 * `.markdown`) are read through the markdown parser; anything else is plain text where a blank
 * line ends a paragraph and a line break may end a sentence.
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
      sentences.push({ start: span.start, end: span.end, line, endLine: lineIndexAt(starts, span.end - 1) + 1, paragraph });
    }
  });
  return { path: doc.path, text, lineStarts: starts, sentences };
}

/**
 * The speakers of each sentence of a read source, in order: who a sentence attributes itself to
 * ("X said", "according to X", a transcript label "X: ..."), with a pronoun ("He added:")
 * resolved to the last person named before it, and a quotation that goes on after "..., X said."
 * in the same paragraph given to X.
 */
export function attributeSpeakers(text: string, starts: readonly number[], sentences: readonly ReadSentence[]): Speaker[][] {
  const out: Speaker[][] = [];
  let lastPerson: Speaker | undefined;
  sentences.forEach((span, i) => {
    const tokens = tokenize(text, span.start, span.end);
    const speakers: Speaker[] = findSpeakers(text, tokens, lastPerson).map(({ name, key }) => ({ name, key }));
    const lineStart = starts[span.line - 1];
    // A label needs a colon: most lines are spared the expression.
    const colon = text.indexOf(':', lineStart);
    const label = colon >= 0 && colon < span.end ? findLineLabel(text.slice(lineStart, span.end)) : undefined;
    if (label && span.start <= lineStart + label.length + 2) speakers.push({ name: label, key: speakerKey(label) });
    const opensQuote = text[span.start] === '"' || text[span.start] === '“';
    // A quotation that continues after "..., Zelenskyy said." is still Zelenskyy's.
    const previous = i > 0 && sentences[i - 1].paragraph === span.paragraph ? out[i - 1] : undefined;
    if (!speakers.length && previous?.length && opensQuote) speakers.push(...previous);
    const named = speakers.find((s) => /\p{Lu}/u.test(s.name[0]) && !/^(the|according)\b/i.test(s.name) && s.key.split(' ').length <= 3);
    if (named) lastPerson = named;
    out.push(speakers);
  });
  return out;
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
