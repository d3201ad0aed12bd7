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

/** The `code` of a diagnostic about a draft's front matter (not a finding: no severity setting, no fix). */
export const FRONT_MATTER_CODE = 'front-matter';

/**
 * The Problems panel entries of Sourceline: one diagnostic per finding, with its code linking to
 * the finding's section of the README and related information pointing at the evidence, and a
 * warning on the first line of a draft whose front matter cannot be used.
 */
export class Problems implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('sourceline');
  private readme: Promise<vscode.Uri> | undefined;
  /** The latest publish of each draft: an earlier one still waiting for the README must not overwrite it. */
  private readonly latest = new Map<string, object>();

  /** `extensionUri`: the folder of the installed extension, which holds the README explaining each finding code. */
  constructor(private readonly extensionUri: vscode.Uri) {}

  /**
   * Shows the findings of `analysis`, replacing the draft's previous ones. Resolves once they are
   * shown, or superseded by a later `publish` or `clear` of the same draft.
   */
  async publish(analysis: Analysis): Promise<void> {
    const key = analysis.uri.toString();
    const ticket = {};
    this.latest.set(key, ticket);
    const readme = await this.readmeUri();
    if (this.latest.get(key) !== ticket) return;
    this.latest.delete(key);
    this.collection.set(analysis.uri, [
      ...analysis.frontMatterProblems.map(frontMatterDiagnostic),
      ...analysis.result.findings.map((finding) => this.toDiagnostic(finding, analysis, readme)),
    ]);
  }

  /** Removes the diagnostics of `uri`. */
  clear(uri: vscode.Uri): void {
    this.latest.delete(uri.toString());
    this.collection.delete(uri);
  }

  /**
   * The README inside the extension, looked up once. `vsce package` stores it as `readme.md`
   * whatever its name in the repository, and the installed extension's file system is case
   * sensitive on Linux, so its name is read from the folder; `README.md` if that fails.
   */
  private readmeUri(): Promise<vscode.Uri> {
    this.readme ??= Promise.resolve(vscode.workspace.fs.readDirectory(this.extensionUri)).then(
      (entries) => {
        const files = entries.filter(([, type]) => type & vscode.FileType.File).map(([name]) => name);
        const name = files.includes('README.md') ? 'README.md' : (files.find((n) => n.toLowerCase() === 'readme.md') ?? 'README.md');
        return vscode.Uri.joinPath(this.extensionUri, name);
      },
      () => vscode.Uri.joinPath(this.extensionUri, 'README.md'),
    );
    return this.readme;
  }

  private toDiagnostic(finding: Finding, analysis: Analysis, readme: vscode.Uri): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(toRange(analysis.draft.lineStarts, finding), finding.message, SEVERITY[finding.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.code, target: readme.with({ fragment: finding.code }) };
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

/** A warning on the opening `---` of the front matter. */
function frontMatterDiagnostic(message: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), message, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = FRONT_MATTER_CODE;
  return diagnostic;
}
