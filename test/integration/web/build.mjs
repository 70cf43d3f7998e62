// Bundles the web test runner (runner.ts and the suites that apply to the web worker extension
// host) for the browser, with a manifest, into a folder served to code-server as a web extension.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../../scripts/e2e/package-extension.mjs';

const suiteDir = path.join(repoRoot, 'test', 'integration', 'suite');

/** Suites that need Node.js in the extension host, and why; every other suite runs in the web worker too. */
export const NODE_ONLY_SUITES = {
  'editing-under-load.test.ts': 'reads the largest digest of ../shared/corpus from the disk with node:fs',
  'hugging-face.test.ts': 'starts the loopback Hugging Face stand-in (node:http) inside the extension host and reads ../shared/hf-api from the disk',
};

function workspaceFiles() {
  const root = path.join(repoRoot, 'test', 'fixtures', 'workspace');
  return Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(root, file).split(path.sep).join('/'), readFileSync(file, 'utf8')];
    }));
}

/** The runner's in-memory copy of test/fixtures/workspace, for the window on a virtual workspace. */
export const VIRTUAL_FOLDER = 'dp-test-memfs:/workspace';
const VIRTUAL_SCHEME = VIRTUAL_FOLDER.slice(0, VIRTUAL_FOLDER.indexOf(':'));

export const RUNNER_EXTENSION = { publisher: 'daily-papers-tools', name: 'daily-papers-web-tests' };

export function webSuites() {
  return readdirSync(suiteDir).filter((name) => name.endsWith('.test.ts') && !(name in NODE_ONLY_SUITES)).sort();
}

/**
 * Writes `outDir`/package.json and `outDir`/dist/runner.js. `env` becomes the suites'
 * `process.env` (there is no process in a web worker); `resultPath` is where the runner writes its report.
 */
export async function buildWebRunner(outDir, { env, remoteAuthority, resultPath, grep = '' }) {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const requireHere = createRequire(import.meta.url);
  await esbuild.build({
    entryPoints: [path.join(repoRoot, 'test', 'integration', 'web', 'runner.ts')],
    outfile: path.join(outDir, 'dist', 'runner.js'),
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    loader: { '.md': 'text' },
    logLevel: 'warning',
    define: {
      // A web worker has no process: the suites' process.env is `env`, and the browser port of assert
      // finds no process.stderr (so no terminal colours in its messages).
      process: JSON.stringify({ env }),
      __WEB_TESTS__: JSON.stringify({ remoteAuthority, resultPath, grep, virtualFolder: VIRTUAL_FOLDER, extensionId: `${manifest.publisher}.${manifest.name}` }),
    },
    plugins: [{
      name: 'web-test-modules',
      setup(build) {
        // Node's assert as the browser port published on npm as `assert` (the same API, strict and loose).
        build.onResolve({ filter: /^node:assert(\/strict)?$/ }, (args) => ({ path: args.path, namespace: 'web-assert' }));
        build.onLoad({ filter: /.*/, namespace: 'web-assert' }, (args) => ({
          contents: `module.exports = require(${JSON.stringify(requireHere.resolve('assert'))})${args.path.endsWith('/strict') ? '.strict' : ''};`,
          resolveDir: repoRoot,
        }));
        build.onResolve({ filter: /^daily-papers-web-suites$/ }, () => ({ path: 'suites', namespace: 'web-suites' }));
        build.onLoad({ filter: /.*/, namespace: 'web-suites' }, () => ({
          contents: `exports.SUITES = [\n${webSuites().map((name) => `  () => require(${JSON.stringify(path.join(suiteDir, name))}),`).join('\n')}\n];\n`
            + `exports.WORKSPACE_FILES = ${JSON.stringify(workspaceFiles())};`,
          resolveDir: suiteDir,
        }));
      },
    }],
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'package.json'), JSON.stringify({
    ...RUNNER_EXTENSION,
    displayName: 'Daily Papers web tests',
    version: '0.0.0',
    engines: { vscode: manifest.engines.vscode },
    browser: './dist/runner.js',
    activationEvents: ['onStartupFinished', `onFileSystem:${VIRTUAL_SCHEME}`],
    capabilities: { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true },
  }, null, 2));
  return ['package.json', 'dist/runner.js'];
}
