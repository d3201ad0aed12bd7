import { extractProse } from './extractProse';
import { findLineLabel, findSpeakers, speakerKey } from './findSpeakers';
import { lineIndexAt, lineStarts } from './positions';
import { splitSentences } from './splitSentences';
import { tokenize, type Token } from './tokenize';
import type { SourceDocument, Speaker, Span } from './types';

/** A sentence of one source document, before it joins an index. */
export interface ReadSentence extends Span {
  line: number;
  endLine: number;
  paragraph: number;
  speakers: Speaker[];
  tokens: Token[];
}

/** One source document split into sentences. `text` is what tokens index into (markup masked out). */
export interface ReadSource {
  path: string;
  text: string;
  lineStarts: number[];
  sentences: ReadSentence[];
}

/**
 * Splits a source into sentences with 1-based lines, paragraphs and speakers. Markdown sources
 * (`.md`, `.markdown`) are read through the markdown parser; anything else is plain text where
 * a blank line ends a paragraph and a line break may end a sentence.
 */
export function readSource(doc: SourceDocument): ReadSource {
  const starts = lineStarts(doc.text);
  const isMarkdown = /\.(md|markdown)$/i.test(doc.path);
  const prose = isMarkdown ? extractProse(doc.text) : undefined;
  const text = prose ? prose.masked : doc.text;
  const blocks: Span[] = prose ? prose.blocks : paragraphsOf(text);
  const sentences: ReadSentence[] = [];
  let lastPerson: Speaker | undefined;
  blocks.forEach((block, paragraph) => {
    let previous: ReadSentence | undefined;
    for (const span of splitSentences(text, block.start, block.end, { lineBreaks: isMarkdown ? 'soft' : 'hard' })) {
      const tokens = tokenize(text, span.start, span.end);
      const line = lineIndexAt(starts, span.start) + 1;
      const speakers: Speaker[] = findSpeakers(text, tokens, lastPerson).map(({ name, key }) => ({ name, key }));
      const lineText = text.slice(starts[line - 1], span.end);
      // A label needs a colon: most lines are spared the expression.
      const label = lineText.includes(':') ? findLineLabel(lineText) : undefined;
      if (label && span.start <= starts[line - 1] + label.length + 2) speakers.push({ name: label, key: speakerKey(label) });
      const opensQuote = text[span.start] === '"' || text[span.start] === '“';
      // A quotation that continues after "..., Zelenskyy said." is still Zelenskyy's.
      if (!speakers.length && previous?.speakers.length && opensQuote) {
        speakers.push(...previous.speakers);
      }
      const named = speakers.find((s) => /\p{Lu}/u.test(s.name[0]) && !/^(the|according)\b/i.test(s.name) && s.key.split(' ').length <= 3);
      if (named) lastPerson = named;
      const sentence = { start: span.start, end: span.end, line, endLine: lineIndexAt(starts, span.end - 1) + 1, paragraph, speakers, tokens };
      sentences.push(sentence);
      previous = sentence;
    }
  });
  return { path: doc.path, text, lineStarts: starts, sentences };
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
