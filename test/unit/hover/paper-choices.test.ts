import { describe, expect, it } from 'vitest';
import { indexDigest } from '../../../src/core/workspace/records';
import { paperChoices } from '../../../src/core/paper-choices';
import { parseDigest } from '../../../src/core/parser/parser';
import { digest, paper } from '../workspace/memory-file-system';

const papers = [
  ...indexDigest('mem:/a.md', parseDigest(digest('2024-03-25',
    paper({ id: '2403.00001', title: 'Low', votes: 3 }),
    paper({ id: '2403.00002', title: 'High', votes: 40, authors: ['A1 X', 'A2 X', 'A3 X', 'A4 X', 'A5 X', 'A6 X', 'A7 X'] }),
    paper({ id: '2403.00003', title: 'Twice', votes: 7 }),
  ) + '### Plain heading without link\n\nVote: 100\n')).days.flatMap((day) => day.papers),
  ...indexDigest('mem:/b.md', parseDigest(digest('2024-03-26',
    paper({ id: '2403.00003', title: 'Twice, renamed', votes: 9 }),
    paper({ id: '2403.00004', title: 'Tie newer', votes: 3 }),
  ))).days.flatMap((day) => day.papers),
];

describe('paperChoices', () => {
  it('offers each paper once, highest votes first, with votes, date and id, and the first five authors', () => {
    const choices = paperChoices(papers, { withIdOnly: true });
    expect(choices.map(({ label, description }) => [label, description])).toEqual([
      ['High', '▲40 · 2024-03-25 · 2403.00002'],
      ['Twice, renamed', '▲9 · 2024-03-26 · 2403.00003'],
      ['Tie newer', '▲3 · 2024-03-26 · 2403.00004'],
      ['Low', '▲3 · 2024-03-25 · 2403.00001'],
    ]);
    expect(choices[0].detail).toBe('A1 X, A2 X, A3 X, A4 X, A5 X and 2 more');
    expect(choices[3].detail).toBe('Ada Lovelace');
  });

  it('includes entries without an arXiv id when asked (Go to Paper)', () => {
    const choices = paperChoices(papers, { withIdOnly: false });
    expect(choices[0]).toMatchObject({ label: 'Plain heading without link', description: '▲100 · 2024-03-25', detail: '' });
    expect(choices).toHaveLength(5);
  });
});
