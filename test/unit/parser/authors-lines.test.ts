/** The names of an Authors line in both styles, every item with its exact range, and the feed's "names left out" mark. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { textAt } from '../helpers';

/** The Authors line `line` as the 4th line of a one-entry digest. */
function authorsOf(line: string) {
  const text = ['## Daily Papers (2024-03-25)', '', '### [A](https://arxiv.org/abs/2403.15371)', line].join('\n');
  const authors = parseDigest(text).days[0].papers[0].authors!;
  return {
    names: authors.names,
    style: authors.style,
    leftOut: authors.namesLeftOut,
    raw: authors.raw,
    rawText: textAt(text, authors.rawRange),
    /** Each item: its name, and the columns of its range on the line. */
    items: authors.items.map((item) => [item.name, item.range.start.character, item.range.end.character]),
    range: [authors.range.start.character, authors.range.end.character],
    line: authors.range.start.line,
  };
}

describe('comma-separated names', () => {
  it('names, items and ranges, spaces around each name left out', () => {
    expect(authorsOf('Authors:   Ann Lee ,Bo  Chen,\tCy   ')).toEqual({
      names: ['Ann Lee', 'Bo  Chen', 'Cy'],
      style: 'comma',
      leftOut: false,
      raw: 'Ann Lee ,Bo  Chen,\tCy',
      rawText: 'Ann Lee ,Bo  Chen,\tCy',
      items: [
        ['Ann Lee', 11, 18],
        ['Bo  Chen', 20, 28],
        ['Cy', 30, 32],
      ],
      range: [0, 32],
      line: 3,
    });
  });

  it('no-break and ideographic spaces around a name are spaces too, inside it they stay', () => {
    expect(authorsOf('Authors: \u00a0Ann\u00a0Lee\u3000, Bo')).toMatchObject({
      names: ['Ann\u00a0Lee', 'Bo'],
      items: [
        ['Ann\u00a0Lee', 10, 17],
        ['Bo', 20, 22],
      ],
    });
  });

  it('empty items are items but not names, at the place they are written', () => {
    expect(authorsOf('Authors: A, , B,')).toMatchObject({
      names: ['A', 'B'],
      items: [
        ['A', 9, 10],
        ['', 12, 12],
        ['B', 14, 15],
        ['', 16, 16],
      ],
    });
  });

  it('an empty list has no names and no items, and its raw text is empty at the end of the line', () => {
    expect(authorsOf('Authors:   ')).toEqual({ names: [], style: 'comma', leftOut: false, raw: '', rawText: '', items: [], range: [0, 11], line: 3 });
  });

  it('an indented line: the range starts at the indent', () => {
    expect(authorsOf('  Authors: A')).toMatchObject({ range: [2, 12], items: [['A', 11, 12]], rawText: 'A' });
  });

  it('a lone + is the mark of names left out, wherever it stands and with spaces around it', () => {
    expect(authorsOf('Authors: A,  +  , B')).toMatchObject({ names: ['A', 'B'], leftOut: true, items: [['A', 9, 10], ['+', 13, 14], ['B', 18, 19]] });
    expect(authorsOf('Authors: +')).toMatchObject({ names: [], leftOut: true });
  });
});

describe('Python list names', () => {
  it('quoted names, items inside the quotes, the list in brackets', () => {
    expect(authorsOf(`Authors: ['Ann Lee', "Bo Chen"]`)).toEqual({
      names: ['Ann Lee', 'Bo Chen'],
      style: 'python-list',
      leftOut: false,
      raw: `['Ann Lee', "Bo Chen"]`,
      rawText: `['Ann Lee', "Bo Chen"]`,
      items: [
        ['Ann Lee', 11, 18],
        ['Bo Chen', 22, 29],
      ],
      range: [0, 31],
      line: 3,
    });
  });

  it('spaces inside the brackets and the quotes are not part of names', () => {
    expect(authorsOf(`Authors: [  ' Ann '  ,  'Bo'  ]`)).toMatchObject({ names: ['Ann', 'Bo'], items: [['Ann', 14, 17], ['Bo', 25, 27]] });
  });

  it('backslash escapes: the name is unescaped, the item range covers the name as written', () => {
    expect(authorsOf(`Authors: ['O\\'Brien', "Say \\"Hi\\"", 'Back\\\\slash']`)).toMatchObject({
      names: [`O'Brien`, 'Say "Hi"', 'Back\\slash'],
      items: [
        [`O'Brien`, 11, 19],
        ['Say "Hi"', 23, 33],
        ['Back\\slash', 37, 48],
      ],
    });
  });

  it('the other quote inside a name is just a character', () => {
    expect(authorsOf(`Authors: ["Conor O'Brien", 'Say "Hi"']`).names).toEqual([`Conor O'Brien`, 'Say "Hi"']);
  });

  it('unquoted items are read up to the next comma', () => {
    expect(authorsOf('Authors: [Ann Lee, Bo]')).toMatchObject({ names: ['Ann Lee', 'Bo'], items: [['Ann Lee', 10, 17], ['Bo', 19, 21]] });
  });

  it('a list without its closing bracket, or with an unclosed quote, still gives its names', () => {
    expect(authorsOf(`Authors: ['Ann', 'Bo'`)).toMatchObject({ names: ['Ann', 'Bo'], style: 'python-list', items: [['Ann', 11, 14], ['Bo', 18, 20]] });
    expect(authorsOf(`Authors: ['Ann', 'Bo]`)).toMatchObject({ names: ['Ann', 'Bo'], items: [['Ann', 11, 14], ['Bo', 18, 20]] });
  });

  it('text after a closing quote and before the comma is skipped', () => {
    expect(authorsOf(`Authors: ['Ann' junk, 'Bo']`)).toMatchObject({ names: ['Ann', 'Bo'], items: [['Ann', 11, 14], ['Bo', 23, 25]] });
  });

  it("empty strings are items, not names; '+' is the left-out mark", () => {
    expect(authorsOf(`Authors: ['Ann', '', '+', 'Bo']`)).toMatchObject({
      names: ['Ann', 'Bo'],
      leftOut: true,
      items: [['Ann', 11, 14], ['', 18, 18], ['+', 22, 23], ['Bo', 27, 29]],
    });
  });

  it('an empty list', () => {
    expect(authorsOf('Authors: []')).toMatchObject({ names: [], items: [], leftOut: false, style: 'python-list' });
  });
});
