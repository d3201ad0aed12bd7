import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codeOf, codesBecome, diagnosticsWhere, fixtureUri, openDraft, recordWarnings, setSetting, writeFile } from './workspace';

const ALL_CODES = ['misquote', 'number-mismatch', 'misattributed', 'unsupported-claim', 'citation-mismatch', 'broken-citation'];
const WRONG_NUMBER = 'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.';

suite('diagnostics', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = await vscode.workspace.openTextDocument(fixtureUri('drafts/checks.md'));
    await vscode.window.showTextDocument(document);
  });

  test('every finding code, with its range, severity, README link and evidence', async () => {
    const diagnostics = await codesBecome(document.uri, ALL_CODES);
    const table = diagnostics
      .sort((a, b) => a.range.start.compareTo(b.range.start))
      .map((d) => [codeOf(d), document.getText(d.range), vscode.DiagnosticSeverity[d.severity]]);
    assert.deepEqual(table, [
      ['misquote', 'We need to know what the conversation is about', 'Error'],
      ['number-mismatch', '157', 'Error'],
      ['misattributed', 'Putin', 'Error'],
      ['unsupported-claim', 'The talks were held in Geneva by the foreign ministers of France and Brazil.', 'Warning'],
      ['citation-mismatch', '[source](../sources/article.txt#L2)', 'Warning'],
      ['broken-citation', '[source](../sources/missing.txt#L3)', 'Error'],
    ]);
    const misquote = diagnostics.find((d) => codeOf(d) === 'misquote')!;
    assert.equal(misquote.source, 'Sourceline');
    const code = misquote.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /\/readme\.md$/i, code.target.toString());
    assert.equal(code.target.fragment, 'misquote');
    const related = misquote.relatedInformation?.[0];
    assert.ok(related, 'no related information');
    assert.ok(related.location.uri.path.endsWith('/sources/article.txt'));
    assert.equal(related.location.range.start.line, 8, 'evidence is line 9 of article.txt');
    assert.match(related.message, /^article\.txt:9: “We need to understand/);
  });

  test("a finding's code links to a README that exists in the extension (vsce stores it as readme.md)", async () => {
    const [diagnostic] = await codesBecome(document.uri, ALL_CODES);
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    const stat = await vscode.workspace.fs.stat(target.with({ fragment: '' }));
    assert.equal(stat.type & vscode.FileType.File, vscode.FileType.File, `${target.toString()} is not a file`);
    const extension = vscode.extensions.getExtension('sourceline.sourceline')!;
    const names = (await vscode.workspace.fs.readDirectory(extension.extensionUri)).map(([name]) => name);
    assert.ok(names.includes(target.path.slice(target.path.lastIndexOf('/') + 1)), `${target.path} is not spelled as in ${names.join(', ')}`);
  });

  test('an edit re-checks the draft: a corrected number loses its diagnostic', async () => {
    const editor = await openDraft('retyped.md', 'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.\n');
    const uri = editor.document.uri;
    await codesBecome(uri, ['number-mismatch']);
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 39, 0, 42), '175'));
    await codesBecome(uri, []);
  });

  test('severity settings take effect: off removes a finding, a level changes it', async () => {
    await codesBecome(document.uri, ALL_CODES);
    try {
      await setSetting('severity', { misquote: 'off', 'broken-citation': 'hint' });
      const diagnostics = await codesBecome(document.uri, ALL_CODES.filter((c) => c !== 'misquote'));
      assert.equal(diagnostics.find((d) => codeOf(d) === 'broken-citation')?.severity, vscode.DiagnosticSeverity.Hint);
    } finally {
      await setSetting('severity', undefined);
    }
    await codesBecome(document.uri, ALL_CODES);
  });

  test('an invalid setting: one warning naming it, and its default is used', async () => {
    const warnings = recordWarnings();
    try {
      await setSetting('severity', { misquote: 'loud' });
      const message = await warnings.next('sourceline.severity.misquote');
      assert.match(message, /"loud"/);
      // Still checked, at the default severity of misquote.
      const editor = await openDraft('invalid-setting.md', '"We need to know what the conversation is about," Zelenskyy said.\n');
      const [misquote] = await codesBecome(editor.document.uri, ['misquote']);
      assert.equal(misquote.severity, vscode.DiagnosticSeverity.Error);
      // Another settings change re-reads the settings; the same problem is not reported again.
      await setSetting('debounceMs', 50);
      await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), '\nA line about nothing.\n'));
      await codesBecome(editor.document.uri, ['misquote']);
      assert.equal(warnings.messages.filter((m) => m.includes('sourceline.severity.misquote')).length, 1, warnings.messages.join('\n'));
    } finally {
      warnings.restore();
      await setSetting('severity', undefined);
      await setSetting('debounceMs', undefined);
    }
  });

  test('diagnostics clear when a file stops being a draft', async () => {
    const editor = await openDraft('language.md', `${WRONG_NUMBER}\n`);
    await codesBecome(editor.document.uri, ['number-mismatch']);
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await diagnosticsWhere(editor.document.uri, (d) => d.length === 0, 'no diagnostics on a plain text file');
  });

  test('closing a draft clears its diagnostics', async () => {
    // Opened as a user opens it: a document the extension API opened (openTextDocument) stays
    // open for minutes after its editor closes.
    const uri = await writeFile('drafts/closed.md', `${WRONG_NUMBER}\n`);
    await vscode.commands.executeCommand('vscode.open', uri);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await codesBecome(uri, ['number-mismatch']);
    const closed = new Promise<void>((resolve) => {
      const subscription = vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() !== uri.toString()) return;
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await closed;
    await codesBecome(uri, []);
  });

  test('a draft that the sourceline.sources setting makes a source loses its diagnostics, and gets them back', async () => {
    const editor = await openDraft('made-source.md', `${WRONG_NUMBER}\n`);
    const { uri } = editor.document;
    await codesBecome(uri, ['number-mismatch']);
    try {
      await setSetting('sources', ['sources/**/*.{txt,md}', 'drafts/made-source.md']);
      await codesBecome(uri, []);
    } finally {
      await setSetting('sources', undefined);
    }
    await codesBecome(uri, ['number-mismatch']);
  });

  test("a draft that another draft's front matter names as a source loses its diagnostics", async () => {
    const ferry = 'The ferry to Kherson runs twice a day in winter.';
    const named = await openDraft('named-draft.md', `${WRONG_NUMBER}\n\n${ferry}\n`);
    try {
      await codesBecome(named.document.uri, ['number-mismatch', 'unsupported-claim']);
      const naming = await openDraft('names-a-draft.md', `---\nsources:\n  - named-draft.md\n---\n${ferry}\n`);
      await codesBecome(named.document.uri, []);
      // It is a source now: it supports the draft that names it.
      await codesBecome(naming.document.uri, []);
    } finally {
      // Neither stays for the suites after this one: a named source stays one until a rebuild.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const name of ['names-a-draft.md', 'named-draft.md']) await vscode.workspace.fs.delete(fixtureUri(`drafts/${name}`)).then(undefined, () => undefined);
      await vscode.commands.executeCommand('sourceline.rebuildIndex');
    }
  });
});
