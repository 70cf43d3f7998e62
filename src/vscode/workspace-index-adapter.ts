/**
 * Runs the core workspace index in the extension: files through `vscode.workspace.fs` and `findFiles`
 * (so virtual workspaces work), settings, file watchers, explorer operations and unsaved editors.
 */

import * as vscode from 'vscode';
import { createFileFilter, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, type FileFilter, type IndexChange, type WorkspaceIndex } from '../core/digest-service';
import { digestService } from './digest-service';

export type IndexState = 'indexing' | 'ready';

export interface WorkspaceIndexService {
  readonly index: WorkspaceIndex;
  /** Fires after each batch of index changes (for the tree and the cross-file lint rules). */
  readonly onDidChange: vscode.Event<IndexChange>;
  readonly onDidChangeState: vscode.Event<IndexState>;
  readonly state: IndexState;
  /** Resolves when the first indexing of the workspace is done. */
  readonly ready: Promise<void>;
  /** Indexes the workspace again from scratch, with progress in the papers view. */
  rebuild(): Promise<void>;
}


function isDirtyInEditor(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.workspace.textDocuments.some((document) => document.isDirty && document.uri.toString() === key);
}

/** `dailyPapers.files.include`/`exclude` plus the enabled patterns of the user's `files.exclude`. */
export function fileFilterFromSettings(): FileFilter {
  const settings = vscode.workspace.getConfiguration('dailyPapers.files');
  const include = settings.get<string>('include', DEFAULT_INCLUDE);
  const exclude = settings.get<string[]>('exclude', [...DEFAULT_EXCLUDE]);
  const filesExclude = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {});
  const enabled = Object.entries(filesExclude)
    .filter(([, value]) => value === true)
    .map(([pattern]) => pattern);
  return createFileFilter(include, [...exclude, ...enabled]);
}

export function registerWorkspaceIndex(context: vscode.ExtensionContext, progressViewId: string): WorkspaceIndexService {
  const index = digestService.createIndex({ filter: fileFilterFromSettings() });
  const changes = new vscode.EventEmitter<IndexChange>();
  const states = new vscode.EventEmitter<IndexState>();
  let state: IndexState = 'indexing';
  let watchers: vscode.Disposable[] = [];

  const setState = (next: IndexState) => {
    state = next;
    states.fire(next);
  };
  const indexWithProgress = async (work: () => Promise<void>): Promise<void> => {
    setState('indexing');
    try {
      await vscode.window.withProgress({ location: { viewId: progressViewId }, title: vscode.l10n.t('Indexing digests') }, work);
    } finally {
      if (!index.isBuilding) setState('ready');
    }
  };
  const rebuild = () => indexWithProgress(() => index.build());
  const watch = () => {
    for (const watcher of watchers) watcher.dispose();
    watchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, index.fileFilter.include));
      watcher.onDidCreate((uri) => index.fileCreated(uri.toString()));
      watcher.onDidChange((uri) => {
        if (!isDirtyInEditor(uri)) index.clearEditorText(uri.toString());
        index.fileChanged(uri.toString());
      });
      watcher.onDidDelete((uri) => index.fileDeleted(uri.toString()));
      return watcher;
    });
  };
  const reconfigure = () => {
    void indexWithProgress(() => index.setFilter(fileFilterFromSettings()));
    watch();
  };

  context.subscriptions.push(
    index,
    changes,
    states,
    { dispose: () => watchers.forEach((watcher) => void watcher.dispose()) },
    index.onDidChange((change) => changes.fire(change)),
    // Explorer operations on folders, which the file watchers (on the include glob) do not report.
    vscode.workspace.onDidCreateFiles((event) => event.files.forEach((uri) => index.fileCreated(uri.toString()))),
    vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => index.fileDeleted(uri.toString()))),
    vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri, newUri }) => index.fileRenamed(oldUri.toString(), newUri.toString()))),
    // Unsaved contents override the disk until saved, reverted or closed (VS Code closes documents long
    // after their editors). The dirty flag may change after the content event, in an event of its own.
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (contentChanges.length) index.setEditorText(document.uri.toString(), () => document.getText());
      else if (!document.isDirty) index.clearEditorText(document.uri.toString());
    }),
    vscode.workspace.onDidSaveTextDocument((document) => index.clearEditorText(document.uri.toString())),
    vscode.workspace.onDidCloseTextDocument((document) => index.clearEditorText(document.uri.toString())),
    vscode.workspace.onDidChangeWorkspaceFolders(reconfigure),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('dailyPapers.files') || event.affectsConfiguration('files.exclude')) reconfigure();
    }),
  );

  watch();
  // Off the activation path: activation returns while the first indexing runs.
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(async () => {
    for (const document of vscode.workspace.textDocuments) {
      if (document.isDirty) index.setEditorText(document.uri.toString(), () => document.getText());
    }
    await rebuild();
  });

  return {
    index,
    onDidChange: changes.event,
    onDidChangeState: states.event,
    get state() {
      return state;
    },
    ready,
    rebuild,
  };
}
