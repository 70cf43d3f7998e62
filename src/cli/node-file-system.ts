/** The workspace index's file system over Node's `fs`, for the CLI and the benchmark (never the extension). */

import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileFilter } from '../core/workspace/file-filter';
import type { WorkspaceFileSystem } from '../core/workspace/file-system';

interface Root {
  path: string;
  uri: string;
}

export class NodeFileSystem implements WorkspaceFileSystem {
  private readonly roots: Root[];

  /** `roots` are folders; files are named by `file:` URIs. */
  constructor(roots: readonly string[]) {
    this.roots = roots.map((root) => {
      const path = resolve(root);
      return { path, uri: pathToFileURL(path).href };
    });
  }

  async findFiles(filter: FileFilter, under?: string): Promise<string[]> {
    const found: string[] = [];
    for (const root of this.roots) {
      if (under === undefined) {
        await this.walk(root, root.path, filter, found);
        continue;
      }
      const relativeUnder = this.relativeTo(root, under);
      if (relativeUnder !== null && !filter.excludesFolder(relativeUnder)) {
        await this.walk(root, fileURLToPath(under), filter, found);
      }
    }
    return found;
  }

  readFile(uri: string): Promise<Uint8Array> {
    return readFile(fileURLToPath(uri));
  }

  relativePath(uri: string): string | null {
    for (const root of this.roots) {
      const path = this.relativeTo(root, uri);
      if (path !== null) return path;
    }
    return null;
  }

  private relativeTo(root: Root, uri: string): string | null {
    if (!uri.startsWith('file:')) return null;
    const path = relative(root.path, fileURLToPath(uri));
    if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return null;
    return path.split(sep).join('/');
  }

  private async walk(root: Root, folder: string, filter: FileFilter, found: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = resolve(folder, entry.name);
      const relativePath = relative(root.path, path).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!filter.excludesFolder(relativePath)) await this.walk(root, path, filter, found);
      } else if (filter.matches(relativePath)) {
        found.push(pathToFileURL(path).href);
      }
    }
  }
}
