import * as vscode from 'vscode';
import { positionAt } from '../core/positions';
import type { Span } from '../core/types';

/**
 * The editor range of `span` (0-based UTF-16 offsets) in a text whose line starts are
 * `lineStarts` (from the core: `Draft.lineStarts`, `IndexedDocument.lineStarts`, `lineStarts()`).
 * The one place offsets become `vscode.Range`s; the core's lines count `\r\n`, `\n` and a lone
 * `\r` as VS Code does.
 */
export function toRange(lineStarts: readonly number[], span: Span): vscode.Range {
  const start = positionAt(lineStarts, span.start);
  const end = positionAt(lineStarts, span.end);
  return new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
}
