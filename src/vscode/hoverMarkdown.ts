import { matchSentenceQuote, type CheckResult } from '../core/checkDraft';
import { findSupport, type Support } from '../core/findSupport';
import { quoteSegments } from '../core/matchQuote';
import type { Citation, Draft, DraftSentence } from '../core/parseDraft';
import { basename } from '../core/paths';
import type { SourceIndex } from '../core/SourceIndex';
import type { SourceSentence, Span } from '../core/types';
import { escapeMarkdown, formatWordDiff } from './formatWordDiff';

/** Supports below this coverage are not worth showing. */
const SHOWN_COVERAGE = 0.3;

/** A checked draft, as the hover reads it. */
export interface CheckedDraft {
  draft: Draft;
  index: SourceIndex;
  result: CheckResult;
}

/** The link target that opens `span` (UTF-16 offsets) of the source at core path `path`. */
export type LinkToSource = (path: string, span: Span) => string;

/**
 * The hover markdown at `offset` (0-based, UTF-16) of a checked draft: on a citation, the cited
 * lines; inside a quotation, where it is in the sources (or the closest passage and a word diff);
 * on any other sentence, the best one or two supporting source sentences with score, speaker,
 * a file:line link made by `linkTo`, and a word diff. Undefined outside every sentence.
 * Pure: no `vscode`.
 */
export function hoverMarkdown(checked: CheckedDraft, offset: number, linkTo: LinkToSource): string | undefined {
  const { draft } = checked;
  const citation = draft.sentences.flatMap((s) => s.citations).find((c) => contains(c, offset));
  if (citation) return citationHover(checked, citation, linkTo);
  const i = draft.sentences.findIndex((s) => contains(s, offset));
  if (i < 0) return undefined;
  const sentence = draft.sentences[i];
  const quote = sentence.quotes.find((q) => q.start <= offset && offset <= q.end);
  return quote ? quoteHover(checked, sentence, quote, linkTo) : sentenceHover(checked, i, sentence, linkTo);
}

function sentenceHover(checked: CheckedDraft, i: number, sentence: DraftSentence, linkTo: LinkToSource): string {
  const { draft, index } = checked;
  const reported = checked.result.sentences[i]?.support;
  const seen = new Set<string>();
  const supports = [reported, ...findSupport(index, sentence.tokens)].filter((s): s is Support => {
    const key = s?.sentences.map((x) => x.id).join(',');
    if (!s || !key || seen.has(key) || s.coverage < SHOWN_COVERAGE) return false;
    seen.add(key);
    return true;
  });
  if (!supports.length) return '**Sourceline**: no source sentence shares the content of this sentence.';
  const blocks = supports.slice(0, 2).map((support, n) => {
    const text = support.sentences.map((s) => s.text).join(' ');
    const diff = n === 0 ? formatWordDiff(draft.prose.slice(sentence.start, sentence.end), text) : undefined;
    return sourceBlock(index, support.sentences, `${percent(support.coverage)} match`, linkTo, diff);
  });
  return blocks.join('\n\n---\n\n');
}

function quoteHover(checked: CheckedDraft, sentence: DraftSentence, quote: Span, linkTo: LinkToSource): string {
  const { draft, index } = checked;
  const match = matchSentenceQuote(index, sentence, quote, quoteSegments(draft.prose, quote));
  if (!match) return '**Sourceline**: this quotation is in no source.';
  if (match.verbatim) return sourceBlock(index, [match.sentence], 'verbatim quote', linkTo);
  const passage = index.documents.get(match.sentence.path)!.text.slice(match.passage.start, match.passage.end);
  const label = `not verbatim: the closest passage has ${percent(match.similarity)} of its words`;
  return sourceBlock(index, [match.sentence], label, linkTo, formatWordDiff(draft.text.slice(quote.start, quote.end), passage));
}

function citationHover(checked: CheckedDraft, citation: Citation, linkTo: LinkToSource): string {
  const { index } = checked;
  const doc = index.documents.get(citation.path);
  // Inside a code span markdown needs no escapes, only no backticks.
  if (!doc) return `**Sourceline**: \`${citation.url.replace(/`/g, "'")}\` is not one of the sources.`;
  if (!citation.lines) {
    const best = findSupport(index, checked.draft.sentences.find((s) => s.citations.includes(citation))?.tokens ?? []).find(
      (s) => s.sentences[0].path === citation.path,
    );
    const whole = `**Sourceline**: cites all of ${escapeMarkdown(basename(citation.path))}`;
    return best ? `${whole}; the best match there:\n\n${sourceBlock(index, best.sentences, `${percent(best.coverage)} match`, linkTo)}` : whole;
  }
  const cited = index.sentencesOnLines(citation.path, citation.lines.from, citation.lines.to);
  if (!cited.length) return `**Sourceline**: ${escapeMarkdown(basename(citation.path))} has no text on the cited lines.`;
  return sourceBlock(index, cited, 'cited lines', linkTo);
}

/**
 * A quote of source sentences under a heading: label, speaker(s), a file:line link; then a diff
 * if any. A table row is shown under its header row, in italics: the row alone names no column.
 */
function sourceBlock(index: SourceIndex, sentences: SourceSentence[], label: string, linkTo: LinkToSource, diff?: string): string {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const lines = last.endLine > first.line ? `${first.line}-${last.endLine}` : `${first.line}`;
  const link = `[${escapeMarkdown(basename(first.path))}:${lines}](${linkTo(first.path, { start: first.start, end: last.end })})`;
  const speakers = [...new Set(sentences.flatMap((s) => s.speakers.map((sp) => sp.name)))];
  const heading = [`**${escapeMarkdown(label)}**`, ...(speakers.length ? [`speaker: ${escapeMarkdown(speakers.join(', '))}`] : []), link].join(' · ');
  const quote = (s: SourceSentence) => escapeMarkdown(s.text.replace(/\s+/g, ' '));
  // Rows of one table under their header once.
  const quoted = sentences
    .map((s, k) => {
      const header = index.tableHeaderOf(s.id);
      return header && (k === 0 || index.tableHeaderOf(sentences[k - 1].id) !== header) ? `> *${quote(header)}*\\\n> ${quote(s)}` : `> ${quote(s)}`;
    })
    .join('\n>\n');
  return `${heading}\n\n${quoted}${diff ? `\n\nDraft → source: ${diff}` : ''}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}
