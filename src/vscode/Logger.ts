import * as vscode from 'vscode';

/**
 * The output channel "Sourceline", and the one place where errors are caught: providers and
 * commands run through `guard`, event handlers through `handler`, so an exception is logged and
 * the feature degrades to "nothing" instead of reaching VS Code.
 */
export class Logger implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Sourceline');
  private readonly warned = new Set<string>();

  /** Appends a time-stamped line. */
  info(message: string): void {
    this.channel.appendLine(`[${new Date().toISOString().slice(11, 23)}] ${message}`);
  }

  /** Logs an error with what was being done and its stack. */
  error(what: string, error: unknown): void {
    this.info(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  /**
   * Logs `message` and shows it as a warning notification, once per `key` for the whole session
   * (a source that cannot be read is reported once, not on every keystroke).
   */
  warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.info(`warning: ${message}`);
    void vscode.window.showWarningMessage(`Sourceline: ${message}`);
  }

  /** Lets `warnOnce` report `key` again (after a rebuild, or once the file reads fine again). */
  forget(key: string): void {
    this.warned.delete(key);
  }

  /** Runs `body`; on an exception (thrown or rejected) logs it and returns `fallback`. */
  async guard<T>(what: string, body: () => T | Promise<T>, fallback: T): Promise<T> {
    try {
      return await body();
    } catch (error) {
      if (!(error instanceof vscode.CancellationError)) this.error(what, error);
      return fallback;
    }
  }

  /**
   * `listener` as an event handler that lets no exception escape: one thrown or rejected is logged
   * as `what` failing. The listener still runs synchronously up to its first `await`, so handlers
   * keep the order in which VS Code calls them.
   */
  handler<A extends unknown[]>(what: string, listener: (...args: A) => unknown): (...args: A) => void {
    return (...args) => void this.guard(what, () => listener(...args), undefined);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
