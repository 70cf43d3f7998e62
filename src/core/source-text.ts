import { lineStartOffsets } from './text';

/** Line access over a text (without byte order mark), built only when a rule first asks for it. */
export class SourceText {
  private starts: number[] | null = null;

  constructor(readonly text: string) {}

  get lineCount(): number {
    return this.lineStarts().length;
  }

  start(line: number): number {
    return this.lineStarts()[line] ?? this.text.length;
  }

  /** Offset just past the line's last character, before its line break. */
  end(line: number): number {
    const starts = this.lineStarts();
    if (line + 1 >= starts.length) return this.text.length;
    const next = starts[line + 1];
    return this.text.charCodeAt(next - 1) === 10 && this.text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
  }

  line(line: number): string {
    return this.text.slice(this.start(line), this.end(line));
  }

  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private lineStarts(): number[] {
    this.starts ??= this.text.indexOf('\r') === -1 ? newlineStarts(this.text) : lineStartOffsets(this.text);
    return this.starts;
  }
}

/** Line starts of a text with `\n` breaks only, found with the engine's fast `indexOf`. */
function newlineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}
