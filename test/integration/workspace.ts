import * as vscode from 'vscode';

/** Time limit of a test or a wait: generous, for a loaded machine; a passing test takes far less. */
export const SLOW_MS = 60000;

/** The fixture workspace folder (a fresh copy of test/fixture for each run). */
export function folderUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder open');
  return folder.uri;
}

/** The URI of a path relative to the fixture folder. */
export function fixtureUri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(folderUri(), ...path.split('/'));
}

/** Writes a file of the fixture folder (creating or replacing it) through the file system. */
export async function writeFile(path: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = fixtureUri(path);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Writes a draft under drafts/ and shows it in the active editor. */
export async function openDraft(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = await writeFile(`drafts/${name}`, text);
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** Sourceline's diagnostics of `uri`. */
export function sourcelineDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Sourceline');
}

/** The code of a diagnostic (`misquote`, ...). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** The codes of Sourceline's diagnostics of `uri`, in document order. */
export function codesOf(uri: vscode.Uri): string[] {
  return sourcelineDiagnostics(uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map(codeOf);
}

/**
 * Resolves with Sourceline's diagnostics of `uri` once `accept` holds for them: at once if it
 * already does, otherwise at the first `onDidChangeDiagnostics` event for `uri` after which it
 * does. Rejects after `timeoutMs` naming what it last saw, so a failure is readable.
 */
export function diagnosticsWhere(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = SLOW_MS - 5000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      const diagnostics = sourcelineDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      done();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) settle();
    });
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}; diagnostics: ${JSON.stringify(codesOf(uri))}`));
    }, timeoutMs);
    const done = () => {
      subscription.dispose();
      clearTimeout(timer);
    };
    settle();
  });
}

/** Waits until the diagnostics of `uri` have exactly these codes (in document order). */
export function codesBecome(uri: vscode.Uri, codes: string[]): Promise<vscode.Diagnostic[]> {
  return diagnosticsWhere(uri, () => JSON.stringify(codesOf(uri)) === JSON.stringify(codes), `codes ${JSON.stringify(codes)}`);
}

/** The position of the `nth` (0-based) occurrence of `text` in `document`, plus `delta` characters. */
export function positionOf(document: vscode.TextDocument, text: string, delta = 0, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = document.getText().indexOf(text, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(text)} not found in ${document.uri.path}`);
  }
  return document.positionAt(at + delta);
}

/**
 * Sets a `sourceline.*` setting for the workspace (undefined removes it) and resolves once the
 * extension host has it: the extension's own change handlers, registered before the test's, have
 * run by then.
 */
export async function setSetting(name: string, value: unknown): Promise<void> {
  const applied = () => JSON.stringify(vscode.workspace.getConfiguration('sourceline').inspect(name)?.workspaceValue) === JSON.stringify(value);
  let subscription: vscode.Disposable | undefined;
  const changed = new Promise<void>((resolve) => {
    subscription = vscode.workspace.onDidChangeConfiguration(() => applied() && resolve());
  });
  try {
    await vscode.workspace.getConfiguration('sourceline').update(name, value, vscode.ConfigurationTarget.Workspace);
    if (!applied()) await changed;
  } finally {
    subscription?.dispose();
  }
}

/** The markdown of every hover VS Code collects at `text` (+ `delta`) in `document`. */
export async function hoverText(document: vscode.TextDocument, text: string, delta = 1): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, text, delta));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/**
 * Records the warning notifications shown while it is installed, by wrapping
 * `vscode.window.showWarningMessage` (the extension and the tests share the API object).
 * `next(match)` resolves at the first recorded message containing `match`.
 */
export function recordWarnings(): { messages: string[]; next(match: string): Promise<string>; restore(): void } {
  const original = vscode.window.showWarningMessage;
  const messages: string[] = [];
  const waiting: { match: string; resolve: (message: string) => void }[] = [];
  (vscode.window as { showWarningMessage: unknown }).showWarningMessage = (message: string, ...rest: unknown[]) => {
    messages.push(message);
    for (const w of waiting.filter((w) => message.includes(w.match))) w.resolve(message);
    return (original as (...args: unknown[]) => Thenable<unknown>)(message, ...rest);
  };
  return {
    messages,
    next: (match) =>
      new Promise((resolve) => {
        const seen = messages.find((m) => m.includes(match));
        if (seen) resolve(seen);
        else waiting.push({ match, resolve });
      }),
    restore: () => {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    },
  };
}

/** What a status bar item shows: its text while visible, undefined while hidden. */
export type StatusBarShown = string | undefined;

/**
 * Watches the status bar item `id` that the extension will create, by wrapping
 * `vscode.window.createStatusBarItem` (the API object the extension and the tests share, as in
 * `recordWarnings`): must run before the extension activates, i.e. when a test file is loaded.
 * `becomes(shown)` resolves once the item shows `shown` (text, or undefined: hidden), at once or
 * at its next `show()`/`hide()`; rejects after `timeoutMs` naming what it showed.
 */
export function watchStatusBarItem(id: string): { shown(): StatusBarShown; becomes(shown: StatusBarShown, timeoutMs?: number): Promise<void> } {
  let item: vscode.StatusBarItem | undefined;
  let visible = false;
  const changed = new vscode.EventEmitter<void>();
  const original = vscode.window.createStatusBarItem as (...args: unknown[]) => vscode.StatusBarItem;
  (vscode.window as { createStatusBarItem: unknown }).createStatusBarItem = (...args: unknown[]) => {
    const created = original(...args);
    if (args[0] !== id) return created;
    item = created;
    const { show, hide } = created;
    created.show = () => {
      show.call(created);
      visible = true;
      changed.fire();
    };
    created.hide = () => {
      hide.call(created);
      visible = false;
      changed.fire();
    };
    return created;
  };
  const shown = (): StatusBarShown => (item && visible ? item.text : undefined);
  return {
    shown,
    becomes: (expected, timeoutMs = SLOW_MS - 5000) =>
      new Promise((resolve, reject) => {
        if (shown() === expected) return resolve();
        const timer = setTimeout(() => {
          subscription.dispose();
          reject(new Error(`timed out waiting for the status bar item ${id} to show ${JSON.stringify(expected)}; it shows ${JSON.stringify(shown())}`));
        }, timeoutMs);
        const subscription = changed.event(() => {
          if (shown() !== expected) return;
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        });
      }),
  };
}

/**
 * Records the lines the extension appends to its output channel `name`, by wrapping
 * `vscode.window.createOutputChannel` like `watchStatusBarItem`: must run when a test file is
 * loaded, before the extension activates. `next(match)` resolves at the first line recorded
 * from now on that contains `match`.
 */
export function recordOutputChannel(name: string): { lines: string[]; next(match: string, timeoutMs?: number): Promise<string> } {
  const lines: string[] = [];
  const appended = new vscode.EventEmitter<string>();
  const original = vscode.window.createOutputChannel as (...args: unknown[]) => vscode.OutputChannel;
  (vscode.window as { createOutputChannel: unknown }).createOutputChannel = (...args: unknown[]) => {
    const channel = original(...args);
    if (args[0] !== name) return channel;
    const { appendLine } = channel;
    channel.appendLine = (line: string) => {
      appendLine.call(channel, line);
      lines.push(line);
      appended.fire(line);
    };
    return channel;
  };
  return {
    lines,
    next: (match, timeoutMs = SLOW_MS - 5000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          subscription.dispose();
          reject(new Error(`no line containing ${JSON.stringify(match)} in the ${name} output channel; its last lines: ${lines.slice(-5).join(' | ')}`));
        }, timeoutMs);
        const subscription = appended.event((line) => {
          if (!line.includes(match)) return;
          clearTimeout(timer);
          subscription.dispose();
          resolve(line);
        });
      }),
  };
}
