import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { digest, entry } from '../helpers';

const noVote = (label: string) => entry({ heading: `### [${label}](https://arxiv.org/abs/2403.1537${label.length})`, vote: null });
// Distinct ids (2403.15375, …) so that the entries are not duplicates of each other.
const codesAndLines = (text: string) => lint(text).filter((d) => d.code === 'DP030').map((d) => d.range.start.line + 1);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

describe('disable comments', () => {
  const a = noVote('Alpha');
  const b = noVote('Bravo!');
  const c = noVote('Charlie');

  it('disable and enable switch a rule off and on from their lines', () => {
    const text = digest(a, '<!-- daily-papers-disable DP030 -->', b, '<!-- daily-papers-enable DP030 -->', c);
    expect(codesAndLines(text)).toEqual([lineOf(text, 'Alpha'), lineOf(text, 'Charlie')]);
  });

  it('disable-next-line affects only the following line, and takes rule names', () => {
    const text = digest(a, `<!-- daily-papers-disable-next-line vote-missing -->\n${b}`, c);
    expect(codesAndLines(text)).toEqual([lineOf(text, 'Alpha'), lineOf(text, 'Charlie')]);
  });

  it('disable-file applies to the whole file wherever it is written', () => {
    expect(codesAndLines(digest(a, b, '<!-- daily-papers-disable-file DP030 -->'))).toEqual([]);
  });

  it('without codes, disables every rule; other rules stay on when codes are given', () => {
    const text = digest('<!-- daily-papers-disable -->', a);
    expect(lint(text)).toEqual([]);
    const only = digest('<!-- daily-papers-disable DP030 -->', entry({ vote: null, summary: null }));
    expect(lint(only).map((d) => d.code)).toEqual(['DP050']);
  });

  it('a comment naming only unknown rules disables nothing', () => {
    expect(codesAndLines(digest('<!-- daily-papers-disable DP999 -->', a))).toHaveLength(1);
  });
});
