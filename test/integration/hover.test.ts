import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SLOW_MS, fixtureUri, hoverText } from './workspace';

suite('hover', function () {
  // A loaded machine (CI, parallel jobs) can take many seconds to open the first editor.
  this.timeout(SLOW_MS);
  let checks: vscode.TextDocument;
  let sample: vscode.TextDocument;

  suiteSetup(async () => {
    checks = await vscode.workspace.openTextDocument(fixtureUri('drafts/checks.md'));
    sample = await vscode.workspace.openTextDocument(fixtureUri('drafts/sample.md'));
  });

  test('on a misquote: the closest passage, its speaker and line, and a word diff', async () => {
    const text = await hoverText(checks, 'know what');
    assert.match(text, /not verbatim/);
    assert.match(text, /speaker: Zelenskyy/);
    assert.match(text, /\[article\\\.txt:9\]\(command:sourceline\.goToSource\?/);
    assert.match(text, /We need to understand what the conversation is about/);
    assert.match(text, /Draft → source: .*~~know~~ \*\*understand\*\*/);
  });

  test('on a verbatim quote: where it is', async () => {
    const text = await hoverText(sample, 'We need to understand');
    assert.match(text, /\*\*verbatim quote\*\*/);
    assert.match(text, /article\\\.txt:9\]/);
  });

  test('on a sentence: the supporting source sentence with its score and no diff when the words agree', async () => {
    const text = await hoverText(checks, 'Trump and Putin agreed');
    assert.match(text, /\*\*\d+% match\*\*/);
    assert.match(text, /\[article\\\.txt:1\]/);
    assert.match(text, /have agreed to a temporary halt in strikes against energy facilities/);
  });

  test('on a sentence that differs from its source: a word diff', async () => {
    const text = await hoverText(checks, 'exchange 157');
    assert.match(text, /article\\\.txt:13\]/);
    assert.match(text, /~~157~~ \*\*175\*\*/);
  });

  test('on a citation: the cited lines', async () => {
    const text = await hoverText(checks, 'article.txt#L2');
    assert.match(text, /\*\*cited lines\*\*/);
    assert.match(text, /article\\\.txt:2\]/);
    assert.match(text, /The White House hailed it as the first stage/);
  });

  test('on a citation of a missing file: says so', async () => {
    const text = await hoverText(checks, 'missing.txt');
    assert.match(text, /is not one of the sources/);
  });

  test('the file:line link opens the source with the sentence selected', async () => {
    const text = await hoverText(checks, 'know what');
    const args = /command:sourceline\.goToSource\?([^)\s]+)\)/.exec(text)?.[1];
    assert.ok(args, text);
    await vscode.commands.executeCommand('sourceline.goToSource', ...JSON.parse(decodeURIComponent(args)));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.uri.path.endsWith('/sources/article.txt'));
    assert.match(editor.document.getText(editor.selection), /^“We need to understand what the conversation is about,” Zelenskyy said\.$/);
  });
});
