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
/** What `activate` returns: the extension's exports, read by the integration tests. */
export interface SourcelineApi {
  /** How long `activate` took, in milliseconds (the budget is 50). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): SourcelineApi {
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
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms`);
  return { activationMs };
}

export function deactivate(): void {}
