/** Applying edits to text, and the one edit an editor applies for "Fix all": exact results, every edge. */
import { describe, expect, it } from 'vitest';
import { applyEdits, differenceAsEdit } from '../../../src/core/fix';
import type { TextEdit } from '../../../src/core/rules';

const edit = (line: number, start: number, endLine: number, end: number, newText: string): TextEdit => ({
  range: { start: { line, character: start }, end: { line: endLine, character: end } },
  newText,
});

describe('applyEdits', () => {
  it('no edits: the text as it is', () => {
    expect(applyEdits('abc', [])).toBe('abc');
  });

  it('edits in any order are applied in document order', () => {
    expect(applyEdits('ab\ncd', [edit(1, 0, 1, 1, 'C'), edit(0, 1, 0, 2, 'B')])).toBe('aB\nCd');
  });

  it('an insertion and a replacement at one point: the insertion goes first, whatever order they come in', () => {
    expect(applyEdits('abcdef', [edit(0, 2, 0, 4, 'X'), edit(0, 2, 0, 2, '+')])).toBe('ab+Xef');
    expect(applyEdits('abcdef', [edit(0, 2, 0, 2, '+'), edit(0, 2, 0, 4, 'X')])).toBe('ab+Xef');
  });

  it('touching edits are fine; overlapping ones are refused', () => {
    expect(applyEdits('abcdef', [edit(0, 0, 0, 2, 'A'), edit(0, 2, 0, 4, 'C')])).toBe('ACef');
    expect(() => applyEdits('abcdef', [edit(0, 0, 0, 3, 'A'), edit(0, 2, 0, 4, 'C')])).toThrow('overlapping edits');
  });

  it('a position past the last line is the end of the text', () => {
    expect(applyEdits('ab\ncd', [edit(2, 0, 2, 0, '\nef')])).toBe('ab\ncd\nef');
    expect(applyEdits('ab\ncd', [edit(1, 1, 5, 0, '')])).toBe('ab\nc');
  });

  it('a character past the end of the text is the end of the text', () => {
    expect(applyEdits('ab', [edit(0, 1, 0, 99, 'Z')])).toBe('aZ');
  });

  it('positions count after a byte order mark, which is kept', () => {
    expect(applyEdits('\uFEFFab\r\ncd', [edit(0, 0, 0, 1, 'A'), edit(1, 1, 1, 2, 'D')])).toBe('\uFEFFAb\r\ncD');
  });
});

describe('differenceAsEdit', () => {
  it.each([
    ['abc', 'abX', edit(0, 2, 0, 3, 'X')],
    ['abc', 'Xbc', edit(0, 0, 0, 1, 'X')],
    ['abc', 'aXc', edit(0, 1, 0, 2, 'X')],
    ['aa', 'aaa', edit(0, 2, 0, 2, 'a')],
    ['aaa', 'aa', edit(0, 2, 0, 3, '')],
    ['ab\ncd\nef', 'ab\nef', edit(1, 0, 2, 0, '')],
    ['ab\ncd', 'ab\nXY\ncd', edit(1, 0, 1, 0, 'XY\n')],
  ])('%j → %j', (before, after, expected) => {
    expect(differenceAsEdit(before, after)).toEqual(expected);
    expect(applyEdits(before, [expected])).toBe(after);
  });

  it('never splits a surrogate pair, at either end of the change', () => {
    // U+1F600 and U+1F603 share their high surrogate; U+10000 and U+1F000 their low one (\uDC00).
    expect(differenceAsEdit('a😀b', 'a😃b')).toEqual(edit(0, 1, 0, 3, '😃'));
    expect(differenceAsEdit('a\uD800\uDC00', 'a\uD83C\uDC00')).toEqual(edit(0, 1, 0, 3, '\uD83C\uDC00'));
    expect(differenceAsEdit('a\uD800\uDFFF', 'a\uD801\uDFFF')).toEqual(edit(0, 1, 0, 3, '\uD801\uDFFF'));
    expect(differenceAsEdit('\uD800\uDFFFa', '\uD800\uDFFEa')).toEqual(edit(0, 0, 0, 2, '\uD800\uDFFE'));
  });

  it('never splits a CRLF, at either end of the change', () => {
    expect(differenceAsEdit('a\r\nb', 'a\nb')).toEqual(edit(0, 1, 1, 0, '\n'));
    expect(differenceAsEdit('a\r\n', 'a\rX\n')).toEqual(edit(0, 1, 1, 0, '\rX\n'));
    const before = 'a\r\nb\r\nc\r\n';
    expect(differenceAsEdit(before, 'a\r\n\r\nb\r\nc\r\n')).toEqual(edit(1, 0, 1, 0, '\r\n'));
  });

  it('keeps a byte order mark out of the edit', () => {
    expect(differenceAsEdit('\uFEFFab', '\uFEFFXb')).toEqual(edit(0, 0, 0, 1, 'X'));
    expect(differenceAsEdit('\uFEFFab\ncd', '\uFEFFab\ncX')).toEqual(edit(1, 1, 1, 2, 'X'));
  });

  it('a lone low surrogate at the start is an ordinary character', () => {
    expect(differenceAsEdit('\uDE00a', '\uDE01a')).toEqual(edit(0, 0, 0, 1, '\uDE01'));
  });

  it('no change: no edit', () => {
    expect(differenceAsEdit('abc', 'abc')).toBeNull();
    expect(differenceAsEdit('', '')).toBeNull();
  });

  it('from or to an empty text', () => {
    expect(differenceAsEdit('', 'ab')).toEqual(edit(0, 0, 0, 0, 'ab'));
    expect(differenceAsEdit('a\nb', '')).toEqual(edit(0, 0, 1, 1, ''));
  });
});
