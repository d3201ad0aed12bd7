import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codesBecome, fixtureUri, openDraft, recordWarnings, setSetting, writeFile } from './workspace';

suite('sources', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);
  test('a source created, edited and deleted on disk is re-indexed while a draft is open', async () => {
    const editor = await openDraft('geneva.md', 'The foreign ministers met in Geneva on Monday ([source](../sources/geneva.txt#L1)).\n');
    const uri = editor.document.uri;
    await codesBecome(uri, ['unsupported-claim', 'broken-citation']);
    await writeFile('sources/geneva.txt', 'The foreign ministers met in Geneva on Monday.\n');
    await codesBecome(uri, []);
    await writeFile('sources/geneva.txt', 'The weather was cold and nothing else happened that week.\n');
    await codesBecome(uri, ['unsupported-claim']);
    await vscode.workspace.fs.delete(fixtureUri('sources/geneva.txt'));
    await codesBecome(uri, ['unsupported-claim', 'broken-citation']);
  });

  test('unsaved edits of an open source count, and so does taking them back', async () => {
    const notes = await vscode.workspace.openTextDocument(await writeFile('sources/notes.txt', 'Nothing here yet.\n'));
    const draft = await openDraft('lviv.md', 'The mayor of Lviv opened a new bridge on Friday.\n');
    await codesBecome(draft.document.uri, ['unsupported-claim']);
    const added = new vscode.WorkspaceEdit();
    added.insert(notes.uri, new vscode.Position(1, 0), 'The mayor of Lviv opened a new bridge on Friday.\n');
    assert.ok(await vscode.workspace.applyEdit(added));
    assert.ok(notes.isDirty);
    await codesBecome(draft.document.uri, []);
    const removed = new vscode.WorkspaceEdit();
    removed.delete(notes.uri, new vscode.Range(1, 0, 2, 0));
    assert.ok(await vscode.workspace.applyEdit(removed));
    assert.equal(notes.getText(), 'Nothing here yet.\n');
    await codesBecome(draft.document.uri, ['unsupported-claim']);
  });

  test('a binary file in the sources folder is skipped and reported once', async () => {
    const warnings = recordWarnings();
    try {
      const draft = await openDraft('odessa.md', 'The harbour of Odesa reopened to grain ships in May.\n');
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      await writeFile('sources/scan.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      assert.match(await warnings.next('scan.txt'), /binary/);
      // The draft is still checked, as typing and further source changes go on.
      await draft.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nAnd more.\n'));
      await writeFile('sources/scan.txt', Uint8Array.from([0x00, 0x01, 0x02]));
      await writeFile('sources/odesa.txt', 'The harbour of Odesa reopened to grain ships in May.\n');
      await codesBecome(draft.document.uri, []);
      assert.equal(warnings.messages.filter((m) => m.includes('scan.txt')).length, 1, warnings.messages.join('\n'));
    } finally {
      warnings.restore();
    }
  });

  test('hidden files and folders in the sources folder are not sources, as for the CLI', async () => {
    const warnings = recordWarnings();
    const claim = 'The Kherson ferry resumed service on Tuesday with 40 passengers.';
    try {
      const draft = await openDraft('kherson.md', `${claim}\n`);
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      // Either would support the claim word for word (and the binary one would be reported).
      await writeFile('sources/.trash/kherson.txt', `${claim}\n`);
      await writeFile('sources/._kherson.txt', Uint8Array.from([0x00, 0x05, 0x16, 0x07, 0x00, 0x00]));
      await writeFile('sources/kherson.txt', `${claim.replace('40', '14')}\n`);
      await codesBecome(draft.document.uri, ['number-mismatch']);
      await vscode.commands.executeCommand('sourceline.rebuildIndex');
      await codesBecome(draft.document.uri, ['number-mismatch']);
      assert.deepEqual(warnings.messages.filter((m) => m.includes('kherson')), []);
    } finally {
      warnings.restore();
    }
  });

  test('a source that reads fine again and then breaks again is reported again', async () => {
    const warnings = recordWarnings();
    const claim = 'The Mykolaiv water pipeline was repaired in 11 days.';
    const binary = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]);
    try {
      const draft = await openDraft('mykolaiv.md', `${claim}\n`);
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      await writeFile('sources/mykolaiv.txt', binary);
      assert.match(await warnings.next('mykolaiv.txt'), /binary/);
      await writeFile('sources/mykolaiv.txt', `${claim}\n`);
      await codesBecome(draft.document.uri, []);
      await writeFile('sources/mykolaiv.txt', binary);
      // The draft was checked against the re-read source, so its warning, if any, was shown.
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      assert.equal(warnings.messages.filter((m) => m.includes('mykolaiv.txt')).length, 2, warnings.messages.join('\n'));
    } finally {
      warnings.restore();
      await vscode.workspace.fs.delete(fixtureUri('sources/mykolaiv.txt'));
    }
  });

  test('a source over sourceline.maxFileSizeKB is skipped with one warning naming it, and read once the limit allows it', async () => {
    const warnings = recordWarnings();
    const claim = 'The Kherson ferry carried 40 passengers across the river on Sunday.';
    try {
      const draft = await openDraft('kherson.md', `${claim}\n`);
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      await setSetting('maxFileSizeKB', 1);
      // About 2.5 KB: the supporting sentence, then a long report.
      await writeFile('sources/kherson.txt', `${claim}\n${'The river crossing report goes on at length.\n'.repeat(60)}`);
      assert.match(await warnings.next('kherson.txt'), /over the sourceline\.maxFileSizeKB limit of 1 KB/);
      await draft.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nAnd more.\n'));
      await codesBecome(draft.document.uri, ['unsupported-claim']);
      await setSetting('maxFileSizeKB', undefined);
      await codesBecome(draft.document.uri, []);
      assert.equal(warnings.messages.filter((m) => m.includes('kherson.txt')).length, 1, warnings.messages.join('\n'));
    } finally {
      warnings.restore();
      await setSetting('maxFileSizeKB', undefined);
      await vscode.workspace.fs.delete(fixtureUri('sources/kherson.txt'));
    }
  });

  test('sources are never written: the article is byte for byte the fixture after every suite', async () => {
    const extension = vscode.extensions.getExtension('sourceline.sourceline')!;
    const original = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'test', 'fixture', 'sources', 'article.txt'));
    const copy = await vscode.workspace.fs.readFile(fixtureUri('sources/article.txt'));
    assert.deepEqual(Buffer.from(copy), Buffer.from(original));
  });
});
