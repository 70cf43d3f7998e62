/**
 * The workspace index's file system in the extension: `vscode.workspace.fs` and `findFiles`, so virtual
 * workspaces work. `findFiles` never answers on a file system without a search provider (an extension
 * API still proposed, so most virtual file systems have none): there the folder is walked with
 * `readDirectory` instead, once the search has not answered within a time limit.
 */

import * as vscode from 'vscode';
import type { FileFilter, WorkspaceFileSystem } from '../core/digest-service';

const YIELD_AFTER_MS = 20;
/** How long the search of a virtual file system may take before the folder is walked instead. */
export const SEARCH_TIME_LIMIT_MS = 3000;
/** Local and remote folders are searched by VS Code's own search (ripgrep), which always answers. */
const ALWAYS_SEARCHED = new Set(['file', 'vscode-remote']);

export class VsCodeFileSystem implements WorkspaceFileSystem {
  /** Schemes whose search did not answer in time: their folders are walked from then on. */
  private readonly unsearchable = new Set<string>();

  async findFiles(filter: FileFilter, under?: string): Promise<string[]> {
    const exclude = excludeGlob(filter.exclude);
    const found = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      let pattern: vscode.RelativePattern;
      let base = folder.uri;
      if (under === undefined) {
        pattern = new vscode.RelativePattern(folder, filter.include);
      } else {
        base = vscode.Uri.parse(under);
        if (vscode.workspace.getWorkspaceFolder(base)?.uri.toString() !== folder.uri.toString()) continue;
        pattern = new vscode.RelativePattern(base, '**/*');
      }
      const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
      let sliceStarted = Date.now();
      for (const uri of await this.filesUnder(base, pattern, exclude, root, filter)) {
        // Relative to the folder searched (no lookup of the folder per file); nested roots are rare and
        // only make a file's path longer, which the include and exclude globs handle like any other.
        const path = uri.path.startsWith(root) ? uri.path.slice(root.length) : null;
        if (path !== null && filter.matches(path)) found.add(uri.toString());
        // Tens of thousands of files: let commands and the UI in between.
        if (Date.now() - sliceStarted > YIELD_AFTER_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          sliceStarted = Date.now();
        }
      }
    }
    return [...found];
  }

  /** `findFiles`, or a walk of `base` when its file system's search does not answer (or fails). */
  private async filesUnder(base: vscode.Uri, pattern: vscode.RelativePattern, exclude: string | null, root: string, filter: FileFilter): Promise<readonly vscode.Uri[]> {
    if (ALWAYS_SEARCHED.has(base.scheme)) return vscode.workspace.findFiles(pattern, exclude);
    if (this.unsearchable.has(base.scheme)) return walkFolder(base, root, filter);
    const cancel = new vscode.CancellationTokenSource();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeUp = new Promise<'time-up'>((resolve) => (timer = setTimeout(() => resolve('time-up'), SEARCH_TIME_LIMIT_MS)));
    try {
      const answer = await Promise.race([Promise.resolve(vscode.workspace.findFiles(pattern, exclude, undefined, cancel.token)), timeUp]);
      if (answer !== 'time-up') return answer;
      this.unsearchable.add(base.scheme);
    } catch {
      // A file system whose search fails is walked as well.
    } finally {
      clearTimeout(timer);
      cancel.cancel();
      cancel.dispose();
    }
    return walkFolder(base, root, filter);
  }

  async readFile(uri: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
  }

  relativePath(uri: string): string | null {
    const parsed = vscode.Uri.parse(uri);
    const folder = vscode.workspace.getWorkspaceFolder(parsed);
    if (!folder) return null;
    const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    return parsed.path.startsWith(root) ? parsed.path.slice(root.length) : null;
  }
}

/**
 * One glob for `findFiles` to prune the search with. Patterns that contain braces or commas cannot be
 * nested in a `{…}` group; they are left to the filter, which checks every found file anyway.
 */
function excludeGlob(patterns: readonly string[]): string | null {
  const simple = patterns.filter((pattern) => !/[{},]/.test(pattern));
  if (!simple.length) return null;
  return simple.length === 1 ? simple[0] : `{${simple.join(',')}}`;
}

/**
 * The files under `base` that `filter` keeps, read with `readDirectory`; excluded folders are not entered,
 * linked folders are not followed (a link cannot make the walk loop), an unreadable folder is skipped.
 */
async function walkFolder(base: vscode.Uri, root: string, filter: FileFilter): Promise<vscode.Uri[]> {
  const found: vscode.Uri[] = [];
  const visit = async (folder: vscode.Uri): Promise<void> => {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch {
      return;
    }
    for (const [name, type] of entries) {
      const uri = vscode.Uri.joinPath(folder, name);
      const path = uri.path.startsWith(root) ? uri.path.slice(root.length) : name;
      if (type & vscode.FileType.Directory) {
        if (!(type & vscode.FileType.SymbolicLink) && !filter.excludesFolder(path)) await visit(uri);
      } else if (type & vscode.FileType.File && filter.matches(path)) {
        found.push(uri);
      }
    }
  };
  await visit(base);
  return found;
}
