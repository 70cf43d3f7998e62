#!/usr/bin/env node
// Packages the built extension (run esbuild first) as a .vsix with @vscode/vsce, offline and without
// prompts, then prints its files and size. Used by `npm run package`, `npm start` and the UI checks.
// usage: node scripts/package.mjs [--out FILE.vsix]
//
// There is no public repository, so vsce cannot turn the README's relative links into web addresses:
// links are left relative (they name files inside the package, such as docs/rules.md), and the
// README's screenshots (media/readme/, not in the package) are left out of the package's copy of the
// README, because VS Code's extension page loads images from https: only and would show them broken.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createVSIX, listFiles, PackageManager } from '@vscode/vsce';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where the package's copy of the README is written; vsce stores it as extension/readme.md. */
export const PACKAGED_README = 'dist/package/README.md';
export const SIZE_TARGET_BYTES = 300 * 1024;

const SCREENSHOT_LINE = /^!\[[^\]]*\]\(media\/readme\/[^)\s]+\)[ \t]*\r?\n/gm;

/** The README as packaged: the same text without the lines that show a screenshot of media/readme/. */
export function packagedReadme(readme) {
  return readme.replace(SCREENSHOT_LINE, '');
}

/** The options given to vsce, for the package and for listing its files. */
export function vsceOptions(cwd = repoRoot) {
  return { cwd, packageManager: PackageManager.None, dependencies: false, readmePath: PACKAGED_README, allowMissingRepository: true, rewriteRelativeLinks: false };
}

/** The files of the package, relative to the repository, as vsce collects them. */
export function packagedFiles(cwd = repoRoot) {
  return listFiles(vsceOptions(cwd));
}

export async function packageVsix(out) {
  mkdirSync(path.join(repoRoot, path.dirname(PACKAGED_README)), { recursive: true });
  writeFileSync(path.join(repoRoot, PACKAGED_README), packagedReadme(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')));
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const packagePath = path.resolve(out ?? path.join(repoRoot, `${manifest.name}-${manifest.version}.vsix`));
  await createVSIX({ ...vsceOptions(), packagePath });
  return packagePath;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const vsix = await packageVsix(argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : undefined);
  const files = (await packagedFiles()).sort();
  const size = statSync(vsix).size;
  console.log(`\n${files.length} files packaged:`);
  for (const file of files) console.log(`  ${file === PACKAGED_README ? `README.md (from ${file})` : file}  ${(statSync(path.join(repoRoot, file)).size / 1024).toFixed(1)} KB`);
  const verdict = size < SIZE_TARGET_BYTES ? 'under' : 'OVER';
  console.log(`\n${path.relative(process.cwd(), vsix)}: ${(size / 1024).toFixed(1)} KB, ${verdict} the ${SIZE_TARGET_BYTES / 1024} KB target`);
}
