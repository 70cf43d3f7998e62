/** What the index keeps of each entry: what the tree, the cards and the stats show of it. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { compareDays, IndexStore } from '../../../src/core/workspace/index-store';
import { indexDigest, type IndexedFile, type IndexedPaper } from '../../../src/core/workspace/records';
import { digest, paper } from './memory-file-system';

const fileOf = (text: string, uri = 'mem:/ws/a.md'): IndexedFile => indexDigest(uri, parseDigest(text));
const only = (text: string): IndexedPaper => fileOf(text).days[0].papers[0];
const withBullets = (...bullets: string[]) => only(digest('2024-03-25', paper({ id: '2403.15371', title: 'T', bullets })));
const withImage = (line: string, id = '2403.15371') => only(digest('2024-03-25', paper({ id, title: 'T' }).replace(/^!\[\]\(.*$/m, line)));

describe('the bullet a card shows', () => {
  it('is the What’s New bullet, however its key is cased and emphasised, else the first', () => {
    expect(withBullets('**Technical Details**: how', "***WHAT'S NEW***:  the news  ").highlight).toBe("WHAT'S NEW: the news");
    expect(withBullets('**Technical Details**:   how  ', '**Results**: numbers').highlight).toBe('Technical Details: how');
    expect(withBullets('plain first', 'plain second').highlight).toBe('plain first');
  });

  it('is shortened to 320 characters with an ellipsis, spaces before it dropped; 320 exactly stays whole', () => {
    const exact = 'x'.repeat(320);
    expect(withBullets(exact).highlight).toBe(exact);
    const long = `${'y'.repeat(315)}    ${'z'.repeat(10)}`;
    expect(withBullets(long).highlight).toBe(`${'y'.repeat(315)}…`);
    expect(withBullets('w'.repeat(321)).highlight).toBe(`${'w'.repeat(319)}…`);
  });
});

describe('the thumbnail a card may show', () => {
  it('is the image when it is an https URL without spaces, quotes or angle brackets, in any case of the scheme', () => {
    expect(withImage('![](HTTPS://cdn.example/a.png)').thumbnail).toBe('HTTPS://cdn.example/a.png');
    expect(withImage('![](https://cdn.example/a.png)').thumbnail).toBe('https://cdn.example/a.png');
    expect(withImage('![](http://cdn.example/a.png)').thumbnail).toBeNull();
    expect(withImage('![](//cdn.example/a.png)').thumbnail).toBeNull();
    expect(withImage('![](xhttps://cdn.example/a.png)').thumbnail).toBeNull();
    expect(withImage('![](https://)').thumbnail).toBeNull();
    for (const bad of ['"', "'", '<', '>', '\\']) expect(withImage(`![](https://cdn.example/a${bad}b.png)`).thumbnail).toBeNull();
  });

  it('is the usual Hugging Face thumbnail of the entry’s own id, or another id’s as written', () => {
    const own = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png';
    expect(withImage(`![](${own})`).thumbnail).toBe(own);
    const other = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.00001.png';
    expect(withImage(`![](${other})`).thumbnail).toBe(other);
    const noId = only(`## Daily Papers (2024-03-25)\n\n### [Local](/notes)\n\n![](${own})\n`);
    expect([noId.id, noId.thumbnail]).toEqual([null, own]);
  });
});

describe('authors as kept', () => {
  it('keeps each written name once, in order, also beyond sixteen names', () => {
    const names = Array.from({ length: 17 }, (_, i) => `Author ${String.fromCharCode(65 + i)}`);
    const distinct = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Many', authors: names })));
    expect(distinct.authors).toEqual(names);
    expect(distinct.authorKeys).toEqual(names);
    const repeated = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Many', authors: [...names, 'Author C'] })));
    expect(repeated.authors).toEqual(names);
    expect(repeated.authorKeys).toEqual(names);
    expect(repeated.title).toBe('Many');
    const early = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Few', authors: ['Ann', 'Bo', 'Ann'] })));
    expect(early.authors).toEqual(['Ann', 'Bo']);
  });

  it('keeps names that differ only in spacing as written, counted under one key', () => {
    const spaced = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Spaced', authors: ['Ann  Lee', 'Bo'] })));
    expect(spaced.authors).toEqual(['Ann  Lee', 'Bo']);
    expect(spaced.authorKeys).toEqual(['Ann Lee', 'Bo']);
    expect(spaced.title).toBe('Spaced');
  });

  it('counts names that all need normalising under their keys, and a name of spaces under none', () => {
    const odd = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Odd', authors: ['Ann  Lee', 'Le\u0301a Martin'] })));
    expect(odd.authors).toEqual(['Ann  Lee', 'Le\u0301a Martin']);
    expect(odd.authorKeys).toEqual(['Ann Lee', 'Léa Martin']);
    const spaces = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Spaces', authors: ['Ann', '\u2003', 'Bo'] })));
    expect(spaces.authors).toEqual(['Ann', '\u2003', 'Bo']);
    expect(spaces.authorKeys).toEqual(['Ann', 'Bo']);
    const twice = only(digest('2024-03-25', paper({ id: '2403.15371', title: 'Twice', authors: ['Ann', 'Ann'] })));
    expect([twice.authors, twice.authorKeys]).toEqual([['Ann'], ['Ann']]);
  });

  it('keeps the link of an entry only when it has no arXiv id', () => {
    expect(only(digest('2024-03-25', paper({ id: '2403.15371', title: 'T' }))).url).toBeNull();
    expect(only('## Daily Papers (2024-03-25)\n\n### [Local](https://example.org/p)\n').url).toBe('https://example.org/p');
    expect(only('## Daily Papers (2024-03-25)\n\n### Plain title\n').url).toBeNull();
  });
});

describe('days as kept', () => {
  it('keeps a near-miss heading’s date normalised and an impossible date as normalised text without a date', () => {
    const file = fileOf('# Daily Papers 2024-3-5\n\n## Daily Papers (2024-02-30)\n');
    expect(file.days.map((day) => [day.date, day.dateText, day.ordinal])).toEqual([
      ['2024-03-05', '2024-03-05', 0],
      [null, '2024-02-30', 0],
    ]);
  });

  it('numbers repeated days of a file by their date, and groups papers outside any day last, spanning first to last', () => {
    const loose = [paper({ id: '2403.00001', title: 'Loose one' }), paper({ id: '2403.00002', title: 'Loose two' })].join('\n');
    const text = `# Reading list\n\n${loose}\n${digest('2024-03-25')}\n${digest('2024-03-26')}\n${digest('2024-03-25')}\n`;
    const file = fileOf(text);
    expect(file.days.map((day) => [day.dateText, day.ordinal])).toEqual([
      ['2024-03-25', 0],
      ['2024-03-26', 0],
      ['2024-03-25', 1],
      [null, 0],
    ]);
    const group = file.days[3];
    expect(group.papers.map((each) => [each.title, each.order, each.day === group])).toEqual([
      ['Loose one', 0, true],
      ['Loose two', 1, true],
    ]);
    expect(group.headingRange).toEqual(group.papers[0].headingRange);
    expect(group.range).toEqual({ start: { line: 2, character: 0 }, end: group.papers[1].range.end });
    expect(group.papers[1].range.end.line).toBeGreaterThan(group.papers[0].range.end.line);
  });
});

describe('IndexStore', () => {
  const a = fileOf(`${digest('2024-03-25', paper({ id: '2403.00001', title: 'A' }))}\n${digest('2024-03-25', paper({ id: '2403.00002', title: 'A2' }))}`, 'mem:/ws/a.md');
  const b = fileOf(digest('2024-03-25', paper({ id: '2403.00001', title: 'B' })), 'mem:/ws/b.md');
  const orphans = fileOf(`# Notes\n\n${paper({ id: '2403.00001', title: 'Loose' })}`, 'mem:/ws/0.md');

  it('orders days by date, then file, then line; undated groups last', () => {
    const store = new IndexStore();
    for (const file of [orphans, b, a]) store.set(file);
    expect(store.days().map((day) => [day.file.uri, day.headingRange.start.line])).toEqual([
      ['mem:/ws/a.md', 0],
      ['mem:/ws/a.md', 12],
      ['mem:/ws/b.md', 0],
      ['mem:/ws/0.md', 2],
    ]);
    expect(compareDays(a.days[0], a.days[0])).toBe(0);
    expect(compareDays(a.days[1], a.days[0])).toBeGreaterThan(0);
    expect(compareDays(b.days[0], a.days[0])).toBeGreaterThan(0);
    expect(compareDays(orphans.days[0], orphans.days[0])).toBe(0);
  });

  it('counts and looks up what each file adds, and forgets it when the file goes or changes', () => {
    const store = new IndexStore();
    store.set(a);
    store.set(b);
    store.set(orphans);
    expect(store.counts()).toEqual({ files: 3, days: 4, papers: 4 });
    expect(store.size).toBe(3);
    expect(store.papersWithId('2403.00001').map((each) => each.title)).toEqual(['A', 'B', 'Loose']);
    expect(store.daysWithDate('2024-03-25').map((day) => day.file.uri)).toEqual(['mem:/ws/a.md', 'mem:/ws/a.md', 'mem:/ws/b.md']);

    expect(store.delete(a.uri)).toBe(true);
    expect(store.delete(a.uri)).toBe(false);
    expect(store.counts()).toEqual({ files: 2, days: 2, papers: 2 });
    expect(store.papersWithId('2403.00001').map((each) => each.title)).toEqual(['B', 'Loose']);
    expect(store.papersWithId('2403.00002')).toEqual([]);
    expect(store.daysWithDate('2024-03-25').map((day) => day.file.uri)).toEqual(['mem:/ws/b.md']);
    expect(store.days().map((day) => day.file.uri)).toEqual(['mem:/ws/b.md', 'mem:/ws/0.md']);

    const changed = fileOf(digest('2024-03-26', paper({ id: '2403.00003', title: 'B, moved' })), b.uri);
    store.set(changed);
    expect(store.counts()).toEqual({ files: 2, days: 2, papers: 2 });
    expect(store.daysWithDate('2024-03-25')).toEqual([]);
    expect(store.papersWithId('2403.00001').map((each) => each.title)).toEqual(['Loose']);
    expect([...store.papers()].map((each) => each.title)).toEqual(['B, moved', 'Loose']);
    expect([...store.uris()]).toEqual(['mem:/ws/0.md', 'mem:/ws/b.md']);
    expect(store.get(b.uri)).toBe(changed);
  });
});
