/** Lines as VS Code counts them (LF, CRLF, lone CR, a byte order mark), and which Markdown files are digests. */
import { describe, expect, it } from 'vitest';
import { isDigest, parseDigest } from '../../../src/core/parser/parser';
import { LineTable, lineEndingOf, lineIndexOf, lineStartOffsets } from '../../../src/core/parser/text';

describe('line endings', () => {
  it.each([
    ['a\nb\n', '\n'],
    ['a\r\nb\r\n', '\r\n'],
    ['a\r\nb\nc\n', '\r\n'],
    ['a\nb\r\nc\r\n', '\n'],
    ['\r\nb', '\r\n'],
    ['\nb', '\n'],
    ['a\rb\r', '\r'],
    ['a\rb\nc', '\n'],
    ['one line', '\n'],
    ['', '\n'],
  ])('%j uses %j', (text, eol) => {
    expect(lineEndingOf(text)).toBe(eol);
  });
});

describe('line start offsets', () => {
  it.each([
    ['', [0]],
    ['a', [0]],
    ['ab\ncd\n', [0, 3, 6]],
    ['ab\r\ncd\r\n', [0, 4, 8]],
    ['ab\rcd\r\ref', [0, 3, 6, 7]],
    ['a\r\n\nb\r', [0, 3, 4, 6]],
    ['\uFEFFab\ncd', [1, 4]],
    ['\uFEFF', [1]],
  ])('%j starts lines at %j', (text, starts) => {
    expect(lineStartOffsets(text)).toEqual(starts);
  });
});

describe('the line table', () => {
  it.each([
    ['ab\ncd\n', ['ab', 'cd', '']],
    ['ab\r\ncd', ['ab', 'cd']],
    ['ab\rcd\r\r\nef', ['ab', 'cd', '', 'ef']],
    ['\r', ['', '']],
    ['\r\n', ['', '']],
    ['', ['']],
    ['x', ['x']],
  ])('%j has the lines %j', (text, lines) => {
    const table = LineTable.of(text);
    expect(table.count).toBe(lines.length);
    expect(Array.from({ length: table.count }, (_, i) => table.text(i))).toEqual(lines);
    expect(Array.from({ length: table.count }, (_, i) => table.length(i))).toEqual(lines.map((line) => line.length));
    expect(table.hasBom).toBe(false);
  });

  it('a byte order mark is left out of the source and noted', () => {
    const table = LineTable.of('\uFEFFab\r\ncd');
    expect(table).toMatchObject({ source: 'ab\r\ncd', hasBom: true, starts: [0, 4], ends: [2, 6] });
    expect(LineTable.of('ab\uFEFF')).toMatchObject({ source: 'ab\uFEFF', hasBom: false });
  });

  it('finds the line of any offset, line breaks included', () => {
    const table = LineTable.of('ab\r\ncd\ne');
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((offset) => table.lineOf(offset))).toEqual([0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('lineIndexOf is the last line starting at or before the offset', () => {
    const starts = [0, 3, 5, 9];
    expect([0, 2, 3, 4, 5, 8, 9, 100].map((offset) => lineIndexOf(starts, offset))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(lineIndexOf([0], 5)).toBe(0);
    expect(lineIndexOf([0, 1, 2, 3, 4, 5, 6, 7], 6)).toBe(6);
  });
});

describe('line counts and byte order marks in the model', () => {
  it.each([
    ['', 1],
    ['a', 1],
    ['a\n', 2],
    ['a\r\nb\rc\n', 4],
    ['\uFEFFa\nb', 2],
  ])('%j has %i lines', (text, count) => {
    expect(parseDigest(text).lineCount).toBe(count);
  });

  it('positions after a byte order mark do not count it', () => {
    const text = '\uFEFF## Daily Papers (2024-03-25)\r\n\r\n### [A](https://arxiv.org/abs/2403.15371)\r\nVote: 3';
    const parsed = parseDigest(text);
    expect(parsed.hasBom).toBe(true);
    expect(parsed.days[0].dateRange).toEqual({ start: { line: 0, character: 17 }, end: { line: 0, character: 27 } });
    expect(parsed.days[0].papers[0].votes!.rawRange).toEqual({ start: { line: 3, character: 6 }, end: { line: 3, character: 7 } });
    expect(parseDigest('## Daily Papers (2024-03-25)').hasBom).toBe(false);
  });
});

describe('isDigest', () => {
  it.each([
    ['## Daily Papers (2024-03-25)', true],
    ['# Daily Papers 2024-03-25', true],
    ['   ## daily_papers: 2024', true],
    ['## Daily-Paper 2024', true],
    ['##\tDaily Papers (2024-03-25)', true],
    ['# Notes\n\n## Daily Papers (2024-03-25)\n', true],
    ['### [T](https://arxiv.org/abs/2403.15371)', true],
    ['### [T](http://www.arxiv.org/pdf/2403.15371)', true],
    ['### [T](https://huggingface.co/papers/2403.15371)', true],
    ['### [T](<https://arxiv.org/abs/2403.15371>)', true],
    ['### [T]( https://arxiv.org/abs/2403.15371)', true],
    ['### [T](/papers/2403.15371)', true],
    ['text\n   ### [T](https://arxiv.org/abs/2403.15371)', true],
    ['## Daily Papers', false],
    ['## Daily Papers\n2024-03-25', false],
    ['### Daily Papers (2024-03-25)', false],
    ['    ## Daily Papers (2024-03-25)', false],
    ['##Daily Papers (2024-03-25)', false],
    ['## My Daily Papers (2024-03-25)', false],
    ['## Daily Paperwork 2024', false],
    ['### [T](https://github.com/x/y)', false],
    ['### [T](https://huggingface.co/models/x)', false],
    ['#### [T](https://arxiv.org/abs/2403.15371)', false],
    ['    ### [T](https://arxiv.org/abs/2403.15371)', false],
    ['### T https://arxiv.org/abs/2403.15371', false],
    ['[T](https://arxiv.org/abs/2403.15371)', false],
    ['', false],
  ])('%j: %s', (text, expected) => {
    expect(isDigest(text)).toBe(expected);
  });
});
