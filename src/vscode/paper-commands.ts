/**
 * Commands on one paper or day: open on arXiv / as PDF / on Hugging Face, copy the id or a Markdown link,
 * open a day's digest. From the tree they get the node; from the command palette they act on the
 * paper entry at the cursor.
 */

import * as vscode from 'vscode';
import { arxivAbsUrl, arxivPdfUrl, huggingFacePaperUrl } from '../core/arxiv';
import type { IndexedPaper } from '../core/index/records';
import type { WorkspaceIndex } from '../core/index/workspace-index';
import { markdownLink } from './tree/labels';
import type { TreeNode } from './tree/tree-model';

export function registerPaperCommands(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  const withPaper = (action: (paper: IndexedPaper) => unknown) => (node?: unknown) => {
    const paper = paperOf(node, index);
    if (paper) return action(paper);
    void vscode.window.showInformationMessage('Place the cursor in a paper entry of a digest, or pick a paper in the Daily Papers view.');
  };
  const withArxivId = (action: (id: string, paper: IndexedPaper) => unknown) =>
    withPaper((paper) => {
      if (paper.id) return action(paper.id, paper);
      void vscode.window.showInformationMessage(`“${paper.title}” has no arXiv link.`);
    });
  const open = (url: string) => vscode.env.openExternal(vscode.Uri.parse(url));

  context.subscriptions.push(
    vscode.commands.registerCommand('dailyPapers.paper.openOnArxiv', withArxivId((id) => open(arxivAbsUrl(id)))),
    vscode.commands.registerCommand('dailyPapers.paper.openPdf', withArxivId((id) => open(arxivPdfUrl(id)))),
    vscode.commands.registerCommand('dailyPapers.paper.openOnHuggingFace', withArxivId((id) => open(huggingFacePaperUrl(id)))),
    vscode.commands.registerCommand('dailyPapers.paper.copyArxivId', withArxivId((id) => vscode.env.clipboard.writeText(id))),
    vscode.commands.registerCommand('dailyPapers.paper.copyMarkdownLink', withPaper((paper) => vscode.env.clipboard.writeText(markdownLink(paper.title, paper.id, paper.url)))),
    vscode.commands.registerCommand('dailyPapers.day.openDigest', async (node?: unknown) => {
      if (!isTreeNode(node) || node.kind !== 'day') return;
      const start = new vscode.Position(node.day.headingRange.start.line, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(node.day.file.uri), { selection: new vscode.Range(start, start) });
    }),
  );
}

/** The paper of a tree node (of the Papers or the Authors view), or without one the paper entry at the cursor. */
export function paperOf(node: unknown, index: WorkspaceIndex): IndexedPaper | undefined {
  if (isTreeNode(node)) return node.kind === 'paper' ? node.paper : undefined;
  const editor = vscode.window.activeTextEditor;
  return editor ? (index.at(editor.document.uri.toString(), editor.selection.active.line)?.paper ?? undefined) : undefined;
}

function isTreeNode(value: unknown): value is TreeNode {
  return typeof value === 'object' && value !== null && 'kind' in value && 'id' in value;
}
