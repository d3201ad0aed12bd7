import * as vscode from 'vscode';
import { DraftAnalyzer } from './vscode/DraftAnalyzer';
import { Logger } from './vscode/Logger';
import { Problems } from './vscode/Problems';
import { registerCodeActions } from './vscode/registerCodeActions';
import { registerCommands } from './vscode/registerCommands';
import { registerDiagnostics } from './vscode/registerDiagnostics';
import { registerHover } from './vscode/registerHover';
import { registerStatusBar } from './vscode/registerStatusBar';
import { SettingsService } from './vscode/SettingsService';
import { SourcesService } from './vscode/SourcesService';

/**
 * Wires the extension: builds the services, then registers one feature each. Nothing is read or
 * checked here; sources are indexed when the first draft needs them.
 */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = new Logger();
  const settings = new SettingsService(log);
  const sources = new SourcesService(settings, log);
  const analyzer = new DraftAnalyzer(sources, settings, log);
  const problems = new Problems(vscode.Uri.joinPath(context.extensionUri, 'README.md'));
  context.subscriptions.push(
    log,
    settings,
    sources,
    analyzer,
    problems,
    registerHover(analyzer, log),
    registerDiagnostics(analyzer, problems, sources, settings, log),
    registerCodeActions(analyzer, log),
    registerCommands({ analyzer, sources, settings, problems, log }),
    registerStatusBar(analyzer, log),
  );
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
