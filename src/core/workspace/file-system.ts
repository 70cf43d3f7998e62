/**
 * What the workspace index needs from a file system. The extension implements it over
 * `vscode.workspace.fs` and `findFiles`, the CLI and the benchmark over Node's `fs`, the tests in memory.
 * Files are named by URI strings (`file:///…`, or any scheme of a virtual workspace).
 */

import type { FileFilter } from './file-filter';

export interface WorkspaceFileSystem {
  /**
   * Files under the workspace roots that the filter accepts. `under` (a folder URI) narrows the search
   * to one folder, for a folder that was created or renamed.
   */
  findFiles(filter: FileFilter, under?: string): Promise<string[]>;
  /** The file's bytes; rejects when it cannot be read (deleted, a folder, no permission). */
  readFile(uri: string): Promise<Uint8Array>;
  /** The path relative to the workspace root that holds the file (`/`-separated), or null outside every root. */
  relativePath(uri: string): string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** UTF-8 with invalid bytes as U+FFFD; a byte order mark is dropped, as editors do. */
export function decodeText(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}
