// Debian Chromium driven by playwright-core (no browser download), and the workbench URL.
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './tools.mjs';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Launches the browser; it is closed at cleanup (and killed by playwright if we die). */
export async function launchBrowser(session, run) {
  // playwright creates the browser profile in os.tmpdir(): keep it inside the run folder, and
  // Chromium's crash-report database (~/.config/chromium) too.
  process.env.TMPDIR = run.tmp;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(run.xdg, 'browser-config'), XDG_CACHE_HOME: path.join(run.xdg, 'browser-cache') },
    // The session handles signals: it closes the browser and stops the server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  session.onCleanup('browser', () => browser.close());
  return browser;
}

/**
 * The workbench URL for `folder`. `payload` entries are workbench launch options such as
 * extensionDevelopmentPath; paths in them are turned into vscode-remote URIs of this server.
 */
export function workbenchUrl(server, folder, payload = {}) {
  const entries = Object.entries(payload).map(([key, value]) => [
    key,
    key.endsWith('Path') ? `vscode-remote://${server.authority}${value}` : value,
  ]);
  const query = `folder=${encodeURIComponent(folder)}` + (entries.length ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : '');
  return `${server.origin}/?${query}`;
}

/**
 * Appends every page console message to `logFile` and passes each line, in order, to `onLine`.
 * Extension-host output arrives as console.log('%c INFO', 'color: …', ...args); the styling
 * prefix is dropped and the rest printf-formatted, like a terminal would show it.
 * @returns {{ flushed: () => Promise<void> }} resolves once the messages seen so far are handled
 */
export function captureConsole(page, logFile, onLine = () => {}) {
  let queue = Promise.resolve();
  page.on('console', (message) => {
    const text = consoleText(message);
    queue = queue.then(async () => {
      const line = await text;
      appendFileSync(logFile, `[${message.type()}] ${line}\n`);
      onLine(line);
    });
  });
  page.on('pageerror', (error) => appendFileSync(logFile, `[pageerror] ${error.message}\n`));
  return { flushed: () => queue };
}

async function consoleText(message) {
  let args;
  try {
    args = await Promise.all(message.args().map((arg) => arg.jsonValue()));
  } catch {
    args = [message.text()]; // the page navigated away or a value is not serialisable
  }
  if (typeof args[0] === 'string' && args[0].startsWith('%c') && typeof args[1] === 'string') args = args.slice(2);
  return format(...args);
}
