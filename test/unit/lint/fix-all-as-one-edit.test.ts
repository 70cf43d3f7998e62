/** "Fix all" reaches the editor as one replacement: the smallest one, never splitting an emoji or a CRLF, and never touching a BOM. */
import { describe, expect, it } from 'vitest';
import { applyEdits, differenceAsEdit } from '../../../src/core/fix';

const edit = (before: string, after: string) => {
  const found = differenceAsEdit(before, after);
  return found && `${found.range.start.line}:${found.range.start.character}-${found.range.end.line}:${found.range.end.character} ${JSON.stringify(found.newText)}`;
};

describe('differenceAsEdit', () => {
  it('is nothing for equal texts', () => {
    expect(differenceAsEdit('same', 'same')).toBeNull();
  });

  it('replaces only what changed', () => {
    expect(edit('hello world', 'hello there world')).toBe('0:6-0:6 "there "');
    expect(edit('abc', 'abd')).toBe('0:2-0:3 "d"');
    expect(edit('abc', 'xbc')).toBe('0:0-0:1 "x"');
    expect(edit('aaaa', 'aa')).toBe('0:2-0:4 ""');
    expect(edit('line one\nline two\n', 'line one\nline 2\n')).toBe('1:5-1:8 "2"');
  });

  it('never splits a surrogate pair', () => {
    expect(edit('a😀b', 'a😁b')).toBe('0:1-0:3 "😁"');
    expect(edit('a\uD83D\uDE00', 'a\uD83C\uDE00')).toBe('0:1-0:3 "\uD83C\uDE00"');
  });

  it('never splits a CRLF', () => {
    expect(edit('x\r\ny', 'x\ny')).toBe('0:1-1:0 "\\n"');
    expect(edit('a\r\nb', 'a\rX\nb')).toBe('0:1-1:0 "\\rX\\n"');
  });

  it('keeps a byte order mark out of the edit, with positions after it', () => {
    expect(edit('\uFEFFabc', '\uFEFFabd')).toBe(edit('abc', 'abd'));
  });

  it('gives the edit that turns one text into the other', () => {
    for (const [before, after] of [['hello world', 'hello there world'], ['a😀b', 'a😁b'], ['x\r\ny', 'x\ny'], ['abc\n', 'abc\n\n'], ['', 'new']]) {
      expect(applyEdits(before, [differenceAsEdit(before, after)!])).toBe(after);
    }
  });
});

describe('applyEdits', () => {
  const at = (line: number, character: number) => ({ line, character });

  it('applies edits given in any order', () => {
    const text = 'one two three';
    expect(
      applyEdits(text, [
        { range: { start: at(0, 8), end: at(0, 13) }, newText: '3' },
        { range: { start: at(0, 0), end: at(0, 3) }, newText: '1' },
        { range: { start: at(0, 4), end: at(0, 4) }, newText: '1.5 ' },
      ]),
    ).toBe('1 1.5 two 3');
  });

  it('refuses overlapping edits', () => {
    expect(() =>
      applyEdits('one two', [
        { range: { start: at(0, 0), end: at(0, 5) }, newText: 'x' },
        { range: { start: at(0, 3), end: at(0, 7) }, newText: 'y' },
      ]),
    ).toThrow('overlapping edits');
  });

  it('reads positions past the end as the end', () => {
    expect(applyEdits('ab', [{ range: { start: at(0, 1), end: at(5, 0) }, newText: 'Z' }])).toBe('aZ');
    expect(applyEdits('ab', [{ range: { start: at(0, 9), end: at(0, 9) }, newText: '!' }])).toBe('ab!');
  });
});
