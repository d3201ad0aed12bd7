import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codesBecome, fixtureUri, openDraft, positionOf, setSetting, sourcelineDiagnostics } from './workspace';

const SIRENS = 'Shortly after the call ended, Kyiv’s air raid sirens went off, followed by explosions.';

suite('commands', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);
  test('Insert Quote, inline: a verbatim quote citing its line, relative to the draft', async () => {
    const editor = await openDraft('quote-inline.md', 'As reported: ');
    editor.selection = new vscode.Selection(0, 13, 0, 13);
    assert.equal(await vscode.commands.executeCommand('sourceline.insertQuote', { query: 'air raid sirens' }), true);
    assert.equal(editor.document.getText(), `As reported: "${SIRENS}" ([source](../sources/article.txt#L4))`);
    await codesBecome(editor.document.uri, []);
  });

  test('Insert Quote, blockquote style from the setting, set apart from the text around it', async () => {
    await setSetting('quoteStyle', 'blockquote');
    try {
      const editor = await openDraft('quote-block.md', 'Before. After.\n');
      editor.selection = new vscode.Selection(0, 8, 0, 8);
      assert.equal(await vscode.commands.executeCommand('sourceline.insertQuote', { query: 'air raid sirens' }), true);
      assert.equal(editor.document.getText(), `Before. \n\n> ${SIRENS}\n>\n> — [source](../sources/article.txt#L4)\n\nAfter.\n`);
      await codesBecome(editor.document.uri, []);
    } finally {
      await setSetting('quoteStyle', undefined);
    }
  });

  test('Cite Source for This Sentence links the sentence to its best source line', async () => {
    const before = 'Trump and Putin agreed to a temporary halt in strikes against energy facilities.\n';
    const editor = await openDraft('cite.md', before);
    editor.selection = new vscode.Selection(positionOf(editor.document, 'halt'), positionOf(editor.document, 'halt'));
    assert.equal(await vscode.commands.executeCommand('sourceline.citeSentence'), true);
    assert.equal(editor.document.getText(), before.replace('facilities.', 'facilities ([source](../sources/article.txt#L1)).'));
  });

  test('Go to Source from the cursor opens the supporting sentence, selected', async () => {
    const editor = await openDraft('go.md', 'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday.\n');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    assert.equal(await vscode.commands.executeCommand('sourceline.goToSource'), true);
    const source = vscode.window.activeTextEditor!;
    assert.ok(source.document.uri.path.endsWith('/sources/article.txt'));
    assert.equal(source.selection.start.line, 12);
    assert.match(source.document.getText(source.selection), /^Putin also told Trump that Russia and Ukraine are set to exchange 175 prisoners/);
  });

  test('Show Source Sentences opens the chosen sentence', async () => {
    await openDraft('show.md', 'A draft.\n');
    assert.equal(await vscode.commands.executeCommand('sourceline.showSources', { query: 'hockey matches' }), true);
    const source = vscode.window.activeTextEditor!;
    assert.match(source.document.getText(source.selection), /^According to the Kremlin, Trump also expressed support/);
  });

  test('Check All Drafts fills Problems for drafts that are not open', async () => {
    const unopened = fixtureUri('drafts/unopened.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === unopened.toString()));
    const result = await vscode.commands.executeCommand<{ drafts: number; findings: number }>('sourceline.checkWorkspace');
    assert.ok(result.drafts >= 3, JSON.stringify(result));
    assert.deepEqual(sourcelineDiagnostics(unopened).map((d) => d.message.slice(0, 24)), ['The source words differ:']);
  });

  test('Rebuild Source Index re-reads the sources', async () => {
    await openDraft('rebuild.md', 'A draft.\n');
    const sentences = await vscode.commands.executeCommand<number>('sourceline.rebuildIndex');
    assert.ok(sentences > 20, String(sentences));
  });
});
