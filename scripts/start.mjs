#!/usr/bin/env node
// `npm start`: lists and lints seeds/ with the CLI, then packages the built extension, installs
// it into a fresh code-server on 127.0.0.1:$PORT (default 8080) opened on seeds/, prints the
// URL and runs until Ctrl+C. Everything (server, its user data, the .vsix) is removed on exit.
//
// usage: npm start [-- --locale ko] [-- --host web]
// --locale ko starts code-server in Korean (as the UI checks do: with a language pack recorded for it).
// --host web leaves the Node extension host without the extension and serves the packaged files for the
// browser's web worker extension host instead (as on vscode.dev): code-server installs a web extension
// only from the workbench, so the URL to give "Developer: Install Extension from Location…" (bound to
// Ctrl+Alt+Shift+F12, as code-server keeps it out of the palette) is printed.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRunFolder, installExtension, startCodeServer } from './e2e/code-server.mjs';
import { packageExtension, repoRoot } from './e2e/package-extension.mjs';
import { runDriver } from './e2e/session.mjs';
import { ensureTools } from './e2e/tools.mjs';
import { installKeybinding, serveExtension } from './e2e/web-extension.mjs';

const port = Number(process.env.PORT || 8080);
const folder = path.join(repoRoot, 'seeds');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const locale = option('--locale');
const host = option('--host') ?? 'node';

await runDriver(async (session) => {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a TCP port number, not ${process.env.PORT}`);
  if (host !== 'node' && host !== 'web') throw new Error('--host is node or web');
  if (argv.includes('--locale') && !locale) throw new Error('--locale needs a language, e.g. --locale ko');
  for (const command of ['list', 'lint']) {
    console.log(`$ daily-papers ${command} seeds`);
    // Lint findings are shown, not fatal: the point is to open the digests.
    spawnSync(process.execPath, ['dist/cli.js', command, 'seeds'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const tools = await ensureTools(session);
  const run = createRunFolder(session, 'start');
  if (host === 'node') await installExtension(session, tools, run, await packageExtension(session, tools.node, run.root));
  else writeFileSync(path.join(run.userData, 'User', 'keybindings.json'), JSON.stringify([installKeybinding()]));
  const server = await startCodeServer(session, tools, run, { port, locale });
  const url = `${server.origin}/?folder=${encodeURIComponent(folder).replaceAll('%2F', '/')}`;

  const language = locale ? ` with the display language ${locale}` : '';
  if (host === 'node') {
    console.log(`\nDaily Papers is installed in code-server${language}, opened on ${path.relative(process.cwd(), folder) || folder}:\n`);
    console.log(`    ${url}\n`);
  } else {
    const location = `${server.origin}/proxy/${await serveExtension(session, tools.node, run)}/`;
    console.log(`\ncode-server${language} is opened on ${path.relative(process.cwd(), folder) || folder}, Daily Papers not yet installed:\n`);
    console.log(`    ${url}\n`);
    console.log('To run it in the web worker extension host (as on vscode.dev), press Ctrl+Alt+Shift+F12 there');
    console.log(`(Developer: Install Extension from Location…) and give it:\n\n    ${location}\n`);
  }
  console.log(`Open a digest (e.g. ${path.basename(folder)}/2024-03-25.md). Press Ctrl+C to stop. Server log: ${run.serverLog}`);

  const { code } = await server.exited;
  if (session.cleaningUp) return 0;
  console.error(`code-server exited unexpectedly (${code}).`);
  return 1;
}, { interruptIsNormalExit: true });
