import type { AuthorName, Authors, AuthorsStyle, Range } from '../model';
import { lineSpan } from './text';

/**
 * Reads the names after `Authors:`. `valueStart` is the offset just after the colon.
 * Both styles are read: `A, B, C` and the Python list `['A', "B'C"]` that some generators print.
 */
export function readAuthors(line: string, lineNumber: number, valueStart: number, indent: number): Authors {
  let start = valueStart;
  while (start < line.length && isSpace(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  return new AuthorsLine(line, lineNumber, start, end, indent);
}

export const LEFT_OUT_MARK = '+';

/** One item of the list: the span of its text, and whether it holds Python string escapes. */
type ItemVisitor = (from: number, to: number, escaped: boolean) => void;

/**
 * The names are split off the line when first asked for, and the per-name ranges only when a rule
 * asks for them, since an author line can hold hundreds of names.
 */
class AuthorsLine implements Authors {
  readonly style: AuthorsStyle;
  private nameList: string[] | null = null;
  private leftOut = false;
  private rawText: string | null = null;
  private itemCache: AuthorName[] | null = null;

  constructor(
    private readonly line: string,
    private readonly lineNumber: number,
    private readonly start: number,
    private readonly end: number,
    private readonly indent: number,
  ) {
    this.style = line.charCodeAt(start) === 91 /* [ */ ? 'python-list' : 'comma';
  }

  get names(): string[] {
    return this.nameList ?? this.readNames();
  }

  get namesLeftOut(): boolean {
    if (this.nameList === null) this.readNames();
    return this.leftOut;
  }

  get raw(): string {
    this.rawText ??= this.line.slice(this.start, this.end);
    return this.rawText;
  }

  get rawRange(): Range {
    return lineSpan(this.lineNumber, this.start, this.end);
  }

  get range(): Range {
    return lineSpan(this.lineNumber, this.indent, this.end);
  }

  get items(): AuthorName[] {
    if (this.itemCache === null) {
      const items: AuthorName[] = [];
      this.visit((from, to, escaped) => {
        items.push({ name: nameText(this.line, from, to, escaped), range: lineSpan(this.lineNumber, from, to) });
      });
      this.itemCache = items;
    }
    return this.itemCache;
  }

  private readNames(): string[] {
    const { line } = this;
    const names: string[] = [];
    // The feed writes a lone `+` where it left names out: a mark, not a person.
    if (this.style === 'comma') this.leftOut = readCommaNames(line, this.start, this.end, names);
    else this.visit((from, to, escaped) => {
      if (to - from === 1 && line.charCodeAt(from) === 43 /* + */) this.leftOut = true;
      else if (to > from) names.push(nameText(line, from, to, escaped));
    });
    this.nameList = names;
    return names;
  }

  private visit(visitor: ItemVisitor): void {
    if (this.style === 'python-list') visitPythonList(this.line, this.start + 1, this.end, visitor);
    else visitCommaList(this.line, this.start, this.end, visitor);
  }
}

function nameText(line: string, from: number, to: number, escaped: boolean): string {
  const text = line.slice(from, to);
  return escaped ? text.replace(/\\(.)/g, '$1') : text;
}

/** The common case, without a callback per name: `A, B, C`. Says whether a lone `+` (names left out) was seen. */
function readCommaNames(line: string, start: number, end: number, names: string[]): boolean {
  let leftOut = false;
  let segmentStart = start;
  while (segmentStart < end) {
    let comma = line.indexOf(',', segmentStart);
    if (comma === -1 || comma > end) comma = end;
    let a = segmentStart;
    let b = comma;
    while (a < b && isSpace(line.charCodeAt(a))) a++;
    while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
    if (b - a === 1 && line.charCodeAt(a) === 43 /* + */) leftOut = true;
    else if (b > a) names.push(line.slice(a, b));
    segmentStart = comma + 1;
  }
  return leftOut;
}

function visitCommaList(line: string, start: number, end: number, visit: ItemVisitor): void {
  if (start === end) return;
  let segmentStart = start;
  while (segmentStart <= end) {
    let comma = line.indexOf(',', segmentStart);
    if (comma === -1 || comma > end) comma = end;
    visitTrimmed(line, segmentStart, comma, visit);
    segmentStart = comma + 1;
  }
}

function visitPythonList(line: string, start: number, end: number, visit: ItemVisitor): void {
  const close = line.charCodeAt(end - 1) === 93 /* ] */ ? end - 1 : end;
  let i = start;
  while (i < close) {
    const code = line.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (code === 39 || code === 34 /* ' " */) {
      const { end: quoteEnd, escaped } = closingQuote(line, i + 1, close, code);
      visitTrimmed(line, i + 1, quoteEnd, visit, escaped);
      i = quoteEnd + 1;
      while (i < close && line.charCodeAt(i) !== 44) i++;
      i++;
      continue;
    }
    let j = line.indexOf(',', i);
    if (j === -1 || j > close) j = close;
    visitTrimmed(line, i, j, visit);
    i = j + 1;
  }
}

/** Where a Python string starting at `from` ends, skipping backslash escapes. */
function closingQuote(line: string, from: number, close: number, quote: number): { end: number; escaped: boolean } {
  let escaped = false;
  for (let j = from; j < close; j++) {
    const code = line.charCodeAt(j);
    if (code === quote) return { end: j, escaped };
    if (code === 92 /* \ */) {
      escaped = true;
      j++;
    }
  }
  return { end: close, escaped };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

function visitTrimmed(line: string, from: number, to: number, visit: ItemVisitor, escaped = false): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  visit(a, b, escaped);
}
