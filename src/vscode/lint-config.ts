/**
 * Lint settings for a document: `dailyPapers.lint.*` (resource scope) merged with the
 * `.dailypapers.json` at the root of the document's workspace folder, which wins. The file is read
 * with `vscode.workspace.fs` (virtual workspaces too), cached, and watched.
 */

import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, mergeRuleSettings, readConfigText, readRuleSettings, type ReadSettings, type RuleSettings } from '../core/digest-service';

export type LintRun = 'onType' | 'onSave';

export interface DocumentLintSettings {
  enabled: boolean;
  run: LintRun;
  rules: RuleSettings;
}

const NO_FILE: ReadSettings = { rules: {}, problems: [] };

export class LintConfiguration implements vscode.Disposable {
  private readonly files = new Map<string, Promise<ReadSettings>>();
  private readonly reported = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when a setting or a `.dailypapers.json` changes: every open digest is linted again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const forget = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME).toString() === uri.toString()) {
        this.files.delete(folder.uri.toString());
        this.changed.fire();
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(forget),
      watcher.onDidChange(forget),
      watcher.onDidDelete(forget),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('dailyPapers.lint')) this.changed.fire();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.changed.fire();
      }),
      this.changed,
    );
  }

  async forDocument(document: vscode.TextDocument): Promise<DocumentLintSettings> {
    const settings = vscode.workspace.getConfiguration('dailyPapers.lint', document.uri);
    const fromSettings = readRuleSettings(settings.get('rules'), 'dailyPapers.lint.rules');
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const fromFile = folder ? await this.readFile(folder) : NO_FILE;
    this.reportProblems([...fromSettings.problems, ...fromFile.problems]);
    return {
      enabled: settings.get<boolean>('enabled', true),
      run: settings.get<LintRun>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
      rules: mergeRuleSettings(fromSettings.rules, fromFile.rules),
    };
  }

  private readFile(folder: vscode.WorkspaceFolder): Promise<ReadSettings> {
    const key = folder.uri.toString();
    let pending = this.files.get(key);
    if (!pending) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      pending = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => readConfigText(new TextDecoder().decode(bytes), vscode.workspace.asRelativePath(uri)),
        () => NO_FILE,
      );
      this.files.set(key, pending);
    }
    return pending;
  }

  /** Each distinct problem once per session: a typo in a rule name should be seen, not repeated on every keystroke. */
  private reportProblems(problems: string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      void vscode.window.showWarningMessage(vscode.l10n.t('Daily Papers lint: {0}', problem));
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
