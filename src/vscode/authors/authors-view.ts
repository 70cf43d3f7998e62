/** The Authors view: who appears most across the digests, each author expanding to their papers. */

import * as vscode from 'vscode';
import { authorKeysOf, type AuthorSort, dayLabel, type WorkspaceIndex } from '../../core/digest-service';
import type { ArchiveStatsService } from '../archive-stats-service';
import { paperOf } from '../paper-commands';
import * as count from '../counts';
import { cardOptions, paperCardMarkdown } from '../hover';
import { paperItem } from '../tree/tree-items';
import type { WorkspaceIndexService } from '../workspace-index-adapter';
import { AUTHORS_PAGE, AuthorTreeModel, type AuthorTreeNode, type AuthorTreeOptions } from './author-tree-model';

export const AUTHORS_VIEW_ID = 'dailyPapers.authors';
export const REVEAL_AUTHOR_COMMAND = 'dailyPapers.authors.reveal';
const SHOW_MORE_COMMAND = 'dailyPapers.authors.showMore';
const FILTERED_CONTEXT = 'dailyPapers.authors.filtered';
const SORT_STATE_KEY = 'dailyPapers.authors.sort';

const SORTS: { sort: AuthorSort; label: string; detail: string }[] = [
  { sort: 'papers', label: vscode.l10n.t('Papers'), detail: vscode.l10n.t('Most papers first, then most votes') },
  { sort: 'votes', label: vscode.l10n.t('Votes'), detail: vscode.l10n.t('Most votes first, then most papers') },
];

export class AuthorTreeProvider implements vscode.TreeDataProvider<AuthorTreeNode>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<AuthorTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;

  constructor(
    readonly model: AuthorTreeModel,
    private readonly index: WorkspaceIndex,
  ) {}

  refresh(options?: Partial<AuthorTreeOptions>): void {
    this.model.reset({ ...this.model.treeOptions, ...options });
    this.changes.fire(undefined);
  }

  showMore(): void {
    this.model.showMore();
    this.changes.fire(undefined);
  }

  getChildren(node?: AuthorTreeNode): AuthorTreeNode[] {
    return this.model.children(node);
  }

  getParent(node: AuthorTreeNode): AuthorTreeNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: AuthorTreeNode): vscode.TreeItem {
    if (node.kind === 'paper') {
      const item = paperItem(node);
      const date = node.paper.day.date;
      if (date) item.description = `${dayLabel(date, true, vscode.env.language)} · ${item.description as string}`;
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(vscode.l10n.t('Show {0} more…', Math.min(AUTHORS_PAGE, node.total - node.shown)), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = vscode.l10n.t('{0} of {1}', node.shown, count.authors(node.total));
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      item.command = { command: SHOW_MORE_COMMAND, title: vscode.l10n.t('Show More Authors') };
      return item;
    }
    const { name, papers, votes } = node.author;
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = `${count.papers(papers)} · ▲${votes}`;
    item.iconPath = new vscode.ThemeIcon('person');
    item.contextValue = 'author';
    item.tooltip = `${name}: ${count.papers(papers)}, ${count.votes(votes)}`;
    item.accessibilityInformation = { label: `${name}, ${count.papers(papers)}, ${count.votes(votes)}` };
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, node: AuthorTreeNode): vscode.TreeItem {
    // The same card as the Papers view's tooltip and the editor's hover.
    if (node.kind === 'paper') item.tooltip = paperCardMarkdown(this.index, node.paper, cardOptions(vscode.Uri.parse(node.paper.day.file.uri)));
    return item;
  }

  dispose(): void {
    this.changes.dispose();
  }
}

export interface AuthorsView {
  readonly provider: AuthorTreeProvider;
  readonly view: vscode.TreeView<AuthorTreeNode>;
  /** Shows the author in the view, expanded; false when no author of that name is counted. */
  reveal(name: string): Promise<boolean>;
  /** Sorts the authors (remembered for the workspace). */
  sortBy(sort: AuthorSort): Promise<void>;
}

export function registerAuthorsView(context: vscode.ExtensionContext, service: WorkspaceIndexService, archive: ArchiveStatsService): AuthorsView {
  const sort = context.workspaceState.get<AuthorSort>(SORT_STATE_KEY) === 'votes' ? 'votes' : 'papers';
  const provider = new AuthorTreeProvider(new AuthorTreeModel(archive.stats, { sort, filter: '' }), service.index);
  const view = vscode.window.createTreeView(AUTHORS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });

  const showState = () => {
    const { filter, sort: current } = provider.model.treeOptions;
    view.description = filter ? vscode.l10n.t('Filter: {0}', filter) : current === 'votes' ? vscode.l10n.t('by votes') : vscode.l10n.t('by papers');
    view.message = filter ? filterMessage(filter, provider.model.matchingCount(), archive.stats.authorCount) : undefined;
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, filter !== '');
  };
  const refresh = (options?: Partial<AuthorTreeOptions>) => {
    provider.refresh(options);
    showState();
  };

  const reveal = async (name: string): Promise<boolean> => {
    let node = provider.model.authorNode(name);
    if (!node && provider.model.treeOptions.filter) {
      refresh({ filter: '' });
      node = provider.model.authorNode(name);
    }
    if (!node) return false;
    provider.refresh();
    node = provider.model.authorNode(name);
    if (!node) return false;
    await view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  };

  const sortBy = async (sort: AuthorSort) => {
    await context.workspaceState.update(SORT_STATE_KEY, sort);
    refresh({ sort });
  };

  context.subscriptions.push(
    provider,
    view,
    archive.onDidChange(() => refresh()),
    vscode.commands.registerCommand(SHOW_MORE_COMMAND, () => provider.showMore()),
    vscode.commands.registerCommand('dailyPapers.authors.sort', async () => {
      const current = provider.model.treeOptions.sort;
      const picked = await vscode.window.showQuickPick(
        SORTS.map((each) => ({ ...each, description: each.sort === current ? vscode.l10n.t('(current)') : undefined })),
        { title: vscode.l10n.t('Sort Authors By'), placeHolder: vscode.l10n.t('Order of the authors') },
      );
      if (picked) await sortBy(picked.sort);
    }),
    vscode.commands.registerCommand('dailyPapers.authors.filter', async (text?: string) => {
      const filter =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter Authors'),
              prompt: vscode.l10n.t('Show authors whose name contains these words'),
              placeHolder: vscode.l10n.t('e.g. Zhang'),
              value: provider.model.treeOptions.filter,
            });
      if (filter !== undefined) refresh({ filter: filter.trim() });
    }),
    vscode.commands.registerCommand('dailyPapers.authors.clearFilter', () => refresh({ filter: '' })),
    vscode.commands.registerCommand(REVEAL_AUTHOR_COMMAND, async (name?: unknown) => {
      if (typeof name === 'string' && !(await reveal(name))) void vscode.window.showInformationMessage(vscode.l10n.t('No paper lists “{0}” as an author.', name));
    }),
    vscode.commands.registerCommand('dailyPapers.paper.showAuthorPapers', async (node?: unknown) => {
      const paper = paperOf(node, service.index);
      if (!paper) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Place the cursor in a paper entry of a digest, or pick a paper in the Daily Papers views.'));
        return;
      }
      const names = authorKeysOf(paper);
      if (!names.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” lists no authors.', paper.title));
        return;
      }
      const name =
        names.length === 1
          ? names[0]
          : (
              await vscode.window.showQuickPick(
                names.map((each) => {
                  const figures = archive.stats.author(each);
                  return { label: each, description: figures ? `${count.papers(figures.papers)} · ▲${figures.votes}` : undefined };
                }),
                { title: vscode.l10n.t('Show Author’s Papers: {0}', paper.title), placeHolder: vscode.l10n.t('Pick an author of this paper') },
              )
            )?.label;
      if (name && !(await reveal(name))) void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” has no paper in a dated day section.', name));
    }),
  );
  showState();
  return { provider, view, reveal, sortBy };
}

function filterMessage(filter: string, shown: number, total: number): string {
  return shown === 0 ? vscode.l10n.t('No author matches “{0}”.', filter) : vscode.l10n.t('Showing {0} of {1} matching “{2}”.', shown, count.authors(total), filter);
}
