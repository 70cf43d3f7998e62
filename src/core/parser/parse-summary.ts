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
  private keyRead: BulletKey | null | undefined = undefined;
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
    return this.bulletKey();
  }

  get body(): string {
    const key = this.bulletKey();
    return key === null ? this.text : this.text.slice(key.bodyOffset);
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

  private bulletKey(): BulletKey | null {
    if (this.keyRead === undefined) {
      this.keyRead = this.#source.charCodeAt(this.#textAt) === 42 /* * */ ? readKey(this.#source, this.#textAt, this.#textEnd, this.line, this.textStart) : null;
    }
    return this.keyRead;
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
function readKey(source: string, from: number, to: number, lineNumber: number, textStart: number): BulletKey | null {
  let openEnd = from;
  while (openEnd < to && source.charCodeAt(openEnd) === 42) openEnd++;
  const openMarks = openEnd - from;
  if (openMarks > 3) return null;
  let keyEnd = openEnd;
  while (keyEnd < to && keyEnd - openEnd <= 80) {
    const code = source.charCodeAt(keyEnd);
    if (code === 42 /* * */ || code === 58 /* : */) break;
    keyEnd++;
  }
  if (keyEnd >= to || keyEnd - openEnd > 80) return null;
  let at = keyEnd;
  let closeMarks: number;
  if (source.charCodeAt(at) === 42) {
    while (at < to && source.charCodeAt(at) === 42) at++;
    closeMarks = at - keyEnd;
    at = skipSpaces(source, at, to);
    if (closeMarks > 3 || at === to || source.charCodeAt(at) !== 58) return null;
    at++;
  } else {
    at = skipSpaces(source, at + 1, to);
    const marksStart = at;
    while (at < to && source.charCodeAt(at) === 42) at++;
    closeMarks = at - marksStart;
    if (closeMarks > 3) return null;
    if (closeMarks === 0) at = keyEnd + 1;
  }
  const keyText = source.slice(openEnd, keyEnd).trim();
  if (keyText === '') return null;
  return new BulletKey(keyText, openMarks, closeMarks, lineNumber, textStart, textStart + at - from, skipSpaces(source, at, to) - from);
}

/** A bullet's key; its range is built on demand, like every range of the model. */
class BulletKey implements SummaryKey {
  private normalizedText: string | null = null;

  constructor(
    readonly text: string,
    readonly openMarks: number,
    readonly closeMarks: number,
    private readonly line: number,
    private readonly start: number,
    private readonly end: number,
    /** Where the bullet's body starts in its text. */
    readonly bodyOffset: number,
  ) {}

  get normalized(): string {
    this.normalizedText ??= TYPOGRAPHIC_APOSTROPHE.test(this.text) ? this.text.replace(TYPOGRAPHIC_APOSTROPHES, "'") : this.text;
    return this.normalizedText;
  }

  get range(): Range {
    return lineSpan(this.line, this.start, this.end);
  }
}

const TYPOGRAPHIC_APOSTROPHE = /[\u2018\u2019\u02BC]/;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02BC]/g;

function skipSpaces(source: string, at: number, to: number): number {
  while (at < to && (source.charCodeAt(at) === 32 || source.charCodeAt(at) === 9)) at++;
  return at;
}
