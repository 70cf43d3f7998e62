/**
 * Search over indexed papers by words of the title, an author's name or the arXiv id. Every word of the
 * query must match somewhere; a word found in the title counts more than one in an author's name, which
 * counts more than one in the id (as arxiv-sanity weighs title over authors). Case and accents are ignored.
 */

import type { IndexedPaper } from './records';

export const MatchedField = { Title: 1, Author: 2, Id: 4 } as const;

export interface SearchHit {
  paper: IndexedPaper;
  score: number;
  /** Bit set of {@link MatchedField}s some query word was found in. */
  fields: number;
}

const TITLE_SCORE = 100;
const AUTHOR_SCORE = 10;
const ID_SCORE = 1;
/** A word that starts a word of the field (`lang` in `Large Language`) ranks above one found inside a word. */
const WORD_START_BONUS = 2;

/** Lower case, accents removed (`Éric` → `eric`), typographic apostrophes folded. */
export function foldForSearch(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2018\u2019]/g, "'").toLowerCase();
}

export function queryWords(query: string): string[] {
  // Stryker disable next-line Regex: splitting on each space instead of runs of them only adds empty words, dropped below
  return foldForSearch(query).split(/\s+/).filter((word) => word !== '');
}

/** The folded title and author names of a paper, computed on first search and kept. */
interface SearchKeys {
  title: string;
  authors: string;
}

const keysCache = new WeakMap<IndexedPaper, SearchKeys>();

function keysOf(paper: IndexedPaper): SearchKeys {
  let keys = keysCache.get(paper);
  // Stryker disable next-line ConditionalExpression: a cache; folding again gives the same keys
  if (!keys) {
    keys = { title: foldForSearch(paper.title), authors: foldForSearch(paper.authors.join('\n')) };
    // Stryker disable next-line CallExpression: a cache; folding again gives the same keys
    keysCache.set(paper, keys);
  }
  return keys;
}

/** Scores one paper against the folded query words; null when some word matches nowhere. */
export function matchPaper(paper: IndexedPaper, words: readonly string[]): SearchHit | null {
  if (!words.length) return null;
  const keys = keysOf(paper);
  const id = paper.id ?? '';
  let score = 0;
  let fields = 0;
  for (const word of words) {
    const inTitle = wordScore(keys.title, word);
    if (inTitle) {
      score += TITLE_SCORE * inTitle;
      fields |= MatchedField.Title;
      continue;
    }
    const inAuthors = wordScore(keys.authors, word);
    if (inAuthors) {
      score += AUTHOR_SCORE * inAuthors;
      fields |= MatchedField.Author;
      continue;
    }
    if (id.includes(word)) {
      score += ID_SCORE;
      fields |= MatchedField.Id;
      continue;
    }
    return null;
  }
  return { paper, score, fields };
}

function wordScore(haystack: string, word: string): number {
  let at = haystack.indexOf(word);
  if (at === -1) return 0;
  while (at !== -1) {
    if (at === 0 || !isWordCharacter(haystack.charCodeAt(at - 1))) return WORD_START_BONUS;
    at = haystack.indexOf(word, at + 1);
  }
  return 1;
}

function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}

/** Best first: score, then votes, then the newer day. */
export function compareHits(a: SearchHit, b: SearchHit): number {
  return (
    b.score - a.score ||
    (b.paper.votes ?? -1) - (a.paper.votes ?? -1) ||
    compareText(b.paper.day.dateText ?? '', a.paper.day.dateText ?? '')
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The author names a query word was found in, for showing why a paper matched. */
export function matchingAuthors(paper: IndexedPaper, words: readonly string[]): string[] {
  return paper.authors.filter((name) => {
    const folded = foldForSearch(name);
    return words.some((word) => folded.includes(word));
  });
}
