import * as vscode from 'vscode';
import { isDigest } from '../core/parser';

/** The context key that tells menus, keybindings and views whether the active editor shows a digest. */
export const IS_DIGEST_CONTEXT = 'dailyPapers.isDigest';

export function isDigestDocument(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && isDigest(document.getText());
}

export function registerDigestContext(context: vscode.ExtensionContext): void {
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', IS_DIGEST_CONTEXT, document ? isDigestDocument(document) : false);
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
  update();
}
