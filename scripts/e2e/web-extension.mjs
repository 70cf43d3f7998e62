// Runs the extension in the web worker extension host, the way vscode.dev and github.dev run it.
//
// code-server's web worker host loads development extensions only from the embedder's options,
// not from the `?payload=` the integration tests use, so the packaged files are installed as a
// user installs a web extension: "Developer: Install Extension from Location…" with the URL of a
// folder served over loopback. The URL goes through code-server's own /proxy/PORT/ route, because
// the workbench's Content-Security-Policy only lets it fetch from its own origin.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { repoRoot } from './package-extension.mjs';

const INSTALL_FROM_LOCATION = 'workbench.extensions.action.installExtensionFromLocation';
const INSTALL_KEY = 'ctrl+alt+shift+f12';
// Browsers draw an SVG icon only when it is served as one.
const CONTENT_TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.css': 'text/css', '.md': 'text/markdown' };

/** The files `vsce package` would put in the .vsix, relative to the repository. */
async function packagedFiles(session, node, logFile) {
  const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  const group = session.spawn(node, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, logFile });
  const { code } = await group.exited;
  await session.stopGroup(group.pgid);
  const lines = readFileSync(logFile, 'utf8').split('\n').map((line) => line.trim());
  if (code !== 0) throw new Error(`vsce ls failed (${code}):\n${lines.join('\n')}`);
  return new Set(lines.filter((line) => line !== '' && !line.startsWith('WARNING')));
}

/** Serves exactly the packaged files on 127.0.0.1; stopped at cleanup. Returns the port. */
export async function serveExtension(session, node, run) {
  const files = await packagedFiles(session, node, path.join(run.root, 'vsce-ls.log'));
  if (!files.has('package.json')) throw new Error('vsce ls listed no package.json');
  return serveFiles(session, repoRoot, files);
}

/** Serves `files` (paths relative to `root`) of an extension folder on 127.0.0.1; stopped at cleanup. Returns the port. */
export async function serveFiles(session, root, files) {
  const server = http.createServer((request, response) => {
    const relative = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '');
    if (!files.has(relative)) {
      response.writeHead(404).end();
      return;
    }
    const type = CONTENT_TYPES[path.extname(relative)] ?? 'application/octet-stream';
    response.writeHead(200, { 'Access-Control-Allow-Origin': '*', 'Content-Type': type }).end(readFileSync(path.join(root, relative)));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  session.onCleanup('extension file server', () => new Promise((resolve) => server.close(() => resolve())));
  return server.address().port;
}

/** A keybinding for the install command, which code-server keeps out of the Command Palette. */
export function installKeybinding() {
  return { key: INSTALL_KEY, command: INSTALL_FROM_LOCATION };
}

/** Installs the served extension into the browser's web extensions and waits until it is listed. */
export async function installFromLocation(page, location) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Alt+Shift+F12');
    try {
      await input.waitFor({ timeout: 3000 });
      break;
    } catch (error) {
      if (attempt === 9) throw error; // the workbench takes keys only once it has settled
    }
  }
  await input.fill(location);
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}
