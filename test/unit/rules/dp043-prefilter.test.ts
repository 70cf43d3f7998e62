/** DP043 where its comma-count pre-filter decides: lists with no name at all, and names of other kinds of space. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { findings, fixedBy } from './rule-helpers';

const withAuthors = (line: string) => digest(entry({ authors: line }));

describe('DP043 authors-empty-name, for lists the comma count alone cannot clear', () => {
  it('reports a list that is only a comma as two empty names over the whole list', () => {
    const found = findings(withAuthors('Authors: ,'), 'DP043');
    expect(found.map((d) => [d.range, d.message])).toEqual([
      [{ start: { line: 8, character: 9 }, end: { line: 8, character: 10 } }, 'The Authors list has 2 empty names; expected names separated by single commas, with no trailing comma.'],
    ]);
  });

  it('reports only commas and spaces as empty names', () => {
    expect(findings(withAuthors('Authors: , ,'), 'DP043').map((d) => d.message)).toEqual([
      'The Authors list has 3 empty names; expected names separated by single commas, with no trailing comma.',
    ]);
  });

  it('reports a second empty name in a Python list over the whole list', () => {
    const found = findings(withAuthors("Authors: ['A', '', 'B', '']"), 'DP043');
    expect(found.map((d) => d.range)).toEqual([{ start: { line: 8, character: 9 }, end: { line: 8, character: 27 } }]);
  });
});

describe('DP043 authors-empty-name, for a name of other white space', () => {
  it.each([
    ['a no-break space', 'A,\u00a0,B'],
    ['an ideographic space', 'A, \u3000 ,B'],
    ['a no-break space at the end', 'A, B,\u00a0'],
  ])('reports and removes %s between commas, as it does a plain space', (_, list) => {
    const text = withAuthors(`Authors: ${list}`);
    expect(findings(text, 'DP043').map((d) => d.message)).toEqual(['The Authors list has an empty name; expected names separated by single commas, with no trailing comma.']);
    // A no-break space after the last comma stays at the line's end, where DP053 reports it.
    expect(fixedBy(text, 'DP043').split('\n')[8].trimEnd()).toMatch(/^Authors: A, ?B$/);
  });
});
