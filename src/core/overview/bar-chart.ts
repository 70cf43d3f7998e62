/**
 * A bar chart of figures per month as SVG text: one focusable bar per month, each with its figure as
 * an accessible name and a tooltip, colours left to CSS classes so the page's theme decides them.
 */

import { escapeHtml } from './html';

export interface Bar {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly value: number;
}

export interface BarChartOptions {
  /** What the figure counts, singular and plural (`paper`, `papers`). */
  readonly noun: readonly [string, string];
  readonly title: string;
  /** The month shown as selected. */
  readonly selected?: string;
  /** A bar's figure in words (`3 papers`, `논문 3편`); `value noun` when absent. */
  readonly valueLabel?: (value: number) => string;
}

const BAR_WIDTH = 22;
const GAP = 6;
const PLOT_HEIGHT = 120;
const TOP = 18;
const BOTTOM = 44;
/** Room on the left for the first month label, which is drawn slanting down to the left. */
const LEFT = 36;

export function barChartSvg(bars: readonly Bar[], { noun, title, selected, valueLabel }: BarChartOptions): string {
  const most = Math.max(1, ...bars.map((bar) => bar.value));
  const width = LEFT + 8 + Math.max(1, bars.length) * (BAR_WIDTH + GAP);
  const height = TOP + PLOT_HEIGHT + BOTTOM;
  const items = bars.map((bar, i) => {
    const x = LEFT + i * (BAR_WIDTH + GAP);
    const barHeight = bar.value > 0 ? Math.max(2, Math.round((bar.value / most) * PLOT_HEIGHT)) : 0;
    const y = TOP + PLOT_HEIGHT - barHeight;
    const label = `${bar.month}: ${valueLabel ? valueLabel(bar.value) : `${bar.value} ${bar.value === 1 ? noun[0] : noun[1]}`}`;
    // At most about 18 month labels: every month's up to 18 bars, then every second, third… month's, and the last one's.
    const showMonthLabel = i % Math.ceil(bars.length / 18) === 0 || i === bars.length - 1;
    return [
      `<g class="bar${bar.month === selected ? ' selected' : ''}" data-month="${escapeHtml(bar.month)}" role="listitem" tabindex="0" aria-label="${escapeHtml(label)}">`,
      `<title>${escapeHtml(label)}</title>`,
      `<rect class="hit" x="${x - GAP / 2}" y="${TOP}" width="${BAR_WIDTH + GAP}" height="${PLOT_HEIGHT}"></rect>`,
      `<rect class="fill" x="${x}" y="${y}" width="${BAR_WIDTH}" height="${barHeight}"></rect>`,
      `<text class="value" x="${x + BAR_WIDTH / 2}" y="${y - 4}" text-anchor="middle" aria-hidden="true">${bar.value}</text>`,
      showMonthLabel
        ? `<text class="month" x="${x + BAR_WIDTH / 2}" y="${TOP + PLOT_HEIGHT + 14}" text-anchor="end" transform="rotate(-45 ${x + BAR_WIDTH / 2} ${TOP + PLOT_HEIGHT + 14})" aria-hidden="true">${escapeHtml(bar.month)}</text>`
        : '',
      '</g>',
    ].join('');
  });
  return [
    `<svg class="bar-chart" role="list" aria-label="${escapeHtml(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<line class="axis" x1="${LEFT - GAP / 2}" y1="${TOP + PLOT_HEIGHT + 0.5}" x2="${width - 8}" y2="${TOP + PLOT_HEIGHT + 0.5}" aria-hidden="true"></line>`,
    ...items,
    '</svg>',
  ].join('\n');
}
