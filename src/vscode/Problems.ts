import * as vscode from 'vscode';
import { basename } from '../core/paths';
import type { Finding, Severity } from '../core/types';
import type { Analysis } from './DraftAnalyzer';
import { uriOf } from './SourcesService';
import { toRange } from './toRange';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The `source` of every Sourceline diagnostic. */
export const DIAGNOSTIC_SOURCE = 'Sourceline';

/**
 * The Problems panel entries of Sourceline: one diagnostic per finding, with its code linking to
 * the finding's section of the README and related information pointing at the evidence.
 */
export class Problems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceline');

  /** `readme`: the README whose sections (`#misquote`, ...) explain each finding code. */
  constructor(private readonly readme: vscode.Uri) {}

  /** Shows the findings of `analysis`, replacing the draft's previous ones. */
  publish(analysis: Analysis): void {
    this.collection.set(
      analysis.uri,
      analysis.result.findings.map((finding) => this.toDiagnostic(finding, analysis)),
    );
  }

  /** Removes the diagnostics of `uri`. */
  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  private toDiagnostic(finding: Finding, analysis: Analysis): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(analysis.draft.lineStarts, finding), finding.message, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.code, target: this.readme.with({ fragment: finding.code }) };
    const evidence = finding.evidence && analysis.index.sentences[finding.evidence.sentenceId];
    const document = evidence && analysis.index.documents.get(evidence.path);
    if (evidence && document) {
      const location = new vscode.Location(uriOf(evidence.path, analysis.uri), toRange(document.lineStarts, evidence));
      diagnostic.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(location, `${basename(evidence.path)}:${evidence.line}: ${evidence.text.replace(/\s+/g, ' ')}`),
      ];
    }
    return diagnostic;
  }

  dispose(): void {
    this.collection.dispose();
  }
}
