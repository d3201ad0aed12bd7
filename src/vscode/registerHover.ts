import * as vscode from 'vscode';
import { engine } from './engine';
import type { DraftAnalyzer } from './DraftAnalyzer';
import { goToSourceTarget, sourceLocation } from './goToSource';
import type { Logger } from './Logger';

/**
 * Hover on a draft (see `hoverMarkdown`): the source behind a sentence, a quotation or a citation,
 * with file:line links that open the source at that sentence through `sourceline.goToSource`.
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
            if (!analysis) return undefined;
            const linkTo = (path: string, span: { start: number; end: number }) => goToSourceTarget(sourceLocation(path, span, document.uri));
            const markdown = engine().hoverMarkdown(analysis, document.offsetAt(position), linkTo);
            if (!markdown) return undefined;
            const content = new vscode.MarkdownString(markdown);
            content.isTrusted = { enabledCommands: ['sourceline.goToSource'] };
            return new vscode.Hover(content);
          },
          undefined,
        ),
    },
  );
}
