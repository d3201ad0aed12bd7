/**
 * Resolves once `condition()` is true, checking every 10 ms; rejects after `timeoutMs`.
 * Only for state that VS Code announces with no event (an extension becoming active); wait on
 * events such as `onDidChangeDiagnostics` wherever one exists.
 */
export async function waitFor(condition: () => boolean, what: string, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 10));
  }
}
