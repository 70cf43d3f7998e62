import * as vscode from 'vscode';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerDigestContext } from './vscode/digest-context';
import { registerFolding } from './vscode/folding';
import { registerLogger } from './vscode/logger';
import { registerNewDigest } from './vscode/new-digest';
import { registerPaperCommands } from './vscode/paper-commands';
import { registerSymbols } from './vscode/symbols';
import { PAPERS_VIEW_ID, registerPaperTree, type PaperTree } from './vscode/tree/paper-tree';
import { registerWorkspaceIndex, type WorkspaceIndexService } from './vscode/workspace-index-adapter';

/** What `activate` returns: `vscode.extensions.getExtension(id).exports`, used by the integration tests. */
export interface DailyPapersApi {
  workspaceIndex: WorkspaceIndexService;
  paperTree: PaperTree;
}

export function activate(context: vscode.ExtensionContext): DailyPapersApi {
  registerLogger(context);
  registerDigestContext(context);
  const workspaceIndex = registerWorkspaceIndex(context, PAPERS_VIEW_ID);
  const paperTree = registerPaperTree(context, workspaceIndex);
  registerPaperCommands(context, workspaceIndex.index);
  registerNewDigest(context, workspaceIndex.index);
  registerSymbols(context, workspaceIndex);
  registerFolding(context);
  registerDiagnostics(context, { workspaceFacts: workspaceIndex.index, onDidChangeWorkspaceFacts: workspaceIndex.onDidChange });
  return { workspaceIndex, paperTree };
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions.
}
