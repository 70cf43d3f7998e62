/** Small pieces shared by several rules. */

import type { MessageKey } from '../l10n';
import type { Authors, FieldKind, Range } from '../model';
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
      edits.push({ range: { start: items[i - 1].range.end, end: items[j].range.end }, newText: '' });
    } else if (j + 1 < items.length) {
      edits.push({ range: { start: items[0].range.start, end: items[j + 1].range.start }, newText: '' });
    } else {
      edits.push({ range: authors.rawRange, newText: '' });
    }
    i = j + 1;
  }
  return edits;
}
