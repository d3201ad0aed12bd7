import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codesBecome, fixtureUri, openDraft, recordOutputChannel, writeFile } from './workspace';

// At load time, before any test opens a markdown file and so before the extension activates.
const output = recordOutputChannel('Sourceline');

suite('errors in event handlers', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);

  test('an exception in a file watcher handler is logged to the Sourceline output channel, and the next change is handled', async () => {
    const claim = 'The Zaporizhzhia bridge reopened to trucks on Thursday.';
    const draft = await openDraft('zaporizhzhia.md', `${claim}\n`);
    await codesBecome(draft.document.uri, ['unsupported-claim']);
    // The watcher's handler names the changed file with asRelativePath: make that throw, for this file only.
    const original = vscode.workspace.asRelativePath;
    (vscode.workspace as { asRelativePath: unknown }).asRelativePath = (target: string | vscode.Uri, ...rest: unknown[]) => {
      if (String(target).endsWith('/sources/zaporizhzhia.txt')) throw new Error('asRelativePath broke');
      return (original as (...args: unknown[]) => string)(target, ...rest);
    };
    try {
      const logged = output.next('asRelativePath broke');
      await writeFile('sources/zaporizhzhia.txt', 'Nothing about bridges yet.\n');
      assert.match(await logged, /a changed source failed: Error: asRelativePath broke/);
    } finally {
      (vscode.workspace as { asRelativePath: unknown }).asRelativePath = original;
    }
    try {
      await writeFile('sources/zaporizhzhia.txt', `${claim}\n`);
      await codesBecome(draft.document.uri, []);
    } finally {
      await vscode.workspace.fs.delete(fixtureUri('sources/zaporizhzhia.txt'));
    }
  });
});
