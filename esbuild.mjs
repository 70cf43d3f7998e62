// Bundles the extension, the CLI, the benchmark and the integration tests into dist/.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  external: ['vscode'],
};

const integrationDir = 'test/integration/suite';
const integrationEntries = existsSync(integrationDir)
  ? readdirSync(integrationDir).filter((f) => f.endsWith('.test.ts')).map((f) => `${integrationDir}/${f}`)
  : [];

// The scale suite runs alone, in a generated workspace (test/scale/run-scale.mjs).
const scaleDir = 'test/integration/scale';
const scaleEntries = existsSync(scaleDir)
  ? readdirSync(scaleDir).filter((f) => f.endsWith('.test.ts')).map((f) => `${scaleDir}/${f}`)
  : [];

// Run alone, in a window in restricted mode (run-code-server.mjs --restricted).
const restrictedDir = 'test/integration/restricted';
const restrictedEntries = existsSync(restrictedDir)
  ? readdirSync(restrictedDir).filter((f) => f.endsWith('.test.ts')).map((f) => `${restrictedDir}/${f}`)
  : [];

const builds = [
  // One bundle for the Node extension host and the web worker one (vscode.dev, github.dev): the extension
  // imports no Node built-ins (it reads files through vscode.workspace.fs), so the .vsix carries it once.
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'browser', target: 'es2022' },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['bench/bench.ts'], outfile: 'dist/bench.js', external: ['vscode', 'markdownlint', 'markdownlint/*'] },
  {
    ...common,
    entryPoints: ['test/integration/index.ts', ...integrationEntries, ...scaleEntries, ...restrictedEntries],
    outdir: 'dist/test',
    outbase: 'test/integration',
    external: ['vscode', 'mocha'],
    loader: { '.md': 'text' },
  },
].filter((options) => (options.entryPoints ?? []).every((entry) => existsSync(entry)));

// Built tests are found by listing dist/test: clear it so a deleted or renamed test does not keep running.
rmSync('dist/test', { recursive: true, force: true });

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('[watch] watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
