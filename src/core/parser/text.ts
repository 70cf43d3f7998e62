/** Line handling shared by the parser, the rules and the fixes. */

import type { Range } from '../model';

const BOM = '\uFEFF';

/** The line ending a text mostly uses, for edits that insert lines. */
export function lineEndingOf(text: string): string {
  const firstNewline = text.indexOf('\n');
  if (firstNewline > 0 && text.charCodeAt(firstNewline - 1) === 13) return '\r\n';
  if (firstNewline === -1 && text.indexOf('\r') !== -1) return '\r';
  return '\n';
}

export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function lineSpan(line: number, start: number, end: number): Range {
  return range(line, start, line, end);
}

/** Index of the first character that is not a space or tab. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/** Offsets of every line start in the text (after a BOM), to turn positions into offsets. */
export function lineStartOffsets(text: string): number[] {
  const starts = [text.startsWith(BOM) ? 1 : 0];
  for (let i = starts[0]; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The lines of a text as offsets, without cutting it into strings: the parser looks at the first
 * characters of most lines and cuts out only the text it keeps.
 */
export class LineTable {
  /** Offset of each line's first character. */
  readonly starts: number[] = [];
  /**
   * Offset just past each line's last character, kept only for a text with `\r` in it: where every
   * break is one `\n`, a line ends just before the next one starts.
   */
  private readonly ends: number[] | null = null;

  /** `source` is the text after any byte order mark; `hasBom` says whether there was one. */
  constructor(
    readonly source: string,
    readonly hasBom = false,
  ) {
    if (source.indexOf('\r') === -1) this.splitNewlines();
    else this.splitAnyBreak((this.ends = []));
  }

  /** The lines of a text as VS Code counts them, after its byte order mark if any. */
  static of(text: string): LineTable {
    const hasBom = text.charCodeAt(0) === 0xfeff;
    return new LineTable(hasBom ? text.slice(1) : text, hasBom);
  }

  get count(): number {
    return this.starts.length;
  }

  private splitNewlines(): void {
    const { source, starts } = this;
    starts.push(0);
    for (let newline = source.indexOf('\n'); newline !== -1; newline = source.indexOf('\n', newline + 1)) starts.push(newline + 1);
  }

  private splitAnyBreak(ends: number[]): void {
    const { source, starts } = this;
    let start = 0;
    for (;;) {
      let end = start;
      while (end < source.length) {
        const code = source.charCodeAt(end);
        if (code === 10 || code === 13) break;
        end++;
      }
      starts.push(start);
      ends.push(end);
      if (end === source.length) return;
      start = end + (source.charCodeAt(end) === 13 && source.charCodeAt(end + 1) === 10 ? 2 : 1);
    }
  }

  /** Offset just past the line's last character (before its line break). */
  end(line: number): number {
    if (this.ends !== null) return this.ends[line];
    return line + 1 < this.starts.length ? this.starts[line + 1] - 1 : this.source.length;
  }

  text(line: number): string {
    return this.source.slice(this.starts[line], this.end(line));
  }

  length(line: number): number {
    return this.end(line) - this.starts[line];
  }

  /** The line an offset into `source` falls on. */
  lineOf(offset: number): number {
    return lineIndexOf(this.starts, offset);
  }
}

/** The index of the last line start at or before `offset` (binary search over sorted starts). */
export function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
