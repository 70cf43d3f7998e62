/** The workspace index's file system over Node's `fs`, for the CLI and the benchmark (never the extension). */

import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileFilter, WorkspaceFileSystem } from '../core/digest-service';
import { walkFiles } from './walk-files';

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

  findFiles(filter: FileFilter, under?: string): Promise<string[]> {
    const found: string[] = [];
    for (const root of this.roots) {
      if (under === undefined) {
        this.walk(root, root.path, filter, found);
        continue;
      }
      const relativeUnder = this.relativeTo(root, under);
      if (relativeUnder !== null && !filter.excludesFolder(relativeUnder)) {
        this.walk(root, fileURLToPath(under), filter, found);
      }
    }
    return Promise.resolve(found);
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

  private walk(root: Root, folder: string, filter: FileFilter, found: string[]): void {
    const base = relative(root.path, folder).split(sep).join('/');
    const fromRoot = (path: string) => (base ? `${base}/${path}` : path);
    const files = walkFiles(folder, { enter: (path) => !filter.excludesFolder(fromRoot(path)) });
    for (const path of files) if (filter.matches(fromRoot(path))) found.push(pathToFileURL(resolve(folder, path)).href);
  }
}
