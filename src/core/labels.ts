/** How days and papers are named in the tree, the outline and symbol search. */

import { arxivAbsUrl } from './arxiv';
import { translator } from './l10n';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-03-25 (Mon)` for a real date, the text alone for an impossible one (`2024-02-30`). */
// Stryker disable next-line StringLiteral: an empty locale makes Intl throw, and the fallback is English
export function dayLabel(dateText: string, isRealDate: boolean, locale = 'en'): string {
  if (!isRealDate) return dateText;
  const [year, month, day] = dateText.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = isEnglish(locale) ? WEEKDAYS[date.getUTCDay()] : intlName(locale, { weekday: 'short' }, date) ?? WEEKDAYS[date.getUTCDay()];
  return `${dateText} (${weekday})`;
}

/** `March` for `03`; in another display language its own name (`3월`) from `Intl`. */
// Stryker disable next-line StringLiteral: an empty locale makes Intl throw, and the fallback is English
export function monthName(month: string, locale = 'en'): string {
  const index = Number(month) - 1;
  if (!MONTHS[index]) return month;
  return isEnglish(locale) ? MONTHS[index] : intlName(locale, { month: 'long' }, new Date(Date.UTC(2000, index, 1))) ?? MONTHS[index];
}

// Stryker disable next-line BlockStatement: a shortcut; Intl's English names are the tables' names
function isEnglish(locale: string): boolean {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral,MethodExpression: a shortcut; Intl's English names are the tables' names
  return locale === 'en' || locale.startsWith('en-');
}

function intlName(locale: string, options: Intl.DateTimeFormatOptions, date: Date): string | null {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
    // Stryker disable next-line BlockStatement: returning nothing falls back to English as null does
  } catch {
    return null;
  }
}

export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `13 papers · ▲110`, or `2 of 13 papers · ▲30` under a filter; no vote part when nothing has votes. */
export function dayDescription(shown: number, total: number, votes: number): string {
  const papers = shown === total ? countOf(total, 'paper') : `${shown} of ${countOf(total, 'paper')}`;
  return votes > 0 ? `${papers} · ▲${votes}` : papers;
}

/** `▲16 · Foster et al.` (either part left out when unknown); `▲16 · Foster 외` in Korean. */
export function paperDescription(votes: number | null, authors: readonly string[], locale?: string): string {
  const byline = authorsShort(authors, locale);
  const parts = votes === null ? [] : [`▲${votes}`];
  if (byline) parts.push(byline);
  return parts.join(' · ');
}

/** `Foster et al.`, `Foster` for a single author, empty without authors. */
export function authorsShort(authors: readonly string[], locale?: string): string {
  if (!authors.length) return '';
  const surname = surnameOf(authors[0]);
  return authors.length > 1 ? translator(locale)('label.etAl', surname) : surname;
}

function surnameOf(name: string): string {
  // Stryker disable next-line Regex: splitting at each space leaves empty words only between words, never last (the name is trimmed)
  const words = name.trim().split(/\s+/);
  return words[words.length - 1].replace(/[,;]+$/, '') || name.trim();
}

export function paperTitle(title: string, locale?: string): string {
  return title.trim() || translator(locale)('card.untitled');
}

/** `[Title](https://arxiv.org/abs/ID)` with the title's brackets escaped; the entry's own URL when it has no id. */
export function markdownLink(title: string, id: string | null, url: string | null): string {
  const target = id ? arxivAbsUrl(id) : (url ?? '');
  const text = paperTitle(title).replace(/[\\[\]]/g, (character) => `\\${character}`);
  if (!target) return text;
  return `[${text}](${/[\s()<>]/.test(target) ? `<${target.replace(/[<>]/g, encodeURIComponent)}>` : target})`;
}

export { escapeMarkdown } from './markdown-escape';
