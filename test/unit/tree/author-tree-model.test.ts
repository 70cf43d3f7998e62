import { describe, expect, it } from 'vitest';
import { indexDigest } from '../../../src/core/workspace/records';
import { parseDigest } from '../../../src/core/parser/parser';
import { ArchiveStats } from '../../../src/core/stats';
import { AUTHORS_PAGE, AuthorTreeModel, type AuthorTreeNode } from '../../../src/vscode/authors/author-tree-model';
import { digest, paper } from '../workspace/memory-file-system';

/** One day with `count` papers, paper i listing author `Author i` and `Shared Élodie` on every third. */
function manyAuthors(count: number): ArchiveStats {
  const papers = Array.from({ length: count }, (_, i) =>
    paper({ id: `2403.${String(10000 + i)}`, title: `Paper ${i}`, votes: i, authors: i % 3 === 0 ? [`Author ${i}`, 'Shared Élodie'] : [`Author ${i}`] }),
  );
  const stats = new ArchiveStats();
  stats.setFile(indexDigest('mem:/ws/a.md', parseDigest(digest('2024-03-25', ...papers))));
  return stats;
}

const names = (nodes: AuthorTreeNode[]) => nodes.map((node) => (node.kind === 'author' ? node.author.name : node.kind));

describe('Authors view model', () => {
  it('shows a page of authors in sort order, then a node that shows more', () => {
    const model = new AuthorTreeModel(manyAuthors(450), { sort: 'papers', filter: '' });
    const roots = model.children();
    expect(roots).toHaveLength(AUTHORS_PAGE + 1);
    expect(names(roots).slice(0, 3)).toEqual(['Shared Élodie', 'Author 449', 'Author 448']);
    expect(roots[AUTHORS_PAGE]).toMatchObject({ kind: 'more', shown: AUTHORS_PAGE, total: 451 });
    model.showMore();
    expect(model.children()).toHaveLength(2 * AUTHORS_PAGE + 1);
    model.showMore();
    expect(names(model.children())).toHaveLength(451);
    expect(names(model.children())).not.toContain('more');
  });

  it('sorts by votes, filters by words of the name ignoring case and accents, and counts the matches', () => {
    const model = new AuthorTreeModel(manyAuthors(10), { sort: 'votes', filter: '' });
    expect(names(model.children()).slice(0, 2)).toEqual(['Shared Élodie', 'Author 9']);
    model.reset({ sort: 'votes', filter: 'ELODIE shared' });
    expect(names(model.children())).toEqual(['Shared Élodie']);
    expect(model.matchingCount()).toBe(1);
    model.reset({ sort: 'votes', filter: 'author 1' });
    expect(names(model.children())).toEqual(['Author 1']);
  });

  it('expands an author to their papers, newest first, with the author as parent', () => {
    const model = new AuthorTreeModel(manyAuthors(7), { sort: 'papers', filter: '' });
    const shared = model.children()[0];
    const papers = model.children(shared);
    expect(papers.map((node) => (node.kind === 'paper' ? node.paper.title : ''))).toEqual(['Paper 6', 'Paper 3', 'Paper 0']);
    expect(model.parent(papers[0])).toBe(shared);
    expect(model.children(shared)).toBe(papers);
  });

  it('finds the node of an author beyond the first page by showing the pages up to them', () => {
    const model = new AuthorTreeModel(manyAuthors(450), { sort: 'papers', filter: '' });
    const node = model.authorNode('Author 3');
    expect(node?.author).toEqual({ name: 'Author 3', papers: 1, votes: 3 });
    expect(model.children()).toContain(node);
    expect(model.authorNode('Nobody')).toBeUndefined();
    model.reset({ sort: 'papers', filter: 'shared' });
    expect(model.authorNode('Author 3')).toBeUndefined();
  });
});
