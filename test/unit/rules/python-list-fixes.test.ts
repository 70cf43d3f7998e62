/** Fixes that delete items of a Python-style Authors list: each item goes with its own quotes, spaces inside the quotes included. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const authors = (list: string) => digest(entry({ authors: `Authors: ${list}` }));

describe('removing items of a Python list', () => {
  it.each([
    [`['A B ', '', 'C D']`, `['A B ', 'C D']`],
    [`['A B\t', "", 'C D']`, `['A B\t', 'C D']`],
    [`['', ' A B', 'C D']`, `[' A B', 'C D']`],
    [`["", '\tA B']`, `['\tA B']`],
  ])('DP043 fixes %j to %j', (before, after) => {
    expect(findings(authors(before), 'DP043')).toHaveLength(1);
    expectFix(authors(before), 'DP043', authors(after));
  });

  it('DP042 keeps the first of two names, with the spaces inside its quotes', () => {
    expectFix(authors(`[' A B ', "A B", 'C D']`), 'DP042', authors(`[' A B ', 'C D']`));
  });

  it('leaves a comma list’s quotes alone: they are part of the names there', () => {
    expectFix(authors(`A "B" , , C`), 'DP043', authors(`A "B", C`));
  });
});
