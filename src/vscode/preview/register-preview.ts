/** The preview's commands: Open Preview, Open Preview to the Side (editor, Papers view day nodes), Toggle Preview Lock. */

import * as vscode from 'vscode';
import { isDigestDocument } from '../digest-context';
import { PreviewManager } from './preview-manager';

export function registerPreview(context: vscode.ExtensionContext): PreviewManager {
  const manager = new PreviewManager(context.extensionUri);
  const open = (toSide: boolean) => async (target?: unknown) => {
    const found = await documentOf(target);
    if (!found) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Daily Papers digest first: its preview shows the papers as cards.'));
      return undefined;
    }
    return manager.show(found.document, { toSide, line: found.line });
  };
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('dailyPapers.preview.open', open(false)),
    vscode.commands.registerCommand('dailyPapers.preview.openToSide', open(true)),
    vscode.commands.registerCommand('dailyPapers.preview.toggleLock', () => manager.toggleLock()),
  );
  return manager;
}

/** The document to preview: a URI (editor title, Explorer), a day node of the Papers view, or the active editor. */
async function documentOf(target: unknown): Promise<{ document: vscode.TextDocument; line?: number } | undefined> {
  if (target instanceof vscode.Uri) return { document: await vscode.workspace.openTextDocument(target) };
  if (isDayNode(target)) {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.day.file.uri));
    return { document, line: target.day.headingRange.start.line };
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && isDigestDocument(editor.document)) return { document: editor.document };
  return undefined;
}

function isDayNode(value: unknown): value is { kind: 'day'; day: { file: { uri: string }; headingRange: { start: { line: number } } } } {
  if (typeof value !== 'object' || value === null) return false;
  const node = value as { kind?: unknown; day?: { file?: { uri?: unknown } } };
  return node.kind === 'day' && typeof node.day?.file?.uri === 'string';
}
