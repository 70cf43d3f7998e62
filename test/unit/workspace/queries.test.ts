import { describe, expect, it } from 'vitest';
import { createFileFilter } from '../../../src/core/workspace/file-filter';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

async function indexOf(fileSystem: MemoryFileSystem): Promise<WorkspaceIndex> {
  const index = new WorkspaceIndex({ fileSystem, debounceMs: 0 });
  await index.build();
  return index;
}

describe('WorkspaceIndex queries', () => {
  it('indexes only digests among the included Markdown files', async () => {
    const fs = new MemoryFileSystem();
    fs.write('2024/03/25.md', digest('2024-03-25', paper({ id: '2403.15371', title: 'Explore' })));
    fs.write('notes.md', '# Notes\n\nNothing about papers.\n');
    fs.write('node_modules/pkg/README.md', digest('2024-03-26', paper({ id: '2403.00001', title: 'Hidden' })));
    fs.write('2024/03/26.txt', digest('2024-03-26', paper({ id: '2403.00002', title: 'Text file' })));
    const index = await indexOf(fs);
    expect(index.days().map((day) => day.dateText)).toEqual(['2024-03-25']);
    expect(index.counts()).toEqual({ files: 1, days: 1, papers: 1 });
  });

  it('lists days oldest first across files, with undated groups last', async () => {
    const fs = new MemoryFileSystem();
    fs.write('b.md', digest('2024-03-25', paper({ id: '2403.15371', title: 'B' })));
    fs.write('a.md', digest('2024-02-05', paper({ id: '2402.01391', title: 'A' })));
    fs.write('readme.md', `# Project\n\n${paper({ id: '2402.09999', title: 'Orphan' })}`);
    fs.write('c.md', `${digest('2024-02-30', paper({ id: '2402.00003', title: 'Impossible date' }))}\n${digest('2023-12-01')}`);
    const index = await indexOf(fs);
    expect(index.days().map((day) => [day.dateText, day.date])).toEqual([
      ['2023-12-01', '2023-12-01'],
      ['2024-02-05', '2024-02-05'],
      ['2024-02-30', null],
      ['2024-03-25', '2024-03-25'],
      [null, null],
    ]);
    const orphans = index.days()[4];
    expect(orphans.file.uri).toBe(fs.uriOf('readme.md'));
    expect(orphans.papers.map((each) => each.title)).toEqual(['Orphan']);
  });

  it('keeps a compact record per paper', async () => {
    const fs = new MemoryFileSystem();
    fs.write(
      'd.md',
      digest(
        '2024-03-25',
        paper({ id: '2403.15371', title: 'Explore', votes: 16, authors: ['Dylan J. Foster', 'Keegan Harris', 'Dylan J. Foster'], bullets: ['***What\u2019s New***: bandits', 'second'] }),
        paper({ id: '2403.15042', title: 'Video one', votes: 14, video: true }),
      ),
    );
    const index = await indexOf(fs);
    const [day] = index.days();
    const [first, second] = day.papers;
    const { order, title, id, url, votes, authors, namesLeftOut, media, thumbnail, highlight, headingRange, range } = first;
    expect({ order, title, id, url, votes, authors, namesLeftOut, media, thumbnail, highlight }).toEqual({
      order: 0,
      title: 'Explore',
      id: '2403.15371',
      url: null,
      votes: 16,
      authors: ['Dylan J. Foster', 'Keegan Harris'],
      namesLeftOut: false,
      media: 'image',
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png',
      highlight: "What's New: bandits",
    });
    expect(headingRange).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: 47 } });
    expect(range).toEqual({ start: { line: 2, character: 0 }, end: { line: 11, character: 8 } });
    expect([second.order, second.media, second.thumbnail, second.title, second.authors]).toEqual([1, 'video', null, 'Video one', ['Ada Lovelace']]);
  });

  it('keeps the What’s New bullet over the first, the feed’s "names left out" mark, and only https thumbnails', async () => {
    const fs = new MemoryFileSystem();
    const withPlus = paper({ id: '2403.15371', title: 'Left out', authors: ['Ada Lovelace', '+', 'Alan Turing'], bullets: ['**Technical Details**: first', "**What's New**: the news"] });
    const insecure = paper({ id: '2403.15042', title: 'Insecure' }).replace('https://cdn-thumbnails', 'http://cdn-thumbnails');
    const uploaded = paper({ id: '2403.14781', title: 'Uploaded' }).replace(/!\[\]\(.*\)/, '![](https://cdn-uploads.huggingface.co/production/uploads/x/y.png)');
    fs.write('d.md', digest('2024-03-25', withPlus, insecure, uploaded));
    const [left, http, upload] = (await indexOf(fs)).days()[0].papers;
    expect(left.thumbnail).toBe('https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png');
    expect(upload.thumbnail).toBe('https://cdn-uploads.huggingface.co/production/uploads/x/y.png');
    expect([left.authors, left.namesLeftOut, left.highlight]).toEqual([['Ada Lovelace', 'Alan Turing'], true, "What's New: the news"]);
    expect([http.media, http.thumbnail, http.namesLeftOut, http.highlight]).toEqual(['image', null, false, 'A summary.']);
  });

  it('keeps the link of an entry without an arXiv id, and papers without authors or summary', async () => {
    const fs = new MemoryFileSystem();
    fs.write('d.md', '## Daily Papers (2024-03-25)\n\n### [Relative](/papers/not-an-id)\n\n### Plain heading\n');
    const index = await indexOf(fs);
    const [relative, plain] = index.days()[0].papers;
    expect([relative.title, relative.id, relative.url, relative.authors, relative.highlight, relative.votes]).toEqual(['Relative', null, '/papers/not-an-id', [], null, null]);
    expect([plain.title, plain.url, plain.media]).toEqual(['Plain heading', null, null]);
  });

  it('finds every appearance of a paper, across days and within a file', async () => {
    const fs = new MemoryFileSystem();
    const shared = { id: '2403.15371', title: 'Explore' };
    fs.write('2024/03/25.md', digest('2024-03-25', paper(shared)));
    fs.write('2024/03/26.md', `${digest('2024-03-26', paper({ ...shared, title: 'Explore (renamed)' }))}\n${digest('2024-03-26', paper(shared))}`);
    const index = await indexOf(fs);
    const found = index.papersById('2403.15371');
    expect(found.map((each) => [each.day.dateText, each.title])).toEqual([
      ['2024-03-25', 'Explore'],
      ['2024-03-26', 'Explore (renamed)'],
      ['2024-03-26', 'Explore'],
    ]);
    expect(found[2].day.ordinal).toBe(1);
    expect(index.papersById('9999.99999')).toEqual([]);
  });

  it('finds papers by author ignoring case and accents', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', digest('2024-01-02', paper({ id: '2401.00001', title: 'One', authors: ['Éric Gaussier', 'Ada Lovelace'] })));
    fs.write('b.md', digest('2024-01-03', paper({ id: '2401.00002', title: 'Two', authors: ['eric gaussier'] }), paper({ id: '2401.00003', title: 'Three', authors: ['Erica Gauss'] })));
    const index = await indexOf(fs);
    expect(index.papersByAuthor('Eric Gaussier').map((each) => each.title)).toEqual(['One', 'Two']);
  });

  it('locates the day and paper at a line', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('d.md', digest('2024-03-25', paper({ id: '2403.15371', title: 'First' }), paper({ id: '2403.15042', title: 'Second' })));
    const index = await indexOf(fs);
    expect(index.at(uri, 0)).toMatchObject({ day: { dateText: '2024-03-25' }, paper: null });
    expect(index.at(uri, 4)?.paper?.title).toBe('First');
    const second = index.days()[0].papers[1].headingRange.start.line;
    expect(index.at(uri, second)?.paper?.title).toBe('Second');
    expect(index.at(uri, second + 6)?.paper?.title).toBe('Second');
    expect(index.at(fs.uriOf('other.md'), 0)).toBeNull();
  });

  it('answers from a multi-root workspace', async () => {
    const fs = new MemoryFileSystem(['mem:/one', 'mem:/two']);
    fs.write('mem:/one/a.md', digest('2024-01-02', paper({ id: '2401.00001', title: 'One' })));
    fs.write('mem:/two/b.md', digest('2024-01-03', paper({ id: '2401.00002', title: 'Two' })));
    fs.write('mem:/elsewhere/c.md', digest('2024-01-04', paper({ id: '2401.00003', title: 'Outside' })));
    const index = await indexOf(fs);
    expect(index.days().map((day) => day.file.uri)).toEqual(['mem:/one/a.md', 'mem:/two/b.md']);
  });

  it('follows include and exclude settings', async () => {
    const fs = new MemoryFileSystem();
    fs.write('logs/a.md', digest('2024-01-02', paper({ id: '2401.00001', title: 'One' })));
    fs.write('drafts/b.md', digest('2024-01-03', paper({ id: '2401.00002', title: 'Two' })));
    fs.write('logs/c.markdown', digest('2024-01-04', paper({ id: '2401.00003', title: 'Three' })));
    const index = await indexOf(fs);
    await index.setFilter(createFileFilter('logs/**/*.{md,markdown}', ['**/drafts']));
    expect(index.days().map((day) => day.dateText)).toEqual(['2024-01-02', '2024-01-04']);
    await index.setFilter(createFileFilter('**/*.md', ['logs/**']));
    expect(index.days().map((day) => day.dateText)).toEqual(['2024-01-03']);
  });
});
