#!/usr/bin/env node
// `npm start`: lists and lints seeds/ with the CLI, then packages the built extension, installs
// it into a fresh code-server on 127.0.0.1:$PORT (default 8080) opened on seeds/, prints the
// URL and runs until Ctrl+C. Everything (server, its user data, the .vsix) is removed on exit.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createRunFolder, installExtension, startCodeServer } from './e2e/code-server.mjs';
import { packageExtension, repoRoot } from './e2e/package-extension.mjs';
import { runDriver } from './e2e/session.mjs';
import { ensureTools } from './e2e/tools.mjs';

const port = Number(process.env.PORT || 8080);
const folder = path.join(repoRoot, 'seeds');

await runDriver(async (session) => {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`PORT must be a TCP port number, not ${process.env.PORT}`);
  for (const command of ['list', 'lint']) {
    console.log(`$ daily-papers ${command} seeds`);
    // Lint findings are shown, not fatal: the point is to open the digests.
    spawnSync(process.execPath, ['dist/cli.js', command, 'seeds'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const tools = await ensureTools(session);
  const run = createRunFolder(session, 'start');
  const vsix = await packageExtension(session, tools.node, run.root);
  await installExtension(session, tools, run, vsix);
  const server = await startCodeServer(session, tools, run, { port });

  console.log(`\nDaily Papers is installed in code-server, opened on ${path.relative(process.cwd(), folder) || folder}:\n`);
  console.log(`    ${server.origin}/?folder=${encodeURIComponent(folder).replaceAll('%2F', '/')}\n`);
  console.log(`Open a digest (e.g. ${path.basename(folder)}/2024-03-25.md). Press Ctrl+C to stop. Server log: ${run.serverLog}`);

  const { code } = await server.exited;
  if (session.cleaningUp) return 0;
  console.error(`code-server exited unexpectedly (${code}).`);
  return 1;
}, { interruptIsNormalExit: true });
