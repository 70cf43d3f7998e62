/** The workspace index's file system in the extension: `vscode.workspace.fs` and `findFiles`, so virtual workspaces work. */

import * as vscode from 'vscode';
import type { FileFilter, WorkspaceFileSystem } from '../core/digest-service';

const YIELD_AFTER_MS = 20;

export class VsCodeFileSystem implements WorkspaceFileSystem {
  async findFiles(filter: FileFilter, under?: string): Promise<string[]> {
    const exclude = excludeGlob(filter.exclude);
    const found = new Set<string>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      let pattern: vscode.RelativePattern;
      if (under === undefined) {
        pattern = new vscode.RelativePattern(folder, filter.include);
      } else {
        const base = vscode.Uri.parse(under);
        if (vscode.workspace.getWorkspaceFolder(base)?.uri.toString() !== folder.uri.toString()) continue;
        pattern = new vscode.RelativePattern(base, '**/*');
      }
      const root = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
      let sliceStarted = Date.now();
      for (const uri of await vscode.workspace.findFiles(pattern, exclude)) {
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
