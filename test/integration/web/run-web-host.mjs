// Runs the integration suites that apply to the web worker extension host (build.mjs says which)
// in code-server's web worker host, against the packaged extension, as vscode.dev and github.dev
// would run it. code-server takes development extensions for the web only from its embedder, so
// both the packaged Daily Papers (the files `vsce ls` lists) and a small test-runner web extension
// are installed with "Developer: Install Extension from Location…" through code-server's
// /proxy/PORT/ route; the runner writes its report into the run folder through vscode.workspace.fs.
// The window is in Restricted Mode: the workspace is not trusted. A second window then opens on
// the runner's in-memory copy of the workspace, a virtual workspace, for the Virtual workspace suite.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { captureConsole, launchBrowser, workbenchUrl } from '../../../scripts/e2e/browser.mjs';
import { createRunFolder, keepLogsIfFailed, startCodeServer } from '../../../scripts/e2e/code-server.mjs';
import { sleep } from '../../../scripts/e2e/processes.mjs';
import { repoRoot } from '../../../scripts/e2e/package-extension.mjs';
import { installFromLocation, installKeybinding, serveExtension, serveFiles } from '../../../scripts/e2e/web-extension.mjs';
import { Workbench } from '../../e2e/workbench.mjs';
import { buildWebRunner, NODE_ONLY_SUITES, VIRTUAL_FOLDER, webSuites } from './build.mjs';

const OUTPUT_TAG = '[daily-papers-test] '; // written by runner.ts
const VIRTUAL_WINDOW_TIMEOUT_MS = 60_000;

/** Workspace trust on, no prompt: the folder opens in Restricted Mode. */
const RESTRICTED_MODE_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
};

/** @returns {Promise<number>} the exit code: 0 when every test passed */
export async function runInWebHost(session, tools, { verbose = false, keepLogs = true } = {}) {
  const startedAt = Date.now();
  console.log(`Web worker extension host: ${webSuites().join(', ')}`);
  console.log(`Node host only: ${Object.entries(NODE_ONLY_SUITES).map(([name, why]) => `${name} (${why})`).join('; ')}`);

  const run = createRunFolder(session, 'itw', path.join(repoRoot, 'test', 'fixtures', 'workspace'));
  if (keepLogs) keepLogsIfFailed(session, run, path.join(repoRoot, 'test-results'));
  const settingsFile = path.join(run.userData, 'User', 'settings.json');
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), ...RESTRICTED_MODE_SETTINGS }, null, 2));
  writeFileSync(path.join(run.userData, 'User', 'keybindings.json'), JSON.stringify([installKeybinding()]));

  const server = await startCodeServer(session, tools, run, { workspaceTrust: true });
  const resultPath = path.join(run.root, 'web-test-result.json');
  const runnerDir = path.join(run.root, 'web-tests');
  const env = { ...dailyPapersEnv(), DAILY_PAPERS_TEST_HOST: 'web', DAILY_PAPERS_TEST_TRUST: 'restricted' };
  const runnerFiles = await buildWebRunner(runnerDir, { env, remoteAuthority: server.authority, resultPath, grep: env.DAILY_PAPERS_TEST_GREP });
  const browser = await launchBrowser(session, run);
  // The paper commands copy to the clipboard, which the workbench reaches through the browser's.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const streamed = { lines: 0 };
  const printTagged = (line) => {
    if (line.startsWith(OUTPUT_TAG)) {
      streamed.lines++;
      console.log(line.slice(OUTPUT_TAG.length));
    } else if (verbose) console.log(`  [page] ${line}`);
  };
  captureConsole(page, run.browserLog, printTagged);
  await page.goto(workbenchUrl(server, run.workspace));
  await new Workbench(page, path.join(repoRoot, 'test-results', 'ui-web')).ready();

  const proxied = (port) => `${server.origin}/proxy/${port}/`;
  await installFromLocation(page, proxied(await serveExtension(session, tools.node, run)));
  await installFromLocation(page, proxied(await serveFiles(session, runnerDir, new Set(runnerFiles))));

  const result = await readReport(resultPath, streamed);
  const grepSkipsVirtual = env.DAILY_PAPERS_TEST_GREP && !new RegExp(env.DAILY_PAPERS_TEST_GREP).test('Virtual workspace ');
  if (grepSkipsVirtual || result.failures > 0 || result.passes === 0) return summary(result, startedAt);

  // A second window, on the runner's in-memory copy of the workspace (a virtual workspace, as on
  // github.dev), with the extensions installed above: the runner runs the Virtual workspace suite there.
  const virtualPage = await context.newPage();
  captureConsole(virtualPage, run.browserLog, printTagged);
  await page.close({ runBeforeUnload: false });
  streamed.lines = 0;
  await virtualPage.goto(`${server.origin}/?folder=${encodeURIComponent(VIRTUAL_FOLDER)}`);
  // When Daily Papers is disabled in a virtual workspace, the runner may never report. Under load,
  // code-server sometimes restarts both extension hosts while this window starts (its log shows the
  // extension host process exiting with code 0 and a new one launched) and the runner then never
  // starts; as a user would, reload the window once and wait again.
  let virtual = await readReport(`${resultPath}.virtual`, streamed, VIRTUAL_WINDOW_TIMEOUT_MS);
  if (virtual.passes === 0 && virtual.output.startsWith('No report')) {
    console.log(`The virtual workspace window gave no report in ${VIRTUAL_WINDOW_TIMEOUT_MS / 1000} s; reloading it once.`);
    await virtualPage.reload();
    virtual = await readReport(`${resultPath}.virtual`, streamed, VIRTUAL_WINDOW_TIMEOUT_MS);
  }

  if (virtual.passes === 0) console.error('No test ran in the virtual workspace.');
  return summary(result, startedAt, virtual);
}

/** Prints the totals of both windows; 0 when every test passed and each window ran some. */
function summary(result, startedAt, virtual) {
  const windows = virtual ? [result, virtual] : [result];
  const total = (key) => windows.reduce((sum, window) => sum + window[key], 0);
  console.log(`Web worker extension host: ${total('passes')} passed, ${total('failures')} failed, ${total('pending')} skipped, after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  if (result.passes === 0) console.error('No integration test ran in the web worker extension host.');
  return total('failures') === 0 && windows.every((window) => window.passes > 0) ? 0 : 1;
}

async function readReport(file, streamed, timeoutMs = Infinity) {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) return { passes: 0, failures: 1, pending: 0, output: `No report from the test runner after ${timeoutMs / 1000} s.` };
    await sleep(250);
  }
  const result = JSON.parse(readFileSync(file, 'utf8'));
  if (streamed.lines === 0) console.log(result.output);
  return result;
}

function dailyPapersEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DAILY_PAPERS_')));
}
