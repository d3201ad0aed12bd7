import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codesBecome, codesOf, hoverText, openDraft, setSetting, sourcelineDiagnostics } from './workspace';

const WRONG_NUMBER = 'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.\n';

/**
 * Shows that the draft has been analysed at its current version without its diagnostics being
 * published: a hover analyses the draft and waits for that analysis, which a check started by the
 * edit or the opening (debounce 0) would share and publish first. After it, diagnostics that did
 * not change were not going to change.
 */
async function analysedWithoutPublishing(document: vscode.TextDocument, at: string): Promise<void> {
  assert.match(await hoverText(document, at), /article\\\.txt:13\]/);
}

suite('when drafts are checked (sourceline.run, sourceline.debounceMs)', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);

  teardown(async () => {
    await setSetting('run', undefined);
    await setSetting('debounceMs', undefined);
  });

  test('onSave: checked on open and on save, not while typing', async () => {
    await setSetting('run', 'onSave');
    await setSetting('debounceMs', 0);
    const editor = await openDraft('on-save.md', WRONG_NUMBER);
    const { uri } = editor.document;
    await codesBecome(uri, ['number-mismatch']);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 39, 0, 42), '175'));
    await analysedWithoutPublishing(editor.document, 'exchange 175');
    assert.deepEqual(codesOf(uri), ['number-mismatch'], 'the edit was checked before the save');
    assert.ok(await editor.document.save());
    await codesBecome(uri, []);
  });

  test('manual: nothing on open, edit or save; Check All Drafts fills Problems', async () => {
    await setSetting('run', 'manual');
    await setSetting('debounceMs', 0);
    const editor = await openDraft('manual.md', WRONG_NUMBER);
    const { uri } = editor.document;
    await analysedWithoutPublishing(editor.document, 'exchange 157');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nMore.\n'));
    assert.ok(await editor.document.save());
    await analysedWithoutPublishing(editor.document, 'exchange 157');
    assert.deepEqual(sourcelineDiagnostics(uri), [], 'checked without being asked');
    await vscode.commands.executeCommand('sourceline.checkWorkspace');
    await codesBecome(uri, ['number-mismatch']);
  });

  test('onType: a burst of edits is checked once, sourceline.debounceMs after the last one', async () => {
    const debounceMs = 1500;
    await setSetting('debounceMs', debounceMs);
    const editor = await openDraft('debounce.md', WRONG_NUMBER);
    const { uri } = editor.document;
    await codesBecome(uri, ['number-mismatch']);
    // Every state the diagnostics pass through from here: each check of "1" or "17" would be one (a different message).
    const snapshot = () => JSON.stringify(sourcelineDiagnostics(uri).map((d) => [d.message, d.range.start.character]));
    const states = [snapshot()];
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && snapshot() !== states[states.length - 1]) states.push(snapshot());
    });
    try {
      await editor.edit((edit) => edit.replace(new vscode.Range(0, 39, 0, 42), '1'));
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 40), '7'));
      const lastEdit = performance.now();
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 41), '5'));
      await codesBecome(uri, []);
      const waited = performance.now() - lastEdit;
      assert.equal(states.length, 2, `diagnostics went through ${states.join(' → ')}`);
      // A timer may fire a little before its time by the clock of the test (the event loop's cached time).
      assert.ok(waited >= debounceMs * 0.9, `checked ${waited.toFixed(0)} ms after the last edit, under sourceline.debounceMs (${debounceMs})`);
    } finally {
      subscription.dispose();
    }
  });
});
