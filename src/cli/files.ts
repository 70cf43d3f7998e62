/** File discovery and reading for the CLI: Node's fs, never used by the extension. */

import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { walkFiles } from './walk-files';

export interface CollectedFiles {
  /** Markdown files in the order the paths were given, folders expanded in sorted order. */
  files: string[];
  /** Human-readable problems, one per path that could not be used. */
  errors: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Expands files and folders (recursively, `*.md`, skipping node_modules and dot-folders) into files. */
export function collectMarkdownFiles(paths: string[], cwd: string): CollectedFiles {
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  // Keyed by the absolute path, so that `seeds` and `./seeds/a.md` do not read (and count) a.md twice.
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths.length ? paths : ['.']) {
    let kind: 'file' | 'folder';
    try {
      kind = statSync(resolveFrom(cwd, path)).isDirectory() ? 'folder' : 'file';
    } catch (error) {
      errors.push(`${path}: ${describeError(error, 'no such file or folder')}`);
      continue;
    }
    if (kind === 'file') add(path);
    else walk(resolveFrom(cwd, path), path, add, errors);
  }
  return { files, errors };
}

function walk(folder: string, shown: string, add: (file: string) => void, errors: string[]): void {
  const files = walkFiles(folder, {
    enter: (_path, name) => !name.startsWith('.') && !SKIPPED_FOLDERS.has(name),
    onError: (path, error) => errors.push(`${path ? join(shown, path) : shown}: ${describeError(error, 'cannot read folder')}`),
  });
  for (const file of files) if (file.toLowerCase().endsWith('.md')) add(join(shown, file));
}

export interface ReadResult {
  text: string | null;
  error: string | null;
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD rather than an error. */
export function readTextFile(path: string, cwd: string): ReadResult {
  try {
    const bytes = readFileSync(resolveFrom(cwd, path));
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), error: null };
  } catch (error) {
    return { text: null, error: `${path}: ${describeError(error, 'cannot read file')}` };
  }
}

/** Paths shown to people use forward slashes on every platform. */
export function displayPath(path: string, cwd: string): string {
  const shown = path.startsWith('/') ? relativeIfInside(cwd, path) : path;
  return shown.split(sep).join('/').replace(/^\.\//, '');
}

function relativeIfInside(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function resolveFrom(cwd: string, path: string): string {
  return path.startsWith('/') ? path : join(cwd, path);
}

function describeError(error: unknown, fallback: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? `${fallback} (${error.message})` : fallback;
}
