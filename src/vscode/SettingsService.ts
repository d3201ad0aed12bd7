import * as vscode from 'vscode';
import { parseSettings, SETTINGS_SECTION, settingsSchema, type Settings } from '../config/settings';
import type { Logger } from './Logger';

/**
 * The validated settings of each workspace folder, read on first use and again after a change.
 * An invalid value is reported once (a warning naming the setting) and its default is used.
 */
export class SettingsService implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;

  /** Fires after a `sourceline.*` setting changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: Logger) {
    this.subscription = vscode.workspace.onDidChangeConfiguration(
      log.handler('reading changed settings', (event: vscode.ConfigurationChangeEvent) => {
        if (!event.affectsConfiguration(SETTINGS_SECTION)) return;
        this.cache.clear();
        this.changed.fire();
      }),
    );
  }

  /** The settings that apply to `uri` (its workspace folder's), or the window's without one. */
  get(uri?: vscode.Uri): Settings {
    const folder = uri && vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let settings = this.cache.get(key);
    if (!settings) {
      settings = this.read(folder?.uri);
      this.cache.set(key, settings);
    }
    return settings;
  }

  private read(scope: vscode.Uri | undefined): Settings {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
    const raw = Object.fromEntries(Object.keys(settingsSchema.shape).map((key) => [key, config.get(key)]));
    const { settings, problems } = parseSettings(raw);
    for (const problem of problems) this.log.warnOnce(`setting ${problem}`, `invalid setting ${problem}`);
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
