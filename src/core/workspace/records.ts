/**
 * The compact records the index keeps per file, day and paper: what the tree, search, hovers and the
 * cross-file lint facts need, and nothing of the summary text beyond one bullet.
 *
 * A paper is one object with a handful of fields: its texts are copied into one string and its ranges
 * kept as numbers, since tens of thousands of small objects would cost memory and garbage-collection time.
 */

import { authorKey, authorKeyTable } from '../author-key';
import type { DaySection, Digest, PaperEntry, Range, SummaryBullet } from '../model';

export interface IndexedFile {
  readonly uri: string;
  /** Day sections in source order; papers outside any day section form a last, undated group. */
  readonly days: readonly IndexedDay[];
}

export interface IndexedDay {
  readonly file: IndexedFile;
  /** `YYYY-MM-DD` when the heading has a real calendar date, else null. */
  readonly date: string | null;
  /** The date as normalised (`2024-02-30`) or written; null for the group of papers outside any day section. */
  readonly dateText: string | null;
  /** How many earlier sections of the same file carry the same `dateText` (for stable ids). */
  readonly ordinal: number;
  readonly headingRange: Range;
  readonly range: Range;
  readonly papers: readonly IndexedPaper[];
}

export type MediaKind = 'image' | 'video';

const BULLET_MAX = 320;

export class IndexedPaper {
  /** The valid arXiv id, or null. */
  readonly id: string | null;
  readonly votes: number | null;
  readonly media: MediaKind | null;
  /** The heading's link, kept for entries without an arXiv id (the arXiv URL follows from the id). */
  readonly url: string | null;
  /**
   * The title followed by a newline; then, only when the written names are not simply the keys (a name
   * to normalise, or one written twice), the distinct written names, each followed by a newline.
   */
  private readonly names: string;
  /**
   * The numbers ({@link authorKeyTable}) of the distinct author keys ({@link authorKey}: NFC, whitespace
   * collapsed), in order: what the archive stats count, worked out once here rather than on every count.
   */
  readonly authorIds: readonly number[];
  /** The card's bullet plus one character (see {@link ownCopy}). */
  private readonly bullet: string | null;
  /**
   * The https URL of the entry's image plus one character, `''` when it is the usual Hugging Face
   * thumbnail of the id (most entries: rebuilt on demand rather than kept), else null.
   */
  private readonly image: string | null;
  /** The Authors line held the feed's `+` mark: names were left out. */
  readonly namesLeftOut: boolean;
  /** 0-based line of the entry's heading. */
  readonly line: number;
  private readonly headingStart: number;
  private readonly headingEnd: number;
  private readonly endLine: number;
  private readonly endCharacter: number;

  constructor(
    readonly day: IndexedDay,
    /** Position in the day section (digest order). */
    readonly order: number,
    entry: PaperEntry,
  ) {
    this.id = entry.id === null ? null : ownCopy(entry.id).slice(0, -1);
    this.votes = entry.votes?.value ?? null;
    this.media = entry.media?.kind ?? null;
    this.url = entry.id === null && entry.url !== null ? ownCopy(entry.url).slice(0, -1) : null;
    const written = entry.authors ? entry.authors.names : [];
    // Stryker disable next-line ConditionalExpression: a shortcut; numbering no names gives no numbers too
    const ids = written.length === 0 ? NO_IDS : numberNames(written);
    // Stryker disable next-line ConditionalExpression: the general path keeps the same names and keys, only in more memory
    if (ids !== null) {
      this.authorIds = ids;
      this.names = ownCopy(entry.title);
    } else {
      this.authorIds = [...new Set(written.map((name) => numberName(authorKey(name))))].filter((id) => id >= 0);
      this.names = [entry.title, ...new Set(written), ''].join('\n');
    }
    this.namesLeftOut = entry.authors?.namesLeftOut ?? false;
    const bullet = highlightOf(entry);
    this.bullet = bullet === null ? null : ownCopy(bullet);
    const image = entry.media?.kind === 'image' ? httpsUrl(entry.media.url) : null;
    // Stryker disable next-line EqualityOperator: no image is the thumbnail of the id "null"
    this.image = image === null ? null : this.id !== null && isUsualThumbnail(image, this.id) ? '' : ownCopy(image);
    const { headingRange, range } = entry;
    this.line = headingRange.start.line;
    this.headingStart = headingRange.start.character;
    this.headingEnd = headingRange.end.character;
    this.endLine = range.end.line;
    this.endCharacter = range.end.character;
  }

  /** The distinct author keys, in order (see {@link authorIds}). */
  get authorKeys(): string[] {
    return this.authorIds.map((id) => authorKeyTable.keyOf(id));
  }

  get title(): string {
    return this.names.slice(0, this.names.indexOf('\n'));
  }

  /** Author names in order, each once. */
  get authors(): string[] {
    const rest = this.names.slice(this.names.indexOf('\n') + 1, -1);
    return rest === '' ? this.authorKeys : rest.split('\n');
  }

  /**
   * The bullet a card shows: the "What's New" bullet, else the first (keyed bullets as `Key: text`),
   * shortened; null when there is none.
   */
  get highlight(): string | null {
    return this.bullet === null ? null : this.bullet.slice(0, -1);
  }

  /** The entry's image when it is an https URL (what a card may show), else null. */
  get thumbnail(): string | null {
    if (this.image === null) return null;
    // Stryker disable next-line ConditionalExpression: the image is '' only when the entry has an id (the constructor)
    return this.image === '' && this.id !== null ? usualThumbnail(this.id) : this.image.slice(0, -1);
  }

  get headingRange(): Range {
    return { start: { line: this.line, character: this.headingStart }, end: { line: this.line, character: this.headingEnd } };
  }

  /** From the heading to the entry's last non-blank line. */
  get range(): Range {
    return { start: { line: this.line, character: 0 }, end: { line: this.endLine, character: this.endCharacter } };
  }
}

const NO_IDS: readonly number[] = Object.freeze([]);

/**
 * The numbers of the written names when each is its own key and none repeats (nearly every entry: the
 * record then keeps no copy of the names), else null. Built with `map`, so the array has no spare room.
 */
function numberNames(written: readonly string[]): readonly number[] | null {
  // Stryker disable next-line BooleanLiteral: every entry then takes the general path, which keeps the same names and keys
  let plain = true;
  const ids = written.map((name) => {
    // A name the table holds is a key, and a key is its own key: it need not be checked again.
    const known = authorKeyTable.find(name);
    // Stryker disable next-line ConditionalExpression: a shortcut; the check below gives a known name the same number
    if (known !== undefined) return known;
    // Stryker disable next-line ConditionalExpression: a shortcut; a name sent the general way keeps the same key
    if (authorKey(name) === name) return authorKeyTable.idOf(name);
    plain = false;
    // Stryker disable next-line UnaryOperator: the numbers are dropped once a name is not plain
    return -1;
  });
  // Stryker disable next-line ConditionalExpression: the general path keeps the same names and keys, only in more memory
  return plain && !hasRepeats(ids) ? ids : null;
}

function numberName(key: string): number {
  return key === '' ? -1 : authorKeyTable.idOf(key);
}

function hasRepeats(ids: readonly number[]): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the set and the loop find the same repeats; a false alarm only takes the general path, which keeps each name once as well
  if (ids.length > 16) return new Set(ids).size !== ids.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end ids[i] is undefined and equals no number; a false alarm only takes the general path (a missed repeat is tested: test/unit/workspace/records.test.ts)
  for (let i = 1; i < ids.length; i++) for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return true;
  // Stryker disable next-line BooleanLiteral: a false alarm only takes the general path, which keeps each name once as well
  return false;
}

export function indexDigest(uri: string, digest: Digest): IndexedFile {
  const days: IndexedDay[] = [];
  const file: IndexedFile = { uri, days };
  const seen = new Map<string, number>();
  for (const section of digest.days) {
    const dateText = section.date ?? section.normalizedDateText ?? section.dateText;
    const ordinal = seen.get(dateText) ?? 0;
    seen.set(dateText, ordinal + 1);
    days.push(dayRecord(file, section, ownCopy(dateText).slice(0, -1), ordinal));
  }
  if (digest.orphanPapers.length) days.push(orphanGroup(file, digest.orphanPapers));
  return file;
}

function dayRecord(file: IndexedFile, section: DaySection, dateText: string, ordinal: number): IndexedDay {
  const papers: IndexedPaper[] = [];
  const day: IndexedDay = {
    file,
    date: section.date === null ? null : dateText,
    dateText,
    ordinal,
    headingRange: section.headingRange,
    range: section.range,
    papers,
  };
  for (const entry of section.papers) papers.push(new IndexedPaper(day, papers.length, entry));
  return day;
}

function orphanGroup(file: IndexedFile, entries: readonly PaperEntry[]): IndexedDay {
  const papers: IndexedPaper[] = [];
  const first = entries[0];
  const last = entries[entries.length - 1];
  const day: IndexedDay = {
    file,
    date: null,
    dateText: null,
    ordinal: 0,
    headingRange: first.headingRange,
    range: { start: first.range.start, end: last.range.end },
    papers,
  };
  for (const entry of entries) papers.push(new IndexedPaper(day, papers.length, entry));
  return day;
}

const WHATS_NEW = "what's new";

function highlightOf(entry: PaperEntry): string | null {
  const bullet = entry.summary.find(isWhatsNew) ?? entry.summary[0];
  if (!bullet) return null;
  const text = bullet.key ? `${bullet.key.normalized}: ${bullet.body.trim()}` : bullet.text;
  return text.length > BULLET_MAX ? `${text.slice(0, BULLET_MAX - 1).trimEnd()}…` : text;
}

/** Folding apostrophes and lower-casing never shorten a key, so a key of another length is not "What's New". */
function isWhatsNew(bullet: SummaryBullet): boolean {
  const key = bullet.key;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; the comparison after it decides alone just the same
  return key !== null && key.text.length === WHATS_NEW.length && key.normalized.toLowerCase() === WHATS_NEW;
}

// Stryker disable next-line StringLiteral: without the usual URL every thumbnail is kept as written, which reads the same
const THUMBNAILS = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/';

function usualThumbnail(id: string): string {
  return `${THUMBNAILS}${id}.png`;
}

/** Whether the URL is {@link usualThumbnail} of the id, compared in place: nearly every entry has one. */
// Stryker disable next-line BlockStatement: without the usual URL every thumbnail is kept as written, which reads the same
function isUsualThumbnail(url: string, id: string): boolean {
  // Stryker disable next-line ArithmeticOperator,MethodExpression: these make the comparison fail, and a URL not taken for the usual one is kept as written, which reads the same
  return url.length === THUMBNAILS.length + id.length + 4 && url.startsWith(THUMBNAILS) && url.startsWith(id, THUMBNAILS.length) && url.endsWith('.png');
}

/** The URL when it is an absolute https URL without spaces or quotes, else null. */
function httpsUrl(url: string): string | null {
  return /^https:\/\/[^\s"'<>\\]+$/i.test(url) ? url : null;
}

/**
 * The text plus one character, as a new string. Substrings of a file's text can be views into the whole
 * text, so keeping a title as cut out would keep the whole file in memory; joining builds a new string
 * (callers drop the extra character when reading it).
 */
function ownCopy(text: string): string {
  return [text, ''].join('\n');
}
