import { describe, expect, it } from 'vitest';
import { WorkspaceIndex, type IndexChange } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

/** A workspace whose every read takes a while, as on a slow or very large disk. */
class SlowFileSystem extends MemoryFileSystem {
  override async readFile(uri: string): Promise<Uint8Array> {
    await new Promise((resolve) => setTimeout(resolve, 15));
    return super.readFile(uri);
  }
}

function workspace(files: number): SlowFileSystem {
  const fs = new SlowFileSystem();
  for (let i = 0; i < files; i++) {
    const date = `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;
    fs.write(`d${String(i).padStart(3, '0')}.md`, digest(date, paper({ id: `2401.${String(10000 + i)}`, title: `Paper ${i}` })));
  }
  fs.write('notes.md', '# Notes\n');
  return fs;
}

describe('a first build shows files as they are read', () => {
  it('fires changes with the files read so far before it ends, and ends with every digest', async () => {
    const fs = workspace(60);
    const index = new WorkspaceIndex({ fileSystem: fs, concurrency: 2 });
    const seen: { uris: readonly string[]; papers: number; building: boolean }[] = [];
    index.onDidChange((change: IndexChange) => seen.push({ uris: change.uris, papers: index.counts().papers, building: index.isBuilding }));
    await index.build();

    expect(index.counts().papers).toBe(60);
    const early = seen.filter((each) => each.papers < 60);
    expect(early.length).toBeGreaterThan(0);
    expect(early[0].building).toBe(true);
    // Every digest is announced exactly once, and the note never.
    const announced = seen.flatMap((each) => each.uris);
    expect(new Set(announced).size).toBe(announced.length);
    expect(announced.sort()).toEqual([...index.days()].map((day) => day.file.uri).sort());
  });

  it('a rebuild keeps answering from the previous index and swaps it in at once', async () => {
    const fs = workspace(30);
    const index = new WorkspaceIndex({ fileSystem: fs, concurrency: 2 });
    await index.build();
    fs.write('d000.md', digest('2024-01-01', paper({ id: '2401.10000', title: 'Renamed' })));
    const counts: number[] = [];
    index.onDidChange(() => counts.push(index.counts().papers));
    const rebuilding = index.build();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(index.counts().papers).toBe(30);
    expect([...index.papers()].some((each) => each.title === 'Renamed')).toBe(false);
    await rebuilding;
    expect(counts).toEqual([30]);
    expect([...index.papers()].some((each) => each.title === 'Renamed')).toBe(true);
  });
});
