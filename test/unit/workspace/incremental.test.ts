import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceIndex, type IndexChange } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

const one = (title: string, id = '2403.15371') => digest('2024-03-25', paper({ id, title }));

async function setup(): Promise<{ fs: MemoryFileSystem; index: WorkspaceIndex; changes: IndexChange[] }> {
  const fs = new MemoryFileSystem();
  fs.write('2024/03/25.md', one('Original'));
  fs.write('2024/03/26.md', digest('2024-03-26', paper({ id: '2403.16000', title: 'Neighbour' })));
  const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 50 });
  await index.build();
  const changes: IndexChange[] = [];
  index.onDidChange((change) => changes.push(change));
  fs.reads.length = 0;
  return { fs, index, changes };
}

const titles = (index: WorkspaceIndex) => [...index.papers()].map((each) => each.title);

describe('WorkspaceIndex updates', () => {
  it('re-reads only the changed file', async () => {
    const { fs, index, changes } = await setup();
    const uri = fs.write('2024/03/25.md', one('Edited'));
    index.fileChanged(uri);
    await index.settle();
    expect(fs.reads).toEqual([uri]);
    expect(titles(index)).toEqual(['Edited', 'Neighbour']);
    expect(changes).toEqual([{ uris: [uri] }]);
  });

  it('adds created files and folders', async () => {
    const { fs, index, changes } = await setup();
    const file = fs.write('2024/03/27.md', digest('2024-03-27', paper({ id: '2403.17000', title: 'New file' })));
    index.fileCreated(file);
    fs.write('2024/04/01.md', digest('2024-04-01', paper({ id: '2404.00001', title: 'In new folder' })));
    index.fileCreated(fs.uriOf('2024/04'));
    await index.settle();
    expect(index.days().map((day) => day.dateText)).toEqual(['2024-03-25', '2024-03-26', '2024-03-27', '2024-04-01']);
    expect(changes).toHaveLength(1);
    expect([...changes[0].uris].sort()).toEqual([file, fs.uriOf('2024/04/01.md')]);
  });

  it('removes deleted files, and every file of a deleted folder', async () => {
    const { fs, index } = await setup();
    index.fileDeleted(fs.remove('2024/03/26.md'));
    await index.settle();
    expect(titles(index)).toEqual(['Original']);
    index.fileDeleted(fs.remove('2024'));
    await index.settle();
    expect(index.days()).toEqual([]);
    expect(index.counts()).toEqual({ files: 0, days: 0, papers: 0 });
  });

  it('follows a rename of a file and of a folder', async () => {
    const { fs, index } = await setup();
    const file = fs.move('2024/03/26.md', '2024/03/renamed.md');
    index.fileRenamed(file.from, file.to);
    await index.settle();
    expect(index.days().map((day) => day.file.uri)).toEqual([fs.uriOf('2024/03/25.md'), file.to]);
    const folder = fs.move('2024', 'archive');
    index.fileRenamed(folder.from, folder.to);
    await index.settle();
    expect(index.days().map((day) => day.file.uri)).toEqual([fs.uriOf('archive/03/25.md'), fs.uriOf('archive/03/renamed.md')]);
  });

  it('lets unsaved editor contents win over the disk until the editor closes', async () => {
    const { fs, index } = await setup();
    const uri = fs.uriOf('2024/03/25.md');
    let editorText = one('Typed in the editor');
    index.setEditorText(uri, () => editorText);
    await index.settle();
    expect(titles(index)[0]).toBe('Typed in the editor');
    expect(fs.reads).toEqual([]);

    fs.write('2024/03/25.md', one('Changed on disk meanwhile'));
    index.fileChanged(uri);
    editorText = one('Typed more');
    index.setEditorText(uri, () => editorText);
    await index.settle();
    expect(titles(index)[0]).toBe('Typed more');

    index.clearEditorText(uri);
    await index.settle();
    expect(titles(index)[0]).toBe('Changed on disk meanwhile');
  });

  it('drops a deleted file even while an editor has unsaved contents, until they change again', async () => {
    const { fs, index } = await setup();
    const uri = fs.uriOf('2024/03/25.md');
    index.setEditorText(uri, () => one('Unsaved'));
    await index.settle();
    index.fileDeleted(fs.remove('2024/03/25.md'));
    await index.settle();
    expect(titles(index)).toEqual(['Neighbour']);
    index.setEditorText(uri, () => one('Typed again'));
    await index.settle();
    expect(titles(index)).toEqual(['Typed again', 'Neighbour']);
  });

  it('ignores editors of files it does not index', async () => {
    const { fs, index, changes } = await setup();
    index.setEditorText(fs.uriOf('node_modules/x/readme.md'), () => one('Hidden'));
    index.setEditorText('untitled:Untitled-1', () => one('Untitled'));
    await index.settle();
    expect(titles(index)).toEqual(['Original', 'Neighbour']);
    expect(changes).toEqual([]);
  });

  it('drops a file that stops being a digest, and reports nothing for other Markdown', async () => {
    const { fs, index, changes } = await setup();
    const notes = fs.write('notes.md', '# Notes\n');
    index.fileCreated(notes);
    await index.settle();
    expect(changes).toEqual([]);
    const uri = fs.write('2024/03/25.md', '# Not a digest any more\n');
    index.fileChanged(uri);
    await index.settle();
    expect(titles(index)).toEqual(['Neighbour']);
    expect(changes).toEqual([{ uris: [uri] }]);
  });

  it('re-indexes changes that arrive while a build runs', async () => {
    const { fs, index } = await setup();
    const building = index.build();
    const uri = fs.write('2024/03/25.md', one('During the build'));
    index.fileChanged(uri);
    await building;
    await index.settle();
    expect(titles(index)[0]).toBe('During the build');
  });

  describe('debouncing', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('applies a burst of events as one batch, once per path, after a quiet period', async () => {
      const { fs, index, changes } = await setup();
      const uri = fs.uriOf('2024/03/25.md');
      for (let i = 0; i < 5; i++) {
        fs.write('2024/03/25.md', one(`Version ${i}`));
        index.fileChanged(uri);
        await vi.advanceTimersByTimeAsync(20);
      }
      index.fileChanged(fs.uriOf('2024/03/26.md'));
      expect(fs.reads).toEqual([]);
      await vi.advanceTimersByTimeAsync(60);
      await index.settle();
      expect(fs.reads.sort()).toEqual([uri, fs.uriOf('2024/03/26.md')]);
      expect(changes).toHaveLength(1);
      expect(titles(index)[0]).toBe('Version 4');
    });
  });
});
