#!/usr/bin/env node
// UI smoke check: packages the extension, installs it into a fresh code-server, opens a copy of
// test/fixtures/workspace/ in Chromium and runs every check in test/e2e/checks/ in file-name
// order, in the same workbench (a check may rely on what earlier ones opened). Screenshots go
// to test-results/ui/. Exits 1 if any check fails.
//
// usage: node test/e2e/ui-check.mjs [--timeout SECONDS] [--host node|web] [--check NAME]   (run `npm run build` first)
// --check runs only the checks whose file name contains NAME (e.g. --check walkthrough).
// --restricted keeps workspace trust on and the folder untrusted (restricted mode) and runs the checks
// that export `restricted = 'also'` or `'only'`; screenshots then go to test-results/ui-restricted/.
// --host web installs the packaged files as a web extension, so the checks run against the web
// worker extension host (as on vscode.dev); screenshots then go to test-results/ui-web/.
// A check is a module test/e2e/checks/NN-name.mjs exporting
//   export const title = 'what a person sees';
//   export async function run({ workbench, page, workspace, host }) { … throw (e.g. assert) when it is not so … }
//   export const hosts = ['node'];   // optional: the extension hosts the check applies to (default both)
//   export const locale = 'ko';      // optional: run in a second code-server started with --locale ko, after the others
// `workspace` is the path of the open folder (a fresh copy of the fixtures): a check that adds
// files there must remove them, later checks see the same workbench.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { captureConsole, launchBrowser, workbenchUrl } from '../../scripts/e2e/browser.mjs';
import { createRunFolder, installExtension, keepLogsIfFailed, startCodeServer } from '../../scripts/e2e/code-server.mjs';
import { installFromLocation, installKeybinding, serveExtension } from '../../scripts/e2e/web-extension.mjs';
import { packageExtension, repoRoot } from '../../scripts/e2e/package-extension.mjs';
import { runDriver } from '../../scripts/e2e/session.mjs';
import { ensureTools } from '../../scripts/e2e/tools.mjs';
import { Workbench } from './workbench.mjs';

const checksDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'checks');
const resultsDir = path.join(repoRoot, 'test-results');
const argv = process.argv.slice(2);
const timeoutSeconds = argv.includes('--timeout') ? Number(argv[argv.indexOf('--timeout') + 1]) : 300;
if (!(timeoutSeconds > 0)) throw new Error('--timeout needs a number of seconds');
const host = argv.includes('--host') ? argv[argv.indexOf('--host') + 1] : 'node';
if (host !== 'node' && host !== 'web') throw new Error('--host is node or web');
const only = argv.includes('--check') ? argv[argv.indexOf('--check') + 1] : '';
const restricted = argv.includes('--restricted');
/** Trust on, never asked: the folder stays untrusted and the window opens in restricted mode. */
const RESTRICTED_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' };
const inThisMode = (check) => (restricted ? check.restricted === 'also' || check.restricted === 'only' : check.restricted !== 'only');

await runDriver(async (session) => {
  if (!existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `npm run build` first');
  const tools = await ensureTools(session);
  session.startDeadline(timeoutSeconds);
  const allChecks = (await loadChecks()).filter((check) => check.hosts.includes(host) && only.split(',').some((part) => check.name.includes(part)) && inThisMode(check));
  const checks = allChecks.filter((check) => !check.locale);
  const browser = await launchBrowser(session, createRunFolder(session, 'ui-browser'));
  let failures = checks.length ? await runChecks(session, tools, browser, checks) : 0;
  const locales = [...new Set(allChecks.map((check) => check.locale).filter(Boolean))];
  for (const locale of locales) failures += await runChecks(session, tools, browser, allChecks.filter((check) => check.locale === locale), locale);
  const passed = allChecks.length - failures;
  console.log(`ui-check (${host} extension host): ${passed} passed, ${failures} failed`);
  return failures === 0 ? 0 : 1;
});

/** Starts a code-server (in `locale` when given) with the extension, opens the workbench and runs `checks` in it; returns the failures. */
async function runChecks(session, tools, browser, checks, locale) {
  const run = createRunFolder(session, locale ? `ui-${locale}` : 'ui', path.join(repoRoot, 'test', 'fixtures', 'workspace'));
  keepLogsIfFailed(session, run, resultsDir);
  if (host === 'node') await installExtension(session, tools, run, await packageExtension(session, tools.node, run.root));
  else writeFileSync(path.join(run.userData, 'User', 'keybindings.json'), JSON.stringify([installKeybinding()]));
  if (restricted) {
    const settingsFile = path.join(run.userData, 'User', 'settings.json');
    writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(readFileSync(settingsFile, 'utf8')), ...RESTRICTED_SETTINGS }, null, 2));
  }
  const server = await startCodeServer(session, tools, run, { workspaceTrust: restricted, locale });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(20_000);
  captureConsole(page, run.browserLog);
  await page.goto(workbenchUrl(server, run.workspace));
  const workbench = new Workbench(page, path.join(resultsDir, restricted ? 'ui-restricted' : host === 'node' ? 'ui' : 'ui-web'));
  await workbench.ready();
  if (host === 'web') await installFromLocation(page, `${server.origin}/proxy/${await serveExtension(session, tools.node, run)}/`);

  let failures = 0;
  for (const check of checks) {
    try {
      await check.run({ workbench, page, workspace: run.workspace, host });
      console.log(`  ✔ ${check.title}`);
    } catch (error) {
      failures++;
      const shot = await workbench.screenshot(`FAILED-${check.name}`).catch(() => '(no screenshot)');
      console.log(`  ✘ ${check.title}\n      ${String(error?.message ?? error).split('\n').join('\n      ')}\n      screenshot: ${path.relative(repoRoot, shot)}`);
    }
  }
  console.log(`\nScreenshots${locale ? ` (--locale ${locale})` : ''}: ${path.relative(repoRoot, workbench.screenshotDir)}/`);
  await page.close();
  return failures;
}

async function loadChecks() {
  const files = readdirSync(checksDir).filter((name) => name.endsWith('.mjs')).sort();
  if (files.length === 0) throw new Error(`no checks in ${checksDir}`);
  return Promise.all(files.map(async (file) => {
    const module = await import(pathToFileURL(path.join(checksDir, file)).href);
    if (typeof module.title !== 'string' || typeof module.run !== 'function') {
      throw new Error(`${file} must export \`title\` (string) and \`run\` (async function)`);
    }
    return { name: path.basename(file, '.mjs'), title: module.title, run: module.run, hosts: module.hosts ?? ['node', 'web'], restricted: module.restricted, locale: module.locale ?? null };
  }));
}
