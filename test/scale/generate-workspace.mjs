#!/usr/bin/env node
// Writes the scale workspace (see workspace-generator.mjs) from seeds/ and ../shared/corpus.
//
// usage: node test/scale/generate-workspace.mjs FOLDER [--digests N] [--notes N]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from './workspace-generator.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');

/** The sample digests: seeds/ always, ../shared/corpus when it sits beside the checkout. */
export function loadSampleDigests() {
  const folders = [path.join(REPO, 'seeds'), ...(existsSync(CORPUS) ? [path.join(CORPUS, 'paper_logs'), path.join(CORPUS, 'readme-history')] : [])];
  return folders.flatMap(markdownFiles).map((file) => readFileSync(file, 'utf8'));
}

function markdownFiles(folder) {
  const found = [];
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) found.push(...markdownFiles(full));
    else if (name.endsWith('.md')) found.push(full);
  }
  return found;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const folder = argv[0];
  if (!folder || folder.startsWith('--')) {
    console.error('usage: node test/scale/generate-workspace.mjs FOLDER [--digests N] [--notes N]');
    process.exit(2);
  }
  const option = (name, fallback) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
  const result = generateWorkspace(folder, { digests: option('--digests', 3_570), notes: option('--notes', 300), samples: loadSampleDigests() });
  console.log(`${result.digests} digests and ${result.notes} other Markdown files, ${(result.bytes / 1e6).toFixed(1)} MB, in ${folder}`);
}
