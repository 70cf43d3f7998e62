import type { Media, MediaForm, MediaKind, Range } from '../model';
import { type LineTable, lineSpan, range } from './text';

const VIDEO_FILE = /\.(?:mp4|webm|qt|mov|m4v|ogv|mkv)(?:[?#]|$)/i;
const LINK = /^\[([^\]]*)\](?:\(\s*(<[^>]*>|[^\s)]*)[^)]*\)|(\S+))/;
const VIDEO_BLOCK = /^<div>\s*<video\b[^>]*\bsrc=(["'])([^"']*)\1[^>]*>\s*<\/video>\s*<\/div>\s*$/i;
const HTML_VIDEO = /^<video\b/i;
const HTML_IFRAME = /^<iframe\b/i;
const SRC_ATTRIBUTE = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const WATCH_VIDEO = /^watch\s*video$/i;
/** How far a multi-line `<video>` element is followed looking for its `</video>`. */
const HTML_BLOCK_LOOKAHEAD = 12;

export function isVideoUrl(url: string): boolean {
  // A query or fragment may hold dots of its own (`clip.mp4?v=1.2`): read the whole URL then.
  if (url.includes('?') || url.includes('#')) return VIDEO_FILE.test(url);
  const dot = url.lastIndexOf('.');
  // Stryker disable next-line ConditionalExpression,LogicalOperator: pre-checks; the expression decides alone just the same (a URL without a dot has no extension for it)
  return dot !== -1 && startsVideoExtension(url.charCodeAt(dot + 1)) && VIDEO_FILE.test(url.slice(dot));
}

/** m, o, q or w in either case: every video extension starts so, and no image one does but `.webp`. */
function startsVideoExtension(code: number): boolean {
  const lower = code | 0x20;
  // Stryker disable next-line ConditionalExpression: a pre-check; a false alarm only runs the expression, which decides
  return lower === 109 || lower === 111 || lower === 113 || lower === 119;
}

/** The canonical `<div><video controls src=…></video></div>` line that follows `[Watch Video](…)`. */
export function readVideoBlockLine(text: string): string | null {
  const match = VIDEO_BLOCK.exec(text);
  return match ? match[2] : null;
}

/**
 * Reads a media line of an entry. `text` is the line without its indent; `indent` is added back to
 * the ranges. Multi-line `<video>` elements consume lines up to their `</video>`.
 */
export function readMediaLine(text: string, line: number, indent: number, lines: LineTable): MediaItem | null {
  const first = text.charCodeAt(0);
  if (first === 33 /* ! */) {
    const image = readImageSyntax(text);
    if (!image) return null;
    const url = unwrap(image.written);
    const video = isVideoUrl(url);
    return media(video ? 'video' : 'image', video ? 'image-video' : 'image', url, text, image.matchedLength, image.written, line, indent);
  }
  if (first === 91 /* [ */) {
    const link = LINK.exec(text);
    if (!link) return null;
    const label = link[1].trim();
    const written = link[2] ?? link[3];
    const url = unwrap(written);
    if (WATCH_VIDEO.test(label)) {
      const form: MediaForm = link[2] !== undefined ? 'watch-video' : 'watch-video-bare';
      return media('video', form, url, text, link[0].length, written, line, indent);
    }
    if (label === '' && link[2] !== undefined) {
      return media(isVideoUrl(url) ? 'video' : 'image', 'empty-link', url, text, link[0].length, written, line, indent);
    }
    return null;
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; every expression below starts with <
  if (first === 60 /* < */) {
    const block = VIDEO_BLOCK.exec(text);
    if (block) return media('video', 'video-block', block[2], text, text.trimEnd().length, block[2], line, indent);
    const iframe = HTML_IFRAME.test(text);
    if (!iframe && !HTML_VIDEO.test(text) && !/^<div>\s*<video\b/i.test(text)) return null;
    return readHtmlMedia(iframe ? 'html-iframe' : 'html-video', line, indent, lines);
  }
  return null;
}

function readHtmlMedia(form: MediaForm, line: number, indent: number, table: LineTable): MediaItem {
  const closing = form === 'html-iframe' ? /<\/iframe>|\/>\s*$/i : /<\/video>/i;
  let endLine = line;
  let url = '';
  let urlLine = line;
  let urlStart = indent;
  // Stryker disable next-line ArrayDeclaration: every slot from the media's line on is written below before it is read
  const lines: string[] = [];
  // Stryker disable next-line ArithmeticOperator: past the last line the table gives '', a blank line, which ends the search as the end does
  const last = Math.min(table.count - 1, line + HTML_BLOCK_LOOKAHEAD);
  for (let i = line; i <= last; i++) lines[i] = table.text(i);
  for (let i = line; i <= last; i++) {
    const source = SRC_ATTRIBUTE.exec(lines[i]);
    if (source && url === '') {
      url = source[1] ?? source[2] ?? source[3];
      urlLine = i;
      urlStart = lines[i].indexOf(url, source.index);
    }
    endLine = i;
    if (closing.test(lines[i])) break;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the media's own line holds its < tag, so it is never blank
    if (i > line && lines[i].trim() === '') {
      endLine = i - 1;
      break;
    }
  }
  if (!closing.test(lines.slice(line, endLine + 1).join('\n'))) endLine = line;
  return new MediaItem('video', form, url, line, indent, endLine, lines[endLine].trimEnd().length, urlLine, urlStart);
}

function media(
  kind: MediaKind,
  form: MediaForm,
  url: string,
  text: string,
  matchedLength: number,
  written: string,
  line: number,
  indent: number,
): MediaItem {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,StringLiteral: in every media form the first ] is followed by (, so both searches find it
  const writtenStart = text.indexOf(written, text.indexOf(form === 'image' || form === 'image-video' ? '](' : ']') + 1);
  // `url` lacks the angle brackets of `<url>`; an unclosed `<` stays in it, so the range starts at the `<`.
  const urlStart = indent + writtenStart + (url !== written ? 1 : 0);
  return new MediaItem(kind, form, url, line, indent, line, indent + matchedLength, line, urlStart);
}

/** A media field; its ranges are built when asked for. */
export class MediaItem implements Media {
  hasVideoBlock = false;

  constructor(
    readonly kind: MediaKind,
    readonly form: MediaForm,
    readonly url: string,
    private readonly line: number,
    private readonly start: number,
    private endLine: number,
    private endCharacter: number,
    private readonly urlLine: number,
    private readonly urlStart: number,
  ) {}

  get range(): Range {
    return range(this.line, this.start, this.endLine, this.endCharacter);
  }

  get urlRange(): Range {
    return lineSpan(this.urlLine, this.urlStart, this.urlStart + this.url.length);
  }

  get firstLine(): number {
    return this.line;
  }

  get lastLine(): number {
    return this.endLine;
  }

  /** Takes in the `<div><video …>` line that completes a `[Watch Video](…)` link. */
  joinVideoBlock(line: number, endCharacter: number): void {
    this.hasVideoBlock = true;
    this.endLine = line;
    this.endCharacter = endCharacter;
  }
}

/** `![alt](url)` or `![alt](url "title")` at the start of `text`, read by hand: it runs for every thumbnail. */
function readImageSyntax(text: string): { matchedLength: number; written: string } | null {
  if (text.charCodeAt(1) !== 91 /* [ */) return null;
  const altEnd = text.indexOf(']', 2);
  // Stryker disable next-line ConditionalExpression,UnaryOperator: without a ] the character after it is the !, not (; the search from 2 never gives 1
  if (altEnd === -1 || text.charCodeAt(altEnd + 1) !== 40 /* ( */) return null;
  const close = text.indexOf(')', altEnd + 2);
  if (close === -1) return null;
  const inside = text.slice(altEnd + 2, close);
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,BlockStatement: a shortcut; the reading below gives the same URL for text without spaces or tabs, with or without <
  if (inside.indexOf(' ') === -1 && inside.indexOf('\t') === -1 && inside.charCodeAt(0) !== 60 /* < */) {
    return { matchedLength: close + 1, written: inside };
  }
  let urlStart = altEnd + 2;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the character at close is ), not white space
  while (urlStart < close && isWhitespace(text.charCodeAt(urlStart))) urlStart++;
  let urlEnd = urlStart;
  if (text.charCodeAt(urlStart) === 60 /* < */) {
    const bracket = text.indexOf('>', urlStart);
    // Stryker disable next-line EqualityOperator: the > and the ) are never at the same place
    urlEnd = bracket !== -1 && bracket < close ? bracket + 1 : close;
  } else {
    while (urlEnd < close && !isWhitespace(text.charCodeAt(urlEnd))) urlEnd++;
  }
  return { matchedLength: close + 1, written: text.slice(urlStart, urlEnd) };
}

function isWhitespace(code: number): boolean {
  // Stryker disable next-line ConditionalExpression: a media line holds no line break (10, 13)
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function unwrap(url: string): string {
  return url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url;
}
