#!/usr/bin/env node
// Runs the same integration tests in desktop VS Code through @vscode/test-electron, for
// machines that can download VS Code or have one: set VSCODE_EXECUTABLE to its binary to skip
// the download (VSCODE_VERSION picks the version to download, default: stable).
// Not used in CI here (no access to the VS Code download server): see run-code-server.mjs.
//
// usage: npm run build && node test/integration/run-electron.mjs
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import testElectron from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const testsEntry = path.join(repoRoot, 'dist', 'test', 'index.js');
if (!existsSync(testsEntry)) {
  console.error(`${testsEntry} is missing: run \`npm run build\` first`);
  process.exit(1);
}

// Same conditions as under code-server: a fresh copy of the fixture workspace, fresh user data.
const runDir = mkdtempSync(path.join(os.tmpdir(), 'dp-electron-'));
const workspace = path.join(runDir, 'workspace');
cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

let exitCode = 1;
try {
  exitCode = await testElectron.runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
    version: process.env.VSCODE_VERSION || undefined,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    extensionTestsEnv: Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DAILY_PAPERS_'))),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(runDir, 'ud')}`],
  });
} catch (error) {
  console.error(`Integration tests failed: ${error?.message ?? error}`);
} finally {
  rmSync(runDir, { recursive: true, force: true });
}
process.exit(exitCode === 0 ? 0 : 1);
