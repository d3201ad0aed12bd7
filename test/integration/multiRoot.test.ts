import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codesBecome, sourcelineDiagnostics } from './workspace';

suite('multi-root workspace', function () {
  this.timeout(SLOW_MS);

  test("a draft of the second folder is checked against that folder's sources, found by its own sourceline.sources", async () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 2, 'the suite runs in a two-folder workspace (test/runIntegration.js)');
    const uri = vscode.Uri.joinPath(folders[1].uri, 'drafts', 'harbor.md');
    // The first sentence is in the second folder's reports/ (its own setting); the second only in
    // the first folder's sources/, which do not count here.
    const text = [
      'Port Director Mara Ellison said 430 trucks had been waiting outside the gates since the storm.',
      '',
      'Trump and Putin agreed to a temporary halt in strikes against energy facilities.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await codesBecome(uri, ['number-mismatch', 'unsupported-claim']);
      const number = sourcelineDiagnostics(uri).find((d) => d.message.includes('430'));
      assert.match(number?.message ?? '', /The source says 340, not 430 \(harbor\.txt:2\)/);
      assert.equal(number?.relatedInformation?.[0].location.uri.toString(), vscode.Uri.joinPath(folders[1].uri, 'reports', 'harbor.txt').toString());
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
