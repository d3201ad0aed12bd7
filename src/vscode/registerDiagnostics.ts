import * as vscode from 'vscode';
import type { DraftAnalyzer } from './DraftAnalyzer';
import type { Logger } from './Logger';
import type { Problems } from './Problems';
import type { SettingsService } from './SettingsService';
import type { SourcesService } from './SourcesService';

/**
 * Checks open drafts as `sourceline.run` says: on open and after each pause in typing of
 * `sourceline.debounceMs` (onType), on open and save (onSave), or never by itself (manual). An edit
 * cancels the document's pending check; a check of an outdated version publishes nothing.
 * A change of sources or settings re-checks every open draft. Diagnostics are removed when a
 * document closes or is no longer a draft (a setting or another draft's front matter made it a
 * source). Every handler runs guarded: a failure is logged and that check publishes nothing.
 */
export function registerDiagnostics(
  analyzer: DraftAnalyzer,
  problems: Problems,
  sources: SourcesService,
  settings: SettingsService,
  log: Logger,
): vscode.Disposable {
  const pending = new Map<string, { timer?: ReturnType<typeof setTimeout>; cancel: vscode.CancellationTokenSource }>();

  const cancel = (uri: vscode.Uri) => {
    const job = pending.get(uri.toString());
    if (!job) return;
    clearTimeout(job.timer);
    job.cancel.cancel();
    job.cancel.dispose();
    pending.delete(uri.toString());
  };

  const check = (document: vscode.TextDocument, token: vscode.CancellationToken) => {
    const name = vscode.workspace.asRelativePath(document.uri);
    return log.guard(
      `checking ${name}`,
      async () => {
        const version = document.version;
        let analysis;
        try {
          analysis = await analyzer.analyze(document, token);
        } catch (error) {
          if (!(error instanceof vscode.CancellationError)) throw error;
          log.info(`stopped checking ${name} (version ${version}): it changed or closed`);
          return;
        }
        if (token.isCancellationRequested || document.isClosed) return;
        if (!analysis) problems.clear(document.uri);
        else if (analysis.version === document.version) await problems.publish(analysis);
      },
      undefined,
    );
  };

  const schedule = (document: vscode.TextDocument, delayMs: number) => {
    if (document.languageId !== 'markdown') return;
    cancel(document.uri);
    const job: { timer?: ReturnType<typeof setTimeout>; cancel: vscode.CancellationTokenSource } = { cancel: new vscode.CancellationTokenSource() };
    pending.set(document.uri.toString(), job);
    job.timer = setTimeout(
      log.handler('a scheduled check', async () => {
        await check(document, job.cancel.token);
        if (pending.get(document.uri.toString()) === job) cancel(document.uri);
      }),
      delayMs,
    );
  };

  const runOf = (document: vscode.TextDocument) => settings.get(document.uri).run;
  const recheckAll = () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.languageId === 'markdown' && runOf(document) !== 'manual') schedule(document, settings.get(document.uri).debounceMs);
    }
  };

  const subscriptions = [
    vscode.workspace.onDidOpenTextDocument(
      log.handler('an opened document', (document: vscode.TextDocument) => {
        if (runOf(document) !== 'manual') schedule(document, 0);
      }),
    ),
    vscode.workspace.onDidChangeTextDocument(
      log.handler('an edited document', ({ document, contentChanges }: vscode.TextDocumentChangeEvent) => {
        if (!contentChanges.length) return;
        cancel(document.uri);
        if (runOf(document) === 'onType') schedule(document, settings.get(document.uri).debounceMs);
      }),
    ),
    vscode.workspace.onDidSaveTextDocument(
      log.handler('a saved document', (document: vscode.TextDocument) => {
        if (runOf(document) === 'onSave') schedule(document, 0);
      }),
    ),
    vscode.workspace.onDidCloseTextDocument(
      log.handler('a closed document', (document: vscode.TextDocument) => {
        cancel(document.uri);
        problems.clear(document.uri);
      }),
    ),
    sources.onDidChange(log.handler('re-checking after a source changed', recheckAll)),
    settings.onDidChange(log.handler('re-checking after a setting changed', recheckAll)),
    { dispose: () => [...pending.values()].forEach((job) => (clearTimeout(job.timer), job.cancel.dispose())) },
  ];
  void log.guard(
    'checking the open drafts',
    () => {
      for (const document of vscode.workspace.textDocuments) {
        if (document.languageId === 'markdown' && runOf(document) !== 'manual') schedule(document, 0);
      }
    },
    undefined,
  );
  return vscode.Disposable.from(...subscriptions);
}
