/** The orders every surface shares (top papers, authors) and the figures after files come and go. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { ArchiveStats, authorComparator, authorKeysOf, compareTopPapers, followIndex, STATS_CHUNK_FILES, type StatsSource } from '../../../src/core/stats';
import { Emitter } from '../../../src/core/workspace/emitter';
import { indexDigest, type IndexedFile, type IndexedPaper } from '../../../src/core/workspace/records';
import { digest, paper } from '../workspace/memory-file-system';

const fileOf = (uri: string, text: string): IndexedFile => indexDigest(uri, parseDigest(text));
const papersOf = (file: IndexedFile): IndexedPaper[] => file.days.flatMap((day) => [...day.papers]);
const names = (list: readonly { name: string }[]) => list.map((each) => each.name);
const titles = (list: readonly IndexedPaper[]) => list.map((each) => each.title);

describe('the order of top papers', () => {
  it('most votes, then the newest date, then the file, then the line', () => {
    const a = fileOf('mem:/a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'A1', votes: 5 }), paper({ id: '2403.00002', title: 'A2', votes: 5 })));
    const b = fileOf('mem:/b.md', digest('2024-03-25', paper({ id: '2403.00003', title: 'B1', votes: 5 })));
    const newer = fileOf('mem:/zz.md', digest('2024-03-26', paper({ id: '2403.00004', title: 'Newer', votes: 5 })));
    const more = fileOf('mem:/z.md', digest('2024-01-01', paper({ id: '2401.00005', title: 'More votes', votes: 6 })));
    const all = [...papersOf(b), ...papersOf(a), ...papersOf(more), ...papersOf(newer)];
    expect(titles([...all].sort(compareTopPapers))).toEqual(['More votes', 'Newer', 'A1', 'A2', 'B1']);
    expect(titles([...all].reverse().sort(compareTopPapers))).toEqual(['More votes', 'Newer', 'A1', 'A2', 'B1']);
    const [a1, a2] = papersOf(a);
    expect(compareTopPapers(a1, a1)).toBe(0);
    expect(compareTopPapers(a1, a2)).toBeLessThan(0);
    expect(compareTopPapers(a2, a1)).toBeGreaterThan(0);
  });

  it('counts a missing vote as 0, below any vote', () => {
    const file = fileOf('mem:/a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'None' }).replace('Vote: 1', 'Vote: ?'), paper({ id: '2403.00002', title: 'One', votes: 1 })));
    const [none, one] = papersOf(file);
    expect(none.votes).toBeNull();
    expect(compareTopPapers(none, one)).toBeGreaterThan(0);
    expect(compareTopPapers(one, none)).toBeLessThan(0);
  });
});

describe('the order of authors', () => {
  const ada = { name: 'Ada', papers: 2, votes: 1 };
  const bo = { name: 'Bo', papers: 1, votes: 9 };
  const cy = { name: 'Cy', papers: 1, votes: 9 };
  const di = { name: 'Di', papers: 2, votes: 5 };

  it('by papers: most papers, then most votes, then name', () => {
    expect(names([cy, ada, bo, di].sort(authorComparator()))).toEqual(['Di', 'Ada', 'Bo', 'Cy']);
    expect(names([bo, di, cy, ada].sort(authorComparator('papers')))).toEqual(['Di', 'Ada', 'Bo', 'Cy']);
  });

  it('by votes: most votes, then most papers, then name', () => {
    const eve = { name: 'Eve', papers: 2, votes: 9 };
    expect(names([ada, cy, bo, di, eve].sort(authorComparator('votes')))).toEqual(['Eve', 'Bo', 'Cy', 'Di', 'Ada']);
    expect(names([eve, di, bo, cy, ada].sort(authorComparator('votes')))).toEqual(['Eve', 'Bo', 'Cy', 'Di', 'Ada']);
  });

  it('the same figures and name compare equal', () => {
    expect(authorComparator()(ada, { ...ada })).toBe(0);
    expect(authorComparator('votes')(bo, { ...bo })).toBe(0);
  });
});

describe('ArchiveStats', () => {
  const march = fileOf(
    'mem:/march.md',
    `${digest('2024-03-25', paper({ id: '2403.00001', title: 'M1', votes: 3, authors: ['Ada', 'Bo'] }), paper({ id: '2403.00002', title: 'M2', votes: 8, authors: ['Bo'] }))}\n` +
      digest('2024-03-02', paper({ id: '2403.00003', title: 'M3', votes: 1, authors: ['Cy'] })),
  );
  const april = fileOf('mem:/april.md', digest('2024-04-01', paper({ id: '2404.00001', title: 'A1', votes: 20, authors: ['Ada', 'Di'] })));
  const undated = fileOf('mem:/notes.md', `# Notes\n\n${paper({ id: '2402.00001', title: 'Orphan', votes: 100, authors: ['Eve'] })}`);

  function stats(...files: IndexedFile[]): ArchiveStats {
    const result = new ArchiveStats();
    for (const file of files) result.setFile(file);
    return result;
  }

  it('counts months oldest first, each with its dates, papers and votes; undated entries count nowhere', () => {
    const february = fileOf('mem:/february.md', digest('2024-02-29', paper({ id: '2402.00009', title: 'F', votes: 0, authors: ['Ada'] })));
    expect(stats(april, february, march).months().map((each) => each.month)).toEqual(['2024-02', '2024-03', '2024-04']);
    const figures = stats(april, undated, march);
    expect(figures.months()).toEqual([
      { month: '2024-03', days: 2, papers: 3, votes: 12 },
      { month: '2024-04', days: 1, papers: 1, votes: 20 },
    ]);
    expect(figures.totals()).toEqual({ days: 3, papers: 4, votes: 32 });
    expect(figures.authorCount).toBe(4);
    expect(figures.author('Eve')).toBeUndefined();
    expect(figures.author('Nobody')).toBeUndefined();
    expect(figures.author(' Ada ')).toEqual({ name: 'Ada', papers: 2, votes: 23 });
  });

  it('takes a file back out: its month, its dates and authors only it named go, others keep the rest', () => {
    const figures = stats(march, april);
    expect(figures.deleteFile(april.uri)).toBe(true);
    expect(figures.deleteFile(april.uri)).toBe(false);
    expect(figures.months()).toEqual([{ month: '2024-03', days: 2, papers: 3, votes: 12 }]);
    expect(figures.totals()).toEqual({ days: 2, papers: 3, votes: 12 });
    expect(figures.author('Di')).toBeUndefined();
    expect(figures.author('Ada')).toEqual({ name: 'Ada', papers: 1, votes: 3 });
    expect(figures.authorCount).toBe(3);
    expect(names(figures.authors())).toEqual(['Bo', 'Ada', 'Cy']);
    expect(titles(figures.top(10))).toEqual(['M2', 'M1', 'M3']);
    expect(figures.top(10, '2024-04')).toEqual([]);

    figures.update(march.uri, undefined);
    expect(figures.months()).toEqual([]);
    expect(figures.totals()).toEqual({ days: 0, papers: 0, votes: 0 });
    expect(figures.authorCount).toBe(0);
    expect(figures.authors()).toEqual([]);
  });

  it('replaces what a URI contributed when it is set again', () => {
    const figures = stats(march);
    const edited = fileOf(march.uri, digest('2024-03-25', paper({ id: '2403.00001', title: 'M1', votes: 4, authors: ['Ada'] })));
    figures.update(march.uri, edited);
    expect(figures.months()).toEqual([{ month: '2024-03', days: 1, papers: 1, votes: 4 }]);
    expect(figures.authors()).toEqual([{ name: 'Ada', papers: 1, votes: 4 }]);
    expect(figures.authorCount).toBe(1);
  });

  it('keeps a date shared by two files until both are gone', () => {
    const other = fileOf('mem:/other.md', digest('2024-04-01', paper({ id: '2404.00009', title: 'Other', votes: 2, authors: ['Ada'] })));
    const figures = stats(april, other);
    expect(figures.months()).toEqual([{ month: '2024-04', days: 1, papers: 2, votes: 22 }]);
    figures.deleteFile(april.uri);
    expect(figures.months()).toEqual([{ month: '2024-04', days: 1, papers: 1, votes: 2 }]);
    expect(figures.totals().days).toBe(1);
  });

  it('selects the first authors with a limit, in order, whatever order they were counted in', () => {
    const many = fileOf(
      'mem:/many.md',
      digest(
        '2024-03-25',
        paper({ id: '2403.00011', title: 'P1', votes: 1, authors: ['Zed', 'Yan'] }),
        paper({ id: '2403.00012', title: 'P2', votes: 2, authors: ['Yan', 'Xu'] }),
        paper({ id: '2403.00013', title: 'P3', votes: 30, authors: ['Wu'] }),
        paper({ id: '2403.00014', title: 'P4', votes: 1, authors: ['Xu', 'Vi'] }),
      ),
    );
    const figures = stats(many);
    expect(figures.authors()).toEqual([
      { name: 'Xu', papers: 2, votes: 3 },
      { name: 'Yan', papers: 2, votes: 3 },
      { name: 'Wu', papers: 1, votes: 30 },
      { name: 'Vi', papers: 1, votes: 1 },
      { name: 'Zed', papers: 1, votes: 1 },
    ]);
    expect(names(figures.authors({ limit: 1 }))).toEqual(['Xu']);
    expect(names(figures.authors({ limit: 3 }))).toEqual(['Xu', 'Yan', 'Wu']);
    expect(names(figures.authors({ limit: 4 }))).toEqual(['Xu', 'Yan', 'Wu', 'Vi']);
    expect(names(figures.authors({ limit: 2, sort: 'votes' }))).toEqual(['Wu', 'Xu']);
    expect(names(figures.authors({ limit: 2, accept: (name) => name !== 'Xu' }))).toEqual(['Yan', 'Wu']);
    expect(figures.authors({ limit: 0 })).toEqual([]);
    expect(figures.authors({ limit: -1 })).toEqual([]);
  });

  it('lists an author’s dated papers newest first, most votes first within a day', () => {
    const figures = stats(march, april, undated);
    expect(titles(figures.papersOf('Ada'))).toEqual(['A1', 'M1']);
    expect(titles(figures.papersOf('Bo'))).toEqual(['M2', 'M1']);
    expect(figures.papersOf('Eve')).toEqual([]);
    const older = fileOf('mem:/older.md', digest('2024-01-02', paper({ id: '2401.00001', title: 'Old and loved', votes: 90, authors: ['Ada'] })));
    figures.setFile(older);
    expect(titles(figures.papersOf('Ada'))).toEqual(['A1', 'M1', 'Old and loved']);
    expect(figures.papersOf('Nobody')).toEqual([]);
  });

  it('lists the top papers of all months or one, at most as many as asked, undated ones never', () => {
    const figures = stats(undated, march, april);
    expect(titles(figures.top(2))).toEqual(['A1', 'M2']);
    expect(titles(figures.top(3, '2024-03'))).toEqual(['M2', 'M1', 'M3']);
    expect(titles(figures.top(1, '2024-03'))).toEqual(['M2']);
    expect(figures.top(0)).toEqual([]);
    expect(titles(figures.top(10))).toEqual(['A1', 'M2', 'M1', 'M3']);
    expect(titles(figures.top(10, '2024-04'))).toEqual(['A1']);
  });

  it('answers top papers afresh after a change, and a caller cannot spoil the next answer', () => {
    const figures = stats(march);
    const first = figures.top(2);
    first.length = 0;
    expect(titles(figures.top(2))).toEqual(['M2', 'M1']);
    expect(titles(figures.top(2, '2024-03'))).toEqual(['M2', 'M1']);
    figures.setFile(april);
    expect(titles(figures.top(2))).toEqual(['A1', 'M2']);
    expect(figures.months().map((each) => each.month)).toEqual(['2024-03', '2024-04']);
  });

  it('names each entry’s distinct author keys in order', () => {
    const [entry] = papersOf(fileOf('mem:/k.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'K', authors: ['Bo  Li', 'Ada', 'Bo Li'] }))));
    expect(authorKeysOf(entry)).toEqual(['Bo Li', 'Ada']);
  });
});

/** An index stand-in whose changes the test fires by hand. */
class FakeIndex implements StatsSource {
  readonly files = new Map<string, IndexedFile>();
  private readonly changes = new Emitter<{ readonly uris: readonly string[] }>();
  readonly onDidChange = this.changes.event;
  days() {
    return [...this.files.values()].flatMap((file) => file.days);
  }
  file(uri: string) {
    return this.files.get(uri);
  }
  put(file: IndexedFile) {
    this.files.set(file.uri, file);
  }
  fire(uris: readonly string[]) {
    this.changes.fire({ uris });
  }
}

const numbered = (i: number, votes = 1) => fileOf(`mem:/f${i}.md`, digest('2024-03-25', paper({ id: `2403.${String(10000 + i)}`, title: `P${i}`, votes, authors: ['Ada'] })));

describe('followIndex', () => {
  it('starts from the files already indexed, each once however many days it has', () => {
    const index = new FakeIndex();
    index.put(fileOf('mem:/two.md', `${digest('2024-03-25', paper({ id: '2403.00001', title: 'A', votes: 2 }))}\n${digest('2024-03-26', paper({ id: '2403.00002', title: 'B', votes: 3 }))}`));
    const { stats } = followIndex(index);
    expect(stats.totals()).toEqual({ days: 2, papers: 2, votes: 5 });
  });

  it('applies a small change at once and tells the caller once', () => {
    const index = new FakeIndex();
    const { stats } = followIndex(index);
    let told = 0;
    const following = followIndex(index, () => told++);
    index.put(numbered(1, 4));
    index.fire([numbered(1).uri]);
    expect(following.stats.totals()).toEqual({ days: 1, papers: 1, votes: 4 });
    expect(stats.totals()).toEqual({ days: 1, papers: 1, votes: 4 });
    expect(told).toBe(1);
  });

  it('works through exactly one chunk at once, and a change one file larger in chunks, telling the caller once at the end', async () => {
    const index = new FakeIndex();
    let told = 0;
    const { stats } = followIndex(index, () => told++);
    const uris: string[] = [];
    for (let i = 0; i < STATS_CHUNK_FILES; i++) {
      index.put(numbered(i));
      uris.push(numbered(i).uri);
    }
    index.fire(uris);
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES);
    expect(told).toBe(1);

    index.put(numbered(STATS_CHUNK_FILES));
    uris.push(numbered(STATS_CHUNK_FILES).uri);
    index.fire(uris);
    // The first chunk is counted at once; the rest waits for the event loop.
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES);
    expect(told).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES + 1);
    expect(told).toBe(2);

    // After the large change, a small one is applied at once again.
    index.files.delete(uris[0]);
    index.fire([uris[0]]);
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES);
    expect(told).toBe(3);
  });

  it('follows small and large changes without a callback', async () => {
    const index = new FakeIndex();
    const { stats } = followIndex(index);
    const uris: string[] = [];
    for (let i = 0; i <= STATS_CHUNK_FILES; i++) {
      index.put(numbered(i));
      uris.push(numbered(i).uri);
    }
    index.fire(uris.slice(0, 1));
    expect(stats.totals().papers).toBe(1);
    index.fire(uris);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES + 1);
  });

  it('queues a small change that arrives while a large one is worked through, behind it', async () => {
    const index = new FakeIndex();
    let told = 0;
    const { stats } = followIndex(index, () => told++);
    const uris: string[] = [];
    for (let i = 0; i <= STATS_CHUNK_FILES; i++) {
      index.put(numbered(i));
      uris.push(numbered(i).uri);
    }
    index.fire(uris);
    index.files.delete(uris[0]);
    index.fire([uris[0]]);
    expect(told).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(stats.totals().papers).toBe(STATS_CHUNK_FILES);
    expect(told).toBe(1);
  });

  it('stops following when disposed, even in the middle of a large change', async () => {
    const index = new FakeIndex();
    let told = 0;
    const following = followIndex(index, () => told++);
    const uris: string[] = [];
    for (let i = 0; i <= STATS_CHUNK_FILES; i++) {
      index.put(numbered(i));
      uris.push(numbered(i).uri);
    }
    index.fire(uris);
    following.dispose();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(told).toBe(0);
    expect(following.stats.totals().papers).toBe(STATS_CHUNK_FILES);
    index.fire([uris[0]]);
    expect(told).toBe(0);
  });
});
