/** The `TreeDataProvider` of the papers view over {@link PaperTreeModel}. */

import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../../core/digest-service';
import { cardOptions, paperCardMarkdown } from '../hover';
import { treeItemOf } from './tree-items';
import { PaperTreeModel, type PaperNode, type TreeNode, type TreeOptions } from './tree-model';

export class PaperTreeProvider implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  readonly model: PaperTreeModel;
  /**
   * Expanded (true) or collapsed (false) as the user left them, by node id. VS Code forgets the state of
   * nodes that leave the tree, as every node does while a filter is on (filtered nodes have ids of their
   * own): without this, clearing the filter would collapse everything back to the defaults.
   */
  private readonly expansion = new Map<string, boolean>();

  constructor(
    private readonly index: WorkspaceIndex,
    options: TreeOptions,
  ) {
    this.model = new PaperTreeModel(index, options);
  }

  get options(): Readonly<TreeOptions> {
    return this.model.treeOptions;
  }

  /** Redraws the whole tree from the index, with new options if given. */
  refresh(options?: Partial<TreeOptions>): void {
    this.model.reset({ ...this.model.treeOptions, ...options });
    this.changes.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return this.model.children(node);
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.model.parent(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = treeItemOf(node);
    const expanded = this.expansion.get(node.id);
    if (expanded !== undefined && item.collapsibleState !== vscode.TreeItemCollapsibleState.None) {
      item.collapsibleState = expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    }
    return item;
  }

  /** Remembers that the user expanded or collapsed a node (TreeView.onDidExpandElement / onDidCollapseElement). */
  setExpanded(node: TreeNode, expanded: boolean): void {
    if (node.kind !== 'paper') this.expansion.set(node.id, expanded);
  }

  resolveTreeItem(item: vscode.TreeItem, node: TreeNode): vscode.TreeItem {
    if (node.kind === 'paper') item.tooltip = paperCardMarkdown(this.index, node.paper, cardOptions(vscode.Uri.parse(node.paper.day.file.uri)));
    return item;
  }

  /** The node of the paper entry at a line of a file, when the tree shows it. */
  paperNodeAt(uri: string, line: number): PaperNode | undefined {
    const paper = this.index.at(uri, line)?.paper;
    return paper ? this.model.paperNode(paper) : undefined;
  }

  dispose(): void {
    this.changes.dispose();
  }
}
