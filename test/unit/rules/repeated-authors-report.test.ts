import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { expectFix } from './rule-helpers';
import { shown } from './as-shown';

const authors = (list: string) => digest(entry({ authors: `Authors: ${list}` }));

describe('DP042 authors-duplicate-name, as the Problems panel shows it', () => {
  it('names the one repeated author, points at each repeat and removes it', () => {
    expect(shown(authors('Ann Lee, Bo Chen, Ann Lee'), 'DP042')).toMatchInlineSnapshot(`
      [
        "8:9-8:34 "Ann Lee, Bo Chen, Ann Lee" warning: \`Ann Lee\` is listed more than once; expected each author once.",
        "  related  8:27-8:34 "Ann Lee": repeated Ann Lee",
        "  fix: Remove the repeated names",
        "    8:25-8:34 ", Ann Lee" -> """,
      ]
    `);
  });

  it('counts several repeated names and lists the first three', () => {
    const text = authors('A A, B B, C C, D D, A A, B B, C C, D D, D D');
    const [first] = shown(text, 'DP042');
    expect(first).toMatchInlineSnapshot(`"8:9-8:52 "A A, B B, C C, D D, A A, B B, C C, D D, D D" warning: 4 names are listed more than once (A A, B B, C C, …); expected each author once."`);
    expectFix(text, 'DP042', authors('A A, B B, C C, D D'));
  });

  it('lists two or three repeated names without an ellipsis', () => {
    expect(shown(authors('A A, B B, A A, B B'), 'DP042')[0]).toContain('2 names are listed more than once (A A, B B); expected');
    expect(shown(authors('A A, B B, C C, A A, B B, C C'), 'DP042')[0]).toContain('3 names are listed more than once (A A, B B, C C); expected');
  });

  it('ignores repeated + marks and empty names beside a real repeat', () => {
    const text = authors('A B, +, , C D, +, , A B');
    expect(shown(text, 'DP042')).toMatchInlineSnapshot(`
      [
        "8:9-8:32 "A B, +, , C D, +, , A B" warning: \`A B\` is listed more than once; expected each author once.",
        "  related  8:29-8:32 "A B": repeated A B",
        "  fix: Remove the repeated names",
        "    8:27-8:32 ", A B" -> """,
      ]
    `);
  });

  it('finds a repeat in long lists, whatever the names look like', () => {
    const names = Array.from({ length: 300 }, (_, i) => `Author ${i}`);
    expect(shown(authors(names.join(', ')), 'DP042')).toEqual([]);
    expect(shown(authors([...names, 'Author 150'].join(', ')), 'DP042')[0]).toContain('`Author 150` is listed more than once');
    expect(shown(authors('X, Y, X'), 'DP042')[0]).toContain('`X` is listed more than once');
  });
});
