/** "Reveal Current Paper": selects the paper under the editor's cursor in the tree, on demand or as the cursor moves. */

import * as vscode from 'vscode';
import type { PaperTreeProvider } from './paper-tree-provider';
import type { TreeNode } from './tree-model';
import { followsCursor } from './tree-settings';

const FOLLOW_DELAY_MS = 150;

/** Reveals the paper at the active editor's cursor; returns false when the cursor is not in an indexed paper. */
export async function revealCurrentPaper(view: vscode.TreeView<TreeNode>, provider: PaperTreeProvider, focus: boolean): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const node = provider.paperNodeAt(editor.document.uri.toString(), editor.selection.active.line);
  if (!node) return false;
  await view.reveal(node, { select: true, focus, expand: false });
  return true;
}

export function followCursor(view: vscode.TreeView<TreeNode>, provider: PaperTreeProvider): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (view.visible && followsCursor()) revealCurrentPaper(view, provider, false).catch(() => undefined);
    }, FOLLOW_DELAY_MS);
  };
  const subscriptions = [vscode.window.onDidChangeTextEditorSelection(schedule), vscode.window.onDidChangeActiveTextEditor(schedule)];
  return {
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
    },
  };
}
