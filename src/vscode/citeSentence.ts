import * as vscode from 'vscode';
import { engine } from './engine';
import { citationTarget } from '../core/formatQuote';
import { dirname, relativePath } from '../core/paths';
import type { Analysis } from './DraftAnalyzer';
import { toRange } from './toRange';

/**
 * Links the draft sentence under the cursor to its best supporting source line(s): inserts
 * ` ([source](path#L13))` before the sentence's final punctuation, as one WorkspaceEdit.
 * Returns a message for the user instead when there is nothing to cite, or undefined when done.
 */
export async function citeSentence(editor: vscode.TextEditor, analysis: Analysis): Promise<string | undefined> {
  const { draft, result } = analysis;
  const offset = editor.document.offsetAt(editor.selection.active);
  const i = draft.sentences.findIndex((s) => s.start <= offset && offset <= s.end);
  if (i < 0) return 'Put the cursor in a sentence of the draft to cite its source.';
  const sentence = draft.sentences[i];
  if (sentence.citations.length) return 'This sentence already cites a source.';
  const support = result.sentences[i]?.support;
  if (!support || support.coverage < engine().SUPPORTED) return 'No source sentence supports this sentence well enough to cite it.';
  const first = support.sentences[0];
  const last = support.sentences[support.sentences.length - 1];
  const target = citationTarget(relativePath(dirname(draft.path), first.path), first.line, last.endLine);
  const closing = /[.!?]+$/.exec(sentence.text);
  const at = closing && !/["”’)]$/.test(sentence.text.slice(0, closing.index)) ? sentence.end - closing[0].length : sentence.end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(editor.document.uri, toRange(draft.lineStarts, { start: at, end: at }).start, ` ([source](${target}))`);
  return (await vscode.workspace.applyEdit(edit)) ? undefined : 'The citation could not be inserted.';
}
