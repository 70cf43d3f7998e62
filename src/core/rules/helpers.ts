/** Small pieces shared by several rules. */

import type { MessageKey } from '../l10n';
import type { Authors, FieldKind, Position, Range } from '../model';
import type { TextEdit } from './rule';

/** Marks a piece of source inside a message; long pieces are shortened. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return `\`${shown}\``;
}

export function lineNumberOf(range: Range): number {
  return range.start.line + 1;
}

export const FIELD_NAMES: Record<FieldKind, MessageKey> = {
  media: 'field.media',
  vote: 'field.vote',
  authors: 'field.authors',
  summary: 'field.summary',
  text: 'field.text',
};

/** The canonical video: `[Watch Video](url)` and the player line below it. */
export function canonicalVideoBlock(url: string, eol: string): string {
  return `[Watch Video](${url})${eol}<div><video controls src="${url}" muted="false"></video></div>`;
}

/**
 * Edits that delete some items of an Authors list with their separators, leaving the others and the
 * list's own punctuation (commas, quotes, brackets) as written.
 */
export function removeAuthorItems(authors: Authors, remove: ReadonlySet<number>): TextEdit[] {
  const items = authors.items;
  const edits: TextEdit[] = [];
  let i = 0;
  while (i < items.length) {
    if (!remove.has(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < items.length && remove.has(j + 1)) j++;
    if (i > 0) {
      edits.push({ range: { start: afterQuote(authors, items[i - 1].range.end), end: afterQuote(authors, items[j].range.end) }, newText: '' });
    } else if (j + 1 < items.length) {
      edits.push({ range: { start: beforeQuote(authors, items[0].range.start), end: beforeQuote(authors, items[j + 1].range.start) }, newText: '' });
    } else {
      edits.push({ range: authors.rawRange, newText: '' });
    }
    i = j + 1;
  }
  return edits;
}

const isQuote = (character: string | undefined) => character === "'" || character === '"';

/**
 * The position after an item's closing quote in a Python list (its range holds the name only), so that
 * deleting from one item's end to another's takes whole quoted items, whatever quote each uses. In a
 * comma list a name's range ends at its last character before a comma, quotes included: it stays.
 */
function afterQuote(authors: Authors, position: Position): Position {
  let at = position.character - authors.rawRange.start.character;
  while (authors.raw[at] === ' ' || authors.raw[at] === '\t') at++;
  return isQuote(authors.raw[at]) ? { line: position.line, character: authors.rawRange.start.character + at + 1 } : position;
}

/** The position of an item's opening quote in a Python list (see {@link afterQuote}). */
function beforeQuote(authors: Authors, position: Position): Position {
  let at = position.character - authors.rawRange.start.character;
  while (authors.raw[at - 1] === ' ' || authors.raw[at - 1] === '\t') at--;
  return isQuote(authors.raw[at - 1]) ? { line: position.line, character: authors.rawRange.start.character + at - 1 } : position;
}
