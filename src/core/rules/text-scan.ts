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
 * are left alone), in document order. One `indexOf` scan per character (the engine's string search
 * is many times faster than a regular expression or a loop over the text), except for characters of
 * the General Punctuation block, which one pass of a regular expression finds together (see below).
 */
export function findEntryCharacters(context: RuleContext, chars: readonly string[]): TextHit[] {
  const text = context.text;
  const offsets: number[] = [];
  // Stryker disable next-line StringLiteral: the mutant's text holds no character of the General Punctuation block, so it matches nothing more
  let punctuation = '';
  for (const char of chars) {
    // Stryker disable next-line ConditionalExpression,BlockStatement: indexOf below finds these characters as well, only slower
    if (isGeneralPunctuation(char)) {
      punctuation += char;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,UnaryOperator: a shortcut; offset 1 is the second character of a file, in an entry only when its first line is the entry's heading, where it is `#`
    if (text.indexOf(char) === -1) continue;
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) offsets.push(at);
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; with nothing wanted the pass below adds no offset
  if (punctuation !== '') findGeneralPunctuation(text, punctuation, offsets);
  // Stryker disable next-line ConditionalExpression: a shortcut; with no offsets the loop below finds no hit
  if (offsets.length === 0) return [];
  // Stryker disable next-line CallExpression,MethodExpression,ArrowFunction,ArithmeticOperator: lint orders every rule's findings by position (test/unit/rules/text-scan-edges.test.ts)
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

const GENERAL_PUNCTUATION = /[\u2000-\u206f]/g;

// Stryker disable next-line BlockStatement: undefined sends every character to indexOf, which finds them as well
function isGeneralPunctuation(char: string): boolean {
  const code = char.charCodeAt(0);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: no rule looks for U+2000 or U+206F, and indexOf finds any other character as well
  return code >= 0x2000 && code <= 0x206f;
}

/**
 * Adds the offsets of the wanted U+2000–U+206F characters (U+200B, U+2060, U+2062). V8's `indexOf` for
 * U+200B looks for its byte 0x20, which every space matches, so that search was the slowest part of
 * lint; a regular expression checks the block's range per character at the speed of a plain search,
 * and a text holds few characters of the block (dashes, typographic quotes) to look at again.
 */
function findGeneralPunctuation(text: string, wanted: string, offsets: number[]): void {
  GENERAL_PUNCTUATION.lastIndex = 0;
  while (GENERAL_PUNCTUATION.test(text)) {
    const at = GENERAL_PUNCTUATION.lastIndex - 1;
    if (wanted.includes(text.charAt(at))) offsets.push(at);
  }
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
  // Stryker disable next-line StringLiteral: callers tell only 'text' and 'heading-link' apart from the rest
  return allMedia(paper.media, paper.extraMedia).some((media) => covers(media.urlRange, hit)) ? 'media-url' : 'text';
}

function covers(range: Range | null, hit: TextHit): boolean {
  return range !== null && range.start.line === hit.line && range.start.character <= hit.character && hit.character < range.end.character;
}

export function codePoint(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
