/** DP005 day-unsorted: what it reports and how "Sort the papers of this day by votes" moves whole entries. */
import { describe, expect, it } from 'vitest';
import { entry } from '../helpers';
import { fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const paper = (id: string, vote: string | null) =>
  entry({ heading: `### [Paper ${id}](https://arxiv.org/abs/2403.${id})`, vote: vote === null ? null : `Vote: ${vote}`, media: null, authors: `Authors: Author ${id}`, summary: `- about ${id}` });
const day = (...entries: string[]) => `## Daily Papers (2024-03-25)\n\n${entries.join('\n\n')}\n`;
const order = (text: string) => [...text.matchAll(/Paper (\d+)/g)].map((match) => match[1]).join(' ');

describe('DP005 day-unsorted', () => {
  it('reports the first paper with more votes than the one above, once per day, and sorts the whole day', () => {
    const text = day(paper('10001', '5'), paper('10002', '9'), paper('10003', '7'), paper('10004', '12'));
    expect(shown(text, 'DP005', { uri: 'file:///d.md' })).toMatchInlineSnapshot(`
      [
        "12:0-12:7 "Vote: 9" warning: Vote 9 comes after a paper with 5; expected the day's papers in descending vote order.",
        "  related file:///d.md 4:0-4:7 "Vote: 5": the paper above has 5 votes",
        "  fix: Sort the papers of this day by votes",
        "    2:0-32:13 "### [Paper 10001](https://arxiv.org/abs/2403.10001)\\n\\nVote: 5\\n\\nAuthors: Author 10001\\n\\n- about 10001\\n\\n### [Paper 10002](https://arxiv.org/abs/2403.10002)\\n\\nVote: 9\\n\\nAuthors: Author 10002\\n\\n- about 10002\\n\\n### [Paper 10003](https://arxiv.org/abs/2403.10003)\\n\\nVote: 7\\n\\nAuthors: Author 10003\\n\\n- about 10003\\n\\n### [Paper 10004](https://arxiv.org/abs/2403.10004)\\n\\nVote: 12\\n\\nAuthors: Author 10004\\n\\n- about 10004" -> "### [Paper 10004](https://arxiv.org/abs/2403.10004)\\n\\nVote: 12\\n\\nAuthors: Author 10004\\n\\n- about 10004\\n\\n### [Paper 10002](https://arxiv.org/abs/2403.10002)\\n\\nVote: 9\\n\\nAuthors: Author 10002\\n\\n- about 10002\\n\\n### [Paper 10003](https://arxiv.org/abs/2403.10003)\\n\\nVote: 7\\n\\nAuthors: Author 10003\\n\\n- about 10003\\n\\n### [Paper 10001](https://arxiv.org/abs/2403.10001)\\n\\nVote: 5\\n\\nAuthors: Author 10001\\n\\n- about 10001"",
      ]
    `);
    expect(order(fixedBy(text, 'DP005'))).toBe('10004 10002 10003 10001');
  });

  it('keeps entries without a number where they are and compares across them', () => {
    const text = day(paper('10001', '3'), paper('10002', null), paper('10003', '8'), paper('10004', 'many'), paper('10005', '1'));
    expect(shown(text, 'DP005')[0]).toContain('Vote 8 comes after a paper with 3;');
    expect(order(fixedBy(text, 'DP005'))).toBe('10003 10002 10001 10004 10005');
  });

  it('keeps equal votes in their order and is silent on a sorted day', () => {
    const text = day(paper('10001', '7'), paper('10002', '7'), paper('10003', '2'));
    expect(shown(text, 'DP005')).toEqual([]);
  });

  it('keeps the blank lines between entries as they were', () => {
    const text = `## Daily Papers (2024-03-25)\n\n${paper('10001', '1')}\n\n\n${paper('10002', '2')}\n`;
    expect(fixedBy(text, 'DP005')).toBe(`## Daily Papers (2024-03-25)\n\n${paper('10002', '2')}\n\n\n${paper('10001', '1')}\n`);
  });
});
