import { describe, expect, it } from 'vitest';
import { WorkspaceIndex } from '../../../src/core/workspace/workspace-index';
import { PaperTreeModel, type GroupNode, type TreeNode, type TreeOptions } from '../../../src/vscode/tree/tree-model';
import { digest, MemoryFileSystem, paper } from '../workspace/memory-file-system';

const OPTIONS: TreeOptions = { groupByMonth: true, newestFirst: true, sortPapers: 'votes', filter: '' };

async function treeOf(options: Partial<TreeOptions> = {}): Promise<{ model: PaperTreeModel; index: WorkspaceIndex; fs: MemoryFileSystem }> {
  const fs = new MemoryFileSystem();
  fs.write('2024/03/25.md', digest('2024-03-25', paper({ id: '2403.00001', title: 'Beta', votes: 1 }), paper({ id: '2403.00002', title: 'alpha', votes: 9 }), paper({ id: '2403.00003', title: 'Gamma', votes: 5 })));
  fs.write('2024/03/26.md', digest('2024-03-26', paper({ id: '2403.00004', title: 'Delta', votes: 2 })));
  fs.write('2024/01/02.md', digest('2024-01-02', paper({ id: '2401.00001', title: 'Epsilon', votes: 3 })));
  fs.write('2023/12/31.md', digest('2023-12-31', paper({ id: '2312.00001', title: 'Zeta', votes: 4 })));
  fs.write('readme.md', `# Project\n\n${paper({ id: '2402.00001', title: 'Orphan' })}`);
  const index = new WorkspaceIndex({ fileSystem: fs, debounceMs: 0 });
  await index.build();
  return { model: new PaperTreeModel(index, { ...OPTIONS, ...options }), index, fs };
}

const names = (nodes: TreeNode[]) =>
  nodes.map((node) => (node.kind === 'paper' ? node.paper.title : node.kind === 'day' ? (node.day.dateText ?? node.day.file.uri) : `${node.kind}:${node.key}`));

describe('PaperTreeModel', () => {
  it('groups days by year and month, newest first, with undated papers last', async () => {
    const { model } = await treeOf();
    const roots = model.roots();
    expect(names(roots)).toEqual(['year:2024', 'year:2023', 'undated:']);
    expect(names(model.children(roots[0]))).toEqual(['month:03', 'month:01']);
    expect(names(model.children(model.children(roots[0])[0]))).toEqual(['2024-03-26', '2024-03-25']);
    expect(names(model.children(roots[2]))).toEqual(['mem:/ws/readme.md']);
    expect(roots.map((node) => node.kind !== 'paper' && node.kind !== 'day' && node.paperCount)).toEqual([5, 1, 1]);
  });

  it('expands the newest year and its newest month by default', async () => {
    const { model } = await treeOf();
    const [year2024, year2023] = model.roots() as GroupNode[];
    expect([year2024.expanded, year2023.expanded]).toEqual([true, false]);
    expect(model.children(year2024).map((node) => node.kind !== 'paper' && node.expanded)).toEqual([true, false]);
  });

  it('lists days flat and oldest first when asked', async () => {
    const { model } = await treeOf({ groupByMonth: false, newestFirst: false });
    expect(names(model.roots())).toEqual(['2023-12-31', '2024-01-02', '2024-03-25', '2024-03-26', 'mem:/ws/readme.md']);
  });

  it('sorts the papers of a day by votes, digest order or title', async () => {
    const { model } = await treeOf({ groupByMonth: false });
    const day = () => model.roots()[1];
    expect(names(model.children(day()))).toEqual(['alpha', 'Gamma', 'Beta']);
    model.reset({ ...OPTIONS, groupByMonth: false, sortPapers: 'digest' });
    expect(names(model.children(day()))).toEqual(['Beta', 'alpha', 'Gamma']);
    model.reset({ ...OPTIONS, groupByMonth: false, sortPapers: 'title' });
    expect(names(model.children(day()))).toEqual(['alpha', 'Beta', 'Gamma']);
  });

  it('filters papers, drops days without matches and expands a small result', async () => {
    const { model } = await treeOf({ filter: 'gamma' });
    const roots = model.roots();
    expect(names(roots)).toEqual(['year:2024']);
    const [month] = model.children(roots[0]);
    const [day] = model.children(month);
    expect(names(model.children(day))).toEqual(['Gamma']);
    expect([roots[0], month, day].every((node) => node.kind !== 'paper' && node.expanded)).toBe(true);
    expect(model.shownPaperCount()).toBe(1);
    expect(day.id.startsWith('filtered:')).toBe(true);
  });

  it('gives nodes stable, unique ids, and returns the cached node objects for reveal', async () => {
    const { model, index } = await treeOf({ groupByMonth: false });
    const ids = () => model.roots().flatMap((node) => [node.id, ...model.children(node).map((child) => child.id)]);
    const before = ids();
    expect(new Set(before).size).toBe(before.length);
    const gamma = [...index.papers()].find((each) => each.title === 'Gamma')!;
    const node = model.paperNode(gamma)!;
    expect(model.children(model.parent(node))).toContain(node);
    model.reset();
    expect(ids()).toEqual(before);
  });

  it('keeps ids of two sections with the same date in one file apart', async () => {
    const { model, index, fs } = await treeOf({ groupByMonth: false });
    const uri = fs.write('2024/03/25.md', `${digest('2024-03-25', paper({ id: '2403.00001', title: 'Beta' }))}\n${digest('2024-03-25', paper({ id: '2403.00001', title: 'Beta' }))}`);
    index.fileChanged(uri);
    await index.settle();
    model.reset();
    const days = model.roots().filter((node) => node.kind === 'day' && node.day.dateText === '2024-03-25');
    expect(days).toHaveLength(2);
    expect(days[0].id).not.toBe(days[1].id);
    expect(days.every((node) => node.kind === 'day' && node.sharesDate)).toBe(true);
  });
});
