/**
 * The parts of VS Code's UI that the paper commands reach through: opening a URL outside VS Code and
 * the quick pick. The extension uses one {@link HostUi} for both; the integration tests (through the
 * API `activate` returns) swap parts of it to see what would open, or what the pick offers, without
 * a browser or a person.
 */

import * as vscode from 'vscode';

export interface HostUiParts {
  openExternal(uri: vscode.Uri): Thenable<boolean>;
  createQuickPick<T extends vscode.QuickPickItem>(): vscode.QuickPick<T>;
}

const vscodeUi: HostUiParts = {
  openExternal: (uri) => vscode.env.openExternal(uri),
  createQuickPick: <T extends vscode.QuickPickItem>() => vscode.window.createQuickPick<T>(),
};

export class HostUi implements HostUiParts {
  private parts: HostUiParts = vscodeUi;

  openExternal(uri: vscode.Uri): Thenable<boolean> {
    return this.parts.openExternal(uri);
  }

  createQuickPick<T extends vscode.QuickPickItem>(): vscode.QuickPick<T> {
    return this.parts.createQuickPick<T>();
  }

  /** Uses `parts` instead of VS Code's own until the returned disposable is disposed. */
  replace(parts: Partial<HostUiParts>): vscode.Disposable {
    const previous = this.parts;
    this.parts = { ...previous, ...parts };
    return new vscode.Disposable(() => {
      this.parts = previous;
    });
  }
}
