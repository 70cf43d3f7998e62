/**
 * The digest parser: one pass over the lines, no backtracking across lines, never throws.
 * It reads structure the way FORMAT.md describes it and keeps every deviation visible in the
 * model so that the lint rules can report it.
 */

import { consoleLogger, type Logger } from '../logger';
import type { Authors, DaySection, Digest, FieldKind, PaperEntry, Range, Votes } from '../model';
import { readAuthors } from './parse-authors';
import { ParsedPaper } from './parse-paper';
import { readBullet, type SummaryLine } from './parse-summary';
import { readDayHeading } from './parse-day';
import { type MediaItem, readMediaLine, readVideoBlockLine } from './parse-media';
import { indentOf, LineTable, lineSpan, range } from './text';

export interface ParseOptions {
  /** Where a parser bug is reported; the console when absent. */
  logger?: Logger;
}

export function parseDigest(text: string, options: ParseOptions = {}): Digest {
  return parseLineTable(LineTable.of(text), options.logger);
}

/** Parses text whose lines were already found (lint shares the table with its rules). */
export function parseLineTable(table: LineTable, logger: Logger = consoleLogger): Digest {
  const builder = new DigestBuilder(table);
  try {
    builder.parse();
  } catch (error) {
    // The parser is written not to throw; should a bug slip through, keep what was read so far and say so
    // (the extension host log, the CLI's stderr), as lint does for a failing rule.
    logger.error('daily-papers: parser error, the model holds what was read before it:', error);
  }
  return { days: builder.days, orphanPapers: builder.orphanPapers, lineCount: table.count, hasBom: table.hasBom };
}

interface Heading {
  level: number;
  text: string;
  textStart: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const VOTE_LINE = /^votes?\s*:/i;
const AUTHORS_LINE = /^authors?\s*:/i;

/** Reads an ATX heading (`## text ##`) without regular expressions: this runs on every `#` line. */
export function readHeading(line: string): Heading | null {
  const indent = indentOf(line);
  if (indent > 3) return null;
  let marks = indent;
  while (marks < line.length && line.charCodeAt(marks) === 35 /* # */) marks++;
  const level = marks - indent;
  if (level === 0 || level > 6) return null;
  if (marks < line.length && !isSpaceOrTab(line.charCodeAt(marks))) return null;
  let start = marks;
  while (start < line.length && isSpaceOrTab(line.charCodeAt(start))) start++;
  let end = line.length;
  while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  let closing = end;
  while (closing > start && line.charCodeAt(closing - 1) === 35) closing--;
  if (closing < end && (closing === start || isSpaceOrTab(line.charCodeAt(closing - 1)))) {
    end = closing;
    while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  }
  return { level, text: line.slice(start, end), textStart: start };
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}


class DigestBuilder {
  readonly days: DaySection[] = [];
  readonly orphanPapers: PaperEntry[] = [];
  private day: DaySection | null = null;
  private paper: ParsedPaper | null = null;
  private dayLastContent = -1;
  private paperLastContent = -1;
  private openBullet: SummaryLine | null = null;

  private lastFieldKind: FieldKind | null = null;
  private lastFieldIndex = -1;

  constructor(private readonly table: LineTable) {}

  parse(): void {
    const table = this.table;
    const source = table.source;
    const starts = table.starts;
    let fence: string | null = null;
    let inComment = false;
    for (let i = 0; i < table.count; i++) {
      const start = starts[i];
      const end = table.end(i);
      if (fence !== null) {
        if (table.text(i).trim().startsWith(fence)) fence = null;
        this.content(i, 'text');
        continue;
      }
      if (inComment) {
        if (table.text(i).includes('-->')) inComment = false;
        continue;
      }
      let firstAt = start;
      let first = source.charCodeAt(firstAt);
      while (firstAt < end && (first === 32 || first === 9)) first = source.charCodeAt(++firstAt);
      if (firstAt === end) {
        this.lastFieldKind = null;
        continue;
      }
      if (first === 35 /* # */) {
        const heading = readHeading(table.text(i));
        if (heading) {
          this.heading(i, heading);
          continue;
        }
      } else if (first === 96 /* ` */ || first === 126 /* ~ */) {
        const open = FENCE.exec(table.text(i));
        if (open) {
          fence = open[1];
          this.content(i, 'text');
          continue;
        }
      } else if (first === 60 /* < */ && source.startsWith('<!--', firstAt) && !table.text(i).includes('-->')) {
        inComment = true;
        continue;
      }
      if (this.paper) {
        if ((first === 45 || first === 42 || first === 43) /* - * + */ && this.bullet(i, firstAt - start)) continue;
        this.entryLine(i, table.text(i));
      } else if (this.day) {
        this.dayLastContent = i;
      }
    }
    this.closePaper();
    this.closeDay();
  }

  /** The hot path: a summary bullet, kept as offsets into the source (see {@link SummaryLine}). */
  private bullet(i: number, markerStart: number): boolean {
    const source = this.table.source;
    const lineStart = this.table.starts[i];
    const lineEnd = this.table.end(i);
    let textAt = lineStart + markerStart + 1;
    if (textAt < lineEnd && !isSpaceOrTab(source.charCodeAt(textAt))) return false;
    while (textAt < lineEnd && isSpaceOrTab(source.charCodeAt(textAt))) textAt++;
    let textEnd = lineEnd;
    while (textEnd > textAt && isSpaceOrTab(source.charCodeAt(textEnd - 1))) textEnd--;
    const summary = readBullet(source, textAt, textEnd, i, markerStart, textAt - lineStart);
    const paper = this.paper!;
    paper.summary.push(summary);
    const fields = paper.fields;
    const previous = fields.length ? fields[fields.length - 1] : null;
    if (previous && previous.kind === 'summary') {
      previous.endLine = i;
      this.lastFieldKind = 'summary';
      this.lastFieldIndex = fields.length - 1;
      this.paperLastContent = i;
    } else {
      this.field('summary', i, i);
    }
    this.openBullet = summary;
    return true;
  }

  private heading(i: number, heading: Heading): void {
    if (heading.level <= 2) {
      this.closePaper();
      this.closeDay();
      const day = readDayHeading(heading.text, heading.level, i, heading.textStart, this.table.length(i));
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

  private newPaper(i: number, heading: Heading): ParsedPaper {
    const line = this.table.text(i);
    return new ParsedPaper(heading.text, i, indentOf(line), line.length, heading.textStart);
  }

  private entryLine(i: number, line: string): void {
    const paper = this.paper!;
    const indent = indentOf(line);
    const rest = indent === 0 ? line : line.slice(indent);
    const first = rest.charCodeAt(0);
    // The later lines of a media element written over several lines (`<video` … `</video>`) belong to it.
    if (this.lastFieldKind === 'media' && i <= paper.fields[this.lastFieldIndex].endLine) return;

    if (first === 60 /* < */ && this.lastFieldKind === 'media') {
      const previous = paper.fields[this.lastFieldIndex];
      const media = previous.line === i - 1 ? this.mediaAt(previous.line) : null;
      if (media && media.form === 'watch-video' && !media.hasVideoBlock && readVideoBlockLine(rest)) {
        media.joinVideoBlock(i, line.length);
        previous.endLine = i;
        this.paperLastContent = i;
        return;
      }
    }
    if (first === 33 /* ! */ || first === 91 /* [ */ || first === 60 /* < */) {
      const media = readMediaLine(rest, i, indent, this.table);
      if (media) {
        if (paper.media) paper.extraMedia.push(media);
        else paper.media = media;
        this.field('media', i, media.lastLine);
        return;
      }
    }
    if ((first === 86 || first === 118) /* V v */ && (rest.startsWith('Vote:') || VOTE_LINE.test(rest))) {
      paper.votes ??= readVotes(line, i);
      this.field('vote', i, i);
      return;
    }
    if ((first === 65 || first === 97) /* A a */ && (rest.startsWith('Authors:') || AUTHORS_LINE.test(rest))) {
      paper.authors ??= readAuthorsLine(line, i);
      this.field('authors', i, i);
      return;
    }
    if (this.openBullet && this.lastFieldKind === 'summary') {
      this.openBullet.continueWith(rest.trim(), i, line.trimEnd().length);
      paper.fields[this.lastFieldIndex].endLine = i;
      this.paperLastContent = i;
      return;
    }
    this.field('text', i, i);
  }

  private mediaAt(line: number): MediaItem | null {
    const paper = this.paper!;
    const all = paper.media ? [paper.media, ...paper.extraMedia] : paper.extraMedia;
    return all.find((media) => media.firstLine === line) ?? null;
  }

  private field(kind: FieldKind, line: number, endLine: number): void {
    const paper = this.paper!;
    paper.fields.push({ kind, line, endLine });
    this.lastFieldKind = kind;
    this.lastFieldIndex = paper.fields.length - 1;
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
      paper.endAt(end, this.table.length(end));
      if (this.day) this.dayLastContent = Math.max(this.dayLastContent, end);
    }
    this.paper = null;
    this.openBullet = null;
    this.lastFieldKind = null;
  }

  private closeDay(): void {
    const day = this.day;
    if (day) {
      const end = this.dayLastContent;
      day.range = range(day.headingRange.start.line, 0, end, this.table.length(end));
    }
    this.day = null;
  }
}

function readVotes(line: string, i: number): Votes {
  let rawStart = line.indexOf(':') + 1;
  while (rawStart < line.length && isSpaceOrTab(line.charCodeAt(rawStart))) rawStart++;
  let rawEnd = line.length;
  while (rawEnd > rawStart && isSpaceOrTab(line.charCodeAt(rawEnd - 1))) rawEnd--;
  return new VoteLine(line.slice(rawStart, rawEnd), i, indentOf(line), rawStart);
}

/** The `Vote:` line; ranges are built when asked for. */
class VoteLine implements Votes {
  readonly value: number | null;

  constructor(
    readonly raw: string,
    private readonly line: number,
    private readonly indent: number,
    private readonly rawStart: number,
  ) {
    const value = WHOLE_NUMBER.test(raw) ? Number(raw) : NaN;
    // Past 2^53 a number is no longer exact (9999999999999999999999 would become 1e+22): not a vote count.
    this.value = Number.isSafeInteger(value) ? value : null;
  }

  get rawRange(): Range {
    return lineSpan(this.line, this.rawStart, this.rawStart + this.raw.length);
  }

  get range(): Range {
    return lineSpan(this.line, this.indent, this.rawStart + this.raw.length);
  }
}

const WHOLE_NUMBER = /^\d+$/;

function readAuthorsLine(line: string, i: number): Authors {
  const colon = line.indexOf(':');
  return readAuthors(line, i, colon + 1, indentOf(line));
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
