/** Turns tree nodes into `vscode.TreeItem`s: labels, descriptions, icons, click actions (paper tooltips are resolved lazily: see PaperTreeProvider). */

import * as vscode from 'vscode';
import { entryDecorationUri } from './entry-decorations';
import * as count from '../counts';
import { dayLabel, monthName, paperDescription, paperTitle } from '../../core/digest-service';
import type { DayNode, GroupNode, PaperNode, TreeNode } from './tree-model';

/** The command a click on a paper runs; internal, so not contributed to the command palette. */
export const REVEAL_ENTRY_COMMAND = 'dailyPapers.revealEntry';

/** `viewItem` values that menus select on (package.json `view/item/context`). */
const CONTEXT_VALUES = { day: 'day', paper: 'paper', arxivPaper: 'paper.arxiv' };

export function treeItemOf(node: TreeNode): vscode.TreeItem {
  switch (node.kind) {
    case 'paper':
      return paperItem(node);
    case 'day':
      return dayItem(node);
    default:
      return groupItem(node);
  }
}

function state(expanded: boolean): vscode.TreeItemCollapsibleState {
  return expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}

function groupItem(node: GroupNode): vscode.TreeItem {
  const label = node.kind === 'year' ? node.key : node.kind === 'month' ? monthName(node.key, vscode.env.language) : vscode.l10n.t('Undated');
  const item = new vscode.TreeItem(label, state(node.expanded));
  item.id = node.id;
  item.description = `${count.days(node.days.length)} · ${count.papers(node.paperCount)}`;
  return item;
}

function dayItem(node: DayNode): vscode.TreeItem {
  const { day } = node;
  const fileName = baseName(day.file.uri);
  const label = day.dateText === null ? fileName : dayLabel(day.dateText, day.date !== null, vscode.env.language);
  const item = new vscode.TreeItem(label, node.papers.length ? state(node.expanded) : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const votes = node.papers.reduce((sum, paper) => sum + (paper.votes ?? 0), 0);
  const description = localDayDescription(node.papers.length, day.papers.length, votes);
  item.description = node.sharesDate ? `${description} · ${fileName}` : description;
  item.tooltip = vscode.l10n.t('{0}, line {1}', vscode.workspace.asRelativePath(vscode.Uri.parse(day.file.uri)), day.headingRange.start.line + 1);
  item.iconPath = new vscode.ThemeIcon(day.dateText === null ? 'file' : 'calendar');
  item.contextValue = CONTEXT_VALUES.day;
  return item;
}

/** A paper as the Papers view shows it; the Authors view shows its papers the same way. */
export function paperItem(node: Pick<PaperNode, 'id' | 'paper'>): vscode.TreeItem {
  const { paper } = node;
  const item = new vscode.TreeItem(paperTitle(paper.title, vscode.env.language), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = paperDescription(paper.votes, paper.authors, vscode.env.language);
  item.iconPath = new vscode.ThemeIcon(paper.media === 'video' ? 'device-camera-video' : paper.media === 'image' ? 'file-media' : 'note');
  item.contextValue = paper.id ? CONTEXT_VALUES.arxivPaper : CONTEXT_VALUES.paper;
  item.resourceUri = entryDecorationUri(paper);
  item.command = { command: REVEAL_ENTRY_COMMAND, title: vscode.l10n.t('Reveal in Editor'), arguments: [paper.day.file.uri, paper.line] };
  item.accessibilityInformation = { label: `${paperTitle(paper.title, vscode.env.language)}, ${item.description}` };
  return item;
}

function baseName(uri: string): string {
  const path = vscode.Uri.parse(uri).path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `13 papers · ▲110`, or `2 of 13 papers · ▲30` under a filter, in the display language. */
function localDayDescription(shown: number, total: number, votes: number): string {
  const papers = shown === total ? count.papers(total) : vscode.l10n.t('{0} of {1}', shown, count.papers(total));
  return votes > 0 ? `${papers} · ▲${votes}` : papers;
}
