import { describe, expect, it } from 'vitest';
import { indexDigest } from '../../../src/core/workspace/records';
import { barChartSvg } from '../../../src/core/overview/bar-chart';
import { overviewBody, readOverviewMessage } from '../../../src/core/overview/overview-page';
import { parseDigest } from '../../../src/core/parser/parser';
import { ArchiveStats } from '../../../src/core/stats';
import { digest, paper } from '../workspace/memory-file-system';

function statsOf(...texts: string[]): ArchiveStats {
  const stats = new ArchiveStats();
  texts.forEach((text, i) => stats.setFile(indexDigest(`mem:/ws/${i}.md`, parseDigest(text))));
  return stats;
}

describe('overview bar chart', () => {
  it('draws one focusable bar per month, its height in proportion, its figure as accessible name and tooltip', () => {
    const svg = barChartSvg(
      [
        { month: '2024-02', value: 5 },
        { month: '2024-03', value: 10 },
        { month: '2024-04', value: 0 },
      ],
      { noun: ['paper', 'papers'], title: 'Papers per month', selected: '2024-03' },
    );
    expect(svg).toMatch(/^<svg class="bar-chart" role="list" aria-label="Papers per month"/);
    const bars = [...svg.matchAll(/<g class="bar( selected)?" data-month="([\d-]+)" role="listitem" tabindex="0" aria-label="([^"]+)"><title>([^<]+)<\/title>/g)];
    expect(bars.map((bar) => [bar[2], bar[3], bar[4], Boolean(bar[1])])).toEqual([
      ['2024-02', '2024-02: 5 papers', '2024-02: 5 papers', false],
      ['2024-03', '2024-03: 10 papers', '2024-03: 10 papers', true],
      ['2024-04', '2024-04: 0 papers', '2024-04: 0 papers', false],
    ]);
    const heights = [...svg.matchAll(/<rect class="fill" [^>]*height="(\d+)"/g)].map((match) => Number(match[1]));
    expect(heights).toEqual([60, 120, 0]);
    expect(svg).not.toMatch(/style=|fill="#/);
  });
});

describe('overview page', () => {
  const stats = statsOf(
    digest('2024-03-25', paper({ id: '2403.00001', title: 'Safe <script>alert(1)</script> & "quotes"', votes: 9, authors: ['<img src=x onerror=alert(1)>', 'Ada'] })),
    digest('2024-04-02', paper({ id: '2404.00002', title: 'April paper', votes: 3, authors: ['Ada'] })),
  );

  it('escapes digest text, shows the newest month by default, and names papers and authors only by position', () => {
    const html = overviewBody(stats);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Safe &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34;');
    expect(html).toContain('2 papers in 2 days · ▲12 · 2 authors · 2024-03 to 2024-04');
    expect(html).toMatch(/<div class="month-top" data-month="2024-03" hidden>/);
    expect(html).toMatch(/<div class="month-top" data-month="2024-04">\n<h2>Top papers of April 2024/);
    expect(html).toContain('<button class="link" data-action="reveal-author" data-rank="0" title="Show in the Authors view">Ada</button> <span class="meta">2 papers · ▲12</span>');
    expect(html).toContain('data-action="open-paper" data-month="2024-04" data-rank="0"');
    expect(html).not.toMatch(/mem:|file:/);
    expect(overviewBody(stats, '2024-03')).toMatch(/<div class="month-top" data-month="2024-03">/);
  });

  it('says so when there is no dated digest', () => {
    expect(overviewBody(new ArchiveStats())).toContain('No digest with a dated day section');
  });

  it('accepts only well-formed messages', () => {
    expect(readOverviewMessage({ type: 'open-paper', month: '2024-03', rank: 2 })).toEqual({ type: 'open-paper', month: '2024-03', rank: 2 });
    expect(readOverviewMessage({ type: 'reveal-author', rank: 19 })).toEqual({ type: 'reveal-author', rank: 19 });
    for (const bad of [null, 'open-paper', { type: 'open-paper', month: '../x', rank: 0 }, { type: 'open-paper', month: '2024-03', rank: 10 }, { type: 'reveal-author', rank: 1.5 }, { type: 'reveal-author', rank: -1 }, { type: 'run', rank: 0 }]) {
      expect(readOverviewMessage(bad)).toBeNull();
    }
  });
});
