import * as vscode from 'vscode';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerDigestContext } from './vscode/digest-context';
import { registerFolding } from './vscode/folding';
import { registerNewDigest } from './vscode/new-digest';
import { registerPaperCommands } from './vscode/paper-commands';
import { registerPreview } from './vscode/preview/register-preview';
import type { PreviewManager } from './vscode/preview/preview-manager';
import { registerSymbols } from './vscode/symbols';
import { PAPERS_VIEW_ID, registerPaperTree, type PaperTree } from './vscode/tree/paper-tree';
import { registerWorkspaceIndex, type WorkspaceIndexService } from './vscode/workspace-index-adapter';

/** What `activate` returns: `vscode.extensions.getExtension(id).exports`, used by the integration tests. */
export interface DailyPapersApi {
  workspaceIndex: WorkspaceIndexService;
  paperTree: PaperTree;
  preview: PreviewManager;
}

export function activate(context: vscode.ExtensionContext): DailyPapersApi {
  registerDigestContext(context);
  const workspaceIndex = registerWorkspaceIndex(context, PAPERS_VIEW_ID);
  const paperTree = registerPaperTree(context, workspaceIndex);
  registerPaperCommands(context, workspaceIndex.index);
  registerNewDigest(context, workspaceIndex.index);
  registerSymbols(context, workspaceIndex);
  registerFolding(context);
  registerDiagnostics(context, { workspaceFacts: workspaceIndex.index, onDidChangeWorkspaceFacts: workspaceIndex.onDidChange });
  const preview = registerPreview(context);
  return { workspaceIndex, paperTree, preview };
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions.
}
