/**
 * The body of the overview page: totals, papers and votes per month as bar charts, the top papers of
 * each month (one month shown at a time) and the top authors. Digest text is escaped; buttons carry
 * only a kind and a position (`data-action`, `data-month`, `data-rank`), which the extension resolves
 * against the same figures, so the page never names a file.
 */

import { translator, type MessageKey, type Translate } from '../l10n';
import type { ArchiveStats } from '../stats';
import { barChartSvg } from './bar-chart';
import { escapeHtml } from './html';

export const OVERVIEW_TOP_PAPERS = 10;
export const OVERVIEW_TOP_AUTHORS = 20;

/** The page's own words are in `locale` (BCP 47, such as `ko`); English when absent. */
export function overviewBody(stats: ArchiveStats, selectedMonth?: string, locale?: string): string {
  const t = translator(locale);
  const months = stats.months();
  const totals = stats.totals();
  const heading = `<h1>${escapeHtml(t('overview.title'))}</h1>`;
  if (months.length === 0) {
    return `<main>${heading}<p class="empty">${escapeHtml(t('overview.empty'))}</p></main>`;
  }
  const selected = months.some((each) => each.month === selectedMonth) ? selectedMonth! : months[months.length - 1].month;
  const authors = stats.authors({ limit: OVERVIEW_TOP_AUTHORS });
  return [
    '<main>',
    heading,
    `<p class="totals">${escapeHtml(
      t('overview.totals', count(t, totals.papers, 'paper'), count(t, totals.days, 'day'), totals.votes, count(t, stats.authorCount, 'author'), months[0].month, months[months.length - 1].month),
    )}</p>`,
    '<section class="charts">',
    `<figure class="papers"><figcaption>${escapeHtml(t('overview.papersPerMonth'))}</figcaption>${barChartSvg(
      months.map(({ month, papers }) => ({ month, value: papers })),
      { noun: ['paper', 'papers'], title: t('overview.papersPerMonth'), selected, valueLabel: (value) => count(t, value, 'paper') },
    )}</figure>`,
    `<figure class="votes"><figcaption>${escapeHtml(t('overview.votesPerMonth'))}</figcaption>${barChartSvg(
      months.map(({ month, votes }) => ({ month, value: votes })),
      { noun: ['vote', 'votes'], title: t('overview.votesPerMonth'), selected, valueLabel: (value) => count(t, value, 'vote') },
    )}</figure>`,
    `<p class="hint">${escapeHtml(t('overview.hint'))}</p>`,
    '</section>',
    '<div class="columns">',
    '<section class="top-papers">',
    ...months.map((each) => monthTop(stats, each.month, each.papers, each.month !== selected, t)),
    '</section>',
    '<section class="top-authors">',
    `<h2>${escapeHtml(t('overview.topAuthors', authors.length))}</h2>`,
    '<ol>',
    ...authors.map(
      (author, rank) =>
        `<li><button class="link" data-action="reveal-author" data-rank="${rank}" title="${escapeHtml(t('overview.showInAuthors'))}">${escapeHtml(author.name)}</button> <span class="meta">${escapeHtml(count(t, author.papers, 'paper'))} · ▲${author.votes}</span></li>`,
    ),
    '</ol>',
    '</section>',
    '</div>',
    '</main>',
  ].join('\n');
}

function monthTop(stats: ArchiveStats, month: string, paperCount: number, hidden: boolean, t: Translate): string {
  const papers = stats.top(OVERVIEW_TOP_PAPERS, month);
  return [
    `<div class="month-top" data-month="${escapeHtml(month)}"${hidden ? ' hidden' : ''}>`,
    `<h2>${escapeHtml(t('overview.topPapersOf', monthTitle(month, t)))} <span class="meta">(${escapeHtml(count(t, paperCount, 'paper'))})</span></h2>`,
    '<ol>',
    ...papers.map(
      (paper, rank) =>
        `<li><button class="link" data-action="open-paper" data-month="${escapeHtml(month)}" data-rank="${rank}" title="${escapeHtml(t('overview.openEntry'))}">${escapeHtml(paper.title.trim() || t('card.untitled'))}</button> <span class="meta">▲${paper.votes ?? 0} · ${escapeHtml(paper.day.date ?? '')}</span></li>`,
    ),
    '</ol>',
    '</div>',
  ].join('\n');
}

/** `2024-03` → `March 2024`, `2024년 3월`. */
function monthTitle(month: string, t: Translate): string {
  const [year, number] = month.split('-');
  const index = Number(number);
  const name = index >= 1 && index <= 12 ? t(`month.${index}` as MessageKey) : number;
  return t('overview.monthYear', name, year);
}

const COUNTS = {
  paper: ['overview.onePaper', 'overview.papers'],
  day: ['overview.oneDay', 'overview.days'],
  author: ['overview.oneAuthor', 'overview.authors'],
  vote: ['overview.oneVote', 'overview.votes'],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>;

/** `1 paper`, `3 papers`; `논문 3편` in Korean. */
function count(t: Translate, n: number, noun: keyof typeof COUNTS): string {
  const [one, many] = COUNTS[noun];
  return n === 1 ? t(one) : t(many, n);
}

/** A message from the page, checked: anything else is ignored. */
export type OverviewMessage = { type: 'open-paper'; month: string; rank: number } | { type: 'reveal-author'; rank: number };

export function readOverviewMessage(value: unknown): OverviewMessage | null {
  const { type, month, rank } = (value ?? {}) as Record<string, unknown>;
  // Number.isInteger refuses every non-number too.
  const position = Number.isInteger(rank) ? (rank as number) : -1;
  if (position < 0) return null;
  if (type === 'reveal-author') return position < OVERVIEW_TOP_AUTHORS ? { type, rank: position } : null;
  if (type === 'open-paper' && typeof month === 'string' && /^\d{4}-\d{2}$/.test(month) && position < OVERVIEW_TOP_PAPERS) return { type, month, rank: position };
  return null;
}
