/** The messages of `vscode.l10n.t('…')` calls in src/ (string literals only), as a sorted list of keys. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CALL = /vscode\.l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g;

export function l10nKeys(root) {
  const keys = new Set();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) for (const match of readFileSync(path, 'utf8').matchAll(CALL)) keys.add(match[1].replace(/\\(.)/g, '$1'));
    }
  };
  walk(root);
  return [...keys].sort();
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(l10nKeys(process.argv[2] ?? 'src'), null, 2));
