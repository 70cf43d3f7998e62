/** The index while reads are under way: what settles, what a superseded build leaves, what a cold build shows. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkspaceIndex, type IndexChange } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

const day = (date: string, id: string, title: string) => digest(date, paper({ id, title }));
const titles = (index: WorkspaceIndex) => [...index.papers()].map((each) => each.title);

/** A workspace whose reads wait until the test opens the gate; `reading` resolves at the next read. */
class GatedFileSystem extends MemoryFileSystem {
  private gate: Promise<void> | null = null;
  private open: (() => void) | null = null;
  private onRead: (() => void) | null = null;

  close(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = null;
  }

  reading(): Promise<void> {
    return new Promise((resolve) => (this.onRead = resolve));
  }

  override async readFile(uri: string): Promise<Uint8Array> {
    const gate = this.gate;
    this.onRead?.();
    if (gate) await gate;
    return super.readFile(uri);
  }
}

/** Whether the promise is still pending after everything queued so far has run. */
async function isPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 5));
  return !settled;
}

describe('settle', () => {
  it('waits for a build under way', async () => {
    const fs = new GatedFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    fs.close();
    void index.build();
    const settled = index.settle();
    expect(await isPending(settled)).toBe(true);
    fs.release();
    await settled;
    expect(titles(index)).toEqual(['A']);
  });

  it('waits for changes being read when nothing more is queued', async () => {
    const fs = new GatedFileSystem();
    const uri = fs.write('a.md', day('2024-03-25', '2403.00001', 'Before'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    fs.close();
    const reading = fs.reading();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'After'));
    index.fileChanged(uri);
    await reading;
    const settled = index.settle();
    expect(await isPending(settled)).toBe(true);
    fs.release();
    await settled;
    expect(titles(index)).toEqual(['After']);
  });

  it('waits for a second batch queued behind one being read', async () => {
    const fs = new GatedFileSystem();
    const a = fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const b = fs.write('b.md', day('2024-03-26', '2403.00002', 'B'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    fs.close();
    const reading = fs.reading();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A, edited'));
    index.fileChanged(a);
    await reading;
    fs.write('b.md', day('2024-03-26', '2403.00002', 'B, edited'));
    index.fileChanged(b);
    await new Promise((resolve) => setTimeout(resolve, 5));
    fs.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await index.settle();
    expect(titles(index)).toEqual(['A, edited', 'B, edited']);
  });
});

describe('builds that overlap', () => {
  it('a build superseded while it reads announces nothing and leaves nothing of its own', async () => {
    const fs = new GatedFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'Old'));
    fs.write('b.md', day('2024-03-26', '2403.00002', 'B'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0, concurrency: 1 });
    await index.build();
    const changes: IndexChange[] = [];
    index.onDidChange((change) => changes.push(change));
    fs.close();
    const reading = fs.reading();
    const first = index.build();
    await reading;
    fs.write('a.md', day('2024-03-25', '2403.00001', 'New'));
    const second = index.build();
    fs.release();
    await Promise.all([first, second]);
    expect(changes).toHaveLength(1);
    expect(titles(index)).toEqual(['New', 'B']);
  });

  it('is building until the last of two builds ends, and reports no progress for the one superseded before it began', async () => {
    const fs = new GatedFileSystem();
    fs.write('a.md', day('2024-03-25', '2403.00001', 'A'));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    const progress: string[] = [];
    fs.close();
    const first = index.build((done, total) => progress.push(`first ${done}/${total}`));
    const second = index.build((done, total) => progress.push(`second ${done}/${total}`));
    await first;
    expect(index.isBuilding).toBe(true);
    fs.release();
    await second;
    expect(index.isBuilding).toBe(false);
    expect(progress).toEqual(['second 0/1', 'second 1/1']);
  });
});

describe('a cold build', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('of a workspace read within 200 ms announces its files in one change', async () => {
    vi.useFakeTimers();
    const fs = new MemoryFileSystem();
    for (const n of [1, 2, 3, 4, 5]) fs.write(`d${n}.md`, day(`2024-03-0${n}`, `2403.0000${n}`, `P${n}`));
    const index = new WorkspaceIndex({ fileSystem: fs });
    const changes: IndexChange[] = [];
    index.onDidChange((change) => changes.push(change));
    await index.build();
    expect(changes).toHaveLength(1);
    expect([...changes[0].uris].sort()).toEqual([1, 2, 3, 4, 5].map((n) => fs.uriOf(`d${n}.md`)));
  });
});

describe('queries', () => {
  it('lists a paper’s appearances in day order whatever order the files were read in, and in digest order within a day', async () => {
    const fs = new MemoryFileSystem();
    const same = { id: '2403.15371' };
    fs.write('a.md', digest('2024-03-27', paper({ ...same, title: 'Latest' })));
    fs.write('b.md', digest('2024-03-25', paper({ ...same, title: 'First' }), paper({ ...same, title: 'First, again' })));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    expect(index.papersById('2403.15371').map((each) => each.title)).toEqual(['First', 'First, again', 'Latest']);
    expect(index.otherPapers('2403.15371', fs.uriOf('a.md')).map((each) => [each.date, each.range.start.line])).toEqual([
      ['2024-03-25', 2],
      ['2024-03-25', 12],
    ]);
  });

  it('finds an author’s papers with the name padded with spaces', async () => {
    const fs = new MemoryFileSystem();
    fs.write('a.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'One', authors: ['Ada Lovelace'] })));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    expect(index.papersByAuthor('  ada lovelace ').map((each) => each.title)).toEqual(['One']);
  });

  it('locates the day of a line up to the day’s last line, and nothing before the first day', async () => {
    const fs = new MemoryFileSystem();
    const uri = fs.write('a.md', `# Notes\n\n${digest('2024-03-25', paper({ id: '2403.00001', title: 'One' }))}\n${digest('2024-03-26', paper({ id: '2403.00002', title: 'Two' }))}`);
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    const [first, second] = index.days();
    expect(index.at(uri, 0)).toBeNull();
    expect(index.at(uri, first.range.start.line)?.day.dateText).toBe('2024-03-25');
    expect(index.at(uri, first.range.end.line)?.day.dateText).toBe('2024-03-25');
    expect(index.at(uri, second.range.start.line)?.day.dateText).toBe('2024-03-26');
    expect(index.at(uri, second.range.end.line + 1)).toBeNull();
  });
});
