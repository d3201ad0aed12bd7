import { join } from 'node:path';
import * as vscode from 'vscode';
import { engine } from './engine';
import { basename, dirname } from '../core/paths';
import type { SourceReadCache } from '../core/readSource';
import type { SourceIndex } from '../core/SourceIndex';
import { WorkerReader } from '../threads/WorkerReader';
import { findFolderFiles, isSearchedUri } from './findFolderFiles';
import type { Logger } from './Logger';
import { readWorkspaceText } from './readWorkspaceText';
import type { SettingsService } from './SettingsService';

/**
 * The key of a document in the core: its URI's path (posix), so that a draft's relative links and
 * front matter resolve with the core's `resolvePath`. Sources and drafts of one window share
 * a scheme and authority, which `uriOf` takes back from a URI of the same workspace.
 */
export function pathOf(uri: vscode.Uri): string {
  return uri.path;
}

/** The URI of a core path, in the scheme and authority of `like` (a draft of the same workspace). */
export function uriOf(path: string, like: vscode.Uri): vscode.Uri {
  return like.with({ path, query: '', fragment: '' });
}

/**
 * The source documents of each workspace folder and the indexes built from them. Sources are the
 * files matching `sourceline.sources` in a draft's folder plus those its front matter names.
 * Texts are read lazily through `vscode.workspace.fs` (an open document's unsaved text wins),
 * never written, and re-read when a file watcher or an edit says they changed. A source that
 * cannot be read is skipped and reported once, and again if it breaks again after reading fine;
 * one that only front matter names is reported on that front matter instead (see `problemOf`).
 */
export class SourcesService implements vscode.Disposable {
  /** Text of each source read so far; `undefined` for one that cannot be read. */
  private readonly texts = new Map<string, Promise<string | undefined>>();
  /** Why each source last read could not be read. */
  private readonly problems = new Map<string, string>();
  private readonly folderSources = new Map<string, Promise<Set<string>>>();
  /** Sources named by front matter, each with its own watcher. */
  private readonly named = new Map<string, vscode.Disposable>();
  private readonly folderWatchers = new Map<string, vscode.Disposable[]>();
  private readonly indexes = new Map<string, Promise<SourceIndex>>();
  /** Sources read for an index: a rebuild after one source changed reads only that one again. */
  /** What was read of each source, made with the first index (see `engine`). */
  private reads?: SourceReadCache;
  /** Reads most of a large source set in a worker thread, off the extension host's (dist/readWorker.js, next to this bundle). */
  private readonly reader = new WorkerReader(join(__dirname, 'readWorker.js'));
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];

  /** Fires when a source was created, changed (on disk or in an editor) or deleted. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly settings: SettingsService,
    private readonly log: Logger,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument(
        log.handler('an edited source', (e: vscode.TextDocumentChangeEvent) => e.contentChanges.length && this.invalidate(e.document.uri)),
      ),
      vscode.workspace.onDidCloseTextDocument(log.handler('a closed source', (document: vscode.TextDocument) => this.invalidate(document.uri))),
      vscode.workspace.onDidChangeWorkspaceFolders(log.handler('changed workspace folders', () => this.reset())),
      vscode.workspace.onDidChangeConfiguration(
        log.handler('changed source settings', (e: vscode.ConfigurationChangeEvent) => {
          if (e.affectsConfiguration('sourceline.sources') || e.affectsConfiguration('sourceline.maxFileSizeKB')) this.reset();
        }),
      ),
    ];
  }

  /**
   * The index a draft is checked against: its folder's sources and `named` (front matter paths).
   * Indexes are shared between drafts with the same sources and rebuilt after a change.
   */
  async indexFor(draft: vscode.Uri, named: readonly string[] = []): Promise<SourceIndex> {
    const paths = [...new Set([...(await this.sourcesOf(draft)), ...named])].sort();
    for (const path of named) this.watchNamed(path, draft);
    const key = paths.join('\n');
    let index = this.indexes.get(key);
    if (!index) {
      index = this.buildIndex(paths, draft);
      if (this.indexes.size > 16) this.indexes.clear();
      this.indexes.set(key, index);
    }
    return index;
  }

  /** Whether `uri` is a source: a match of its folder's globs, or named by a draft's front matter. */
  async isSource(uri: vscode.Uri): Promise<boolean> {
    const path = pathOf(uri);
    return this.named.has(path) || (await this.sourcesOf(uri)).has(path);
  }

  /** Which of `paths` (core paths, in the workspace of `like`) exist as files. */
  async existingFiles(paths: readonly string[], like: vscode.Uri): Promise<Set<string>> {
    const found = await Promise.all(
      paths.map((path) =>
        vscode.workspace.fs.stat(uriOf(path, like)).then(
          (stat) => (stat.type & vscode.FileType.File ? path : undefined),
          () => undefined,
        ),
      ),
    );
    return new Set(found.filter((path): path is string => path !== undefined));
  }

  /**
   * Why the source `path` could not be read when it was last read (`no such file`, ...), or
   * undefined if it was read or has not been read. Known once an index holding it was built.
   */
  problemOf(path: string): string | undefined {
    return this.problems.get(path);
  }

  /** Reads every source again, reporting again those that cannot be read; fires `onDidChange`. */
  rebuild(): void {
    for (const path of this.texts.keys()) this.forgetReports(path);
    this.reset();
  }

  /** Forgets every text, listing, watcher and index; fires `onDidChange`. */
  private reset(): void {
    this.texts.clear();
    this.problems.clear();
    this.reads?.clear();
    this.folderSources.clear();
    this.indexes.clear();
    for (const watchers of this.folderWatchers.values()) watchers.forEach((w) => w.dispose());
    this.folderWatchers.clear();
    for (const watcher of this.named.values()) watcher.dispose();
    this.named.clear();
    this.changed.fire();
  }

  private async buildIndex(paths: string[], like: vscode.Uri): Promise<SourceIndex> {
    const texts = await Promise.all(paths.map((path) => this.textOf(path, like)));
    const docs = paths.flatMap((path, i) => (texts[i] === undefined ? [] : [{ path, text: texts[i] }]));
    const started = performance.now();
    // Built in slices, and mostly in another thread, so that a large source folder does not hold up the extension host.
    const { SourceIndex, SourceReadCache } = engine();
    const index = await SourceIndex.build(docs, { cache: (this.reads ??= new SourceReadCache()), reader: this.reader, pause: () => new Promise((resolve) => setImmediate(resolve)) });
    this.log.info(`indexed ${index.size} sentences of ${docs.length} source(s) in ${(performance.now() - started).toFixed(0)} ms`);
    return index;
  }

  /** The sources of the workspace folder of `uri`, listed once and kept up to date by watchers. */
  private sourcesOf(uri: vscode.Uri): Promise<Set<string>> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve(new Set());
    const key = folder.uri.toString();
    let listing = this.folderSources.get(key);
    if (!listing) {
      listing = this.listFolder(folder);
      this.folderSources.set(key, listing);
    }
    return listing;
  }

  private async listFolder(folder: vscode.WorkspaceFolder): Promise<Set<string>> {
    const globs = this.settings.get(folder.uri).sources;
    const found = new Set<string>();
    const key = folder.uri.toString();
    this.folderWatchers.get(key)?.forEach((w) => w.dispose());
    this.folderWatchers.set(
      key,
      globs.map((glob) => this.watch(new vscode.RelativePattern(folder, glob), found, (uri) => isSearchedUri(folder, uri, glob))),
    );
    for (const uri of await findFolderFiles(folder, globs)) found.add(pathOf(uri));
    return found;
  }

  /** Watches a source file named by front matter (it may lie outside the folder's globs). */
  private watchNamed(path: string, like: vscode.Uri): void {
    if (this.named.has(path)) return;
    const pattern = new vscode.RelativePattern(uriOf(dirname(path), like), basename(path));
    this.named.set(path, this.watch(pattern));
    // An open document that just became a source is no longer a draft: it must be re-checked.
    if (vscode.workspace.textDocuments.some((d) => pathOf(d.uri) === path)) this.changed.fire();
  }

  /**
   * A watcher that keeps `members` (if given) and the texts up to date, and announces changes;
   * files that `reaches` refuses (hidden ones, see `isSearchedUri`) are not its business.
   */
  private watch(pattern: vscode.RelativePattern, members?: Set<string>, reaches: (uri: vscode.Uri) => boolean = () => true): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const update = (exists: boolean) =>
      this.log.handler('a changed source', (uri: vscode.Uri) => {
        if (!reaches(uri)) return;
        if (members) {
          if (exists) members.add(pathOf(uri));
          else members.delete(pathOf(uri));
        }
        this.log.info(`source ${exists ? 'changed' : 'deleted'}: ${vscode.workspace.asRelativePath(uri)}`);
        this.invalidate(uri, true);
      });
    return vscode.Disposable.from(watcher, watcher.onDidCreate(update(true)), watcher.onDidChange(update(true)), watcher.onDidDelete(update(false)));
  }

  /** Drops the text of `uri` if it is a source (or `force`d) and every index; fires `onDidChange`. */
  private invalidate(uri: vscode.Uri, force = false): void {
    const path = pathOf(uri);
    if (!force && !this.texts.has(path)) return;
    this.texts.delete(path);
    this.problems.delete(path);
    this.reads?.delete(path);
    this.indexes.clear();
    this.changed.fire();
  }

  private textOf(path: string, like: vscode.Uri): Promise<string | undefined> {
    let text = this.texts.get(path);
    if (!text) {
      text = this.read(uriOf(path, like));
      this.texts.set(path, text);
    }
    return text;
  }

  /**
   * Reads a source. A problem is reported once (a notification) until the file reads fine again,
   * so a source that is fixed and then breaks again is reported again, while a broken file that
   * a tool keeps rewriting is not reported on every write. A source that only front matter names
   * is not notified about: each draft naming it shows the problem on its front matter.
   */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const path = pathOf(uri);
    const name = vscode.workspace.asRelativePath(uri);
    const read = await readWorkspaceText(uri, this.settings.get(uri).maxFileSizeKB);
    if (read.problem !== undefined) {
      this.problems.set(path, read.problem);
      const message = `skipped the source ${name}: ${read.problem}`;
      if (this.named.has(path) && !(await this.sourcesOf(uri)).has(path)) this.log.info(message);
      else this.log.warnOnce(`source ${path}`, message);
      return undefined;
    }
    this.problems.delete(path);
    this.log.forget(`source ${path}`);
    if (read.warning) this.log.warnOnce(`source warning ${path}`, `${name}: ${read.warning}`);
    else this.log.forget(`source warning ${path}`);
    return read.text;
  }

  /** Lets the problems of the source `path` be reported again. */
  private forgetReports(path: string): void {
    this.log.forget(`source ${path}`);
    this.log.forget(`source warning ${path}`);
  }

  dispose(): void {
    for (const watchers of this.folderWatchers.values()) watchers.forEach((w) => w.dispose());
    for (const watcher of this.named.values()) watcher.dispose();
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
    void this.reader.dispose();
  }
}
