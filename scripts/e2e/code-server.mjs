// A code-server instance with its own user-data dir, extensions dir, settings, XDG dirs and
// TMPDIR, all inside a fresh run folder, bound to 127.0.0.1.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { processesMentioning, sleep } from './processes.mjs';

/** Keeps the workbench quiet and off the network (no AI agent, telemetry, updates, tips). */
const WORKBENCH_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

// Unix socket paths are limited to 107 bytes; code-server puts sockets such as
// vscode-ipc-<uuid>.sock (52 bytes) into TMPDIR, which lives inside the run folder.
const MAX_RUN_BASE_LENGTH = 40;

/**
 * Creates the run folder: `ud` (user data), `exts`, `tmp`, `xdg/*`, and `workspace` (a copy of
 * `workspaceSource`, so tests may edit and save files). It is removed at cleanup.
 */
export function createRunFolder(session, label, workspaceSource) {
  const base = os.tmpdir().length <= MAX_RUN_BASE_LENGTH ? os.tmpdir() : '/tmp';
  const root = mkdtempSync(path.join(base, `dp-${label}-`));
  const run = {
    root,
    userData: path.join(root, 'ud'),
    extensions: path.join(root, 'exts'),
    tmp: path.join(root, 'tmp'),
    xdg: path.join(root, 'xdg'),
    workspace: path.join(root, 'workspace'),
    serverLog: path.join(root, 'code-server.log'),
    browserLog: path.join(root, 'browser-console.log'),
  };
  session.onCleanup(`run folder ${root}`, async () => {
    killLeftovers(root);
    rmSync(root, { recursive: true, force: true });
  });
  for (const dir of [run.extensions, run.tmp, run.workspace, path.join(run.userData, 'User')]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(path.join(run.userData, 'User', 'settings.json'), JSON.stringify(WORKBENCH_SETTINGS, null, 2));
  if (workspaceSource) cpSync(workspaceSource, run.workspace, { recursive: true });
  return run;
}

/** Safety net: by now every process of the run should be gone with its process group. */
function killLeftovers(runRoot) {
  for (const { pid, command } of processesMentioning(`${runRoot}/`)) {
    console.error(`Killing a process left behind: ${pid} ${command.slice(0, 160)}`);
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** At cleanup, copies the server and browser logs of a failed run to `resultsDir`/<run name>/. */
export function keepLogsIfFailed(session, run, resultsDir) {
  session.onCleanup('logs of a failed run', async () => {
    if (session.exitCode === 0) return;
    const target = path.join(resultsDir, path.basename(run.root));
    mkdirSync(target, { recursive: true });
    for (const file of [run.serverLog, run.browserLog]) {
      if (existsSync(file)) cpSync(file, path.join(target, path.basename(file)));
    }
    console.error(`Logs of the failed run: ${path.relative(process.cwd(), target) || target}/`);
  });
}

/** The environment of code-server and its CLI: isolated from the user's own VS Code and home. */
function serverEnv(tools, run) {
  // VSCODE_* (e.g. VSCODE_IPC_HOOK_CLI in a VS Code terminal) would make code-server talk to
  // the VS Code that launched us instead of starting its own server.
  const inherited = Object.entries(process.env).filter(([key]) => !/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(key));
  return {
    ...Object.fromEntries(inherited),
    PATH: `${path.dirname(tools.node)}:${process.env.PATH}`,
    TMPDIR: run.tmp,
    XDG_CONFIG_HOME: path.join(run.xdg, 'config'),
    XDG_DATA_HOME: path.join(run.xdg, 'data'),
    XDG_CACHE_HOME: path.join(run.xdg, 'cache'),
    EXTENSIONS_GALLERY: '{}', // no Open VSX queries
  };
}

export async function installExtension(session, tools, run, vsixPath) {
  const args = ['--install-extension', vsixPath, '--user-data-dir', run.userData, '--extensions-dir', run.extensions];
  const group = session.spawn(tools.node, [tools.codeServerEntry, ...args], { env: serverEnv(tools, run), logFile: run.serverLog });
  const { code } = await group.exited;
  await session.stopGroup(group.pgid);
  if (code !== 0) throw new Error(`code-server --install-extension failed (${code}):\n${logTail(run.serverLog)}`);
}

/**
 * Starts code-server on 127.0.0.1 (on `port`, or a free one) and waits until it answers.
 * `testDriver` enables the workbench's smoke-test driver, which honours `?payload=` (load an
 * extension for development, run its tests) and reports the result to `codeAutomationExit`.
 * `workspaceTrust` leaves workspace trust on (the user's settings decide about Restricted Mode; a folder not trusted opens in it).
 * `locale` (e.g. `ko`) is passed as `--locale`, with a language pack for it (see {@link registerLanguagePack}).
 * @returns {Promise<{ origin: string, authority: string, exited: Promise<{ code: number }> }>}
 */
export async function startCodeServer(session, tools, run, { port, testDriver = false, workspaceTrust = false, locale } = {}) {
  if (port && !(await isPortFree(port))) throw new Error(`port ${port} on 127.0.0.1 is already in use (choose another with PORT=…)`);
  if (locale) registerLanguagePack(run, locale);
  const attempts = port ? 1 : 3; // a free port can be taken by someone else before we bind it
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const chosenPort = port ?? (await findFreePort());
    const authority = `127.0.0.1:${chosenPort}`;
    const args = [
      '--bind-addr', authority, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
      ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--user-data-dir', run.userData, '--extensions-dir', run.extensions,
      ...(testDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
      ...(locale ? ['--locale', locale] : []),
    ];
    const group = session.spawn(tools.node, [tools.codeServerEntry, ...args], { env: serverEnv(tools, run), logFile: run.serverLog });
    const origin = `http://${authority}`;
    if (await waitUntilHealthy(run.serverLog, origin, group.exited, 60_000)) return { origin, authority, exited: group.exited };
    await session.stopGroup(group.pgid);
    if (!/EADDRINUSE/.test(readFileSync(run.serverLog, 'utf8'))) break;
  }
  throw new Error(`code-server did not start:\n${logTail(run.serverLog)}`);
}

/** True once this server (not another one on the same port) says it listens and answers. */
async function waitUntilHealthy(serverLog, origin, exited, timeoutMs) {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + timeoutMs;
  while (!hasExited && Date.now() < deadline) {
    try {
      const listening = readFileSync(serverLog, 'utf8').includes(`server listening on ${origin}/`);
      if (listening && (await fetch(`${origin}/healthz`)).ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  return false;
}

function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function logTail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

/**
 * `--locale ko` alone leaves code-server in English: the server resolves the display language through
 * the language packs recorded in <user-data>/languagepacks.json, and without one for the locale the
 * workbench (and so `vscode.env.language`) stays `en`. This records a language pack for `locale` as
 * installing one from the Marketplace would, with no translations of VS Code's own strings: the
 * workbench keeps its English, the display language becomes `locale`, and extensions pick their
 * package.nls.<locale>.json and l10n bundle.
 */
function registerLanguagePack(run, locale) {
  const folder = path.join(run.root, `language-pack-${locale}`);
  mkdirSync(folder, { recursive: true });
  const translations = path.join(folder, 'main.i18n.json');
  writeFileSync(translations, JSON.stringify({ contents: {} }));
  const pack = { hash: `test-${locale}`, extensions: [{ extensionIdentifier: { id: `test.language-pack-${locale}` }, version: '0.0.1' }], translations: { vscode: translations }, label: locale };
  writeFileSync(path.join(run.userData, 'languagepacks.json'), JSON.stringify({ [locale]: pack }));
}
