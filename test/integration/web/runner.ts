// The web worker side of the integration tests: a small test extension, installed beside the
// packaged Daily Papers in code-server's web worker extension host, that runs the suites which
// apply there (test/integration/web/build.mjs lists them) with mocha's browser build, and writes
// the report where the driver (run-web-host.mjs) reads it.
import 'mocha/mocha.js';
import * as vscode from 'vscode';
import { SUITES, WORKSPACE_FILES } from 'daily-papers-web-suites';
import { MemoryFileSystem } from '../memory-file-system';

/**
 * Set by build.mjs: the server's authority and where on it the runner writes its reports (one per
 * pass), the id of the extension under test, and the tests to run.
 */
declare const __WEB_TESTS__: { remoteAuthority: string; resultPath: string; extensionId: string; grep: string; virtualFolder: string };

/** A window whose folder is `VIRTUAL_FOLDER` (run-web-host.mjs opens one) runs only the Virtual workspace suite. */
const VIRTUAL_FOLDER = vscode.Uri.parse(__WEB_TESTS__.virtualFolder);

const OUTPUT_TAG = '[daily-papers-test]';
const lines: string[] = [];

/** console.log's printf-style formatting, as mocha's reporters expect of it. */
function format(...args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  const text = first.replace(/%[sdifjoO%]/g, (directive) => (directive === '%%' ? '%' : rest.length > 0 ? String(rest.shift()) : directive));
  return [text, ...rest.map(String)].join(' ');
}

function report(...args: unknown[]): void {
  const line = format(...args);
  lines.push(line);
  console.log(`${OUTPUT_TAG} ${line}`);
}

export function activate(context: vscode.ExtensionContext): void {
  // A virtual file system holding a copy of test/fixtures/workspace, for the window opened on it.
  const files = Object.fromEntries(Object.entries(WORKSPACE_FILES).map(([name, text]) => [`${VIRTUAL_FOLDER.path}/${name}`, text]));
  context.subscriptions.push(vscode.workspace.registerFileSystemProvider(VIRTUAL_FOLDER.scheme, new MemoryFileSystem(files), { isCaseSensitive: true }));
  void runSuites().then(
    (stats) => writeReport({ ...stats, output: lines.join('\n') }),
    (error: unknown) => writeReport({ passes: 0, failures: 1, pending: 0, output: `${lines.join('\n')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}` }),
  );
}

async function runSuites(): Promise<{ passes: number; failures: number; pending: number }> {
  await extensionUnderTest();
  Mocha.reporters.Base.consoleLog = report;
  mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 20_000 });
  const grep = isVirtualWindow() ? '^Virtual workspace ' : __WEB_TESTS__.grep;
  if (grep) mocha.grep(new RegExp(grep));
  report(`vscode.version ${vscode.version}, web worker extension host, folder ${vscode.workspace.workspaceFolders?.[0]?.uri.toString()}`);
  for (const load of SUITES) load();
  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    const runner = mocha.run(() => (runner.stats ? resolve(runner.stats) : reject(new Error('mocha kept no statistics'))));
  });
  report(`integration (web worker host): ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
  return { passes: stats.passes, failures: stats.failures, pending: stats.pending };
}

/** The extension under test may be installed a moment after this one: wait until the host knows it. */
async function extensionUnderTest(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!vscode.extensions.getExtension(__WEB_TESTS__.extensionId)) {
    if (Date.now() > deadline) throw new Error(`${__WEB_TESTS__.extensionId} is not installed in the web worker extension host`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function isVirtualWindow(): boolean {
  return vscode.workspace.workspaceFolders?.[0]?.uri.toString() === VIRTUAL_FOLDER.toString();
}

/** Written whole under a temporary name, then renamed, so the driver never reads half a report. */
async function writeReport(result: { passes: number; failures: number; pending: number; output: string }): Promise<void> {
  const path = `${__WEB_TESTS__.resultPath}${isVirtualWindow() ? '.virtual' : ''}`;
  const target = vscode.Uri.from({ scheme: 'vscode-remote', authority: __WEB_TESTS__.remoteAuthority, path });
  const partial = target.with({ path: `${path}.partial` });
  await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(result)));
  await vscode.workspace.fs.rename(partial, target, { overwrite: true });
}
