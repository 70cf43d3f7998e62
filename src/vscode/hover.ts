/**
 * Hover cards on arXiv links, written ids and digest paper headings in any Markdown file. The card is
 * the core's ({@link paperCard}); this adapter finds what is under the mouse and wraps the Markdown.
 * Nothing of ours for ordinary text, so other hover providers still show.
 */

import * as vscode from 'vscode';
import { CARD_COMMANDS, type CardOptions, type IndexedPaper, type WorkspaceIndex } from '../core/digest-service';
import { digestService } from './digest-service';
import { paperMentionAt } from './paper-at-cursor';
import { walkthroughEvent } from './walkthrough';

export function registerHover(context: vscode.ExtensionContext, index: WorkspaceIndex): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(
      { language: 'markdown' },
      {
        provideHover(document, position) {
          const mention = paperMentionAt(index, document, position);
          if (!mention) return undefined;
          const options = cardOptions(document.uri);
          walkthroughEvent('hovered');
          if (mention.paper) return new vscode.Hover(paperCardMarkdown(index, mention.paper, options), mention.range);
          if (mention.id) return new vscode.Hover(cardMarkdown(digestService.unknownPaperCard(mention.id, vscode.env.language)), mention.range);
          return undefined;
        },
      },
    ),
  );
}

/** The card of an indexed entry, with every day the workspace holds the paper on. */
export function paperCardMarkdown(index: WorkspaceIndex, paper: IndexedPaper, options: CardOptions): vscode.MarkdownString {
  const appearances = paper.id === null ? [paper] : index.papersById(paper.id);
  return cardMarkdown(digestService.paperCard(paper, appearances, options));
}

export function cardOptions(scope?: vscode.Uri): CardOptions {
  return { showThumbnail: vscode.workspace.getConfiguration('dailyPapers.hover', scope).get('showThumbnail', true), locale: vscode.env.language };
}

/** Card Markdown as VS Code renders it: no HTML, and only the card's own commands may run from its links. */
function cardMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, false);
  markdown.supportHtml = false;
  markdown.isTrusted = { enabledCommands: Object.values(CARD_COMMANDS) };
  return markdown;
}
