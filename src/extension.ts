import * as vscode from 'vscode';
import { registerArchiveStats, type ArchiveStatsService } from './vscode/archive-stats-service';
import { registerAuthorsView, type AuthorsView } from './vscode/authors/authors-view';
import { registerOverview, type Overview } from './vscode/overview/overview-panel';
import { registerCodeActions } from './vscode/code-actions';
import { registerDiagnostics } from './vscode/diagnostics';
import { registerDigestContext } from './vscode/digest-context';
import { registerFolding } from './vscode/folding';
import { HostUi } from './vscode/host-ui';
import { registerHover } from './vscode/hover';
import { registerHuggingFace } from './vscode/hugging-face';
import { registerLogger } from './vscode/logger';
import { registerNewDigest } from './vscode/new-digest';
import { registerPaperCommands } from './vscode/paper-commands';
import { registerPreview } from './vscode/preview/register-preview';
import type { PreviewManager } from './vscode/preview/preview-manager';
import { registerSymbols } from './vscode/symbols';
import { PAPERS_VIEW_ID, registerPaperTree, type PaperTree } from './vscode/tree/paper-tree';
import { registerWalkthrough } from './vscode/walkthrough';
import { registerWorkspaceIndex, type WorkspaceIndexService } from './vscode/workspace-index-adapter';

/** What `activate` returns: `vscode.extensions.getExtension(id).exports`, used by the integration tests. */
export interface DailyPapersApi {
  workspaceIndex: WorkspaceIndexService;
  paperTree: PaperTree;
  /** Where the paper commands open URLs and quick picks; tests replace parts of it. */
  hostUi: HostUi;
  archiveStats: ArchiveStatsService;
  authorsView: AuthorsView;
  overview: Overview;
  preview: PreviewManager;
}

export function activate(context: vscode.ExtensionContext): DailyPapersApi {
  registerLogger(context);
  registerDigestContext(context);
  const workspaceIndex = registerWorkspaceIndex(context, PAPERS_VIEW_ID);
  const paperTree = registerPaperTree(context, workspaceIndex);
  const hostUi = new HostUi();
  registerPaperCommands(context, workspaceIndex.index, hostUi);
  registerHover(context, workspaceIndex.index);
  const archiveStats = registerArchiveStats(context, workspaceIndex);
  const authorsView = registerAuthorsView(context, workspaceIndex, archiveStats);
  const overview = registerOverview(context, archiveStats, authorsView);
  registerNewDigest(context, workspaceIndex.index);
  registerHuggingFace(context, workspaceIndex.index);
  registerSymbols(context, workspaceIndex);
  registerFolding(context);
  const linter = registerDiagnostics(context, { workspaceFacts: workspaceIndex.index, onDidChangeWorkspaceFacts: workspaceIndex.onDidChange });
  registerCodeActions(context, linter);
  const preview = registerPreview(context);
  registerWalkthrough(context);
  return { workspaceIndex, paperTree, hostUi, archiveStats, authorsView, overview, preview };
}

export function deactivate(): void {
  // Every registration is a disposable in context.subscriptions.
}
