import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, diagnosticsWhere, fixtureUri, openDraft, recordOutputChannel, writeFile } from './workspace';

// At load time, before any test opens a markdown file and so before the extension activates.
const output = recordOutputChannel('Sourceline');

/** `count` distinct lower-case made-up words ("bak", "bek", ...): sentences with nothing to check, each checked anew. */
function madeUpWords(count: number): string[] {
  const consonants = 'bdfgklmnprstvz';
  const vowels = 'aeiou';
  const words: string[] = [];
  for (let i = 0; words.length < count; i++) {
    let word = '';
    for (let n = i; word.length === 0 || n > 0; n = Math.floor(n / 70)) word += consonants[n % 14] + vowels[Math.floor(n / 14) % 5];
    words.push(`${word}k`);
  }
  return words;
}

suite('typing during a check', function () {
  this.timeout(SLOW_MS);

  test('an edit stops the check of the version before it: Problems only ever shows the newest version', async () => {
    // Twelve thousand sentences take the checker a second or more, in slices; the one claim is last.
    const filler = madeUpWords(12000).map((w) => `It was ${w}.`);
    const paragraphs: string[] = [];
    for (let i = 0; i < filler.length; i += 10) paragraphs.push(filler.slice(i, i + 10).join(' '));
    const claim = 'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.';
    // A source of its own, named in the front matter: the draft's index is built when it opens,
    // and the check starts right after the "indexed" line, which is when the edit below is made.
    const source = await writeFile('notes/cancel.txt', 'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday.\n');
    const text = `---\nsources: ../notes/cancel.txt\n---\n\n${paragraphs.join('\n\n')}\n\n${claim}\n`;

    const uri = fixtureUri('drafts/long.md');
    const seen: string[] = [];
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) seen.push(...vscode.languages.getDiagnostics(uri).map((d) => d.message));
    });
    try {
      // asRelativePath names the folder too in a multi-root workspace ("fixture/drafts/long.md").
      const stopped = output.next('drafts/long.md (version 1): it changed');
      // Its index alone has two sources (article.txt and cancel.txt): another draft's is not it.
      const indexed = output.next('of 2 source(s)');
      const editor = await openDraft('long.md', text);
      await indexed;
      // The check of version 1 runs now, for a second or more; this edit lands while it does.
      const at = editor.document.getText().indexOf('157');
      assert.ok(await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 3)), '158')));
      assert.match(await stopped, /stopped checking/);
      const newest = await diagnosticsWhere(uri, (d) => d.some((x) => x.message.includes('not 158')), 'the finding of version 2');
      assert.deepEqual(newest.map((d) => d.message.replace(/ \(.*\)$/, '')), ['The source says 175, not 158']);
      assert.ok(!seen.some((m) => m.includes('not 157')), `a finding of the stopped version 1 was published: ${seen.join(' | ')}`);
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await vscode.workspace.fs.delete(uri);
      await vscode.workspace.fs.delete(source);
    }
  });
});
