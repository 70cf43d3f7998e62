/**
 * The digest model. Positions are LSP-style: 0-based line, 0-based UTF-16 character offset,
 * end exclusive, so they map one to one onto `vscode.Range` and the Language Server Protocol.
 */

import type { ArxivReference } from './arxiv';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Digest {
  /** Day sections in source order. */
  days: DaySection[];
  /** Paper entries found outside any day section (before the first, or under a wrapper heading). */
  orphanPapers: PaperEntry[];
  lineCount: number;
  /** True when the text started with a byte order mark (positions are counted after it). */
  hasBom: boolean;
}

export type DayHeadingStyle = 'canonical' | 'near-miss';

export interface DaySection {
  /** `YYYY-MM-DD` when the heading's date is a real calendar date, else null. */
  date: string | null;
  /** The date as written in the heading (`2024-3-5`, `2024-02-30`). */
  dateText: string;
  /** The date normalised to `YYYY-MM-DD` even if it is not a real day (`2024-02-30`), null if unreadable. */
  normalizedDateText: string | null;
  /** `canonical` for `## Daily Papers (YYYY-MM-DD)`, `near-miss` for other spellings. */
  headingStyle: DayHeadingStyle;
  /** The heading's full text after the `#` marks. */
  headingText: string;
  headingLevel: number;
  headingRange: Range;
  dateRange: Range;
  /** From the heading to the last line before the next level-1/2 heading (or end of file). */
  range: Range;
  papers: PaperEntry[];
}

export type TitleStyle = 'link' | 'text';

export interface PaperEntry {
  /** The heading text after `### `. */
  headingText: string;
  headingRange: Range;
  /** `link` for `### [Title](url)`, `text` for anything else. */
  titleStyle: TitleStyle;
  /** The title: the link text for link headings, the whole heading text otherwise. */
  title: string;
  titleRange: Range;
  url: string | null;
  urlRange: Range | null;
  /** What the URL says about arXiv, null when it is not an arXiv/HF paper URL. */
  arxiv: ArxivReference | null;
  /** The arXiv id when the URL has a valid one, else null. */
  id: string | null;
  media: Media | null;
  /** Media lines beyond the first (a second image, a stray video tag). */
  extraMedia: Media[];
  votes: Votes | null;
  authors: Authors | null;
  summary: SummaryBullet[];
  /**
   * The entry's fields after the heading, in source order: one per media, Vote, Authors or other
   * text line, and one per run of summary bullets (a list, even with blank lines between its items).
   */
  fields: FieldLine[];
  /** From the heading to the last non-blank line before the next heading. */
  range: Range;
}

export type MediaKind = 'image' | 'video';

/**
 * How the media was written:
 * - `image`: `![](url)` with an image URL;
 * - `watch-video`: `[Watch Video](url)`, canonical when followed by the `<div><video …>` line;
 * - `watch-video-bare`: `[Watch Video]url` without parentheses;
 * - `image-video`: a video file inside image syntax, `![](clip.mp4)`;
 * - `empty-link`: `[](url)`;
 * - `html-video`: a raw `<video>` element (with `src` or `<source>`);
 * - `html-iframe`: an `<iframe>`;
 * - `video-block`: the `<div><video controls src=… muted="false"></video></div>` line on its own.
 */
export type MediaForm =
  | 'image'
  | 'watch-video'
  | 'watch-video-bare'
  | 'image-video'
  | 'empty-link'
  | 'html-video'
  | 'html-iframe'
  | 'video-block';

export interface Media {
  kind: MediaKind;
  form: MediaForm;
  /** The URL as written (may be relative, `http:`, or empty). */
  url: string;
  urlRange: Range;
  /** The media's lines: one line, or two for `[Watch Video](…)` plus its `<div><video>` line. */
  range: Range;
  /** For `watch-video`: whether the canonical `<div><video …>` line follows. */
  hasVideoBlock: boolean;
}

export interface Votes {
  /** The count when the text is a whole number (`0` included), else null (`-`, `12.5`, `-3`). */
  value: number | null;
  /** The text after `Vote:`, trimmed. */
  raw: string;
  rawRange: Range;
  range: Range;
}

export type AuthorsStyle = 'comma' | 'python-list';

export interface AuthorName {
  name: string;
  range: Range;
}

export interface Authors {
  /** Non-empty names in order, repeats kept; the feed's `+` mark is not a name. */
  names: string[];
  /** The list holds the feed's `+` mark: names were left out, so the list is incomplete. */
  namesLeftOut: boolean;
  /** Every item of the list with its range, empty items (`A, , B`) included. */
  items: AuthorName[];
  raw: string;
  rawRange: Range;
  style: AuthorsStyle;
  range: Range;
}

export interface SummaryKey {
  /** The key as written inside its emphasis (`What’s New`). */
  text: string;
  /** The key with typographic apostrophes folded (`What's New`). */
  normalized: string;
  /** Number of `*` before the key, and after it (before or after the colon). */
  openMarks: number;
  closeMarks: number;
  /** The range of the emphasised key including its asterisks. */
  range: Range;
}

export interface SummaryBullet {
  /** The bullet's text after the marker, continuation lines joined with a space. */
  text: string;
  /** The text after the key and colon when the bullet is keyed, else the whole text. */
  body: string;
  key: SummaryKey | null;
  range: Range;
  textRange: Range;
}

export type FieldKind = 'media' | 'vote' | 'authors' | 'summary' | 'text';

export interface FieldLine {
  kind: FieldKind;
  /** 0-based line of the field's first line. */
  line: number;
  /** 0-based line of the field's last line (a list of bullets, a two-line video). */
  endLine: number;
}
