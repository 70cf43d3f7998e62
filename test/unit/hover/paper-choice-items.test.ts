/** The quick pick's items at their edges: which entry stands for a paper, and how an item reads. */
import { describe, expect, it } from 'vitest';
import { paperChoices } from '../../../src/core/paper-choices';
import { parseDigest } from '../../../src/core/parser/parser';
import { indexDigest, type IndexedPaper } from '../../../src/core/workspace/records';
import { digest, paper, type PaperText } from '../workspace/memory-file-system';

const entries = (uri: string, date: string, ...list: PaperText[]): IndexedPaper[] =>
  indexDigest(uri, parseDigest(digest(date, ...list.map(paper)))).days.flatMap((day) => [...day.papers]);
const items = (papers: IndexedPaper[], withIdOnly = true) => paperChoices(papers, { withIdOnly }).map(({ label, description, detail }) => [label, description, detail]);

describe('paperChoices', () => {
  it('stands a paper on several days for by its best-voted entry, then its newest, then the title first in order', () => {
    const older = entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'B title', votes: 5 });
    const newer = entries('mem:/b.md', '2024-03-26', { id: '2403.00001', title: 'Z title', votes: 5 });
    const sameDay = entries('mem:/c.md', '2024-03-26', { id: '2403.00001', title: 'A title', votes: 5 });
    const fewer = entries('mem:/d.md', '2024-03-27', { id: '2403.00001', title: 'Fewer votes', votes: 4 });
    for (const order of [[...older, ...newer, ...sameDay, ...fewer], [...fewer, ...sameDay, ...newer, ...older]]) {
      expect(items(order)).toEqual([['A title', '▲5 · 2024-03-26 · 2403.00001', 'Ada Lovelace']]);
    }
  });

  it('of identical entries of a paper, the first one read stands for it', () => {
    const first = entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'Same', votes: 5 });
    const second = entries('mem:/b.md', '2024-03-25', { id: '2403.00001', title: 'Same', votes: 5 });
    expect(paperChoices([...first, ...second], { withIdOnly: true }).map((each) => each.paper.day.file.uri)).toEqual(['mem:/a.md']);
  });

  it('orders papers of the same votes and day by title, whatever order they come in', () => {
    const list = entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'C', votes: 2 }, { id: '2403.00002', title: 'A', votes: 2 }, { id: '2403.00003', title: 'B', votes: 2 });
    expect(items(list).map((each) => each[0])).toEqual(['A', 'B', 'C']);
    expect(items([...list].reverse()).map((each) => each[0])).toEqual(['A', 'B', 'C']);
  });

  it('shows five authors in full, "and 1 more" from six; no votes and no day leave their parts out', () => {
    const five = ['A1 X', 'A2 X', 'A3 X', 'A4 X', 'A5 X'];
    expect(items(entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'Five', authors: five }))[0][2]).toBe('A1 X, A2 X, A3 X, A4 X, A5 X');
    expect(items(entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'Six', authors: [...five, 'A6 X'] }))[0][2]).toBe('A1 X, A2 X, A3 X, A4 X, A5 X and 1 more');
    const loose = indexDigest('mem:/n.md', parseDigest(`# Notes\n\n${paper({ id: '2403.00002', title: 'Loose' }).replace('Vote: 1', 'Vote: ?')}`)).days[0].papers;
    expect(items([...loose])).toEqual([['Loose', '2403.00002', 'Ada Lovelace']]);
  });

  it('puts a paper without votes below one with 0 votes, and an untitled or spaced-out title reads cleanly', () => {
    const zero = entries('mem:/a.md', '2024-03-25', { id: '2403.00001', title: 'Zero', votes: 0 });
    const none = indexDigest('mem:/b.md', parseDigest(digest('2024-03-26', paper({ id: '2403.00002', title: 'None' }).replace('Vote: 1', 'Vote:')))).days[0].papers;
    expect(items([...none, ...zero]).map((each) => each[0])).toEqual(['Zero', 'None']);
    const odd = indexDigest('mem:/c.md', parseDigest('## Daily Papers (2024-03-25)\n\n### [](https://arxiv.org/abs/2403.00003)\n\n### [  Spaced\t out  ](https://arxiv.org/abs/2403.00004)\n')).days[0].papers;
    expect(items([...odd]).map((each) => each[0])).toEqual(['(untitled entry)', 'Spaced out']);
  });

  it('leaves entries without an arXiv id out for paper commands, and lists each of them for Go to Paper', () => {
    const plain = indexDigest('mem:/a.md', parseDigest('## Daily Papers (2024-03-25)\n\n### Plain one\n\nVote: 2\n\n### Plain one\n\nVote: 2\n')).days[0].papers;
    expect(items([...plain])).toEqual([]);
    expect(items([...plain], false)).toEqual([
      ['Plain one', '▲2 · 2024-03-25', ''],
      ['Plain one', '▲2 · 2024-03-25', ''],
    ]);
  });
});
