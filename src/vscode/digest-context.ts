import * as vscode from 'vscode';
import { isDigest } from '../core/digest-service';

/** The context key that tells menus, keybindings and views whether the active editor shows a digest. */
export const IS_DIGEST_CONTEXT = 'dailyPapers.isDigest';

/**
 * Returns the value the extension last gave to the context key. For integration tests: VS Code
 * has no API to read a context key back. Not contributed, so it is not in the command palette.
 */
export const IS_DIGEST_ACTIVE_COMMAND = 'dailyPapers.internal.isDigestActive';

export function isDigestDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && isDigest(document.getText());
}

export function registerDigestContext(context: vscode.ExtensionContext): void {
  let isDigestActive = false;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    isDigestActive = document ? isDigestDocument(document) : false;
    void vscode.commands.executeCommand('setContext', IS_DIGEST_CONTEXT, isDigestActive);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(IS_DIGEST_ACTIVE_COMMAND, () => isDigestActive),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
  update();
}
