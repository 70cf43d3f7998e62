/** Which workspace files the index reads: `dailyPapers.files.include` minus `dailyPapers.files.exclude`. */

import picomatch from 'picomatch';

export interface FileFilter {
  readonly include: string;
  readonly exclude: readonly string[];
  /** Whether a path relative to its workspace root (`/`-separated) is indexed. */
  matches(relativePath: string): boolean;
  /** Whether a folder (relative path) is excluded, so a walk need not enter it. */
  excludesFolder(relativePath: string): boolean;
}

export const DEFAULT_INCLUDE = '**/*.md';
export const DEFAULT_EXCLUDE: readonly string[] = ['**/node_modules/**'];

const GLOB_OPTIONS = { dot: true, nocase: false } as const;

/**
 * Globs follow VS Code's `files.exclude`: a pattern that matches a folder excludes everything inside it
 * (`**∕.git` excludes `.git/x.md`), so exclusion is tested on the path and on each of its parent folders.
 */
export function createFileFilter(include: string = DEFAULT_INCLUDE, exclude: readonly string[] = DEFAULT_EXCLUDE): FileFilter {
  const included = picomatch(include || DEFAULT_INCLUDE, GLOB_OPTIONS);
  const patterns = exclude.filter((pattern) => pattern.trim() !== '');
  // Stryker disable next-line ArrowFunction: undefined excludes nothing either
  const excluded = patterns.length ? picomatch(patterns, GLOB_OPTIONS) : () => false;
  const excludesFolder = (path: string): boolean => excluded(path) || excluded(`${path}/`);
  const underExcludedFolder = (path: string): boolean => {
    for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
      if (excludesFolder(path.slice(0, slash))) return true;
    }
    return false;
  };
  return {
    include: include || DEFAULT_INCLUDE,
    exclude: patterns,
    matches: (path) => included(path) && !excluded(path) && !underExcludedFolder(path),
    excludesFolder,
  };
}
