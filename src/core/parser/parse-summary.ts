import type { Range, SummaryBullet, SummaryKey } from '../model';
import { lineSpan, range } from './text';


/** Reads a list item whose marker is at column `markerStart`; `text` (trimmed) starts at column `textStart`. */
export function readBullet(text: string, lineNumber: number, markerStart: number, textStart: number): SummaryLine {
  const key = text.charCodeAt(0) === 42 /* * */ ? readKey(text, lineNumber, textStart) : null;
  return new SummaryLine(text, key, lineNumber, markerStart, textStart);
}

/** A summary bullet; its ranges are built on demand, since most readers only want the text. */
export class SummaryLine implements SummaryBullet {
  readonly key: SummaryKey | null;
  private readonly bodyOffset: number;
  private continuation = '';
  private endLine: number;
  private endCharacter: number;

  constructor(
    private readonly firstLineText: string,
    key: { key: SummaryKey; bodyOffset: number } | null,
    private readonly line: number,
    private readonly markerStart: number,
    private readonly textStart: number,
  ) {
    this.key = key ? key.key : null;
    this.bodyOffset = key ? key.bodyOffset : 0;
    this.endLine = line;
    this.endCharacter = textStart + firstLineText.length;
  }

  get text(): string {
    return this.continuation ? this.firstLineText + this.continuation : this.firstLineText;
  }

  get body(): string {
    return this.text.slice(this.bodyOffset);
  }

  get range(): Range {
    return range(this.line, this.markerStart, this.endLine, this.endCharacter);
  }

  /** The first line's text; continuation lines are not included. */
  get textRange(): Range {
    return lineSpan(this.line, this.textStart, this.textStart + this.firstLineText.length);
  }

  /** Adds a lazy continuation line (text that Markdown folds into the bullet's paragraph). */
  continueWith(text: string, line: number, endCharacter: number): void {
    this.continuation += ` ${text}`;
    this.endLine = line;
    this.endCharacter = endCharacter;
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
