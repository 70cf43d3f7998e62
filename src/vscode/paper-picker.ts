/**
 * The quick pick of every paper in the workspace, for commands run with no paper under the cursor:
 * highest votes first; typing matches words of the title (label), the id (description) or an author's
 * name (detail). With no paper at all, it says so and offers New Digest.
 */

import * as vscode from 'vscode';
import { type IndexedPaper, paperChoices, type WorkspaceIndex } from '../core/digest-service';
import type { HostUi } from './host-ui';

interface PaperItem extends vscode.QuickPickItem {
  paper?: IndexedPaper;
}

export async function pickPaper(index: WorkspaceIndex, ui: HostUi, title: string, withIdOnly: boolean): Promise<IndexedPaper | undefined> {
  const pick = ui.createQuickPick<PaperItem>();
  pick.title = title;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.busy = true;
  pick.placeholder = vscode.l10n.t('Loading the papers of the workspace…');
  const chosen = new Promise<PaperItem | undefined>((resolve) => {
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
  });
  pick.show();
  await index.settle();
  const items: PaperItem[] = paperChoices(index.papers(), { withIdOnly });
  if (items.length) {
    pick.placeholder = vscode.l10n.t('Type words of a title, an author’s name or an arXiv ID');
  } else {
    pick.placeholder = withIdOnly ? vscode.l10n.t('No papers with an arXiv link in this workspace yet') : vscode.l10n.t('No papers in this workspace yet');
    items.push({ label: `$(new-file) ${vscode.l10n.t('New Digest…')}`, description: vscode.l10n.t('create a day’s digest'), alwaysShow: true });
  }
  pick.items = items;
  pick.busy = false;
  const item = await chosen;
  if (item && !item.paper) await vscode.commands.executeCommand('dailyPapers.newDigest');
  return item?.paper;
}
