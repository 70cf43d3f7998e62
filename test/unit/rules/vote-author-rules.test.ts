import { describe, expect, it } from 'vitest';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const authors = (list: string) => digest(entry({ authors: `Authors: ${list}` }));

describe('DP030 vote-missing', () => {
  it('reports an entry without a Vote line on its heading', () => {
    const [found] = findings(digest(entry({ vote: null })), 'DP030');
    expect(found.range.start.line).toBe(2);
    expect(found.message).toContain('Vote: N');
  });
});

describe('DP031 vote-invalid', () => {
  it.each([
    ['Vote: -', '-', 'not a whole number'],
    ['Vote: 12.5', '12.5', 'not a whole number'],
    ['Vote: -3', '-3', 'negative'],
    ['Vote: 9999999999999999999999', '9999999999999999999999', 'too large to be a vote count'],
  ])('reports %j on its value', (line, value, reason) => {
    const text = digest(entry({ vote: line }));
    const [found] = findings(text, 'DP031');
    expect(textAt(text, found.range)).toBe(value);
    expect(found.message).toContain(reason);
  });

  it('reports a Vote line with nothing after the colon', () => {
    expect(findings(digest(entry({ vote: 'Vote:' })), 'DP031')[0].message).toContain('no number');
  });

  it('accepts zero and large counts', () => {
    expect(findings(digest(entry({ vote: 'Vote: 0' }), entry({ vote: 'Vote: 291' })), 'DP031')).toEqual([]);
    expect(findings(digest(entry({ vote: `Vote: ${Number.MAX_SAFE_INTEGER}` })), 'DP031')).toEqual([]);
  });
});

describe('DP040 authors-missing', () => {
  it('reports an entry without an Authors line', () => {
    expect(findings(digest(entry({ authors: null })), 'DP040')).toHaveLength(1);
  });
});

describe('DP041 authors-python-list', () => {
  it('rewrites a Python list as a comma-separated list', () => {
    expectFix(authors(`['Yiwei Chen', "Conor O'Brien", 'Zizhao Chen']`), 'DP041', authors("Yiwei Chen, Conor O'Brien, Zizhao Chen"));
  });

  it('reports but does not rewrite a list whose names contain commas', () => {
    const [found] = findings(authors(`['Smith, Jr.', 'Jones']`), 'DP041');
    expect(found.fix).toBeUndefined();
  });
});

describe('DP041 and DP042 keep the feed\'s + mark', () => {
  it('rewrites a Python list with the + where it stood', () => {
    expectFix(authors(`['A B', '+', 'C D']`), 'DP041', authors('A B, +, C D'));
  });

  it('two + marks are not a repeated author', () => {
    expect(findings(authors('A B, +, C D, +'), 'DP042')).toEqual([]);
  });
});

describe('DP042 authors-duplicate-name', () => {
  it('drops every repeat and keeps the first of each name', () => {
    const text = authors('Julian D. Parker, Julian D. Parker, Janne Spijkervet, Katerina Kosta, Katerina Kosta, Duc Le');
    const [found] = findings(text, 'DP042');
    expect(found.message).toContain('2 names are listed more than once');
    expect(found.related.map((related) => textAt(text, related.range))).toEqual(['Julian D. Parker', 'Katerina Kosta']);
    expectFix(text, 'DP042', authors('Julian D. Parker, Janne Spijkervet, Katerina Kosta, Duc Le'));
  });

  it('drops repeats inside a Python list without touching its punctuation', () => {
    expectFix(authors(`['A B', 'C D', 'A B']`), 'DP042', authors(`['A B', 'C D']`));
    expectFix(authors(`["A B", 'C D', 'A B']`), 'DP042', authors(`["A B", 'C D']`));
    expectFix(authors(`['A B', "A B",\t'C D']`), 'DP042', authors(`['A B',\t'C D']`));
  });

  it('is silent on distinct names, including names that only share a surname', () => {
    expect(findings(authors('Wei Wang, Wei Zhang, Yang Wang'), 'DP042')).toEqual([]);
  });
});

describe('DP043 authors-empty-name', () => {
  it.each([
    ['A B, , C D', 'A B, C D'],
    ['A B, C D,', 'A B, C D'],
    [', A B, C D', 'A B, C D'],
    ['A B, , , C D', 'A B, C D'],
    // As long as the names joined by ", " (a length check once took these for well-formed lists).
    ['A B,,C D', 'A B,C D'],
    [',A B,C D', 'A B,C D'],
    ['A B,C D,', 'A B,C D'],
    ['A B, +,,C D', 'A B, +,C D'],
    [`['A B', '', 'C D']`, `['A B', 'C D']`],
    // Each item goes with its own quotes, whichever they are.
    [`['A B', "", 'C D']`, `['A B', 'C D']`],
    [`["", 'A B', "C D"]`, `['A B', "C D"]`],
    [`['A B', "C D", ' ']`, `['A B', "C D"]`],
    [`[ " ", 'A B' ]`, `[ 'A B' ]`],
    [`['A B',\t"", 'C D']`, `['A B', 'C D']`],
    [`['A B', " " , 'C D']`, `['A B' , 'C D']`],
  ])('fixes %j to %j', (before, after) => {
    expect(findings(authors(before), 'DP043')).toHaveLength(1);
    expectFix(authors(before), 'DP043', authors(after));
  });

  it('is silent on a well-formed list', () => {
    expect(findings(authors('A B, C D'), 'DP043')).toEqual([]);
    expect(findings(authors('A B,C D'), 'DP043')).toEqual([]);
    expect(findings(authors('A B, C D, +'), 'DP043')).toEqual([]);
    expect(findings(authors('A\\, B, C D'), 'DP043')).toEqual([]);
  });
});
