#!/usr/bin/env node
// Runs the integration tests (dist/test/index.js, built by `npm run build`) inside the real
// Node extension host of code-server, with this repository loaded as a development extension
// and a fresh copy of test/fixtures/workspace/ open. Exits with the tests' result.
//
// usage: node test/integration/run-code-server.mjs [--timeout SECONDS] [--verbose] [--discard-logs] [--restricted] [--host node|web]
// --restricted runs test/integration/restricted/ instead, with workspace trust on and the folder not
// trusted: the window is in restricted mode, as for a folder a user has not trusted.
// --host web runs the suites that apply to the web worker extension host there, against the
// packaged extension, in Restricted Mode (test/integration/web/run-web-host.mjs).
// A failed run keeps its code-server and browser logs in test-results/<run name>/ unless --discard-logs.
// Environment variables named DAILY_PAPERS_* reach the extension host, e.g.
// DAILY_PAPERS_TEST_GREP=Activation runs only the tests whose title matches.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureConsole, launchBrowser, workbenchUrl } from '../../scripts/e2e/browser.mjs';
import { createRunFolder, keepLogsIfFailed, startCodeServer } from '../../scripts/e2e/code-server.mjs';
import { runDriver } from '../../scripts/e2e/session.mjs';
import { ensureTools } from '../../scripts/e2e/tools.mjs';
import { runInWebHost } from './web/run-web-host.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const testsEntry = path.join(repoRoot, 'dist', 'test', 'index.js');
const OUTPUT_TAG = '[daily-papers-test] '; // written by test/integration/index.ts

const argv = process.argv.slice(2);
const timeoutSeconds = argv.includes('--timeout') ? Number(argv[argv.indexOf('--timeout') + 1]) : 300;
if (!(timeoutSeconds > 0)) throw new Error('--timeout needs a number of seconds');
const verbose = argv.includes('--verbose');
const keepLogs = !argv.includes('--discard-logs');
const restricted = argv.includes('--restricted');
/** Trust on, never asked: the folder stays untrusted and the window opens in restricted mode. */
const RESTRICTED_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false };
const host = argv.includes('--host') ? argv[argv.indexOf('--host') + 1] : 'node';
if (host !== 'node' && host !== 'web') throw new Error('--host is node or web');
if (restricted && host === 'web') throw new Error('--restricted runs in the Node extension host; --host web is in Restricted Mode already');

await runDriver(async (session) => {
  if (!existsSync(testsEntry)) throw new Error(`${testsEntry} is missing: run \`npm run build\` first`);
  const tools = await ensureTools(session);
  session.startDeadline(timeoutSeconds);
  if (host === 'web') return runInWebHost(session, tools, { verbose, keepLogs });
  const startedAt = Date.now();

  const run = createRunFolder(session, restricted ? 'it-restricted' : 'it', path.join(repoRoot, 'test', 'fixtures', 'workspace'));
  if (keepLogs) keepLogsIfFailed(session, run, path.join(repoRoot, 'test-results'));
  if (restricted) {
    const settingsFile = path.join(run.userData, 'User', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), ...RESTRICTED_SETTINGS }, null, 2));
  }
  const server = await startCodeServer(session, tools, run, { testDriver: true, workspaceTrust: restricted });
  const browser = await launchBrowser(session, run);
  const page = await browser.newPage();

  let reportExit;
  const extensionHostExit = new Promise((resolve) => (reportExit = resolve));
  // The workbench calls this when the extension host has finished running the tests.
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  const pageConsole = captureConsole(page, run.browserLog, (line) => {
    if (line.startsWith(OUTPUT_TAG)) console.log(line.slice(OUTPUT_TAG.length));
    else if (verbose) console.log(`  [page] ${line}`);
  });

  await page.goto(workbenchUrl(server, run.workspace, {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    extensionEnvironment: JSON.stringify({ ...dailyPapersEnv(), ...(restricted ? { DAILY_PAPERS_TEST_SUITE: 'restricted' } : {}) }),
  }));
  const code = await extensionHostExit;
  await pageConsole.flushed();
  console.log(`Extension host exited with ${code} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  return code === 0 ? 0 : 1;
});

function dailyPapersEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DAILY_PAPERS_')));
}
