import * as vscode from 'vscode';
import { lineStarts } from '../core/positions';
import type { Span } from '../core/types';
import { uriOf } from './SourcesService';
import { toRange } from './toRange';

/** Where `sourceline.goToSource` goes: a source file and a span of its text (UTF-16 offsets). */
export interface SourceLocation extends Span {
  uri: string;
}

/** The location of `span` of the source `path` (a core path), in the workspace of `like`. */
export function sourceLocation(path: string, span: Span, like: vscode.Uri): SourceLocation {
  return { uri: uriOf(path, like).toString(), start: span.start, end: span.end };
}

/** A markdown link target that runs `sourceline.goToSource` (needs `enabledCommands` in the MarkdownString). */
export function goToSourceTarget(location: SourceLocation): string {
  return `command:sourceline.goToSource?${encodeURIComponent(JSON.stringify([location]))}`;
}

/** Opens the source of `location` with its span selected and revealed. Never writes to it. */
export async function openSourceAt(location: SourceLocation): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
  const range = toRange(lineStarts(document.getText()), location);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
