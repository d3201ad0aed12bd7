import * as vscode from 'vscode';
import type { DraftAnalyzer, DraftText } from './DraftAnalyzer';
import { findFolderFiles } from './findFolderFiles';
import type { Logger } from './Logger';
import type { Problems } from './Problems';
import { readWorkspaceText } from './readWorkspaceText';
import type { SettingsService } from './SettingsService';

/** What a workspace check did. */
export interface WorkspaceCheck {
  drafts: number;
  findings: number;
}

/**
 * Checks every draft matching `sourceline.drafts` in every workspace folder (walked, in a virtual
 * workspace) and fills the Problems panel; open documents are checked as edited, other files as
 * saved on disk. Files over the size limit or not readable as text are skipped and reported once.
 */
export async function checkWorkspace(
  analyzer: DraftAnalyzer,
  problems: Problems,
  settings: SettingsService,
  log: Logger,
  token: vscode.CancellationToken,
): Promise<WorkspaceCheck> {
  const files = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const uri of await findFolderFiles(folder, settings.get(folder.uri).drafts, '**/node_modules/**', token)) files.set(uri.toString(), uri);
  }
  const done: WorkspaceCheck = { drafts: 0, findings: 0 };
  for (const uri of files.values()) {
    if (token.isCancellationRequested) break;
    const text = await draftText(uri, settings, log);
    const analysis = text && (await log.guard(`checking ${vscode.workspace.asRelativePath(uri)}`, () => analyzer.analyze(text), undefined));
    if (!analysis) continue;
    await problems.publish(analysis);
    done.drafts++;
    done.findings += analysis.result.findings.length;
  }
  log.info(`checked ${done.drafts} draft(s) in the workspace: ${done.findings} finding(s)`);
  return done;
}

async function draftText(uri: vscode.Uri, settings: SettingsService, log: Logger): Promise<DraftText | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  const read = await readWorkspaceText(uri, settings.get(uri).maxFileSizeKB);
  if (read.problem !== undefined) {
    log.warnOnce(`draft ${uri.toString()}`, `skipped the draft ${vscode.workspace.asRelativePath(uri)}: ${read.problem}`);
    return undefined;
  }
  return { uri, version: -1, languageId: /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext', getText: () => read.text };
}
