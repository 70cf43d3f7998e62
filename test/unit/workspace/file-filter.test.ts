import { describe, expect, it } from 'vitest';
import { createFileFilter } from '../../../src/core/workspace/file-filter';

describe('createFileFilter', () => {
  it('includes Markdown anywhere and leaves out node_modules by default', () => {
    const filter = createFileFilter();
    expect(filter.matches('25.md')).toBe(true);
    expect(filter.matches('paper_logs/2024/03/25.md')).toBe(true);
    expect(filter.matches('.hidden/notes.md')).toBe(true);
    expect(filter.matches('notes.txt')).toBe(false);
    expect(filter.matches('node_modules/pkg/README.md')).toBe(false);
    expect(filter.matches('a/node_modules/pkg/README.md')).toBe(false);
    expect(filter.excludesFolder('node_modules')).toBe(true);
    expect(filter.excludesFolder('a/node_modules')).toBe(true);
    expect(filter.excludesFolder('paper_logs')).toBe(false);
  });

  it('treats an exclude pattern that matches a folder as excluding its contents, like files.exclude', () => {
    const filter = createFileFilter('**/*.md', ['**/.git', 'drafts', '**/*.tmp.md']);
    expect(filter.matches('.git/info.md')).toBe(false);
    expect(filter.matches('sub/.git/info.md')).toBe(false);
    expect(filter.matches('drafts/2024/03/25.md')).toBe(false);
    expect(filter.matches('sub/drafts/25.md')).toBe(true);
    expect(filter.matches('sub/x.tmp.md')).toBe(false);
    expect(filter.excludesFolder('.git')).toBe(true);
    expect(filter.excludesFolder('drafts')).toBe(true);
  });

  it('accepts brace patterns and ignores empty excludes', () => {
    const filter = createFileFilter('paper_logs/**/*.{md,markdown}', ['', '  ']);
    expect(filter.matches('paper_logs/2024/03/25.markdown')).toBe(true);
    expect(filter.matches('README.md')).toBe(false);
    expect(filter.exclude).toEqual([]);
  });
});
