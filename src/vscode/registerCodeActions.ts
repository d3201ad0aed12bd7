import * as vscode from 'vscode';
import { lineIndexAt } from '../core/positions';
import type { Finding, FindingCode } from '../core/types';
import type { Analysis, DraftAnalyzer } from './DraftAnalyzer';
import type { Logger } from './Logger';
import { DIAGNOSTIC_SOURCE } from './Problems';
import { toRange } from './toRange';

/** The kind of "fix all safe Sourceline problems" (editor.codeActionsOnSave: source.fixAll.sourceline). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('sourceline');

/** Fixes applied by fix-all: they replace a word or a link target by what the source has. */
const SAFE_CODES = new Set<FindingCode>(['misquote', 'number-mismatch', 'misattributed', 'citation-mismatch']);

const DISABLE_NEXT_LINE = '<!-- sourceline-disable-next-line -->';

/**
 * Code actions on drafts: each finding's fix as a quick fix, "Ignore this sentence" (a
 * disable-next-line comment on its own line before the sentence's line), and
 * `source.fixAll.sourceline` applying every safe fix in one edit. Each action is one undoable
 * WorkspaceEdit, offered only while the analysis matches the document's version.
 */
export function registerCodeActions(analyzer: DraftAnalyzer, log: Logger): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    {
      // No cancellation token: the analysis is shared with diagnostics (see registerHover).
      provideCodeActions: (document, range, context) =>
        log.guard(
          'code actions',
          async () => {
            const analysis = await analyzer.analyze(document);
            if (!analysis || analysis.version !== document.version) return [];
            const actions: vscode.CodeAction[] = [];
            if (wants(context, vscode.CodeActionKind.QuickFix)) actions.push(...quickFixes(document, analysis, range, context));
            if (wants(context, FIX_ALL_KIND)) actions.push(...fixAll(document, analysis));
            return actions;
          },
          [],
        ),
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] },
  );
}

function wants(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return !context.only || context.only.contains(kind) || kind.contains(context.only);
}

function quickFixes(document: vscode.TextDocument, analysis: Analysis, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const ignored = new Set<number>();
  for (const finding of analysis.result.findings) {
    const findingRange = toRange(analysis.draft.lineStarts, finding);
    if (!findingRange.intersection(range)) continue;
    const diagnostic = context.diagnostics.find(
      (d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === finding.code && d.range.isEqual(findingRange),
    );
    const diagnostics = diagnostic ? [diagnostic] : [];
    if (finding.fix) {
      const action = new vscode.CodeAction(fixTitle(finding), vscode.CodeActionKind.QuickFix);
      action.edit = editOf(document, analysis, [finding]);
      action.diagnostics = diagnostics;
      action.isPreferred = true;
      actions.push(action);
    }
    const line = lineIndexAt(analysis.draft.lineStarts, sentenceStart(analysis, finding));
    if (!ignored.has(line)) {
      ignored.add(line);
      actions.push(ignoreAction(document, line, diagnostics));
    }
  }
  return actions;
}

function fixAll(document: vscode.TextDocument, analysis: Analysis): vscode.CodeAction[] {
  const safe = analysis.result.findings.filter((f) => f.fix && SAFE_CODES.has(f.code));
  if (!safe.length) return [];
  const action = new vscode.CodeAction('Fix all safe Sourceline problems', FIX_ALL_KIND);
  action.edit = editOf(document, analysis, safe);
  return [action];
}

/** One edit applying the fixes of `findings`; a fix overlapping an earlier one is left out. */
function editOf(document: vscode.TextDocument, analysis: Analysis, findings: Finding[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  let end = -1;
  for (const fix of findings.map((f) => f.fix!).sort((a, b) => a.start - b.start)) {
    if (fix.start < end) continue;
    edit.replace(document.uri, toRange(analysis.draft.lineStarts, fix), fix.replacement);
    end = fix.end;
  }
  return edit;
}

function ignoreAction(document: vscode.TextDocument, line: number, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const action = new vscode.CodeAction('Ignore this sentence', vscode.CodeActionKind.QuickFix);
  const indent = /^[ \t>]*/.exec(document.lineAt(line).text)![0];
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${DISABLE_NEXT_LINE}${eol}`);
  action.diagnostics = diagnostics;
  return action;
}

/** Start of the sentence holding a finding (a citation may sit just after its sentence's end). */
function sentenceStart(analysis: Analysis, finding: Finding): number {
  const before = analysis.draft.sentences.filter((s) => s.start <= finding.start);
  return before.length ? before[before.length - 1].start : finding.start;
}

function fixTitle(finding: Finding): string {
  const replacement = finding.fix!.replacement.replace(/\s+/g, ' ');
  const short = replacement.length > 60 ? `${replacement.slice(0, 59)}…` : replacement;
  switch (finding.code) {
    case 'misquote':
      return `Use the source wording: "${short}"`;
    case 'misattributed':
      return `Attribute to ${short}`;
    case 'citation-mismatch':
      return `Cite ${short} instead`;
    default:
      return `Change to ${short}`;
  }
}

function codeOf(diagnostic: vscode.Diagnostic): unknown {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}
