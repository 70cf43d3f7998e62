// Packages the extension as a user would install it, as `npm run package` does (scripts/package.mjs:
// vsce without dependencies, esbuild has bundled them into dist/extension.js; .vscodeignore keeps
// sources, tests and maps out). Run under Node 24: newer vsce releases need Node 22+.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Writes <name>-<version>.vsix into `outDir` and returns its path. */
export async function packageExtension(session, node, outDir) {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(outDir, `${manifest.name}-${manifest.version}.vsix`);
  const logFile = path.join(outDir, 'vsce.log');
  const group = session.spawn(node, [path.join(repoRoot, 'scripts', 'package.mjs'), '--out', vsix], { cwd: repoRoot, logFile });
  const { code } = await group.exited;
  await session.stopGroup(group.pgid);
  if (code !== 0) throw new Error(`scripts/package.mjs failed (${code}):\n${readFileSync(logFile, 'utf8')}`);
  return vsix;
}
