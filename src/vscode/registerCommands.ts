import * as vscode from 'vscode';
import { engine } from './engine';
import type { SourceSentence } from '../core/types';
import { checkWorkspace } from './checkWorkspace';
import { citeSentence } from './citeSentence';
import type { Analysis, DraftAnalyzer } from './DraftAnalyzer';
import { openSourceAt, sourceLocation, type SourceLocation } from './goToSource';
import { insertQuote, type InsertQuoteArgs } from './insertQuote';
import type { Logger } from './Logger';
import { pickSourceSentence } from './pickSourceSentence';
import type { Problems } from './Problems';
import type { SettingsService } from './SettingsService';
import type { SourcesService } from './SourcesService';

/** The services the commands work with. */
export interface CommandServices {
  analyzer: DraftAnalyzer;
  sources: SourcesService;
  settings: SettingsService;
  problems: Problems;
  log: Logger;
}

/**
 * The `sourceline.*` commands. Each runs guarded: an exception is logged, never shown as a
 * crash. Commands that pick a source sentence also take an argument, so keybindings, scripts
 * and tests can run them without the picker:
 * - `sourceline.insertQuote` `{ query?, sentenceId? }`: returns whether a quote was inserted;
 * - `sourceline.goToSource` `{ uri, start, end }` (a source and a span of its text);
 * - `sourceline.showSources` `{ query }`: opens the best match;
 * - `sourceline.checkWorkspace`: returns `{ drafts, findings }`;
 * - `sourceline.rebuildIndex`: returns the sentence count of the active draft's sources.
 */
export function registerCommands(services: CommandServices): vscode.Disposable {
  const { analyzer, sources, settings, problems, log } = services;
  const register = <A extends unknown[], R>(id: string, run: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, (...args: A) => log.guard(id, () => run(...args), undefined));

  const activeDraft = async (): Promise<{ editor: vscode.TextEditor; analysis: Analysis } | undefined> => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor?.document.languageId === 'markdown' ? await analyzer.analyze(editor.document) : undefined;
    if (editor && analysis) return { editor, analysis };
    void vscode.window.showInformationMessage('Sourceline: open a markdown draft (not a source) first.');
    return undefined;
  };

  const open = (sentence: SourceSentence, like: vscode.Uri) => openSourceAt(sourceLocation(sentence.path, sentence, like));

  return vscode.Disposable.from(
    register('sourceline.insertQuote', async (args?: InsertQuoteArgs) => {
      const active = await activeDraft();
      return !!active && insertQuote(active.editor, active.analysis, settings.get(active.analysis.uri).quoteStyle, log, args);
    }),
    register('sourceline.citeSentence', async () => {
      const active = await activeDraft();
      const problem = active && (await citeSentence(active.editor, active.analysis));
      if (problem) void vscode.window.showInformationMessage(`Sourceline: ${problem}`);
      return !!active && !problem;
    }),
    register('sourceline.goToSource', async (location?: SourceLocation) => {
      if (location) return openSourceAt(location).then(() => true);
      const active = await activeDraft();
      const target = active && sourceUnderCursor(active.editor, active.analysis);
      if (target) return openSourceAt(target).then(() => true);
      if (active) void vscode.window.showInformationMessage('Sourceline: no source supports the sentence under the cursor.');
      return false;
    }),
    register('sourceline.checkWorkspace', async () => {
      const progress = { location: vscode.ProgressLocation.Notification, title: 'Sourceline: checking drafts', cancellable: true };
      return vscode.window.withProgress(progress, (_progress, token) => checkWorkspace(analyzer, problems, settings, log, token));
    }),
    register('sourceline.rebuildIndex', async () => {
      sources.rebuild();
      const editor = vscode.window.activeTextEditor;
      const analysis = editor && (await analyzer.analyze(editor.document));
      if (!analysis) return undefined;
      vscode.window.setStatusBarMessage(`Sourceline: indexed ${analysis.index.size} source sentences`, 4000);
      return analysis.index.size;
    }),
    register('sourceline.showSources', async (args?: { query: string }) => {
      const active = await activeDraft();
      if (!active) return false;
      const { index, uri } = active.analysis;
      const sentence = args ? engine().searchSources(index, args.query, 1)[0]?.sentence : await pickSourceSentence(index, 'Source Sentences', uri, log);
      return !!sentence && open(sentence, uri).then(() => true);
    }),
  );
}

/** The source of the citation under the cursor, or else the best support of the sentence there. */
function sourceUnderCursor(editor: vscode.TextEditor, analysis: Analysis): SourceLocation | undefined {
  const { draft, index, result } = analysis;
  const offset = editor.document.offsetAt(editor.selection.active);
  const citation = draft.sentences.flatMap((s) => s.citations).find((c) => c.start <= offset && offset <= c.end);
  if (citation) {
    const cited = citation.lines ? index.sentencesOnLines(citation.path, citation.lines.from, citation.lines.to) : [];
    const span = cited.length ? { start: cited[0].start, end: cited[cited.length - 1].end } : { start: 0, end: 0 };
    return index.documents.has(citation.path) ? sourceLocation(citation.path, span, analysis.uri) : undefined;
  }
  const i = draft.sentences.findIndex((s) => s.start <= offset && offset <= s.end);
  const support = result.sentences[i]?.support;
  if (!support) return undefined;
  const first = support.sentences[0];
  return sourceLocation(first.path, { start: first.start, end: support.sentences[support.sentences.length - 1].end }, analysis.uri);
}
