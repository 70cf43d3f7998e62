/** Conformance against the shared sample of real digests and the independent reference reading. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDigest } from '../../../src/core/export';
import { parseDigest } from '../../../src/core/parser/parser';
import { CORPUS, HAS_CORPUS } from '../helpers';

interface ExpectedFile {
  file: string;
  days: { date: string; line: number; papers: { id: string | null; line: number; votes: number | null; authors: string[] | null }[] }[];
}

if (!HAS_CORPUS) console.warn(`corpus conformance skipped: ${CORPUS} not found (it sits beside the checkout as ../shared/corpus)`);

describe.skipIf(!HAS_CORPUS)('the shared corpus matches expected.json', () => {
  const expected: ExpectedFile[] = HAS_CORPUS ? (JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[]) : [];

  it('covers every file of the corpus', () => {
    expect(expected.length).toBeGreaterThanOrEqual(17);
  });

  it.each(expected.map((file) => [file.file, file] as const))('%s', (_name, file) => {
    const exported = exportDigest(file.file, parseDigest(readFileSync(resolve(CORPUS, file.file), 'utf8')));
    const actual = exported.days.map((day) => ({
      date: day.date,
      line: day.line,
      papers: day.papers.map(({ id, line, votes, authors }) => ({ id, line, votes, authors })),
    }));
    expect(actual).toEqual(file.days);
  });
});
