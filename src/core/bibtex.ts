/**
 * A BibTeX `@misc` entry for an arXiv paper, as arXiv's own export writes it (title, authors, year,
 * eprint, archivePrefix, url), with the month and a Google-Scholar-style key (`foster2024can`).
 * `primaryClass` is left out: digests do not record the category.
 */

import { arxivAbsUrl } from './arxiv';

export interface BibtexPaper {
  /** A valid arXiv id: `2403.15371`, `0901.1234` or `hep-th/9901001`. */
  id: string;
  title: string;
  authors: readonly string[];
  /** The feed left names out: the list ends with `and others`. */
  namesLeftOut?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SKIPPED_TITLE_WORDS = new Set(['a', 'an', 'the']);

/** Year and month (1–12) of an arXiv id: `YYMM.NNNNN` or `archive/YYMMNNN` (1991–2007). */
export function arxivIdDate(id: string): { year: number; month: number } | null {
  const digits = id.slice(id.indexOf('/') + 1);
  if (!/^\d{4}/.test(digits)) return null;
  const yy = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12) return null;
  return { year: yy >= 91 ? 1900 + yy : 2000 + yy, month };
}

export function bibtexEntry(paper: BibtexPaper): string {
  const date = arxivIdDate(paper.id);
  const authors = [...paper.authors];
  if (paper.namesLeftOut) authors.push('others');
  const fields: [string, string][] = [['title', `{${bibtexText(paper.title)}}`]];
  if (authors.length) fields.push(['author', `{${authors.map(bibtexText).join(' and ')}}`]);
  if (date) fields.push(['year', `{${date.year}}`], ['month', MONTHS[date.month - 1]]);
  fields.push(['eprint', `{${paper.id}}`], ['archivePrefix', '{arXiv}'], ['url', `{${arxivAbsUrl(paper.id)}}`]);
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@misc{${bibtexKey(paper, date?.year ?? null)},\n${body}\n}\n`;
}

/** `foster2024can`: first author's surname, year, first word of the title (not a/an/the), ASCII letters and digits only. */
export function bibtexKey(paper: BibtexPaper, year: number | null): string {
  const first = paper.authors[0]?.trim() ?? '';
  // Stryker disable next-line Regex,StringLiteral: the name is trimmed, so its last piece is the surname whether spaces come singly or in runs, and split never gives an empty list
  const surname = keyPart(first.split(/\s+/).pop() ?? '');
  // Stryker disable next-line Regex: splitting at each separator instead of each run only adds empty words, which the search skips
  const words = paper.title.split(/[^\p{L}\p{N}]+/u).map(keyPart);
  const word = words.find((each) => each !== '' && !SKIPPED_TITLE_WORDS.has(each)) ?? '';
  const key = `${surname || 'arxiv'}${year ?? ''}${word}`;
  return key === 'arxiv' ? `arxiv${paper.id.replace(/[^a-z0-9]/gi, '')}` : key;
}

/** Lower-case ASCII letters and digits of a word, accents dropped (`Müller` → `muller`). */
function keyPart(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Digest text inside a braced BibTeX value: whitespace collapsed, `&`, `%`, `#` escaped for LaTeX, and
 * braces escaped unless they balance (an unbalanced brace would end the value or the entry).
 */
function bibtexText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim().replace(/(?<!\\)([&%#])/g, '\\$1');
  return bracesBalance(collapsed) ? collapsed : collapsed.replace(/(?<!\\)([{}])/g, '\\$1');
}

function bracesBalance(text: string): boolean {
  let depth = 0;
  // Stryker disable next-line EqualityOperator: text[text.length] is undefined and matches no case
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
