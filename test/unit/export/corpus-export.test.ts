/**
 * Every field of every paper of the shared corpus (title, URL, line, votes, authors, media, each summary
 * bullet) against corpus-export.expected.json, generated once and checked by hand against the Markdown.
 * Regenerate after an intended change with `DAILY_PAPERS_UPDATE_EXPECTED=1 npx vitest run test/unit/export`
 * and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, HAS_CORPUS } from '../helpers';
import { exportCorpus } from './corpus-export';

const EXPECTED = resolve(__dirname, 'corpus-export.expected.json');

describe.skipIf(!HAS_CORPUS)('export of the shared corpus, every field', () => {
  const actual = HAS_CORPUS ? exportCorpus(CORPUS) : [];
  if (process.env.DAILY_PAPERS_UPDATE_EXPECTED === '1') writeFileSync(EXPECTED, JSON.stringify(actual, null, 1) + '\n');
  const expected = JSON.parse(readFileSync(EXPECTED, 'utf8')) as typeof actual;

  it('exports the same files', () => {
    expect(actual.map((file) => file.file)).toEqual(expected.map((file) => file.file));
  });

  it.each(expected.map((file) => [file.file, file] as const))('%s', (name, file) => {
    expect(actual.find((candidate) => candidate.file === name)).toEqual(file);
  });
});
