import { type ArxivReference, readArxivUrl } from '../arxiv';
import type { Authors, FieldLine, PaperEntry, Range, SummaryBullet, TitleStyle, Votes } from '../model';
import type { MediaItem } from './parse-media';
import { lineSpan, range } from './text';

/**
 * A paper entry as the parser builds it. Positions are kept as numbers and turned into ranges when
 * asked for: a workspace holds thousands of entries and most readers never look at most ranges.
 */
export class ParsedPaper implements PaperEntry {
  readonly titleStyle: TitleStyle;
  readonly title: string;
  readonly url: string | null;
  readonly arxiv: ArxivReference | null;
  readonly id: string | null;
  media: MediaItem | null = null;
  readonly extraMedia: MediaItem[] = [];
  votes: Votes | null = null;
  authors: Authors | null = null;
  readonly summary: SummaryBullet[] = [];
  readonly fields: FieldLine[] = [];
  private readonly titleStart: number;
  private readonly titleEnd: number;
  private readonly urlStart: number;
  private endLine: number;
  private endCharacter: number;

  constructor(
    readonly headingText: string,
    private readonly line: number,
    private readonly headingStart: number,
    private readonly headingEnd: number,
    textStart: number,
  ) {
    const link = readLinkHeading(headingText);
    this.endLine = line;
    this.endCharacter = headingEnd;
    if (link) {
      const bracketed = link.rawUrl.charCodeAt(0) === 60; /* < */
      this.titleStyle = 'link';
      this.title = link.title.trim();
      this.titleStart = textStart + 1;
      this.titleEnd = this.titleStart + link.title.length;
      this.url = bracketed ? link.rawUrl.slice(1, -1) : link.rawUrl;
      this.urlStart = textStart + link.rawUrlStart + (bracketed ? 1 : 0);
      this.arxiv = readArxivUrl(this.url);
    } else {
      this.titleStyle = 'text';
      this.title = headingText;
      this.titleStart = textStart;
      this.titleEnd = textStart + headingText.length;
      this.url = null;
      this.urlStart = -1;
      this.arxiv = null;
    }
    this.id = this.arxiv && this.arxiv.valid ? this.arxiv.id : null;
  }

  get headingRange(): Range {
    return lineSpan(this.line, this.headingStart, this.headingEnd);
  }

  get titleRange(): Range {
    return lineSpan(this.line, this.titleStart, this.titleEnd);
  }

  get urlRange(): Range | null {
    return this.url === null ? null : lineSpan(this.line, this.urlStart, this.urlStart + this.url.length);
  }

  get range(): Range {
    return range(this.line, 0, this.endLine, this.endCharacter);
  }

  /** Called once the entry's last line is known. */
  endAt(line: number, character: number): void {
    this.endLine = line;
    this.endCharacter = character;
  }
}

/**
 * Splits `[Title](url)` (optionally `[Title](<url> "tooltip")`) at its last `](`, so brackets inside
 * the title (`[IDK] Tokens`) stay in the title.
 */
function readLinkHeading(text: string): { title: string; rawUrl: string; rawUrlStart: number } | null {
  if (text.charCodeAt(0) !== 91 /* [ */ || text.charCodeAt(text.length - 1) !== 41 /* ) */) return null;
  const split = text.lastIndexOf('](');
  if (split < 1) return null;
  let urlStart = split + 2;
  while (isSpace(text.charCodeAt(urlStart))) urlStart++;
  let urlEnd = urlStart;
  if (text.charCodeAt(urlStart) === 60 /* < */) {
    urlEnd = text.indexOf('>', urlStart) + 1;
    if (urlEnd === 0) return null;
  } else {
    while (urlEnd < text.length - 1 && !isSpace(text.charCodeAt(urlEnd))) urlEnd++;
  }
  if (urlEnd < text.length - 1 && !LINK_TITLE_TAIL.test(text.slice(urlEnd, -1))) return null;
  return { title: text.slice(1, split), rawUrl: text.slice(urlStart, urlEnd), rawUrlStart: urlStart };
}

/** What may follow the destination inside the parentheses: nothing, or a quoted tooltip. */
const LINK_TITLE_TAIL = /^(?:\s+(?:"[^"]*"|'[^']*'))?\s*$/;

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}
