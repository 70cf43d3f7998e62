// Extension-host side of the integration tests: the module named by `extensionTestsPath`.
// Runs every dist/test/suite/*.test.js with mocha's TDD UI (globals `suite`, `test`, `setup`…).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** The code-server driver prints page-console lines that carry this tag (see run-code-server.mjs). */
const OUTPUT_TAG = '[daily-papers-test]';

function report(...args: unknown[]): void {
  console.log(`${OUTPUT_TAG} ${format(...args)}`);
}

export async function run(): Promise<void> {
  // In code-server, extension-host console output only reaches the driver through the page
  // console, mixed with the workbench's own logging: tag the reporter's lines.
  Mocha.reporters.Base.consoleLog = report;
  report(`vscode.version ${vscode.version}, extension host node ${process.version}, remoteName ${vscode.env.remoteName ?? '(local)'}`);

  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 20_000 });
  const grep = process.env.DAILY_PAPERS_TEST_GREP;
  if (grep) mocha.grep(grep);
  // DAILY_PAPERS_TEST_SUITE=scale runs dist/test/scale instead (test/scale/run-scale.mjs).
  const suiteDir = path.join(__dirname, process.env.DAILY_PAPERS_TEST_SUITE ?? 'suite');
  const files = fs.readdirSync(suiteDir).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) throw new Error(`no *.test.js in ${suiteDir}`);
  for (const name of files) mocha.addFile(path.join(suiteDir, name));

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => (runner.stats ? resolve(runner.stats) : reject(new Error('mocha kept no statistics'))));
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error))); // a test file that throws while loading
    }
  });
  report(`integration: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
  if (stats.passes === 0) throw new Error('no integration test ran');
}
