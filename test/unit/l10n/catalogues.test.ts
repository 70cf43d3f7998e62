import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholdersOf } from '../../../src/core/l10n/format';
import { EN } from '../../../src/core/l10n/messages-en';
import { KO } from '../../../src/core/l10n/messages-ko';
import { l10nKeys } from '../../../scripts/l10n-keys.mjs';
import { REPO } from '../helpers';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(REPO, path), 'utf8')) as Record<string, unknown>;

/** Keys missing from either side, and keys whose translation drops or adds a `{0}`. */
function compare(english: Record<string, string>, translated: Record<string, string>) {
  const missing = Object.keys(english).filter((key) => typeof translated[key] !== 'string' || translated[key].trim() === '');
  const extra = Object.keys(translated).filter((key) => !(key in english));
  const placeholders = Object.keys(english)
    .filter((key) => key in translated && placeholdersOf(english[key]).join() !== placeholdersOf(translated[key]).join())
    .map((key) => `${key}: ${placeholdersOf(english[key]).join()} ≠ ${placeholdersOf(translated[key]).join()}`);
  return { missing, extra, placeholders };
}

const NONE = { missing: [], extra: [], placeholders: [] };
const HANGUL = /[\uac00-\ud7a3]/;

describe('every message has English and Korean, with the same placeholders', () => {
  it('the core catalogue (lint messages, fixes, hover cards)', () => {
    expect(compare(EN, KO)).toEqual(NONE);
    const untranslated = Object.keys(EN).filter((key) => /[a-z]{3,}/i.test(EN[key as keyof typeof EN].replace(/`[^`]*`|\{\d+\}/g, '')) && !HANGUL.test(KO[key as keyof typeof KO]));
    expect(untranslated).toEqual([]);
  });

  it("the extension's vscode.l10n.t messages (extracted from src/) and l10n/bundle.l10n.ko.json", () => {
    const keys = l10nKeys(join(REPO, 'src'));
    expect(keys.length).toBeGreaterThan(50);
    const english = Object.fromEntries(keys.map((key) => [key, key]));
    expect(compare(english, readJson('l10n/bundle.l10n.ko.json') as Record<string, string>)).toEqual(NONE);
  });

  it('package.nls.json and package.nls.ko.json; every %key% of package.json is in package.nls.json', () => {
    const english = readJson('package.nls.json') as Record<string, string>;
    expect(compare(english, readJson('package.nls.ko.json') as Record<string, string>)).toEqual(NONE);
    const manifest = readFileSync(join(REPO, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]);
    expect(used.length).toBeGreaterThan(30);
    expect(used.filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).filter((key) => !used.includes(key))).toEqual([]);
    expect((JSON.parse(manifest) as { l10n?: string }).l10n).toBe('./l10n');
  });

  it('every vscode.l10n.t call in src/ has a string literal first, so that the extraction above sees it', () => {
    const calls = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? calls(join(dir, entry.name))
          : entry.name.endsWith('.ts')
            ? [...readFileSync(join(dir, entry.name), 'utf8').matchAll(/vscode\.l10n\.t\(\s*(.)/g)].map((match) => `${entry.name}: ${match[1]}`)
            : [],
      );
    const found = calls(join(REPO, 'src'));
    expect(found.length).toBeGreaterThan(50);
    expect(found.filter((call) => !call.endsWith("'"))).toEqual([]);
  });

  it('the key extraction sees real calls, escaped quotes included', () => {
    const keys = l10nKeys(join(REPO, 'src'));
    expect(keys).toContain('Copy BibTeX');
    expect(keys).toContain('Showing {0} of {1} matching “{2}”.');
    expect(readdirSync(join(REPO, 'l10n'))).toContain('bundle.l10n.ko.json');
  });

  it('the placeholder check catches a dropped {0}', () => {
    expect(compare({ a: 'Vote {0} after {1}' }, { a: '추천 {0}' }).placeholders).toEqual(['a: {0},{1} ≠ {0}']);
    expect(compare({ a: 'x', b: 'y' }, { a: '엑스' }).missing).toEqual(['b']);
  });
});
