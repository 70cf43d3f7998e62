import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';

function typescriptFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return typescriptFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('src/core', () => {
  const files = typescriptFiles(resolve(REPO, 'src', 'core'));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [file.slice(REPO.length + 1), file]))('%s never imports vscode or Node built-ins', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)|import\(\s*['"]vscode['"]\s*\)/);
    expect(source).not.toMatch(/from\s+['"](?:node:)?(?:fs|path|child_process|os)(?:\/promises)?['"]/);
  });
});
