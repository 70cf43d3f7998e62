/** The `dailyPapers.tree.*` settings. */

import * as vscode from 'vscode';
import type { PaperSort, TreeOptions } from './tree-model';

const SECTION = 'dailyPapers.tree';

export type DayOrder = 'newestFirst' | 'oldestFirst';

export function readTreeOptions(filter: string): TreeOptions {
  const settings = vscode.workspace.getConfiguration(SECTION);
  return {
    groupByMonth: settings.get<boolean>('groupByMonth', true),
    newestFirst: settings.get<DayOrder>('sortDays', 'newestFirst') !== 'oldestFirst',
    sortPapers: settings.get<PaperSort>('sortPapers', 'votes'),
    filter,
  };
}

export function followsCursor(): boolean {
  return vscode.workspace.getConfiguration(SECTION).get<boolean>('followCursor', false);
}

export function affectsTreeSettings(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration(SECTION);
}

/** Updates a tree setting where it is currently set (workspace or folder), else in the user settings. */
export async function updateTreeSetting(key: 'sortPapers' | 'followCursor', value: unknown): Promise<void> {
  const settings = vscode.workspace.getConfiguration(SECTION);
  const inspected = settings.inspect(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await settings.update(key, value, target);
}
