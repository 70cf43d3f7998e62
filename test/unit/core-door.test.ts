import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers';

const CORE = resolve(REPO, 'src', 'core');
const DOOR = resolve(CORE, 'digest-service');
const MODEL = resolve(CORE, 'model');

function typescriptFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.ts') ? [path] : [];
  return readdirSync(path).flatMap((name) => typescriptFiles(join(path, name)));
}

interface CoreImport {
  target: string;
  typeOnly: boolean;
}

/** Every import, re-export, dynamic import and require of the file that resolves into src/core/. */
function coreImports(file: string, source: string): CoreImport[] {
  const found: CoreImport[] = [];
  const add = (specifier: ts.Expression | undefined, typeOnly: boolean) => {
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
    const target = resolve(dirname(file), specifier.text).replace(/\.ts$/, '');
    if (target === CORE || target.startsWith(`${CORE}/`)) found.push({ target, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const allTypes = !!clause?.namedBindings && ts.isNamedImports(clause.namedBindings) && !clause.name && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, !!clause?.isTypeOnly || allTypes);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

/** What the rule refuses: any core module but the door, except type-only imports of the model. */
function refused(file: string, source: string): string[] {
  return coreImports(file, source)
    .filter(({ target, typeOnly }) => target !== DOOR && !(typeOnly && target === MODEL))
    .map(({ target, typeOnly }) => `${typeOnly ? 'import type' : 'import'} ${relative(REPO, target)}`);
}

describe('one door into the core', () => {
  const outside = ['src/extension.ts', 'src/cli.ts', 'src/vscode', 'src/cli', 'bench'].flatMap((path) => typescriptFiles(resolve(REPO, path)));

  it('refuses other core modules, also as types, and accepts the door and the model types', () => {
    const file = resolve(REPO, 'src', 'vscode', 'example.ts');
    expect(refused(file, "import { lint } from '../core/lint';")).toEqual(['import src/core/lint']);
    expect(refused(file, "import type { LintDiagnostic } from '../core/lint';")).toEqual(['import type src/core/lint']);
    expect(refused(file, "import { type LintDiagnostic } from '../core/lint';")).toEqual(['import type src/core/lint']);
    expect(refused(file, "export { lint } from '../core/lint';")).toEqual(['import src/core/lint']);
    expect(refused(file, "const m = await import('../core/workspace/records');")).toEqual(['import src/core/workspace/records']);
    expect(refused(file, "import { parseDigest } from '../core/model';")).toEqual(['import src/core/model']);
    expect(refused(file, "import type { Digest } from '../core/model';\nimport { createDigestService } from '../core/digest-service';")).toEqual([]);
  });

  it('is what the extension, the CLI and the bench go through', () => {
    const throughTheDoor = outside.filter((file) => coreImports(file, readFileSync(file, 'utf8')).some(({ target }) => target === DOOR));
    expect(throughTheDoor.map((file) => relative(REPO, file))).toEqual(expect.arrayContaining(['src/vscode/digest-service.ts', 'src/cli/io.ts', 'bench/lint-bench.ts']));
  });

  it.each(outside.map((file) => [relative(REPO, file), file]))('%s imports the core only through the door', (_name, file) => {
    expect(refused(file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
