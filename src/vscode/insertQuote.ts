import * as vscode from 'vscode';
import { engine } from './engine';
import { formatQuote, type QuoteStyle } from '../core/formatQuote';
import { dirname, relativePath } from '../core/paths';
import type { SourceSentence } from '../core/types';
import type { Analysis } from './DraftAnalyzer';
import type { Logger } from './Logger';
import { pickSourceSentence } from './pickSourceSentence';

/**
 * What to quote without the picker (scripts, keybindings, tests): a source sentence by its id in
 * the draft's index, or the best `searchSources` hit for a query.
 */
export interface InsertQuoteArgs {
  sentenceId?: number;
  query?: string;
}

/**
 * Inserts a source sentence as a verbatim quote with a citation link relative to the draft, in
 * place of each selection, as one WorkspaceEdit. Without `args` the user picks the sentence.
 * Returns whether text was inserted.
 */
export async function insertQuote(editor: vscode.TextEditor, analysis: Analysis, style: QuoteStyle, log: Logger, args?: InsertQuoteArgs): Promise<boolean> {
  const sentence = await chooseSentence(analysis, log, args);
  if (!sentence) return false;
  const { document } = editor;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const quote = formatQuote({
    text: sentence.text,
    path: relativePath(dirname(analysis.draft.path), sentence.path),
    from: sentence.line,
    to: sentence.endLine,
    style,
  }).replace(/\n/g, eol);
  const edit = new vscode.WorkspaceEdit();
  for (const selection of editor.selections) {
    edit.replace(document.uri, selection, style === 'blockquote' ? asBlock(document, selection, quote, eol) : quote);
  }
  return vscode.workspace.applyEdit(edit);
}

function chooseSentence(analysis: Analysis, log: Logger, args: InsertQuoteArgs | undefined): Promise<SourceSentence | undefined> | SourceSentence | undefined {
  const { index } = analysis;
  if (args?.sentenceId !== undefined) return index.sentences[args.sentenceId];
  if (args?.query !== undefined) return engine().searchSources(index, args.query, 1)[0]?.sentence;
  return pickSourceSentence(index, 'Insert Quote from Sources', analysis.uri, log);
}

/** A blockquote must stand apart: blank lines around it where the line has other text. */
function asBlock(document: vscode.TextDocument, selection: vscode.Selection, quote: string, eol: string): string {
  const before = document.lineAt(selection.start.line).text.slice(0, selection.start.character);
  const after = document.lineAt(selection.end.line).text.slice(selection.end.character);
  return `${before.trim() ? eol + eol : ''}${quote}${after.trim() ? eol + eol : ''}`;
}
