/**
 * The body of the overview page: totals, papers and votes per month as bar charts, the top papers of
 * each month (one month shown at a time) and the top authors. Digest text is escaped; buttons carry
 * only a kind and a position (`data-action`, `data-month`, `data-rank`), which the extension resolves
 * against the same figures, so the page never names a file.
 */

import type { ArchiveStats } from '../stats';
import { barChartSvg } from './bar-chart';
import { escapeHtml } from './html';

export const OVERVIEW_TOP_PAPERS = 10;
export const OVERVIEW_TOP_AUTHORS = 20;

export function overviewBody(stats: ArchiveStats, selectedMonth?: string): string {
  const months = stats.months();
  const totals = stats.totals();
  if (months.length === 0) {
    return '<main><h1>Daily Papers Overview</h1><p class="empty">No digest with a dated day section in this workspace yet.</p></main>';
  }
  const selected = months.some((each) => each.month === selectedMonth) ? selectedMonth! : months[months.length - 1].month;
  const authors = stats.authors({ limit: OVERVIEW_TOP_AUTHORS });
  return [
    '<main>',
    '<h1>Daily Papers Overview</h1>',
    `<p class="totals">${plural(totals.papers, 'paper')} in ${plural(totals.days, 'day')} · ▲${totals.votes} · ${plural(stats.authorCount, 'author')} · ${escapeHtml(months[0].month)} to ${escapeHtml(months[months.length - 1].month)}</p>`,
    '<section class="charts">',
    `<figure class="papers"><figcaption>Papers per month</figcaption>${barChartSvg(
      months.map(({ month, papers }) => ({ month, value: papers })),
      { noun: ['paper', 'papers'], title: 'Papers per month', selected },
    )}</figure>`,
    `<figure class="votes"><figcaption>Votes per month</figcaption>${barChartSvg(
      months.map(({ month, votes }) => ({ month, value: votes })),
      { noun: ['vote', 'votes'], title: 'Votes per month', selected },
    )}</figure>`,
    '<p class="hint">Select a month’s bar to list its top papers.</p>',
    '</section>',
    '<div class="columns">',
    '<section class="top-papers">',
    ...months.map((each) => monthTop(stats, each.month, each.papers, each.month !== selected)),
    '</section>',
    '<section class="top-authors">',
    `<h2>Top ${authors.length} authors</h2>`,
    '<ol>',
    ...authors.map(
      (author, rank) =>
        `<li><button class="link" data-action="reveal-author" data-rank="${rank}" title="Show in the Authors view">${escapeHtml(author.name)}</button> <span class="meta">${plural(author.papers, 'paper')} · ▲${author.votes}</span></li>`,
    ),
    '</ol>',
    '</section>',
    '</div>',
    '</main>',
  ].join('\n');
}

function monthTop(stats: ArchiveStats, month: string, paperCount: number, hidden: boolean): string {
  const papers = stats.top(OVERVIEW_TOP_PAPERS, month);
  return [
    `<div class="month-top" data-month="${escapeHtml(month)}"${hidden ? ' hidden' : ''}>`,
    `<h2>Top papers of ${escapeHtml(monthTitle(month))} <span class="meta">(${plural(paperCount, 'paper')})</span></h2>`,
    '<ol>',
    ...papers.map(
      (paper, rank) =>
        `<li><button class="link" data-action="open-paper" data-month="${escapeHtml(month)}" data-rank="${rank}" title="Open the entry">${escapeHtml(paper.title.trim() || '(untitled entry)')}</button> <span class="meta">▲${paper.votes ?? 0} · ${escapeHtml(paper.day.date ?? '')}</span></li>`,
    ),
    '</ol>',
    '</div>',
  ].join('\n');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthTitle(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS[Number(number) - 1] ?? number} ${year}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
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
