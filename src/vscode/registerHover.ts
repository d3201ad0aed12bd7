import * as vscode from 'vscode';
import { findSupport, type Support } from '../core/findSupport';
import { matchQuote, quoteSegments } from '../core/matchQuote';
import type { Citation, DraftSentence } from '../core/parseDraft';
import { basename } from '../core/paths';
import type { SourceSentence, Span } from '../core/types';
import type { Analysis, DraftAnalyzer } from './DraftAnalyzer';
import { escapeMarkdown, formatWordDiff } from './formatWordDiff';
import { goToSourceLink, sourceLocation } from './goToSource';
import type { Logger } from './Logger';

/** Supports below this coverage are not worth showing. */
const SHOWN_COVERAGE = 0.3;

/**
 * Hover on a draft: on a quotation, where it is in the sources (or the closest passage and a word
 * diff); on any other sentence, the best one or two supporting source sentences with score,
 * speaker, a file:line link that opens the source, and a word diff; on a citation, the cited lines.
 */
export function registerHover(analyzer: DraftAnalyzer, log: Logger): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'markdown' },
    {
      // No cancellation token: the analysis is shared with diagnostics, which a cancelled hover must not lose.
      provideHover: (document, position) =>
        log.guard(
          'hover',
          async () => {
            const analysis = await analyzer.analyze(document);
            return analysis && hoverAt(analysis, document.offsetAt(position));
          },
          undefined,
        ),
    },
  );
}

function hoverAt(analysis: Analysis, offset: number): vscode.Hover | undefined {
  const { draft } = analysis;
  const citation = draft.sentences.flatMap((s) => s.citations).find((c) => contains(c, offset));
  if (citation) return hover(citationHover(analysis, citation));
  const i = draft.sentences.findIndex((s) => contains(s, offset));
  if (i < 0) return undefined;
  const sentence = draft.sentences[i];
  const quote = sentence.quotes.find((q) => q.start <= offset && offset <= q.end);
  return hover(quote ? quoteHover(analysis, quote) : sentenceHover(analysis, i, sentence));
}

function sentenceHover(analysis: Analysis, i: number, sentence: DraftSentence): string {
  const { draft, index } = analysis;
  const reported = analysis.result.sentences[i]?.support;
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
    return sourceBlock(analysis, support.sentences, `${Math.round(support.coverage * 100)}% match`, diff);
  });
  return blocks.join('\n\n---\n\n');
}

function quoteHover(analysis: Analysis, quote: Span): string {
  const { draft, index } = analysis;
  const match = matchQuote(index, quoteSegments(draft.prose, quote));
  if (!match) return '**Sourceline**: this quotation is in no source.';
  if (match.verbatim) return sourceBlock(analysis, [match.sentence], 'verbatim quote');
  const passage = index.documents.get(match.sentence.path)!.text.slice(match.passage.start, match.passage.end);
  const label = `not verbatim: the closest passage has ${Math.round(match.similarity * 100)}% of its words`;
  return sourceBlock(analysis, [match.sentence], label, formatWordDiff(draft.text.slice(quote.start, quote.end), passage));
}

function citationHover(analysis: Analysis, citation: Citation): string {
  const { index } = analysis;
  const doc = index.documents.get(citation.path);
  if (!doc) return `**Sourceline**: \`${escapeMarkdown(citation.url)}\` is not one of the sources.`;
  if (!citation.lines) {
    const best = findSupport(index, analysis.draft.sentences.find((s) => s.citations.includes(citation))?.tokens ?? []).find(
      (s) => s.sentences[0].path === citation.path,
    );
    const whole = `**Sourceline**: cites all of ${escapeMarkdown(basename(citation.path))}`;
    return best ? `${whole}; the best match there:\n\n${sourceBlock(analysis, best.sentences, `${Math.round(best.coverage * 100)}% match`)}` : whole;
  }
  const cited = index.sentencesOnLines(citation.path, citation.lines.from, citation.lines.to);
  if (!cited.length) return `**Sourceline**: ${escapeMarkdown(basename(citation.path))} has no text on the cited lines.`;
  return sourceBlock(analysis, cited, 'cited lines');
}

/** A quote of source sentences under a heading: label, speaker(s), a file:line link; then a diff if any. */
function sourceBlock(analysis: Analysis, sentences: SourceSentence[], label: string, diff?: string): string {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const lines = last.endLine > first.line ? `${first.line}-${last.endLine}` : `${first.line}`;
  const link = goToSourceLink(`${escapeMarkdown(basename(first.path))}:${lines}`, sourceLocation(first.path, { start: first.start, end: last.end }, analysis.uri));
  const speakers = [...new Set(sentences.flatMap((s) => s.speakers.map((sp) => sp.name)))];
  const heading = [`**${escapeMarkdown(label)}**`, ...(speakers.length ? [`speaker: ${escapeMarkdown(speakers.join(', '))}`] : []), link].join(' · ');
  const quoted = sentences.map((s) => `> ${escapeMarkdown(s.text.replace(/\s+/g, ' '))}`).join('\n>\n');
  return `${heading}\n\n${quoted}${diff ? `\n\nDraft → source: ${diff}` : ''}`;
}

function hover(markdown: string): vscode.Hover {
  const content = new vscode.MarkdownString(markdown);
  content.isTrusted = { enabledCommands: ['sourceline.goToSource'] };
  return new vscode.Hover(content);
}

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}
