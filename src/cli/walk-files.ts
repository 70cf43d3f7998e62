/** The one walk over Node's file system, for the CLI's paths and the workspace index's NodeFileSystem. */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface WalkOptions {
  /** Whether to go into a folder, given its path relative to the start (forward slashes) and its name. */
  enter(relativePath: string, name: string): boolean;
  /** A folder that could not be read (the walk goes on without it). */
  onError?(relativePath: string, error: unknown): void;
}

/**
 * The files under `folder`, as paths relative to it with forward slashes, depth first in sorted order.
 * Symbolic links are listed like files and never followed, so a link cannot make the walk loop.
 */
export function walkFiles(folder: string, options: WalkOptions): string[] {
  const files: string[] = [];
  const visit = (relativePath: string) => {
    let entries;
    try {
      entries = readdirSync(relativePath ? join(folder, relativePath) : folder, { withFileTypes: true });
    } catch (error) {
      options.onError?.(relativePath, error);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = relativePath ? `${relativePath}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (options.enter(path, entry.name)) visit(path);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(path);
      }
    }
  };
  visit('');
  return files;
}
