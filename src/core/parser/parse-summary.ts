import type { Range, SummaryBullet, SummaryKey } from '../model';
import { lineSpan, range } from './text';


/**
 * A list item whose marker is at column `markerStart`; its text (trimmed) is `source` from `textAt` to
 * `textEnd` and starts at column `textStart`. Nothing is cut out of the source until it is read.
 */
export function readBullet(source: string, textAt: number, textEnd: number, lineNumber: number, markerStart: number, textStart: number): SummaryLine {
  return new SummaryLine(source, textAt, textEnd, lineNumber, markerStart, textStart);
}

/**
 * A summary bullet. Its text, key and ranges are read from the source when first asked for: a
 * workspace index keeps one bullet per entry, and most readers want the text of a few.
 */
export class SummaryLine implements SummaryBullet {
  // Where the text lies in the source: truly private (`#`), so that the model of a CRLF text still
  // looks the same as its LF twin to anything that walks its properties.
  readonly #source: string;
  readonly #textAt: number;
  readonly #textEnd: number;
  private firstLineText: string | null = null;
  /** `undefined` until the key is read. */
  private keyRead: SummaryKey | null | undefined = undefined;
  private bodyOffset = 0;
  private continuation = '';
  private endLine: number;
  private endCharacter: number;

  constructor(
    source: string,
    textAt: number,
    textEnd: number,
    private readonly line: number,
    private readonly markerStart: number,
    private readonly textStart: number,
  ) {
    this.#source = source;
    this.#textAt = textAt;
    this.#textEnd = textEnd;
    this.endLine = line;
    this.endCharacter = textStart + textEnd - textAt;
  }

  get text(): string {
    const first = this.firstLine();
    return this.continuation ? first + this.continuation : first;
  }

  get key(): SummaryKey | null {
    if (this.keyRead === undefined) {
      this.keyRead = null;
      if (this.#source.charCodeAt(this.#textAt) === 42 /* * */) {
        const read = readKey(this.firstLine(), this.line, this.textStart);
        if (read) {
          this.keyRead = read.key;
          this.bodyOffset = read.bodyOffset;
        }
      }
    }
    return this.keyRead;
  }

  get body(): string {
    return this.key === null ? this.text : this.text.slice(this.bodyOffset);
  }

  get range(): Range {
    return range(this.line, this.markerStart, this.endLine, this.endCharacter);
  }

  /** The first line's text; continuation lines are not included. */
  get textRange(): Range {
    return lineSpan(this.line, this.textStart, this.textStart + this.#textEnd - this.#textAt);
  }

  /** Adds a lazy continuation line (text that Markdown folds into the bullet's paragraph). */
  continueWith(text: string, line: number, endCharacter: number): void {
    this.continuation += ` ${text}`;
    this.endLine = line;
    this.endCharacter = endCharacter;
  }

  private firstLine(): string {
    this.firstLineText ??= this.#source.slice(this.#textAt, this.#textEnd);
    return this.firstLineText;
  }
}

/**
 * Reads the emphasised key at the start of a bullet: `**What's New**:`, `***Technical Details***:`,
 * `**Key:**`, and the unbalanced `***Key*:`. The key holds neither `*` nor `:` and is at most
 * 80 characters long.
 */
function readKey(text: string, lineNumber: number, textStart: number): { key: SummaryKey; bodyOffset: number } | null {
  let openMarks = 0;
  while (openMarks < text.length && text.charCodeAt(openMarks) === 42) openMarks++;
  if (openMarks > 3) return null;
  let keyEnd = openMarks;
  while (keyEnd < text.length && keyEnd - openMarks <= 80) {
    const code = text.charCodeAt(keyEnd);
    if (code === 42 /* * */ || code === 58 /* : */) break;
    keyEnd++;
  }
  if (keyEnd >= text.length || keyEnd - openMarks > 80) return null;
  let at = keyEnd;
  let closeMarks: number;
  if (text.charCodeAt(at) === 42) {
    while (text.charCodeAt(at) === 42) at++;
    closeMarks = at - keyEnd;
    at = skipSpaces(text, at);
    if (closeMarks > 3 || text.charCodeAt(at) !== 58) return null;
    at++;
  } else {
    at = skipSpaces(text, at + 1);
    const marksStart = at;
    while (text.charCodeAt(at) === 42) at++;
    closeMarks = at - marksStart;
    if (closeMarks > 3) return null;
    if (closeMarks === 0) at = keyEnd + 1;
  }
  const emphasisEnd = at;
  const keyText = text.slice(openMarks, keyEnd).trim();
  if (keyText === '') return null;
  return { key: new BulletKey(keyText, openMarks, closeMarks, lineNumber, textStart, textStart + emphasisEnd), bodyOffset: skipSpaces(text, at) };
}

/** A bullet's key; its range is built on demand, like every range of the model. */
class BulletKey implements SummaryKey {
  readonly normalized: string;

  constructor(
    readonly text: string,
    readonly openMarks: number,
    readonly closeMarks: number,
    private readonly line: number,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.normalized = TYPOGRAPHIC_APOSTROPHE.test(text) ? text.replace(TYPOGRAPHIC_APOSTROPHES, "'") : text;
  }

  get range(): Range {
    return lineSpan(this.line, this.start, this.end);
  }
}

const TYPOGRAPHIC_APOSTROPHE = /[\u2018\u2019\u02BC]/;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC]/g;

function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
  return at;
}
