/** What the Papers view sees of the index while it builds, follows file events and shuts down. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileFilter } from '../../../src/core/workspace/file-filter';
import { WorkspaceIndex, type IndexChange } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

const day = (date: string, id: string, title: string) => digest(date, paper({ id, title }));

async function indexed(fs: MemoryFileSystem): Promise<{ index: WorkspaceIndex; changes: IndexChange[] }> {
  const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
  await index.build();
  const changes: IndexChange[] = [];
  index.onDidChange((change) => changes.push(change));
  fs.reads.length = 0;
  return { index, changes };
}

const titles = (index: WorkspaceIndex) => [...index.papers()].map((each) => each.title);

describe('building', () => {
  it('reports progress from 0 to every file found, digest or not', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    fs.write('b.md', '# Notes\n');
    fs.write('c.md', day('2024-03-26', '2403.00002', 'C'));
    const index = new WorkspaceIndex({ fileSystem: fs, concurrency: 1 });
    const progress: [number, number][] = [];
    await index.build((done, total) => progress.push([done, total]));
    expect(progress).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('is building until the build ends, and a build of an empty workspace still announces itself once', async () => {
    const fs = new MemoryFileSystem();
    const index = new WorkspaceIndex({ fileSystem: fs });
    const changes: IndexChange[] = [];
    index.onDidChange((change) => changes.push(change));
    expect(index.isBuilding).toBe(false);
    const building = index.build();
    expect(index.isBuilding).toBe(true);
    await building;
    expect(index.isBuilding).toBe(false);
    expect(changes).toEqual([{ uris: [] }]);
  });

  it('a rebuild announces the files it dropped, changed and kept, once', async () => {
    const fs = new MemoryFileSystem();
    const a = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const b = fs.write('b.md', day('2024-03-26', '2403.00002', 'B'));
    const { index, changes } = await indexed(fs);
    fs.remove('a.md');
    const c = fs.write('c.md', day('2024-03-27', '2403.00003', 'C'));
    await index.build();
    expect(changes).toHaveLength(1);
    expect([...changes[0].uris].sort()).toEqual([a, b, c]);
    expect(titles(index)).toEqual(['B', 'C']);
    expect(index.counts()).toEqual({ files: 2, days: 2, papers: 2 });
  });

  it('a second build started before the first ends wins: one answer, from the files as they are at the end', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'First'));
    const { index, changes } = await indexed(fs);
    const first = index.build();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'Second'));
    const second = index.build();
    await Promise.all([first, second]);
    expect(titles(index)).toEqual(['Second']);
    expect(changes).toHaveLength(1);
  });

  it('changes its files with a new filter and says which filter it uses', async () => {
    const fs = new MemoryFileSystem();
    fs.write('logs/a.md', day('2024-03-25', '2403.00001', 'Logged'));
    fs.write('drafts/b.md', day('2024-03-26', '2403.00002', 'Draft'));
    const { index } = await indexed(fs);
    expect(index.fileFilter.include).toBe('**/*.md');
    const filter = createFileFilter('**/*.md', ['drafts/**']);
    await index.setFilter(filter);
    expect(index.fileFilter).toBe(filter);
    expect(titles(index)).toEqual(['Logged']);
    expect(index.covers(fs.uriOf('drafts/b.md'))).toBe(false);
    expect(index.covers(fs.uriOf('logs/a.md'))).toBe(true);
    expect(index.covers('mem:/elsewhere/a.md')).toBe(false);
  });
});

describe('file events', () => {
  it('ignores a change on disk of a file whose unsaved editor contents it shows, and of files it does not index', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'On disk'));
    const { index, changes } = await indexed(fs);
    index.setEditorText(uri, () => day('2024-03-25', '2403.00001', 'In the editor'));
    await index.settle();
    fs.reads.length = 0;
    changes.length = 0;

    fs.write('a.md', day('2024-03-25', '2403.00001', 'Saved elsewhere'));
    index.fileChanged(uri);
    index.fileChanged(fs.write('notes.txt', day('2024-03-26', '2403.00002', 'Not Markdown')));
    await index.settle();
    expect(fs.reads).toEqual([]);
    expect(changes).toEqual([]);
    expect(titles(index)).toEqual(['In the editor']);
  });

  it('reads nothing when an editor that showed no unsaved contents closes', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const { index, changes } = await indexed(fs);
    index.clearEditorText(uri);
    await index.settle();
    expect(fs.reads).toEqual([]);
    expect(changes).toEqual([]);
  });

  it('a deleted folder takes its files and their unsaved contents, not a sibling whose name starts the same', async () => {
    const fs = new MemoryFileSystem();
    const inside = fs.write('2024/a.md', day('2024-03-25', '2403.00001', 'Inside'));
    const sibling = fs.write('2024-old/b.md', day('2024-03-26', '2403.00002', 'Sibling'));
    const { index, changes } = await indexed(fs);
    index.setEditorText(sibling, () => day('2024-03-26', '2403.00002', 'Sibling, unsaved'));
    await index.settle();
    changes.length = 0;

    index.fileDeleted(fs.remove('2024'));
    await index.settle();
    expect(titles(index)).toEqual(['Sibling, unsaved']);
    expect(changes).toEqual([{ uris: [inside] }]);

    // The sibling's unsaved contents are still what the index shows after a change on disk.
    fs.write('2024-old/b.md', day('2024-03-26', '2403.00002', 'Sibling, saved elsewhere'));
    index.fileChanged(sibling);
    await index.settle();
    expect(titles(index)).toEqual(['Sibling, unsaved']);
  });

  it('a deleted folder named with a trailing slash takes its files too', async () => {
    const fs = new MemoryFileSystem();
    fs.write('2024/a.md', day('2024-03-25', '2403.00001', 'Inside'));
    fs.write('2024-old/b.md', day('2024-03-26', '2403.00002', 'Sibling'));
    const { index } = await indexed(fs);
    index.fileDeleted(`${fs.remove('2024')}/`);
    await index.settle();
    expect(titles(index)).toEqual(['Sibling']);
  });

  it('forgets the unsaved contents of every file of a deleted folder', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('2024/a.md', day('2024-03-25', '2403.00001', 'On disk'));
    const { index } = await indexed(fs);
    index.setEditorText(uri, () => day('2024-03-25', '2403.00001', 'Unsaved'));
    await index.settle();
    index.fileDeleted(fs.remove('2024'));
    await index.settle();
    expect(titles(index)).toEqual([]);
    // The file comes back on disk: what is read is the disk, the editor's old contents are gone.
    fs.write('2024/a.md', day('2024-03-25', '2403.00001', 'Restored'));
    index.fileCreated(uri);
    await index.settle();
    expect(titles(index)).toEqual(['Restored']);
  });

  it('forgets the unsaved contents of a deleted file: when it comes back on disk, the disk is read', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'On disk'));
    const { index } = await indexed(fs);
    index.setEditorText(uri, () => day('2024-03-25', '2403.00001', 'Unsaved'));
    await index.settle();
    index.fileDeleted(fs.remove('a.md'));
    await index.settle();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'Restored'));
    index.fileCreated(uri);
    await index.settle();
    expect(titles(index)).toEqual(['Restored']);
  });

  it('a deleted file that was never a digest changes nothing', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const notes = fs.write('notes.md', '# Notes\n');
    const { index, changes } = await indexed(fs);
    index.fileDeleted(fs.remove('notes.md'));
    index.fileChanged(fs.uriOf('gone.md'));
    await index.settle();
    expect(changes).toEqual([]);
    expect(titles(index)).toEqual(['A']);
    expect(notes).toBe(fs.uriOf('notes.md'));
  });

  it('a created folder that cannot be listed adds nothing and breaks nothing', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const { index, changes } = await indexed(fs);
    const findFiles = fs.findFiles.bind(fs);
    fs.findFiles = (filter, under) => (under === undefined ? findFiles(filter) : Promise.reject(new Error('EACCES')));
    index.fileCreated(fs.uriOf('locked'));
    await index.settle();
    expect(changes).toEqual([]);
    expect(titles(index)).toEqual(['A']);
  });

  it('a created folder adds only the digests under it that the filter accepts', async () => {
    const fs = new MemoryFileSystem();
    const { index, changes } = await indexed(fs);
    const digestUri = fs.write('new/2024-03-25.md', day('2024-03-25', '2403.00001', 'New'));
    fs.write('new/notes.md', '# Notes\n');
    fs.write('new/node_modules/x.md', day('2024-03-26', '2403.00002', 'Hidden'));
    index.fileCreated(fs.uriOf('new'));
    await index.settle();
    expect(changes).toEqual([{ uris: [digestUri] }]);
    expect(titles(index)).toEqual(['New']);
  });
});

describe('disposing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('drops queued changes and tells no listener anything more', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 50 });
    await index.build();
    const changes: IndexChange[] = [];
    index.onDidChange((change) => changes.push(change));
    fs.reads.length = 0;
    fs.write('a.md', day('2024-03-25', '2403.00001', 'Edited'));
    index.fileChanged(uri);
    index.dispose();
    await vi.advanceTimersByTimeAsync(200);
    await index.settle();
    expect(fs.reads).toEqual([]);
    expect(changes).toEqual([]);
    expect(titles(index)).toEqual(['A']);
    await index.build();
    expect(changes).toEqual([]);
  });

  it('waits the quiet period before reading, and a later event restarts it', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 50 });
    await index.build();
    fs.reads.length = 0;
    index.fileChanged(uri);
    await vi.advanceTimersByTimeAsync(40);
    index.fileChanged(uri);
    await vi.advanceTimersByTimeAsync(40);
    expect(fs.reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(15);
    expect(fs.reads).toEqual([uri]);
  });

  it('waits 200 ms by default', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const index = new WorkspaceIndex({ fileSystem: fs });
    await index.build();
    fs.reads.length = 0;
    index.fileChanged(uri);
    await vi.advanceTimersByTimeAsync(190);
    expect(fs.reads).toEqual([]);
    await vi.advanceTimersByTimeAsync(15);
    expect(fs.reads).toEqual([uri]);
  });
});

describe('the file filter', () => {
  it('excludes a folder written with a trailing slash, and says what it includes', () => {
    const filterOf = createFileFilter;
    const filter = filterOf('**/*.md', ['drafts/']);
    expect(filter.matches('drafts/a.md')).toBe(false);
    expect(filter.matches('notes/a.md')).toBe(true);
    expect(filterOf('').include).toBe('**/*.md');
    expect(filterOf('').matches('a/b.md')).toBe(true);
    expect(filterOf('logs/*.md').include).toBe('logs/*.md');
  });
});
