import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, codeOf, codesBecome, openDraft } from './workspace';

/** The code actions VS Code collects for `range`, optionally only of `kind`. */
function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind);
}

/** Opens `before` as a draft, waits for `codes`, applies the action titled like `title` on the diagnostic of `code`. */
async function applyQuickFix(name: string, before: string, codes: string[], code: string, title: RegExp): Promise<vscode.TextDocument> {
  const editor = await openDraft(name, before);
  const diagnostics = await codesBecome(editor.document.uri, codes);
  const diagnostic = diagnostics.find((d) => codeOf(d) === code)!;
  const actions = await codeActions(editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.edit, `no action ${title} among ${JSON.stringify(actions.map((a) => a.title))}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  return editor.document;
}

suite('code actions', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);
  const quickFixes: { code: string; title: RegExp; before: string; after: string }[] = [
    {
      code: 'misquote',
      title: /^Use the source wording/,
      before: '"We need to know what the conversation is about," Zelenskyy said.\n',
      after: '"We need to understand what the conversation is about," Zelenskyy said.\n',
    },
    {
      code: 'number-mismatch',
      title: /^Change to 175$/,
      before: 'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.\n',
      after: 'Russia and Ukraine are set to exchange 175 prisoners of war each on Wednesday.\n',
    },
    {
      code: 'misattributed',
      title: /^Attribute to Zelenskyy$/,
      before: '"There are two sides in this war — Russia and Ukraine," Putin said.\n',
      after: '"There are two sides in this war — Russia and Ukraine," Zelenskyy said.\n',
    },
    {
      code: 'citation-mismatch',
      title: /^Cite \.\.\/sources\/article\.txt#L15 instead$/,
      before: 'Ukrainian officials agreed to the 30-day ceasefire proposal during talks in Saudi Arabia ([source](../sources/article.txt#L2)).\n',
      after: 'Ukrainian officials agreed to the 30-day ceasefire proposal during talks in Saudi Arabia ([source](../sources/article.txt#L15)).\n',
    },
    {
      code: 'unsupported-claim',
      title: /^Ignore this sentence$/,
      before: '# Notes\n\nThe talks were held in Geneva by the foreign ministers of France and Brazil.\n',
      after: '# Notes\n\n<!-- sourceline-disable-next-line -->\nThe talks were held in Geneva by the foreign ministers of France and Brazil.\n',
    },
  ];
  quickFixes.forEach(({ code, title, before, after }, i) => {
    test(`quick fix for ${code}: ${title.source}`, async () => {
      const document = await applyQuickFix(`fix-${i}.md`, before, [code], code, title);
      assert.equal(document.getText(), after);
      await codesBecome(document.uri, []);
    });
  });

  test('source.fixAll.sourceline applies every safe fix in one edit, and nothing else', async () => {
    const before = [
      '"We need to know what the conversation is about," Zelenskyy said.',
      '',
      'Russia and Ukraine are set to exchange 157 prisoners of war each on Wednesday.',
      '',
      'The talks were held in Geneva by the foreign ministers of France and Brazil.',
      '',
    ].join('\n');
    const editor = await openDraft('fix-all.md', before);
    const uri = editor.document.uri;
    await codesBecome(uri, ['misquote', 'number-mismatch', 'unsupported-claim']);
    const actions = await codeActions(uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.sourceline');
    assert.deepEqual(actions.map((a) => [a.title, a.kind?.value]), [['Fix all safe Sourceline problems', 'source.fixAll.sourceline']]);
    assert.ok(await vscode.workspace.applyEdit(actions[0].edit!));
    assert.equal(editor.document.getText(), before.replace('know', 'understand').replace('157', '175'));
    await codesBecome(uri, ['unsupported-claim']);
  });

  test('undo after a quick fix restores the exact text', async () => {
    const before = 'Intro.\r\n\r\n"We need to know what the conversation is about," Zelenskyy said.\r\n';
    const document = await applyQuickFix('undo.md', before, ['misquote'], 'misquote', /^Use the source wording/);
    assert.notEqual(document.getText(), before);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), before);
  });
});
