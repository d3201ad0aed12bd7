import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codeOf, codesBecome, fixtureUri, hoverText, openDraft, recordWarnings, writeFile } from './workspace';

/** A sentence that only notes/interview.txt supports (it is outside the sources glob). */
const SCHOOLS = 'Kharkiv has rebuilt 12 schools since the autumn, mayor Ihor Terekhov said.';

suite('front matter', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);

  test('a source named in front matter supports a sentence, and a sentence contradicting it gets a diagnostic', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('drafts/interview.md'));
    await vscode.window.showTextDocument(document);
    const [mismatch, ...others] = await codesBecome(document.uri, ['number-mismatch']);
    assert.deepEqual(others, []);
    assert.equal(document.getText(mismatch.range), '4');
    assert.match(mismatch.message, /9/);
    const evidence = mismatch.relatedInformation?.[0];
    assert.ok(evidence, 'no related information');
    assert.ok(evidence.location.uri.path.endsWith('/notes/interview.txt'), evidence.location.uri.toString());
    assert.equal(evidence.location.range.start.line, 3, 'evidence is line 4 of interview.txt');
  });

  test('hover on a sentence that a front-matter source supports shows that file and line', async () => {
    const document = await vscode.workspace.openTextDocument(fixtureUri('drafts/interview.md'));
    const text = await hoverText(document, 'rebuilt 12 schools');
    assert.match(text, /\[interview\\\.txt:2\]\(command:sourceline\.goToSource\?/);
    assert.match(text, /the city has rebuilt 12 schools since the autumn/);
  });

  test('malformed front matter: one warning on its first line naming the problem; once fixed, its sources count', async () => {
    const editor = await openDraft('bad-front-matter.md', `---\nsources:\n  - ../notes/interview.txt\n - ../sources/article.txt\n---\n${SCHOOLS}\n`);
    const { uri } = editor.document;
    const diagnostics = await codesBecome(uri, ['front-matter', 'unsupported-claim']);
    const warning = diagnostics.find((d) => codeOf(d) === 'front-matter')!;
    assert.equal(warning.source, 'Sourceline');
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual([warning.range.start.line, warning.range.end.line], [0, 0]);
    assert.match(warning.message, /^front matter is not valid YAML: bad indentation .*\(line 4, column \d+\); its sources are not used until it is fixed$/);
    await editor.edit((edit) => edit.insert(new vscode.Position(3, 0), ' '));
    await codesBecome(uri, []);
  });

  test('front matter naming a missing source: one warning on the front matter, no notification; creating the file clears it', async () => {
    const warnings = recordWarnings();
    try {
      const editor = await openDraft('missing-source.md', `---\nsources: ../notes/mayor.txt\n---\n${SCHOOLS.replace('Ihor Terekhov', 'Terekhov')}\n`);
      const { uri } = editor.document;
      const diagnostics = await codesBecome(uri, ['front-matter', 'unsupported-claim']);
      const warning = diagnostics.find((d) => codeOf(d) === 'front-matter')!;
      assert.equal(warning.message, 'skipped the source ../notes/mayor.txt named in the front matter: no such file');
      // Typing re-checks the draft; the problem stays one diagnostic and is never a notification.
      await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), '\nMore.\n'));
      // A hover waits for the analysis of the edited version: the re-check has run by then.
      await hoverText(editor.document, 'More');
      await codesBecome(uri, ['front-matter', 'unsupported-claim']);
      assert.deepEqual(warnings.messages.filter((m) => m.includes('mayor.txt')), []);
      await writeFile('notes/mayor.txt', 'Kharkiv mayor Terekhov said the city has rebuilt 12 schools since the autumn.\n');
      await codesBecome(uri, []);
    } finally {
      warnings.restore();
      await vscode.workspace.fs.delete(fixtureUri('notes/mayor.txt')).then(undefined, () => undefined);
    }
  });
});
