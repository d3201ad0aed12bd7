import * as vscode from 'vscode';
import { SLOW_MS, fixtureUri, openDraft, watchStatusBarItem } from './workspace';

// At load time, before any test opens a markdown file and so before the extension activates.
const statusBar = watchStatusBarItem('sourceline.claims');

suite('status bar', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);

  test('supported / total claims of the active draft, following the active editor and edits', async () => {
    // interview.md: one claim its front-matter source supports, one with a wrong number.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('drafts/interview.md')));
    await statusBar.becomes('$(quote) 1/2');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('drafts/sample.md')));
    await statusBar.becomes('$(quote) 2/2');
    const editor = await openDraft('status.md', 'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday.\n');
    await statusBar.becomes('$(quote) 1/1');
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nThe talks were held in Geneva by the foreign ministers of France and Brazil.\n'));
    await statusBar.becomes('$(quote) 1/2');
  });

  test('hidden while the active editor is not a draft', async () => {
    await openDraft('status-then-source.md', 'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday.\n');
    await statusBar.becomes('$(quote) 1/1');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri('sources/article.txt')));
    await statusBar.becomes(undefined);
  });
});
