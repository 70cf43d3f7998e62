/** DP043 where its comma-count pre-filter decides: lists with no name at all, and names of other kinds of space. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { findings } from './rule-helpers';

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
