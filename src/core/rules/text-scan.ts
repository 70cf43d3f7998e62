import type { PaperEntry, Range } from '../model';
import { allMedia } from './media-urls';
import type { RuleContext } from './rule';

export interface TextHit {
  line: number;
  character: number;
  char: string;
  /** The entry the character is in. */
  paper: PaperEntry;
}

/**
 * Finds the given characters in the lines of paper entries (wrapper prose and code outside entries
 * are left alone), in document order. One `indexOf` scan per character: the engine's string search
 * is many times faster than a regular expression or a loop over the text.
 */
export function findEntryCharacters(context: RuleContext, chars: readonly string[]): TextHit[] {
  const text = context.text;
  const offsets: number[] = [];
  for (const char of chars) {
    if (!contains(text, char)) continue;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) offsets.push(at);
  }
  if (offsets.length === 0) return [];
  offsets.sort((a, b) => a - b);
  const papers = context.papers;
  const hits: TextHit[] = [];
  for (const offset of offsets) {
    const line = context.lineOf(offset);
    const paper = entryAt(papers, line);
    if (paper) hits.push({ line, character: offset - context.lineStart(line), char: text.charAt(offset), paper });
  }
  return hits;
}

/**
 * U+200B is found much faster from the end: V8's forward search for a two-byte character scans for
 * one of its bytes, and 0x20 (every space) makes that slow.
 */
function contains(text: string, char: string): boolean {
  return char === '\u200b' ? text.lastIndexOf(char) !== -1 : text.indexOf(char) !== -1;
}

function entryAt(papers: readonly PaperEntry[], line: number): PaperEntry | null {
  let low = 0;
  let high = papers.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = papers[middle].range;
    if (line < range.start.line) high = middle - 1;
    else if (line > range.end.line) low = middle + 1;
    else return papers[middle];
  }
  return null;
}

/**
 * Where a hit lies: in the paper's heading outside the title of its link (the link carries the id,
 * so nothing there is rewritten), in a media URL, or in text.
 */
export function placeOf(hit: TextHit): 'heading-link' | 'media-url' | 'text' {
  const { paper } = hit;
  if (hit.line === paper.headingRange.start.line) return paper.titleStyle === 'link' && covers(paper.titleRange, hit) ? 'text' : 'heading-link';
  return allMedia(paper.media, paper.extraMedia).some((media) => covers(media.urlRange, hit)) ? 'media-url' : 'text';
}

function covers(range: Range | null, hit: TextHit): boolean {
  return range !== null && range.start.line === hit.line && range.start.character <= hit.character && hit.character < range.end.character;
}

export function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
