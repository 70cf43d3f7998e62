/** The two shapes of `daily-papers stats`: JSON for scripts, an aligned table with block-character bars for people. */

import type { ArchiveStats, MonthFigures } from '../core/digest-service';

export interface StatsJson {
  days: number;
  papers: number;
  votes: number;
  months: { month: string; days: number; papers: number; votes: number }[];
  authors: { name: string; papers: number; votes: number }[];
  top: { id: string | null; title: string; votes: number; date: string; file: string; line: number }[];
}

/** `file` is what the stats were given as the file's URI (the CLI gives the displayed path); `line` is 1-based. */
export function statsJson(stats: ArchiveStats, top: number): StatsJson {
  return {
    ...stats.totals(),
    months: stats.months().map(({ month, days, papers, votes }) => ({ month, days, papers, votes })),
    authors: stats.authors({ limit: top }),
    top: stats.top(top).map((paper) => ({
      id: paper.id,
      title: paper.title,
      votes: paper.votes ?? 0,
      date: paper.day.date!,
      file: paper.day.file.uri,
      line: paper.line + 1,
    })),
  };
}

const BAR_WIDTH = 32;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar of `value / max` of {@link BAR_WIDTH} cells, in eighths of a cell; at least a sliver when above 0. */
export function blockBar(value: number, max: number, width = BAR_WIDTH): string {
  if (value <= 0 || max <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

export function statsTable(stats: ArchiveStats, top: number): string {
  const totals = stats.totals();
  const lines: string[] = [];
  const months = stats.months();
  lines.push(`${plural(totals.papers, 'paper')} in ${plural(totals.days, 'day')}, ${plural(totals.votes, 'vote')}, ${plural(stats.authorCount, 'author')}`);
  if (months.length) lines.push('', ...monthRows(months));
  const authors = stats.authors({ limit: top });
  if (authors.length) {
    lines.push('', `Top ${plural(authors.length, 'author')}`);
    lines.push(...table(['papers', 'votes', 'name'], authors.map((each) => [String(each.papers), String(each.votes), each.name]), [true, true, false]));
  }
  const papers = stats.top(top);
  if (papers.length) {
    lines.push('', `Top ${plural(papers.length, 'paper')} by votes`);
    lines.push(
      ...table(
        ['votes', 'date', 'arXiv', 'title'],
        papers.map((paper) => [String(paper.votes ?? 0), paper.day.date!, paper.id ?? '–', paper.title]),
        [true, false, false, false],
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function monthRows(months: readonly MonthFigures[]): string[] {
  const most = Math.max(...months.map((each) => each.papers));
  return table(
    ['month', 'days', 'papers', 'votes', 'papers per month'],
    months.map((each) => [each.month, String(each.days), String(each.papers), String(each.votes), blockBar(each.papers, most)]),
    [false, true, true, true, false],
  );
}

/** Columns padded to their widest cell (numbers to the right); the last column is never padded. */
function table(header: string[], rows: string[][], alignRight: boolean[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : alignRight[column] ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)].map((line) => `  ${line}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
