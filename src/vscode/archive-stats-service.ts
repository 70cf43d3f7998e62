/** The archive stats of the workspace index, kept up to date file by file, for the Authors view and the overview. */

import * as vscode from 'vscode';
import type { ArchiveStats } from '../core/digest-service';
import { digestService } from './digest-service';
import type { WorkspaceIndexService } from './workspace-index-adapter';

export interface ArchiveStatsService {
  readonly stats: ArchiveStats;
  /** Fires after the figures changed (once per batch of index changes). */
  readonly onDidChange: vscode.Event<void>;
}

export function registerArchiveStats(context: vscode.ExtensionContext, service: WorkspaceIndexService): ArchiveStatsService {
  const changes = new vscode.EventEmitter<void>();
  const followed = digestService.followIndex(service.index, () => changes.fire());
  context.subscriptions.push(changes, followed);
  return { stats: followed.stats, onDidChange: changes.event };
}
