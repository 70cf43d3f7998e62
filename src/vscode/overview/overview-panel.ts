/** "Daily Papers: Show Overview": the archive's figures in a webview, redrawn when digests change. */

import * as vscode from 'vscode';
import { OVERVIEW_TOP_AUTHORS, OVERVIEW_TOP_PAPERS, overviewBody, readOverviewMessage } from '../../core/digest-service';
import type { ArchiveStatsService } from '../archive-stats-service';
import type { AuthorsView } from '../authors/authors-view';
import { REVEAL_ENTRY_COMMAND } from '../tree/tree-items';
import { webviewHtml, webviewOptions } from '../webview/webview-page';

export const OVERVIEW_VIEW_TYPE = 'dailyPapers.overview';
const title = () => vscode.l10n.t('Daily Papers Overview');

export interface Overview {
  /** The open panel, if any (for tests). */
  readonly panel: vscode.WebviewPanel | undefined;
  /** How many times the page was drawn (for tests: it is redrawn when digests change). */
  readonly renders: number;
  show(): void;
}

export function registerOverview(context: vscode.ExtensionContext, archive: ArchiveStatsService, authors: AuthorsView): Overview {
  let panel: vscode.WebviewPanel | undefined;
  let renders = 0;
  /** The month whose top papers the page shows, as the user last picked it. */
  let selectedMonth: string | undefined;

  const render = () => {
    if (!panel) return;
    renders++;
    panel.webview.html = webviewHtml(panel.webview, context.extensionUri, {
      title: title(),
      stylesheets: ['overview.css'],
      scripts: ['overview.js'],
      bodyHtml: overviewBody(archive.stats, selectedMonth, vscode.env.language),
    });
  };

  const onMessage = async (value: unknown) => {
    if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'select-month') {
      const month = (value as { month?: unknown }).month;
      if (typeof month === 'string' && /^\d{4}-\d{2}$/.test(month)) selectedMonth = month;
      return;
    }
    const message = readOverviewMessage(value);
    if (message?.type === 'open-paper') {
      const paper = archive.stats.top(OVERVIEW_TOP_PAPERS, message.month)[message.rank];
      if (paper) await vscode.commands.executeCommand(REVEAL_ENTRY_COMMAND, paper.day.file.uri, paper.line);
    } else if (message?.type === 'reveal-author') {
      const author = archive.stats.authors({ limit: OVERVIEW_TOP_AUTHORS })[message.rank];
      if (author) await authors.reveal(author.name);
    }
  };

  const show = () => {
    if (panel) {
      panel.reveal();
      return;
    }
    panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, title(), vscode.ViewColumn.Active, webviewOptions(context.extensionUri));
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'daily-papers.svg');
    const subscriptions = [panel.webview.onDidReceiveMessage(onMessage), archive.onDidChange(render)];
    panel.onDidDispose(() => {
      for (const each of subscriptions) each.dispose();
      panel = undefined;
    });
    render();
  };

  context.subscriptions.push(vscode.commands.registerCommand('dailyPapers.showOverview', show), { dispose: () => void panel?.dispose() });
  return {
    get panel() {
      return panel;
    },
    get renders() {
      return renders;
    },
    show,
  };
}
