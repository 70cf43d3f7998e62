/** Details of what rules report that a user reads: which words, which range, which fix, on the less common inputs. */
import { describe, expect, it } from 'vitest';
import { findRule } from '../../../src/core/rules';
import { digest, entry } from '../helpers';
import { fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const withAuthors = (line: string) => digest(entry({ authors: line }));
const authorsLine = (text: string) => text.split('\n')[8];

describe('DP031 vote-invalid says why', () => {
  it.each([
    ['Vote: -33', '6:6-6:9 "-33" warning: Vote `-33` is negative; expected the upvote count, like `Vote: 12`.'],
    ['Vote: 1-3', '6:6-6:9 "1-3" warning: Vote `1-3` is not a whole number; expected the upvote count, like `Vote: 12`.'],
    ['Vote: -3x', '6:6-6:9 "-3x" warning: Vote `-3x` is not a whole number; expected the upvote count, like `Vote: 12`.'],
    ['Vote:', '6:0-6:5 "Vote:" warning: The `Vote:` line has no number; expected the upvote count, like `Vote: 12`.'],
  ])('%s', (line, expected) => {
    expect(shown(digest(entry({ vote: line })), 'DP031')).toEqual([expected]);
  });
});

describe('DP013 paper-id-invalid', () => {
  it('names an empty link, and leaves headings that are not links to DP010', () => {
    expect(shown(digest(entry({ heading: '### [A title]()' })), 'DP013')).toEqual([
      '2:13-2:15 "()" error: The empty link is not an arXiv or Hugging Face paper link; expected `https://arxiv.org/abs/ID`.',
    ]);
    expect(shown(digest(entry({ heading: '### A title without a link' })), 'DP013')).toEqual([]);
  });
});

describe('DP003 day-empty', () => {
  it('names a day with an impossible date as written', () => {
    expect(shown('## Daily Papers (2024-02-30)\n\n## Daily Papers (2024-03-01)\n\n' + entry() + '\n', 'DP003')).toEqual([
      '0:0-0:28 "## Daily Papers (2024-02-30)" warning: Day section 2024-02-30 has no papers; expected `### [Title](https://arxiv.org/abs/ID)` entries before the next heading.',
    ]);
  });
});

describe('DP014 on a day with an impossible date', () => {
  it('is still an error for the same paper twice on that day', () => {
    const text = `## Daily Papers (2024-02-30)\n\n${entry()}\n\n${entry()}\n`;
    expect(shown(text, 'DP014')[0]).toContain('error: Paper 2403.15371 is listed again on the same day (first at line 3)');
  });
});

describe('DP020 and DP023 share empty links by kind', () => {
  it('an empty link to a video is DP023, not DP020', () => {
    const text = digest(entry({ media: '[](https://cdn-uploads.huggingface.co/clip.mp4)' }));
    expect(shown(text, 'DP020')).toEqual([]);
    expect(shown(text, 'DP023')).toHaveLength(3);
  });
});

describe('DP022 on the shortest URLs', () => {
  it('reports http:// with a host and nothing for a bare scheme', () => {
    expect(shown(digest(entry({ media: '![](http://a)' })), 'DP022')[0]).toBe('4:4-4:12 "http://a" warning: Media URL `http://a` uses http:; expected https:.');
    expect(shown(digest(entry({ media: '![](http://)' })), 'DP022')).toEqual([]);
  });

  it('shortens a URL longer than 60 characters in the message, and only then', () => {
    const sixty = `http://cdn.example.org/${'a'.repeat(33)}.png`;
    const sixtyOne = `http://cdn.example.org/${'a'.repeat(34)}.png`;
    expect(sixty).toHaveLength(60);
    expect(shown(digest(entry({ media: `![](${sixty})` })), 'DP022')[0]).toContain(`Media URL \`${sixty}\` uses http:`);
    expect(shown(digest(entry({ media: `![](${sixtyOne})` })), 'DP022')[0]).toContain(`Media URL \`${sixtyOne.slice(0, 59)}…\` uses http:`);
  });
});

describe('DP041 keeps the + and drops empty strings', () => {
  it('rewrites a list with the feed’s + and an empty string', () => {
    expect(authorsLine(fixedBy(withAuthors("Authors: ['A B', '', '+', 'C D']"), 'DP041'))).toBe('Authors: A B, +, C D');
  });
});

describe('DP043 removes every empty name, wherever it is', () => {
  it.each([
    ['Authors: , , A B', 'Authors: A B'],
    ['Authors: A B, , , C D', 'Authors: A B, C D'],
    ['Authors: A B, ,', 'Authors: A B'],
  ])('%s', (line, expected) => {
    expect(authorsLine(fixedBy(withAuthors(line), 'DP043'))).toBe(expected);
  });

});

describe('DP060 points at the furthest field, the first of its kind', () => {
  it('relates a late Authors line to the first summary bullet', () => {
    const text = `## Daily Papers (2024-03-25)\n\n${entry({ authors: null, summary: '- one\n\n- two\n\nAuthors: A B' })}\n`;
    expect(shown(text, 'DP060', { uri: 'file:///d.md' })).toEqual([
      '12:0-12:12 "Authors: A B" warning: The `Authors:` line comes after the summary bullet; expected the order title, media, `Vote:`, `Authors:`, summary bullets.',
      '  related file:///d.md 8:0-8:5 "- one": the summary bullet',
    ]);
  });
});

describe('findRule', () => {
  it('finds a rule by code or name, in any case and with spaces around', () => {
    expect(findRule(' DP030 ')?.name).toBe('vote-missing');
    expect(findRule('dp030')?.name).toBe('vote-missing');
    expect(findRule(' Vote-Missing ')?.code).toBe('DP030');
    expect(findRule('DP999')).toBeUndefined();
  });
});
