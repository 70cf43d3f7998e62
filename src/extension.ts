import * as vscode from 'vscode';
import { registerDigestContext } from './vscode/digest-context';

export function activate(context: vscode.ExtensionContext): void {
  registerDigestContext(context);
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions.
}
