import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NodeFileSystem } from '../../../src/cli/node-file-system';
import { indexDigest } from '../../../src/core/workspace/records';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';
import { parseDigest } from '../../../src/core/parser/parser';
import { ArchiveStats, followIndex, STATS_CHUNK_FILES } from '../../../src/core/stats';
import { CORPUS, HAS_CORPUS } from '../helpers';
import { digest, MemoryFileSystem, paper } from '../workspace/memory-file-system';
import { referenceFigures, type ExpectedFile } from './reference';

describe.skipIf(!HAS_CORPUS)('archive stats over the sample corpus (../shared/corpus)', () => {
  it('agree with the figures computed from the reference reader’s expected.json', async () => {
    const expected = JSON.parse(readFileSync(resolve(CORPUS, 'expected.json'), 'utf8')) as ExpectedFile[];
    const reference = referenceFigures(expected);
    const index = new WorkspaceIndex({ fileSystem: new NodeFileSystem([CORPUS]) });
    await index.build();
    const { stats } = followIndex(index);

    expect(stats.totals()).toEqual({ days: reference.days, papers: reference.papers, votes: reference.votes });
    expect(stats.months()).toEqual(reference.months);
    expect(stats.authors()).toEqual(reference.authors);
    expect(stats.authorCount).toBe(reference.authors.length);
    expect(stats.authors({ limit: 20 })).toEqual(reference.authors.slice(0, 20));
    const top = stats.top(30).map((each) => ({
      file: relative(CORPUS, fileURLToPath(each.day.file.uri)),
      date: each.day.date,
      line: each.line + 1,
      id: each.id,
      votes: each.votes ?? 0,
    }));
    expect(top).toEqual(reference.top.slice(0, 30));
    expect(stats.authors().some((each) => each.name === '+')).toBe(false);
  });
});

describe('archive stats definitions', () => {
  const statsOf = (...texts: string[]) => {
    const stats = new ArchiveStats();
    texts.forEach((text, i) => stats.setFile(indexDigest(`mem:/ws/${i}.md`, parseDigest(text))));
    return stats;
  };

  it('counts a name once per entry, merges NFC and whitespace variants only, and leaves out the left-out mark', () => {
    const decomposed = 'Le\u0301a Martin';
    const stats = statsOf(
      digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 5, authors: ['Léa Martin', 'Ada  Lovelace', 'Léa Martin', '+', 'ada lovelace'] })),
      digest('2024-03-26', paper({ id: '2403.00002', title: 'B', votes: 3, authors: [decomposed, 'Ada Lovelace'] })),
    );
    expect(stats.authors()).toEqual([
      { name: 'Ada Lovelace', papers: 2, votes: 8 },
      { name: 'Léa Martin', papers: 2, votes: 8 },
      { name: 'ada lovelace', papers: 1, votes: 5 },
    ]);
  });

  it('keeps on each index record the names as written (each once) and the keys it is counted under', () => {
    const [plain, spaced] = indexDigest(
      'mem:/ws/names.md',
      parseDigest(
        digest(
          '2024-03-25',
          paper({ id: '2403.00001', title: 'Plain', votes: 1, authors: ['Grace Hopper', 'Alan Turing', 'Grace Hopper'] }),
          paper({ id: '2403.00002', title: 'Spaced', votes: 1, authors: ['Ada  Lovelace', 'Ada Lovelace', 'Le\u0301a Martin', '+'] }),
        ),
      ),
    ).days[0].papers;
    expect(plain.title).toBe('Plain');
    expect(plain.authors).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(plain.authorKeys).toEqual(['Grace Hopper', 'Alan Turing']);
    expect(spaced.title).toBe('Spaced');
    expect(spaced.authors).toEqual(['Ada  Lovelace', 'Ada Lovelace', 'Le\u0301a Martin']);
    expect(spaced.authorKeys).toEqual(['Ada Lovelace', 'Léa Martin']);
    expect(spaced.namesLeftOut).toBe(true);
  });

  it('counts only entries of dated sections, a missing vote as 0, and a date shared by two files once', () => {
    const stats = statsOf(
      digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 5 })),
      digest('2024-03-25', paper({ id: '2403.00002', title: 'B', votes: 4 })),
      digest('2024-02-30', paper({ id: '2402.00003', title: 'Impossible date', votes: 50 })),
      digest('2024-04-01', paper({ id: '2404.00004', title: 'No vote' }).replace('Vote: 1', 'Vote: many')),
    );
    expect(stats.totals()).toEqual({ days: 2, papers: 3, votes: 9 });
    expect(stats.months()).toEqual([
      { month: '2024-03', days: 1, papers: 2, votes: 9 },
      { month: '2024-04', days: 1, papers: 1, votes: 0 },
    ]);
    expect(stats.top(10).map((each) => each.title)).toEqual(['A', 'B', 'No vote']);
    expect(stats.top(10, '2024-04').map((each) => each.title)).toEqual(['No vote']);
  });

  it('sorts authors by papers then votes then name, or by votes first, and selects the first few without losing order', () => {
    const stats = statsOf(
      digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 1, authors: ['Cy', 'Bo'] }), paper({ id: '2403.00002', title: 'B', votes: 1, authors: ['Cy', 'Al'] })),
      digest('2024-03-26', paper({ id: '2403.00003', title: 'C', votes: 40, authors: ['Di'] })),
    );
    expect(stats.authors().map((each) => each.name)).toEqual(['Cy', 'Di', 'Al', 'Bo']);
    expect(stats.authors({ sort: 'votes' }).map((each) => each.name)).toEqual(['Di', 'Cy', 'Al', 'Bo']);
    expect(stats.authors({ limit: 2 }).map((each) => each.name)).toEqual(['Cy', 'Di']);
    expect(stats.authors({ accept: (name) => name !== 'Cy' }).map((each) => each.name)).toEqual(['Di', 'Al', 'Bo']);
    expect(stats.papersOf('Cy').map((each) => each.title)).toEqual(['A', 'B']);
  });
});

describe('archive stats follow the index', () => {
  it('work through a change of many files in chunks, then report once, with the figures of a fresh computation', async () => {
    const fs = new MemoryFileSystem();
    const count = STATS_CHUNK_FILES * 2 + 7;
    for (let i = 0; i < count; i++) fs.write(`f${i}.md`, digest('2024-03-25', paper({ id: `2403.${String(10000 + i)}`, title: `P${i}`, votes: 1, authors: ['Ada'] })));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 10 });
    await index.build();
    let updates = 0;
    const { stats } = followIndex(index, () => updates++);
    expect(stats.author('Ada')).toEqual({ name: 'Ada', papers: count, votes: count });

    for (let i = 0; i < count; i++) fs.write(`f${i}.md`, digest('2024-03-25', paper({ id: `2403.${String(10000 + i)}`, title: `P${i}`, votes: 2, authors: ['Bo'] })));
    await index.build();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(updates).toBe(1);
    expect(stats.author('Ada')).toBeUndefined();
    expect(stats.author('Bo')).toEqual({ name: 'Bo', papers: count, votes: 2 * count });
    expect(stats.totals()).toEqual({ days: 1, papers: count, votes: 2 * count });
  });

  it('update after an edit, a new file and a deletion to what a fresh computation gives, reading only the changed files', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 5, authors: ['Ada', 'Bo'] })));
    fs.write('b.md', digest('2024-04-02', paper({ id: '2404.00002', title: 'B', votes: 7, authors: ['Bo'] })));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 10 });
    await index.build();
    let updates = 0;
    const { stats } = followIndex(index, () => updates++);
    expect(stats.authors()).toEqual([
      { name: 'Bo', papers: 2, votes: 12 },
      { name: 'Ada', papers: 1, votes: 5 },
    ]);

    fs.reads.length = 0;
    const a = fs.write('a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 9, authors: ['Ada'] })));
    index.fileChanged(a);
    await index.settle();
    expect(fs.reads).toEqual([a]);
    expect(stats.authors()).toEqual([
      { name: 'Ada', papers: 1, votes: 9 },
      { name: 'Bo', papers: 1, votes: 7 },
    ]);
    expect(stats.top(1).map((each) => each.title)).toEqual(['A']);

    index.fileCreated(fs.write('c.md', digest('2024-04-03', paper({ id: '2404.00003', title: 'C', votes: 1, authors: ['Bo'] }))));
    index.fileDeleted(fs.remove('a.md'));
    await index.settle();
    expect(stats.totals()).toEqual({ days: 2, papers: 2, votes: 8 });
    expect(stats.months()).toEqual([{ month: '2024-04', days: 2, papers: 2, votes: 8 }]);
    expect(stats.authors()).toEqual([{ name: 'Bo', papers: 2, votes: 8 }]);
    expect(updates).toBe(2);

    const fresh = new ArchiveStats();
    for (const day of index.days()) fresh.setFile(day.file);
    expect(stats.authors()).toEqual(fresh.authors());
    expect(stats.months()).toEqual(fresh.months());
  });
});
