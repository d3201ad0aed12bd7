import * as vscode from 'vscode';
import { engine } from './engine';
import type { SourceIndex } from '../core/SourceIndex';
import type { SourceSentence } from '../core/types';
import type { Logger } from './Logger';
import { uriOf } from './SourcesService';

interface SentenceItem extends vscode.QuickPickItem {
  sentence: SourceSentence;
}

/** How many sentences the picker lists at a time. */
const LISTED = 100;

/**
 * A QuickPick over every sentence of `index`, ranked by fuse.js (`searchSources`) again on each
 * keystroke; items show the text, the speaker and file:line. Resolves to the accepted sentence,
 * or undefined when the picker is dismissed. A search that fails is logged and leaves the list
 * as it was.
 */
export function pickSourceSentence(index: SourceIndex, title: string, like: vscode.Uri, log: Logger): Promise<SourceSentence | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<SentenceItem>();
    pick.title = title;
    pick.placeholder = index.size ? 'Type words of the sentence (fuzzy match)' : 'No source sentences: check the sourceline.sources setting';
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    const update = () => {
      pick.items = engine().searchSources(index, pick.value, LISTED).map(({ sentence }) => toItem(sentence, like));
    };
    update();
    pick.onDidChangeValue(log.handler('searching the sources', update));
    pick.onDidAccept(
      log.handler('picking a source sentence', () => {
        // Enter pressed while the list of the last keystroke replaces the one shown may come with
        // no selection: the highlighted item is what the writer meant.
        resolve((pick.selectedItems[0] ?? pick.activeItems[0])?.sentence);
        pick.hide();
      }),
    );
    pick.onDidHide(
      log.handler('closing the source picker', () => {
        resolve(undefined);
        pick.dispose();
      }),
    );
    pick.show();
  });
}

function toItem(sentence: SourceSentence, like: vscode.Uri): SentenceItem {
  return {
    label: sentence.text.replace(/\s+/g, ' '),
    description: sentence.speakers.map((s) => s.name).join(', '),
    detail: `${vscode.workspace.asRelativePath(uriOf(sentence.path, like))}:${sentence.line}`,
    // The list is already ranked by fuse.js; VS Code's own filter must not hide any of it.
    alwaysShow: true,
    sentence,
  };
}
