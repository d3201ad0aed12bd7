import * as vscode from 'vscode';
import { engine } from './engine';
import type { Settings } from '../config/settings';
import type { CheckResult } from '../core/checkDraft';
import type { DraftChecker } from '../core/DraftChecker';
import type { Draft, FrontMatter } from '../core/parseDraft';
import { dirname, relativePath } from '../core/paths';
import type { SourceIndex } from '../core/SourceIndex';
import type { Logger } from './Logger';
import type { SettingsService } from './SettingsService';
import { pathOf, type SourcesService } from './SourcesService';

/** A draft's text as the analyzer reads it: an open document, or a file read from disk (version -1). */
export interface DraftText {
  uri: vscode.Uri;
  version: number;
  languageId: string;
  getText(): string;
  /** True once an open document was closed (a text read from disk is never closed). */
  readonly isClosed?: boolean;
}

/** A checked draft: what it says, what it was checked against, and what was found. */
export interface Analysis {
  uri: vscode.Uri;
  /** The document version it describes (-1: read from disk). */
  version: number;
  draft: Draft;
  index: SourceIndex;
  result: CheckResult;
  /**
   * What is wrong with the draft's front matter, one line each: why it cannot be read (then none
   * of its sources are used), or a source it names that cannot be read. Empty when all is well.
   */
  frontMatterProblems: string[];
}

/** The incremental checker of one open draft, valid for one index and one set of settings. */
interface CheckerState {
  checker: DraftChecker;
  index: SourceIndex;
  settings: Settings;
  /** Link targets the checker was told are missing without that being known yet. */
  guessed: Set<string>;
}

/**
 * Checks drafts and keeps the latest analysis of each open one, so diagnostics, hovers, code
 * actions and the status bar share one check per document version. Each open draft keeps a
 * `DraftChecker`, so a re-check after an edit redoes only the blocks that changed; the check runs
 * in slices of a few milliseconds and stops as soon as its cancellation token fires.
 * A draft is a markdown file that is not a source.
 */
export class DraftAnalyzer implements vscode.Disposable {
  /** The analysis of each draft's latest version, with the token of the check that started it. */
  private readonly cache = new Map<string, { analysis: Promise<Analysis | undefined>; version: number; settings: Settings; generation: number; token?: vscode.CancellationToken }>();
  private readonly checkers = new Map<string, CheckerState>();
  /** Whether link targets that are not sources exist, as last looked up. */
  private readonly fileExists = new Map<string, boolean>();
  private readonly analyzed = new vscode.EventEmitter<Analysis>();
  private readonly subscriptions: vscode.Disposable[];
  /** Bumped when the sources change, so cached analyses of the old sources are not reused. */
  private generation = 0;

  /** Fires after each completed check of a draft. */
  readonly onDidAnalyze = this.analyzed.event;

  constructor(
    private readonly sources: SourcesService,
    private readonly settings: SettingsService,
    private readonly log: Logger,
  ) {
    this.subscriptions = [
      sources.onDidChange(
        log.handler('forgetting checks of old sources', () => {
          this.generation++;
          this.fileExists.clear();
          this.checkers.clear();
        }),
      ),
      vscode.workspace.onDidCloseTextDocument(
        log.handler('forgetting a closed draft', (document: vscode.TextDocument) => {
          this.cache.delete(document.uri.toString());
          this.checkers.delete(document.uri.toString());
        }),
      ),
    ];
  }

  /**
   * Whether `document` is a draft: markdown, not a source, and a file of the workspace, a local
   * file or an untitled one (not a git revision or another editor's virtual view).
   */
  async isDraft(document: DraftText): Promise<boolean> {
    const { uri } = document;
    if (document.languageId !== 'markdown') return false;
    if (!vscode.workspace.getWorkspaceFolder(uri) && uri.scheme !== 'file' && uri.scheme !== 'untitled') return false;
    return !(await this.sources.isSource(uri));
  }

  /**
   * The analysis of `document` at its current version, from the cache when nothing changed since.
   * Returns undefined for a document that is not a draft; rejects with `vscode.CancellationError`
   * when `token` is cancelled first (a newer edit made the check stale), and without a token
   * never for a cancellation.
   */
  analyze(document: DraftText, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    return token ? this.analyzeOnce(document, token) : this.analyzeToTheEnd(document);
  }

  /**
   * For a caller with no token of its own (a hover, a code action, a command): it may be handed
   * the analysis a scheduled check started, which a newer edit or a change of sources cancels;
   * it then gets a fresh one (a cancelled check is no longer served from the cache, so this ends
   * with an analysis nothing can cancel), or undefined once the draft is closed.
   */
  private async analyzeToTheEnd(document: DraftText): Promise<Analysis | undefined> {
    for (;;) {
      try {
        return await this.analyzeOnce(document);
      } catch (error) {
        if (!(error instanceof vscode.CancellationError)) throw error;
        if (document.isClosed) return undefined;
      }
    }
  }

  private analyzeOnce(document: DraftText, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    const key = document.uri.toString();
    const settings = this.settings.get(document.uri);
    const cached = this.cache.get(key);
    const current = cached && document.version >= 0 && cached.version === document.version && cached.settings === settings && cached.generation === this.generation;
    if (current && !cached.token?.isCancellationRequested) return cached.analysis;
    const analysis = this.check(document, settings, token);
    if (document.version >= 0) this.cache.set(key, { analysis, version: document.version, settings, generation: this.generation, token });
    // A failed or cancelled check must not be served from the cache to the next caller.
    analysis.catch(() => this.cache.get(key)?.analysis === analysis && this.cache.delete(key));
    return analysis;
  }

  /** The cached analysis of `document` if it is of its current version (no check is started). */
  async current(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const analysis = await this.cache.get(document.uri.toString())?.analysis.catch(() => undefined);
    return analysis?.version === document.version ? analysis : undefined;
  }

  private async check(document: DraftText, settings: Settings, token: vscode.CancellationToken | undefined): Promise<Analysis | undefined> {
    const { uri, version } = document;
    const text = document.getText();
    if (!(await this.isDraft(document))) return undefined;
    if (text.length > settings.maxFileSizeKB * 1024) {
      const name = vscode.workspace.asRelativePath(uri);
      this.log.warnOnce(`draft ${uri.toString()}`, `not checking ${name}: it is over the sourceline.maxFileSizeKB limit of ${settings.maxFileSizeKB} KB`);
      return undefined;
    }
    // Within the limit again: growing past it later is reported again.
    this.log.forget(`draft ${uri.toString()}`);
    const path = pathOf(uri);
    // Read apart from the draft (no markdown parse): the index must be known before the check.
    const frontMatter = engine().readFrontMatter(text, path);
    const index = await this.sources.indexFor(uri, frontMatter.frontMatterSources);
    // Version -1 (a file on disk) keeps no checker: it is checked once.
    const key = version >= 0 ? uri.toString() : '';
    for (;;) {
      const state = this.checkerFor(key, index, settings);
      const result = await runInSlices(state.checker.checkSteps(text, path), token);
      const draft = state.checker.draft?.text === text ? state.checker.draft : engine().parseDraft(text, path);
      const guessed = [...state.guessed].filter((p) => !this.fileExists.has(p));
      if (guessed.length) {
        const found = await this.sources.existingFiles(guessed, uri);
        for (const p of guessed) this.fileExists.set(p, found.has(p));
        // The checker took an existing file for a missing one: check again with the facts.
        if (found.size) {
          this.checkers.delete(key);
          continue;
        }
      }
      if (token?.isCancellationRequested) throw new vscode.CancellationError();
      const analysis = { uri, version, draft, index, result, frontMatterProblems: this.frontMatterProblems(frontMatter, path) };
      this.analyzed.fire(analysis);
      return analysis;
    }
  }

  /** See `Analysis.frontMatterProblems`; the sources' problems are known once their index is built. */
  private frontMatterProblems(frontMatter: FrontMatter, path: string): string[] {
    if (frontMatter.frontMatterError) return [`${frontMatter.frontMatterError}; its sources are not used until it is fixed`];
    return frontMatter.frontMatterSources.flatMap((source) => {
      const problem = this.sources.problemOf(source);
      return problem === undefined ? [] : [`skipped the source ${relativePath(dirname(path), source)} named in the front matter: ${problem}`];
    });
  }

  private checkerFor(key: string, index: SourceIndex, settings: Settings): CheckerState {
    const state = key ? this.checkers.get(key) : undefined;
    if (state && state.index === index && state.settings === settings) return state;
    const guessed = new Set<string>();
    const fileExists = (path: string) => {
      const known = this.fileExists.get(path);
      if (known === undefined) guessed.add(path);
      return known ?? false;
    };
    const fresh = { checker: new (engine().DraftChecker)(index, { severities: settings.severity, fileExists }), index, settings, guessed };
    if (key) this.checkers.set(key, fresh);
    return fresh;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.analyzed.dispose();
  }
}

/** Drives a check generator to its end, yielding to the event loop between slices; stops when cancelled. */
async function runInSlices<T>(steps: Generator<void, T, void>, token: vscode.CancellationToken | undefined): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
    if (token?.isCancellationRequested) throw new vscode.CancellationError();
  }
}
