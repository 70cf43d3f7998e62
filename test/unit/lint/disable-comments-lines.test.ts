/** Which lines a disable comment reaches: its own line, the next line, several comments for one line, spellings of code lists. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';

const HEAD = ['## Daily Papers (2024-03-25)', '', '### [A](https://arxiv.org/abs/2403.15371)', ''];

/** The lines (0-based) with DP031 vote-invalid findings for an entry whose lines after the heading are `lines`. */
function invalidVotes(...lines: string[]): number[] {
  return lint([...HEAD, ...lines].join('\n'))
    .filter((diagnostic) => diagnostic.code === 'DP031')
    .map((diagnostic) => diagnostic.range.start.line);
}

describe('disable comments and lines', () => {
  it('without comments the finding is there (the baseline for the tests below)', () => {
    expect(invalidVotes('Vote: x')).toEqual([4]);
  });

  it('disable and enable take effect from their own line', () => {
    expect(invalidVotes('Vote: x <!-- daily-papers-disable DP031 -->')).toEqual([]);
    expect(invalidVotes('<!-- daily-papers-disable DP031 -->', 'Vote: x <!-- daily-papers-enable DP031 -->')).toEqual([5]);
  });

  it('disable-next-line reaches the next line only, not its own nor the one before', () => {
    expect(invalidVotes('<!-- daily-papers-disable-next-line DP031 -->', 'Vote: x')).toEqual([]);
    expect(invalidVotes('Vote: x <!-- daily-papers-disable-next-line DP031 -->')).toEqual([4]);
    expect(invalidVotes('Vote: x', '<!-- daily-papers-disable-next-line DP031 -->')).toEqual([4]);
    expect(invalidVotes('<!-- daily-papers-disable-next-line DP031 -->', '', 'Vote: x')).toEqual([6]);
  });

  it('two disable-next-line comments for one line each count', () => {
    const twice = '<!-- daily-papers-disable-next-line DP012 --><!-- daily-papers-disable-next-line DP031 -->';
    expect(invalidVotes(twice, 'Vote: x')).toEqual([]);
    const reversed = '<!-- daily-papers-disable-next-line DP031 --><!-- daily-papers-disable-next-line DP012 -->';
    expect(invalidVotes(reversed, 'Vote: x')).toEqual([]);
  });

  it('codes and names may be separated by commas, spaces or both', () => {
    for (const list of ['DP030,DP031', 'DP030 , vote-invalid', 'vote-missing,,  DP031,']) {
      expect(invalidVotes(`<!-- daily-papers-disable ${list} -->`, 'Vote: x')).toEqual([]);
    }
  });

  it('unknown codes among known ones are ignored; the known ones still count', () => {
    expect(invalidVotes('<!-- daily-papers-disable DP999, DP031 -->', 'Vote: x')).toEqual([]);
    expect(invalidVotes('<!-- daily-papers-disable DP999 -->', 'Vote: x')).toEqual([5]);
    expect(invalidVotes('<!-- daily-papers-disable-next-line no-such-rule -->', 'Vote: x')).toEqual([5]);
  });

  it('a later comment for a rule wins over an earlier one; comments for other rules do not matter', () => {
    const lines = ['<!-- daily-papers-disable DP031 -->', '<!-- daily-papers-enable DP012 -->', 'Vote: x', '<!-- daily-papers-enable -->'];
    expect(invalidVotes(...lines)).toEqual([]);
    const text = [...HEAD, ...lines, '', '### [B](https://arxiv.org/abs/2403.15042)', '', 'Vote: z'].join('\n');
    expect(lint(text).filter((d) => d.code === 'DP031').map((d) => d.range.start.line)).toEqual([11]);
  });

  it('a comment that is not one of the four switches does nothing', () => {
    expect(invalidVotes('<!-- daily-papers-silence DP031 -->', 'Vote: x')).toEqual([5]);
    expect(invalidVotes('<!-- note: daily-papers-disable DP031 -->', 'Vote: x')).toEqual([5]);
  });
});
