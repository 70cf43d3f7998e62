#!/usr/bin/env node
// `npm run generate`: writes the files generated from RULES (see generated-files.ts) when they changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = mkdtempSync(path.join(tmpdir(), 'daily-papers-generate-'));
try {
  const outfile = path.join(dir, 'generated-files.mjs');
  await esbuild.build({ entryPoints: [path.join(repo, 'scripts/generate/generated-files.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  const { generatedFiles } = await import(pathToFileURL(outfile).href);
  for (const [file, content] of Object.entries(generatedFiles(repo))) {
    const full = path.join(repo, file);
    if (readFileSync(full, 'utf8') === content) continue;
    writeFileSync(full, content);
    console.log(`generated ${file}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
