import * as vscode from 'vscode';
import type { Analysis, DraftAnalyzer } from './DraftAnalyzer';
import type { Logger } from './Logger';

/**
 * A status bar item for the active draft: supported claims out of all claims, from its latest
 * check; clicking it opens the Problems panel. Hidden when the active editor is not a checked draft.
 */
export function registerStatusBar(analyzer: DraftAnalyzer, log: Logger): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('sourceline.claims', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourceline';
  item.command = 'workbench.actions.view.problems';

  const render = (analysis: Analysis | undefined) => {
    if (!analysis) return item.hide();
    const claims = analysis.result.sentences.filter((s) => s.claim);
    const supported = claims.filter((s) => s.supported).length;
    item.text = `$(quote) ${supported}/${claims.length}`;
    item.tooltip = `Sourceline: ${supported} of ${claims.length} claims in this draft are supported by the sources. Click to open Problems.`;
    item.show();
  };
  const isActive = (uri: vscode.Uri) => vscode.window.activeTextEditor?.document.uri.toString() === uri.toString();
  const showActive = () =>
    log.guard(
      'status bar',
      async () => {
        const document = vscode.window.activeTextEditor?.document;
        const analysis = document && (await analyzer.current(document));
        // Another editor may have become active meanwhile: its own call renders it.
        if (vscode.window.activeTextEditor?.document === document) render(analysis);
      },
      undefined,
    );

  void showActive();
  return vscode.Disposable.from(
    item,
    analyzer.onDidAnalyze(log.handler('status bar', (analysis: Analysis) => isActive(analysis.uri) && render(analysis))),
    // showActive runs guarded.
    vscode.window.onDidChangeActiveTextEditor(() => void showActive()),
  );
}
