#!/usr/bin/env node
// The scale suite (test/integration/scale/) inside code-server's extension host, in a workspace ten
// times the real archive written by generate-workspace.mjs into the run's own folder.
//
// usage: node test/scale/run-scale.mjs [--timeout SECONDS] [--verbose]   (after `npm run build`)
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureConsole, launchBrowser, workbenchUrl } from '../../scripts/e2e/browser.mjs';
import { createRunFolder, keepLogsIfFailed, startCodeServer } from '../../scripts/e2e/code-server.mjs';
import { runDriver } from '../../scripts/e2e/session.mjs';
import { ensureTools } from '../../scripts/e2e/tools.mjs';
import { loadSampleDigests } from './generate-workspace.mjs';
import { generateWorkspace } from './workspace-generator.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const testsEntry = path.join(repoRoot, 'dist', 'test', 'index.js');
const OUTPUT_TAG = '[daily-papers-test] ';

const argv = process.argv.slice(2);
const timeoutSeconds = argv.includes('--timeout') ? Number(argv[argv.indexOf('--timeout') + 1]) : 600;
const verbose = argv.includes('--verbose');

await runDriver(async (session) => {
  if (!existsSync(path.join(repoRoot, 'dist', 'test', 'scale'))) throw new Error('dist/test/scale is missing: run `npm run build` first');
  const tools = await ensureTools(session);
  session.startDeadline(timeoutSeconds);
  const startedAt = Date.now();

  const run = createRunFolder(session, 'scale');
  keepLogsIfFailed(session, run, path.join(repoRoot, 'test-results'));
  const generated = generateWorkspace(run.workspace, { samples: loadSampleDigests() });
  console.log(`Generated ${generated.digests} digests and ${generated.notes} other Markdown files (${(generated.bytes / 1e6).toFixed(1)} MB) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  const server = await startCodeServer(session, tools, run, { testDriver: true });
  const browser = await launchBrowser(session, run);
  const page = await browser.newPage();

  let reportExit;
  const extensionHostExit = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  // What a person sees once indexing is done: the Papers view over the whole generated workspace.
  const screenshot = path.join(repoRoot, 'test-results', 'ui', 'scale-papers-view.png');
  let screenshotTaken = Promise.resolve();
  const pageConsole = captureConsole(page, run.browserLog, (line) => {
    if (line.startsWith(OUTPUT_TAG)) console.log(line.slice(OUTPUT_TAG.length));
    else if (verbose) console.log(`  [page] ${line}`);
    if (line.includes('extension host heap after indexing')) {
      mkdirSync(path.dirname(screenshot), { recursive: true });
      screenshotTaken = page.screenshot({ path: screenshot }).then(
        () => console.log(`Screenshot: ${path.relative(repoRoot, screenshot)}`),
        (error) => console.log(`No screenshot: ${error.message}`),
      );
    }
  });
  await page.goto(workbenchUrl(server, run.workspace, {
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: testsEntry,
    extensionEnvironment: JSON.stringify({ ...dailyPapersEnv(), DAILY_PAPERS_TEST_SUITE: 'scale' }),
  }));
  const code = await extensionHostExit;
  await pageConsole.flushed();
  await screenshotTaken;
  console.log(`Extension host exited with ${code} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  return code === 0 ? 0 : 1;
});

function dailyPapersEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('DAILY_PAPERS_')));
}
