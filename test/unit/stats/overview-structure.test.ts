/** The overview page as a browser builds it: its element tree, what an English user reads, and its bar charts' geometry. */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { barChartSvg } from '../../../src/core/overview/bar-chart';
import { overviewBody, readOverviewMessage } from '../../../src/core/overview/overview-page';
import { parseDigest } from '../../../src/core/parser/parser';
import { ArchiveStats } from '../../../src/core/stats';
import { indexDigest } from '../../../src/core/workspace/records';
import { attribute, byClass, readHtml, textOf } from '../render/html-check';
import { digest, paper } from '../workspace/memory-file-system';

type Node = DefaultTreeAdapterMap['node'];

function statsOf(...texts: string[]): ArchiveStats {
  const stats = new ArchiveStats();
  texts.forEach((text, i) => stats.setFile(indexDigest(`mem:/ws/${i}.md`, parseDigest(text))));
  return stats;
}

/** Each element as `tag.class[data-…]`, indented by depth; an `<svg>`'s insides left out. */
function outline(html: string): string[] {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (!('tagName' in node)) return;
    const classes = node.attrs.find((each) => each.name === 'class')?.value.split(/\s+/).map((name) => `.${name}`).join('') ?? '';
    const data = node.attrs.filter((each) => each.name.startsWith('data-') || each.name === 'hidden').map((each) => `[${each.name}${each.value ? `=${each.value}` : ''}]`).join('');
    lines.push(`${'  '.repeat(depth)}${node.tagName}${classes}${data}`);
    if (node.tagName !== 'svg') for (const child of node.childNodes) walk(child, depth + 1);
  };
  const fragment = parseFragment(html);
  for (const child of fragment.childNodes) walk(child, 0);
  return lines;
}

const march = digest(
  '2024-03-25',
  paper({ id: '2403.00001', title: 'One', votes: 1, authors: ['Ada'] }),
  paper({ id: '2403.00002', title: '  ', votes: 0, authors: ['Bob'] }),
);
const april = digest('2024-04-02', paper({ id: '2404.00002', title: 'April paper', votes: 3, authors: ['Ada'] }));

describe('overview page', () => {
  // Built in each test, not while the suite is collected, so that Stryker sees which tests read it.
  const page = () => overviewBody(statsOf(march, april));

  it('builds the page as a well-formed tree: charts, then the top papers of each month and the top authors', () => {
    const html = page();
    expect(readHtml(html).errors).toEqual([]);
    expect(outline(html)).toEqual([
      'main',
      '  h1',
      '  p.totals',
      '  section.charts',
      '    figure.papers',
      '      figcaption',
      '      svg.bar-chart',
      '    figure.votes',
      '      figcaption',
      '      svg.bar-chart',
      '    p.hint',
      '  div.columns',
      '    section.top-papers',
      '      div.month-top[data-month=2024-03][hidden]',
      '        h2',
      '          span.meta',
      '        ol',
      '          li',
      '            button.link[data-action=open-paper][data-month=2024-03][data-rank=0]',
      '            span.meta',
      '          li',
      '            button.link[data-action=open-paper][data-month=2024-03][data-rank=1]',
      '            span.meta',
      '      div.month-top[data-month=2024-04]',
      '        h2',
      '          span.meta',
      '        ol',
      '          li',
      '            button.link[data-action=open-paper][data-month=2024-04][data-rank=0]',
      '            span.meta',
      '    section.top-authors',
      '      h2',
      '      ol',
      '        li',
      '          button.link[data-action=reveal-author][data-rank=0]',
      '          span.meta',
      '        li',
      '          button.link[data-action=reveal-author][data-rank=1]',
      '          span.meta',
    ]);
    expect(html.split('\n')[0]).toBe('<main>');
    expect(html.endsWith('\n</main>')).toBe(true);
  });

  it('reads, in English by default, totals, captions, the top papers with votes and day, and the authors', () => {
    const parsed = readHtml(page());
    const texts = (tag: string) => parsed.elements.filter((element) => element.tagName === tag).map(textOf);
    expect(texts('h1')).toEqual(['Daily Papers Overview']);
    expect(textOf(byClass(parsed, 'totals')[0])).toBe('3 papers in 2 days · ▲4 · 2 authors · 2024-03 to 2024-04');
    expect(texts('figcaption')).toEqual(['Papers per month', 'Votes per month']);
    expect(textOf(byClass(parsed, 'hint')[0])).toBe('Select a month’s bar to list its top papers.');
    expect(texts('h2')).toEqual(['Top papers of March 2024 (2 papers)', 'Top papers of April 2024 (1 paper)', 'Top 2 authors']);
    expect(texts('li')).toEqual(['One ▲1 · 2024-03-25', '(untitled entry) ▲0 · 2024-03-25', 'April paper ▲3 · 2024-04-02', 'Ada 2 papers · ▲4', 'Bob 1 paper · ▲0']);
    expect(parsed.elements.filter((element) => element.tagName === 'button').map((button) => attribute(button, 'title'))).toEqual([
      'Open the entry',
      'Open the entry',
      'Open the entry',
      'Show in the Authors view',
      'Show in the Authors view',
    ]);
  });

  it('names each chart by its caption and counts its bars in its own noun', () => {
    const parsed = readHtml(page());
    const charts = parsed.elements.filter((element) => element.tagName === 'svg');
    expect(charts.map((chart) => attribute(chart, 'aria-label'))).toEqual(['Papers per month', 'Votes per month']);
    const labels = parsed.elements.filter((element) => element.tagName === 'g').map((bar) => attribute(bar, 'aria-label'));
    expect(labels).toEqual(['2024-03: 2 papers', '2024-04: 1 paper', '2024-03: 1 vote', '2024-04: 3 votes']);
    const selected = parsed.elements.filter((element) => element.tagName === 'g' && attribute(element, 'class') === 'bar selected');
    expect(selected.map((bar) => attribute(bar, 'data-month'))).toEqual(['2024-04', '2024-04']);
  });

  it('selects the month asked for, or the newest when the month is not in the archive', () => {
    const shown = (selected?: string) => readHtml(overviewBody(statsOf(march, april), selected)).elements.filter((element) => hasClassName(element, 'month-top') && attribute(element, 'hidden') === undefined).map((element) => attribute(element, 'data-month'));
    expect(shown('2024-03')).toEqual(['2024-03']);
    expect(shown('2023-01')).toEqual(['2024-04']);
    expect(shown()).toEqual(['2024-04']);
  });

  it('lists the 20 most productive authors and no more', () => {
    const authors = Array.from({ length: 21 }, (_, i) => `Author ${String(i).padStart(2, '0')}`);
    const parsed = readHtml(overviewBody(statsOf(digest('2024-03-25', paper({ id: '2403.00001', title: 'Many', authors })))));
    const top = byClass(parsed, 'top-authors')[0];
    expect(top.childNodes.filter((node) => 'tagName' in node && node.tagName === 'h2').map((node) => textOf(node as typeof top))).toEqual(['Top 20 authors']);
    expect(parsed.elements.filter((element) => attribute(element, 'data-action') === 'reveal-author')).toHaveLength(20);
  });

  it('says so, with the page title, when there is no dated digest', () => {
    const empty = readHtml(overviewBody(new ArchiveStats()));
    expect(empty.errors).toEqual([]);
    expect(outline(overviewBody(new ArchiveStats()))).toEqual(['main', '  h1', '  p.empty']);
  });
});

function hasClassName(element: { attrs: { name: string; value: string }[] }, name: string): boolean {
  return (element.attrs.find((each) => each.name === 'class')?.value ?? '').split(' ').includes(name);
}

describe('readOverviewMessage, every field checked', () => {
  it('accepts the first and last rank of each list', () => {
    expect(readOverviewMessage({ type: 'reveal-author', rank: 0 })).toEqual({ type: 'reveal-author', rank: 0 });
    expect(readOverviewMessage({ type: 'reveal-author', rank: 19 })).toEqual({ type: 'reveal-author', rank: 19 });
    expect(readOverviewMessage({ type: 'open-paper', month: '2024-03', rank: 0 })).toEqual({ type: 'open-paper', month: '2024-03', rank: 0 });
    expect(readOverviewMessage({ type: 'open-paper', month: '2024-03', rank: 9 })).toEqual({ type: 'open-paper', month: '2024-03', rank: 9 });
  });

  it.each([
    ['a rank past the authors shown', { type: 'reveal-author', rank: 20 }],
    ['a rank past the papers shown', { type: 'open-paper', month: '2024-03', rank: 10 }],
    ['a rank as text', { type: 'reveal-author', rank: '1' }],
    ['no rank', { type: 'reveal-author' }],
    ['a negative rank', { type: 'open-paper', month: '2024-03', rank: -1 }],
    ['a fractional rank', { type: 'open-paper', month: '2024-03', rank: 0.5 }],
    ['an unknown type with a month', { type: 'run', month: '2024-03', rank: 0 }],
    ['a month that is not text', { type: 'open-paper', month: ['2024-03'], rank: 0 }],
    ['a month with text before it', { type: 'open-paper', month: 'x2024-03', rank: 0 }],
    ['a month with text after it', { type: 'open-paper', month: '2024-03/../x', rank: 0 }],
    ['no month', { type: 'open-paper', rank: 0 }],
    ['undefined', undefined],
    ['a number', 3],
    ['an array', [{ type: 'reveal-author', rank: 0 }]],
  ])('refuses %s', (_, message) => {
    expect(readOverviewMessage(message)).toBeNull();
  });
});

describe('bar chart geometry', () => {
  it('draws two bars exactly: plot from y 18 to 138, bars 22 wide every 28 from x 36, labels under each', () => {
    const svg = barChartSvg(
      [
        { month: '2024-02', value: 1 },
        { month: '2024-03', value: 4 },
      ],
      { noun: ['paper', 'papers'], title: 'Papers & more', selected: '2024-03' },
    );
    expect(svg).toBe(
      [
        '<svg class="bar-chart" role="list" aria-label="Papers &#38; more" width="100" height="182" viewBox="0 0 100 182" xmlns="http://www.w3.org/2000/svg">',
        '<line class="axis" x1="33" y1="138.5" x2="92" y2="138.5" aria-hidden="true"></line>',
        '<g class="bar" data-month="2024-02" role="listitem" tabindex="0" aria-label="2024-02: 1 paper"><title>2024-02: 1 paper</title>' +
          '<rect class="hit" x="33" y="18" width="28" height="120"></rect>' +
          '<rect class="fill" x="36" y="108" width="22" height="30"></rect>' +
          '<text class="value" x="47" y="104" text-anchor="middle" aria-hidden="true">1</text>' +
          '<text class="month" x="47" y="152" text-anchor="end" transform="rotate(-45 47 152)" aria-hidden="true">2024-02</text></g>',
        '<g class="bar selected" data-month="2024-03" role="listitem" tabindex="0" aria-label="2024-03: 4 papers"><title>2024-03: 4 papers</title>' +
          '<rect class="hit" x="61" y="18" width="28" height="120"></rect>' +
          '<rect class="fill" x="64" y="18" width="22" height="120"></rect>' +
          '<text class="value" x="75" y="14" text-anchor="middle" aria-hidden="true">4</text>' +
          '<text class="month" x="75" y="152" text-anchor="end" transform="rotate(-45 75 152)" aria-hidden="true">2024-03</text></g>',
        '</svg>',
      ].join('\n'),
    );
  });

  it('keeps an empty chart one bar wide', () => {
    expect(barChartSvg([], { noun: ['paper', 'papers'], title: 'T' })).toMatch(/^<svg [^>]*width="72" height="182" viewBox="0 0 72 182"/);
  });

  it('labels every month up to 18 bars, then every second, third… month and always the last', () => {
    const labelled = (count: number) => {
      const bars = Array.from({ length: count }, (_, i) => ({ month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, value: 1 }));
      const svg = barChartSvg(bars, { noun: ['paper', 'papers'], title: 'T' });
      for (const group of svg.split('\n').filter((line) => line.startsWith('<g'))) {
        expect(group).toMatch(/^<g [^>]*><title>[^<]*<\/title>(<rect [^>]*><\/rect>){2}(<text [^>]*>[^<]*<\/text>){1,2}<\/g>$/);
      }
      return [...svg.matchAll(/<text class="month"[^>]*>([^<]+)<\/text>/g)].map((match) => bars.findIndex((bar) => bar.month === match[1]));
    };
    expect(labelled(1)).toEqual([0]);
    expect(labelled(18)).toEqual(Array.from({ length: 18 }, (_, i) => i));
    expect(labelled(20)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 19]);
    expect(labelled(38)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 37]);
  });
});
