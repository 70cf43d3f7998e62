/**
 * The digest parser: one pass over the lines, no backtracking across lines, never throws.
 * It reads structure the way FORMAT.md describes it and keeps every deviation visible in the
 * model so that the lint rules can report it.
 */

import { readArxivUrl } from './arxiv';
import type { Authors, DaySection, Digest, FieldKind, Media, PaperEntry, SummaryBullet, Votes } from './model';
import { readAuthors } from './parse-authors';
import { readBulletText } from './parse-summary';
import { readDayHeading } from './parse-day';
import { readMediaLine, readVideoBlockLine } from './parse-media';
import { indentOf, isBlank, lineSpan, range, splitLines } from './text';

export function parseDigest(text: string): Digest {
  const { lines, hasBom } = splitLines(text);
  return parseDigestLines(lines, hasBom);
}

interface Heading {
  level: number;
  text: string;
  textStart: number;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LINK_HEADING = /^\[(.*)\]\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)$/;
const VOTE_LINE = /^votes?\s*:/i;
const AUTHORS_LINE = /^authors?\s*:/i;
const BULLET = /^([-*+])(?:[ \t]+|$)/;

export function readHeading(line: string): Heading | null {
  const indent = indentOf(line);
  if (indent > 3 || line.charCodeAt(indent) !== 35 /* # */) return null;
  const match = HEADING.exec(line);
  if (!match) return null;
  const content = match[2] ?? '';
  const textStart = content ? line.indexOf(content, indent + match[1].length) : line.length;
  return { level: match[1].length, text: content, textStart };
}

class DigestBuilder {
  readonly days: DaySection[] = [];
  readonly orphanPapers: PaperEntry[] = [];
  private day: DaySection | null = null;
  private paper: PaperEntry | null = null;
  private dayLastContent = -1;
  private paperLastContent = -1;
  private openBullet: SummaryBullet | null = null;
  private lastField: { kind: FieldKind; index: number } | null = null;

  constructor(private readonly lines: string[]) {}

  parse(): void {
    const lines = this.lines;
    let fence: string | null = null;
    let inComment = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (fence !== null) {
        if (line.trim().startsWith(fence)) fence = null;
        this.content(i, 'text');
        continue;
      }
      if (inComment) {
        if (line.includes('-->')) inComment = false;
        continue;
      }
      const first = line.charCodeAt(indentOf(line));
      if (first === 35 /* # */) {
        const heading = readHeading(line);
        if (heading) {
          this.heading(i, heading);
          continue;
        }
      } else if (first === 96 /* ` */ || first === 126 /* ~ */) {
        const open = FENCE.exec(line);
        if (open) {
          fence = open[1];
          this.content(i, 'text');
          continue;
        }
      } else if (first === 60 /* < */ && line.trimStart().startsWith('<!--') && !line.includes('-->')) {
        inComment = true;
        continue;
      }
      if (isBlank(line)) {
        this.lastField = null;
        continue;
      }
      if (this.paper) this.entryLine(i, line);
      else if (this.day) this.dayLastContent = i;
    }
    this.closePaper();
    this.closeDay();
  }

  private heading(i: number, heading: Heading): void {
    if (heading.level <= 2) {
      this.closePaper();
      this.closeDay();
      const day = readDayHeading(heading.text, heading.level, i, heading.textStart, this.lines[i].length);
      if (day) {
        this.day = day;
        this.dayLastContent = i;
        this.days.push(day);
      }
      return;
    }
    if (heading.level >= 4) {
      if (this.paper) this.content(i, 'text');
      else if (this.day) this.dayLastContent = i;
      return;
    }
    this.closePaper();
    const paper = this.newPaper(i, heading);
    if (this.day) {
      this.day.papers.push(paper);
      this.dayLastContent = i;
    } else if (paper.arxiv) {
      this.orphanPapers.push(paper);
    } else {
      return;
    }
    this.paper = paper;
    this.paperLastContent = i;
  }

  private newPaper(i: number, heading: Heading): PaperEntry {
    const line = this.lines[i];
    const headingRange = lineSpan(i, indentOf(line), line.length);
    const link = LINK_HEADING.exec(heading.text);
    let title = heading.text;
    let titleRange = lineSpan(i, heading.textStart, heading.textStart + heading.text.length);
    let url: string | null = null;
    let urlRange = null;
    if (link) {
      title = link[1];
      titleRange = lineSpan(i, heading.textStart + 1, heading.textStart + 1 + title.length);
      const rawUrl = link[2];
      url = rawUrl.startsWith('<') ? rawUrl.slice(1, -1) : rawUrl;
      const urlStart = heading.text.indexOf(rawUrl, title.length + 2) + heading.textStart + (rawUrl.startsWith('<') ? 1 : 0);
      urlRange = lineSpan(i, urlStart, urlStart + url.length);
    }
    const arxiv = url !== null ? readArxivUrl(url) : null;
    return {
      headingText: heading.text,
      headingRange,
      titleStyle: link ? 'link' : 'text',
      title: title.trim(),
      titleRange,
      url,
      urlRange,
      arxiv,
      id: arxiv && arxiv.valid ? arxiv.id : null,
      media: null,
      extraMedia: [],
      votes: null,
      authors: null,
      summary: [],
      fields: [],
      range: headingRange,
    };
  }

  private entryLine(i: number, line: string): void {
    const paper = this.paper!;
    const indent = indentOf(line);
    const rest = indent === 0 ? line : line.slice(indent);
    const first = rest.charCodeAt(0);

    if (first === 60 /* < */ && this.lastField?.kind === 'media') {
      const previous = paper.fields[this.lastField.index];
      const media = previous.line === i - 1 ? this.mediaAt(previous.line) : null;
      if (media && media.form === 'watch-video' && !media.hasVideoBlock && readVideoBlockLine(rest)) {
        media.hasVideoBlock = true;
        media.range = range(media.range.start.line, media.range.start.character, i, line.length);
        previous.endLine = i;
        this.paperLastContent = i;
        return;
      }
    }
    if (first === 33 /* ! */ || first === 91 /* [ */ || first === 60 /* < */) {
      const media = readMediaLine(rest, i, indent, this.lines);
      if (media) {
        if (paper.media) paper.extraMedia.push(media);
        else paper.media = media;
        this.field('media', i, media.range.end.line);
        return;
      }
    }
    if ((first === 86 || first === 118) /* V v */ && VOTE_LINE.test(rest)) {
      paper.votes ??= readVotes(line, i);
      this.field('vote', i, i);
      return;
    }
    if ((first === 65 || first === 97) /* A a */ && AUTHORS_LINE.test(rest)) {
      paper.authors ??= readAuthorsLine(line, i);
      this.field('authors', i, i);
      return;
    }
    if (first === 45 || first === 42 || first === 43 /* - * + */) {
      const bullet = BULLET.exec(rest);
      if (bullet) {
        const summary = readBulletText(line, i, indent + bullet[0].length);
        paper.summary.push(summary);
        this.openBullet = summary;
        this.field('summary', i, i);
        return;
      }
    }
    if (this.openBullet && this.lastField?.kind === 'summary') {
      const bullet = this.openBullet;
      bullet.text = `${bullet.text} ${rest.trim()}`;
      bullet.body = `${bullet.body} ${rest.trim()}`;
      bullet.range = range(bullet.range.start.line, bullet.range.start.character, i, line.length);
      paper.fields[this.lastField.index].endLine = i;
      this.paperLastContent = i;
      return;
    }
    this.field('text', i, i);
  }

  private mediaAt(line: number): Media | null {
    const paper = this.paper!;
    const all = paper.media ? [paper.media, ...paper.extraMedia] : paper.extraMedia;
    return all.find((media) => media.range.start.line === line) ?? null;
  }

  private field(kind: FieldKind, line: number, endLine: number): void {
    const paper = this.paper!;
    paper.fields.push({ kind, line, endLine });
    this.lastField = { kind, index: paper.fields.length - 1 };
    if (kind !== 'summary') this.openBullet = null;
    this.paperLastContent = endLine;
  }

  private content(i: number, kind: FieldKind): void {
    if (this.paper) this.field(kind, i, i);
    else if (this.day) this.dayLastContent = i;
  }

  private closePaper(): void {
    const paper = this.paper;
    if (paper) {
      const end = this.paperLastContent;
      paper.range = range(paper.headingRange.start.line, 0, end, this.lines[end].length);
      if (this.day) this.dayLastContent = Math.max(this.dayLastContent, end);
    }
    this.paper = null;
    this.openBullet = null;
    this.lastField = null;
  }

  private closeDay(): void {
    const day = this.day;
    if (day) {
      const end = this.dayLastContent;
      day.range = range(day.headingRange.start.line, 0, end, this.lines[end].length);
    }
    this.day = null;
  }
}

function readVotes(line: string, i: number): Votes {
  const colon = line.indexOf(':');
  const rawStart = colon + 1 + indentOf(line.slice(colon + 1));
  const raw = line.slice(rawStart).trimEnd();
  return {
    value: /^\d+$/.test(raw) ? Number(raw) : null,
    raw,
    rawRange: lineSpan(i, rawStart, rawStart + raw.length),
    range: lineSpan(i, indentOf(line), line.trimEnd().length),
  };
}

function readAuthorsLine(line: string, i: number): Authors {
  const colon = line.indexOf(':');
  return readAuthors(line, i, colon + 1, indentOf(line));
}

export function parseDigestLines(lines: string[], hasBom = false): Digest {
  const builder = new DigestBuilder(lines);
  try {
    builder.parse();
  } catch (error) {
    // The parser is written not to throw; should a bug slip through, keep what was read so far.
    reportInternalError(error);
  }
  return { days: builder.days, orphanPapers: builder.orphanPapers, lineCount: lines.length, hasBom };
}

let internalErrorReporter: (error: unknown) => void = () => undefined;

/** Lets a host (the extension's log, the CLI's stderr) hear about parser bugs instead of losing them. */
export function onParserInternalError(reporter: (error: unknown) => void): void {
  internalErrorReporter = reporter;
}

function reportInternalError(error: unknown): void {
  internalErrorReporter(error);
}

/**
 * A cheap test for "is this Markdown a Daily Papers digest": a day heading, or a `###` link heading to an
 * arXiv or Hugging Face paper. Used to keep diagnostics and indexing away from other Markdown.
 */
export function isDigest(text: string): boolean {
  return DIGEST_SIGNATURE.test(text);
}

const DIGEST_SIGNATURE =
  /^ {0,3}#{1,2}[ \t]+daily[ \t_-]*papers?\b[^\r\n]*\d{4}|^ {0,3}###[ \t]+\[[^\r\n]*\]\(\s*<?(?:https?:\/\/(?:www\.)?(?:arxiv\.org|huggingface\.co\/papers)|\/papers\/)/im;
