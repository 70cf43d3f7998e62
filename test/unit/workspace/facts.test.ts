import { describe, expect, it } from 'vitest';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';
import { digest, MemoryFileSystem, paper } from './memory-file-system';

describe('WorkspaceIndex as WorkspaceFacts', () => {
  it('reports the same date and the same paper in other files, with their locations', async () => {
    const fs = new MemoryFileSystem();
    const here = fs.write('a.md', `${digest('2024-03-25', paper({ id: '2403.15371', title: 'Explore' }))}\n${digest('2024-03-25')}`);
    const there = fs.write('b.md', `# Notes\n\n${digest('2024-03-25', paper({ id: '2403.00001', title: 'Other' }), paper({ id: '2403.15371', title: 'Explore again' }))}`);
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();

    expect(index.otherDays('2024-03-25', here)).toEqual([
      { uri: there, date: '2024-03-25', range: { start: { line: 2, character: 0 }, end: { line: 2, character: 28 } } },
    ]);
    expect(index.otherDays('2024-03-25', there).map((each) => each.range.start.line)).toEqual([0, 12]);
    expect(index.otherDays('2024-03-26', here)).toEqual([]);

    const others = index.otherPapers('2403.15371', here);
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({ uri: there, date: '2024-03-25' });
    expect(others[0].range.start.line).toBe(index.file(there)!.days[0].papers[1].headingRange.start.line);
    expect(index.otherPapers('2403.00001', there)).toEqual([]);
  });

  it('changes its answers when the other file changes', async () => {
    const fs = new MemoryFileSystem();
    const here = fs.write('a.md', digest('2024-03-25', paper({ id: '2403.15371', title: 'Explore' })));
    const there = fs.write('b.md', digest('2024-03-26', paper({ id: '2403.00001', title: 'Other' })));
    const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
    await index.build();
    expect(index.otherPapers('2403.15371', here)).toEqual([]);

    fs.write('b.md', digest('2024-03-25', paper({ id: '2403.15371', title: 'Explore' })));
    index.fileChanged(there);
    await index.settle();
    expect(index.otherDays('2024-03-25', here).map((each) => each.uri)).toEqual([there]);
    expect(index.otherPapers('2403.15371', here).map((each) => each.uri)).toEqual([there]);

    index.fileDeleted(fs.remove('b.md'));
    await index.settle();
    expect(index.otherDays('2024-03-25', here)).toEqual([]);
    expect(index.otherPapers('2403.15371', here)).toEqual([]);
  });
});
