/** The papers view: its tree, toolbar commands, progress and empty states. */

import * as vscode from 'vscode';
import * as count from '../counts';
import type { WorkspaceIndexService } from '../workspace-index-adapter';
import { EntryDecorationProvider } from './entry-decorations';
import { followCursor, revealCurrentPaper } from './follow-cursor';
import { PaperTreeProvider } from './paper-tree-provider';
import { REVEAL_ENTRY_COMMAND } from './tree-items';
import type { PaperSort, TreeNode } from './tree-model';
import { affectsTreeSettings, readTreeOptions, updateTreeSetting } from './tree-settings';

export const PAPERS_VIEW_ID = 'dailyPapers.papers';

/** Context keys for `when` clauses in package.json. */
const WORKSPACE_STATE_CONTEXT = 'dailyPapers.workspaceState';
const FILTERED_CONTEXT = 'dailyPapers.tree.filtered';

export interface PaperTree {
  readonly provider: PaperTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  readonly decorations: EntryDecorationProvider;
}

const SORTS: { sort: PaperSort; label: string; detail: string }[] = [
  { sort: 'votes', label: vscode.l10n.t('Votes'), detail: vscode.l10n.t('Most upvoted first') },
  { sort: 'digest', label: vscode.l10n.t('Digest Order'), detail: vscode.l10n.t('As listed in the digest') },
  { sort: 'title', label: vscode.l10n.t('Title'), detail: vscode.l10n.t('Alphabetically') },
];

export function registerPaperTree(context: vscode.ExtensionContext, service: WorkspaceIndexService): PaperTree {
  const provider = new PaperTreeProvider(service.index, readTreeOptions(''));
  const view = vscode.window.createTreeView(PAPERS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const decorations = new EntryDecorationProvider();

  const showState = () => {
    const filter = provider.options.filter.trim();
    const indexing = service.state === 'indexing';
    const empty = service.index.counts().days === 0;
    view.description = filter ? vscode.l10n.t('Filter: {0}', filter) : undefined;
    // A view alone in its container shows no description, so the message says that a filter is on.
    view.message = indexing && empty ? vscode.l10n.t('Indexing digests…') : filter ? filterMessage(filter, provider.model.shownPaperCount(), service.index.counts().papers) : undefined;
    void vscode.commands.executeCommand('setContext', WORKSPACE_STATE_CONTEXT, indexing && empty ? 'indexing' : empty ? 'empty' : 'ready');
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== '');
  };
  const refresh = (options?: Parameters<PaperTreeProvider['refresh']>[0]) => {
    provider.refresh(options);
    showState();
  };
  const setFilter = (filter: string) => refresh({ filter: filter.trim() });

  context.subscriptions.push(
    provider,
    view,
    decorations,
    vscode.window.registerFileDecorationProvider(decorations),
    service.onDidChange(() => refresh()),
    service.onDidChangeState(showState),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (affectsTreeSettings(event)) refresh(readTreeOptions(provider.options.filter));
    }),
    followCursor(view, provider),
    view.onDidExpandElement((event) => provider.setExpanded(event.element, true)),
    view.onDidCollapseElement((event) => provider.setExpanded(event.element, false)),
    vscode.commands.registerCommand('dailyPapers.tree.refresh', () => service.rebuild()),
    vscode.commands.registerCommand('dailyPapers.tree.sort', async () => {
      const current = provider.options.sortPapers;
      const picked = await vscode.window.showQuickPick(
        SORTS.map((each) => ({ ...each, description: each.sort === current ? vscode.l10n.t('(current)') : undefined })),
        { title: vscode.l10n.t('Sort Papers By'), placeHolder: vscode.l10n.t('Order of the papers within each day') },
      );
      if (picked) await updateTreeSetting('sortPapers', picked.sort);
    }),
    vscode.commands.registerCommand('dailyPapers.tree.filter', async (text?: string) => {
      const filter =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter Papers'),
              prompt: vscode.l10n.t('Show papers with these words in the title, an author’s name or the arXiv id'),
              placeHolder: vscode.l10n.t('e.g. diffusion Foster 2403.15371'),
              value: provider.options.filter,
            });
      if (filter !== undefined) setFilter(filter);
    }),
    vscode.commands.registerCommand('dailyPapers.tree.clearFilter', () => setFilter('')),
    vscode.commands.registerCommand('dailyPapers.tree.followCursor', () => updateTreeSetting('followCursor', true)),
    vscode.commands.registerCommand('dailyPapers.tree.unfollowCursor', () => updateTreeSetting('followCursor', false)),
    vscode.commands.registerCommand('dailyPapers.revealCurrentPaper', async () => {
      if (!(await revealCurrentPaper(view, provider, true))) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The cursor is not in a paper entry of an indexed digest.'));
      }
    }),
    vscode.commands.registerCommand(REVEAL_ENTRY_COMMAND, async (uri: string, line: number) => {
      const position = new vscode.Position(line, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), preview: true });
    }),
  );
  showState();
  return { provider, view, decorations };
}

function filterMessage(filter: string, shown: number, total: number): string {
  return shown === 0 ? vscode.l10n.t('No paper matches “{0}”.', filter) : vscode.l10n.t('Showing {0} of {1} matching “{2}”.', shown, count.papers(total), filter);
}
