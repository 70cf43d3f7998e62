/**
 * Commands on one paper or day: open on arXiv / as PDF / on Hugging Face, copy the id, a Markdown link or
 * BibTeX, go to a paper, open a day's digest. From the tree they get the node, from a card's link the id;
 * from the command palette they act on the paper under the cursor (a digest entry, or an arXiv link or
 * id in any Markdown file), and otherwise ask with a quick pick of every paper in the workspace.
 */

import * as vscode from 'vscode';
import { arxivAbsUrl, arxivPdfUrl, huggingFacePaperUrl, type IndexedPaper, isValidArxivId, markdownLink, type WorkspaceIndex } from '../core/digest-service';
import { digestService } from './digest-service';
import type { HostUi } from './host-ui';
import { newestEntry, paperAtCursor } from './paper-at-cursor';
import { pickPaper } from './paper-picker';
import type { TreeNode } from './tree/tree-model';

/** True while the cursor is on a paper with an arXiv id (for the editor's context menu). */
const PAPER_AT_CURSOR_CONTEXT = 'dailyPapers.paperAtCursor';

/** What a command acts on: a valid arXiv id, the entry (when the workspace holds one), or both. */
interface Target {
  id: string | null;
  paper: IndexedPaper | undefined;
}

export function registerPaperCommands(context: vscode.ExtensionContext, index: WorkspaceIndex, ui: HostUi): void {
  /** The node, the id of a card's link, or the paper under the cursor; undefined means "ask". */
  const targetOf = (argument: unknown): Target | undefined => {
    if (isTreeNode(argument)) return argument.kind === 'paper' ? { id: argument.paper.id, paper: argument.paper } : undefined;
    if (typeof argument === 'string' && isValidArxivId(argument)) return { id: argument, paper: newestEntry(index, argument) };
    return paperAtCursor(index, vscode.window.activeTextEditor);
  };
  const withTarget = (title: string, withIdOnly: boolean, action: (target: Target) => unknown) => async (argument?: unknown) => {
    const target = targetOf(argument) ?? (await pickTarget(title, withIdOnly));
    if (target) return action(target);
  };
  const pickTarget = async (title: string, withIdOnly: boolean): Promise<Target | undefined> => {
    const paper = await pickPaper(index, ui, title, withIdOnly);
    return paper && { id: paper.id, paper };
  };
  const withArxivId = (title: string, action: (id: string, target: Target) => unknown) =>
    withTarget(title, true, (target) => {
      if (target.id) return action(target.id, target);
      void vscode.window.showInformationMessage(target.paper ? vscode.l10n.t('“{0}” has no arXiv link.', target.paper.title) : vscode.l10n.t('This entry has no arXiv link.'));
    });
  const open = (url: string) => ui.openExternal(vscode.Uri.parse(url));
  let cursorOnPaper = false;
  const updateCursorContext = () => {
    const onPaper = Boolean(paperAtCursor(index, vscode.window.activeTextEditor)?.id);
    if (onPaper === cursorOnPaper) return;
    cursorOnPaper = onPaper;
    void vscode.commands.executeCommand('setContext', PAPER_AT_CURSOR_CONTEXT, onPaper);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeTextEditorSelection(updateCursorContext),
    vscode.window.onDidChangeActiveTextEditor(updateCursorContext),
    index.onDidChange(updateCursorContext),
    vscode.commands.registerCommand('dailyPapers.paper.openOnArxiv', withArxivId(vscode.l10n.t('Open Paper on arXiv'), (id) => open(arxivAbsUrl(id)))),
    vscode.commands.registerCommand('dailyPapers.paper.openPdf', withArxivId(vscode.l10n.t('Open Paper PDF'), (id) => open(arxivPdfUrl(id)))),
    vscode.commands.registerCommand('dailyPapers.paper.openOnHuggingFace', withArxivId(vscode.l10n.t('Open Paper on Hugging Face'), (id) => open(huggingFacePaperUrl(id)))),
    vscode.commands.registerCommand(
      'dailyPapers.paper.copyArxivId',
      withArxivId(vscode.l10n.t('Copy arXiv ID'), async (id) => {
        await vscode.env.clipboard.writeText(id);
        vscode.window.setStatusBarMessage(vscode.l10n.t('Copied arXiv ID {0}', id), 3000);
      }),
    ),
    vscode.commands.registerCommand(
      'dailyPapers.paper.copyBibtex',
      withArxivId(vscode.l10n.t('Copy BibTeX'), async (id, { paper }) => {
        if (!paper) {
          void vscode.window.showInformationMessage(vscode.l10n.t('arXiv {0} is not in the digests of this workspace: BibTeX needs its title and authors.', id));
          return;
        }
        await vscode.env.clipboard.writeText(digestService.bibtexEntry({ id, title: paper.title, authors: paper.authors, namesLeftOut: paper.namesLeftOut }));
        vscode.window.setStatusBarMessage(`Copied BibTeX for arXiv ${id}`, 3000);
      }),
    ),
    vscode.commands.registerCommand(
      'dailyPapers.paper.copyMarkdownLink',
      withTarget(vscode.l10n.t('Copy Markdown Link'), false, ({ id, paper }) =>
        vscode.env.clipboard.writeText(paper ? markdownLink(paper.title, paper.id, paper.url) : markdownLink(`arXiv ${id}`, id, null)),
      ),
    ),
    vscode.commands.registerCommand('dailyPapers.goToPaper', async () => {
      const paper = await pickPaper(index, ui, vscode.l10n.t('Go to Paper'), false);
      if (paper) await showEntry(paper);
    }),
    vscode.commands.registerCommand('dailyPapers.day.openDigest', async (node?: unknown) => {
      if (!isTreeNode(node) || node.kind !== 'day') return;
      const start = new vscode.Position(node.day.headingRange.start.line, 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(node.day.file.uri), { selection: new vscode.Range(start, start) });
    }),
  );
}

async function showEntry(paper: IndexedPaper): Promise<void> {
  const start = new vscode.Position(paper.line, 0);
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(paper.day.file.uri), { selection: new vscode.Range(start, start) });
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
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
