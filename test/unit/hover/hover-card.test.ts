import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { paperCard, unknownPaperCard } from '../../../src/core/hover-card';
import { indexDigest, type IndexedPaper } from '../../../src/core/workspace/records';
import { parseDigest } from '../../../src/core/parser/parser';

const FULL = [
  '## Daily Papers (2024-03-25)',
  '',
  '### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)',
  '',
  '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)',
  '',
  'Vote: 16',
  '',
  'Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang, A6 B, A7 B, A8 B, A9 B, A10 B',
  '',
  '- ***Technical Details***: a multi-armed bandit.',
  "- **What's New**: LLMs explore only with help.",
  '',
].join('\n');

function papersOf(uri: string, text: string): IndexedPaper[] {
  return indexDigest(uri, parseDigest(text)).days.flatMap((day) => [...day.papers]);
}

function cardOf(text: string, showThumbnail = true): string {
  const [paper] = papersOf('file:///ws/2024-03-25.md', text);
  return paperCard(paper, [paper], { showThumbnail });
}

/** What a reader sees: rendered with markdown-it, HTML and autolinks on (stricter than VS Code's hover). */
const markdown = new MarkdownIt({ html: true, linkify: true });
function rendered(card: string): { html: string; links: string[]; images: string[] } {
  const html = markdown.render(card);
  const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);
  const images = [...html.matchAll(/<img src="([^"]*)"/g)].map((match) => match[1]);
  return { html, links, images };
}

const ROW = [
  'https://arxiv.org/abs/2403.15371',
  'https://arxiv.org/pdf/2403.15371',
  'https://huggingface.co/papers/2403.15371',
  'command:dailyPapers.paper.copyArxivId?%5B%222403.15371%22%5D',
];

describe('paperCard', () => {
  it('shows a full entry: bold title, votes, the day as a link to the entry, 8 authors, thumbnail, the What’s New bullet, the links row', () => {
    const card = cardOf(FULL);
    const blocks = card.split('\n\n');
    expect(blocks[0]).toBe('**Can large language models explore in\\-context?**');
    expect(blocks[1]).toBe('▲16 · [2024\\-03\\-25](command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2F2024-03-25.md%22%2C2%5D)');
    expect(blocks[2]).toBe('Dylan J\\. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang, A6 B, A7 B, A8 B and 2 more');
    expect(blocks[3]).toBe('![thumbnail](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png|width=320)');
    expect(blocks[4]).toBe("What's New\\: LLMs explore only with help\\.");
    expect(blocks[5]).toBe('[arXiv](https://arxiv.org/abs/2403.15371) · [PDF](https://arxiv.org/pdf/2403.15371) · [Hugging Face](https://huggingface.co/papers/2403.15371) · [Copy ID](command:dailyPapers.paper.copyArxivId?%5B%222403.15371%22%5D)');
    const { html, links, images } = rendered(card);
    expect(html).toContain('<strong>Can large language models explore in-context?</strong>');
    expect(links).toEqual(['command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2F2024-03-25.md%22%2C2%5D', ...ROW]);
    expect(images).toHaveLength(1);
  });

  it('leaves the thumbnail out when the setting is off', () => {
    const card = cardOf(FULL, false);
    expect(card).not.toContain('![');
    expect(rendered(card).images).toEqual([]);
  });

  it('shows an entry without votes, authors, media or summary as title, day and links', () => {
    const card = cardOf('## Daily Papers (2024-03-25)\n\n### [Bare](https://arxiv.org/abs/2403.15371)\n');
    expect(card.split('\n\n')).toEqual([
      '**Bare**',
      '[2024\\-03\\-25](command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2F2024-03-25.md%22%2C2%5D)',
      ROW.map((url, i) => `[${['arXiv', 'PDF', 'Hugging Face', 'Copy ID'][i]}](${url})`).join(' · '),
    ]);
  });

  it('shows "▶ video" for a video entry, never the video itself', () => {
    const text = FULL.replace(
      /^!\[\]\(.*$/m,
      '[Watch Video](https://cdn.example/v.mp4)\n<div><video controls src="https://cdn.example/v.mp4" muted="false"></video></div>',
    );
    const card = cardOf(text);
    expect(card.split('\n\n')[3]).toBe('▶ video');
    expect(card).not.toContain('cdn.example');
  });

  it('shows no image for a relative or http thumbnail', () => {
    expect(rendered(cardOf(FULL.replace('https://cdn-thumbnails', 'http://cdn-thumbnails'))).images).toEqual([]);
    expect(rendered(cardOf(FULL.replace(/!\[\]\(.*\)/, '![](/avatars/x.svg)'))).images).toEqual([]);
  });

  it('lists every day of a paper on three days, each a link to its entry; beyond three, "and N more"', () => {
    const day = (date: string, title: string) => `## Daily Papers (${date})\n\n### [${title}](https://arxiv.org/abs/2403.15371)\n\nVote: 3\n`;
    const appearances = [
      ...papersOf('file:///ws/a.md', day('2024-03-25', 'First title')),
      ...papersOf('file:///ws/b.md', day('2024-03-26', 'Second title')),
      ...papersOf('file:///ws/c.md', day('2024-03-27', 'Third title')),
    ];
    const card = paperCard(appearances[1], appearances, { showThumbnail: true });
    expect(card.split('\n\n')[0]).toBe('**Second title**');
    const { links } = rendered(card);
    expect(links.slice(0, 3)).toEqual(['a.md', 'b.md', 'c.md'].map((file) => `command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2F${file}%22%2C2%5D`));
    expect(card.split('\n\n')[1]).toMatch(/^▲3 · \[2024\\-03\\-25\]\(.*\) · \[2024\\-03\\-26\]\(.*\) · \[2024\\-03\\-27\]\(.*\)$/);

    const five = [...appearances, ...papersOf('file:///ws/d.md', day('2024-03-28', 'x')), ...papersOf('file:///ws/e.md', day('2024-03-29', 'y'))];
    const more = paperCard(five[4], five, { showThumbnail: true }).split('\n\n')[1];
    expect(more).toMatch(/\[2024\\-03\\-27\]\([^)]*\) and 2 more$/);
    expect(more).not.toContain('2024\\-03\\-28');
  });

  it('ends the author list with "and others" when the feed left names out (+)', () => {
    expect(cardOf(FULL.replace('Keegan Harris,', 'Keegan Harris, +,')).split('\n\n')[2]).toBe(
      'Dylan J\\. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang, A6 B, A7 B, A8 B, 2 more and others',
    );
    expect(cardOf(FULL.replace(/^Authors: .*$/m, 'Authors: Ada Lovelace, +')).split('\n\n')[2]).toBe('Ada Lovelace and others');
  });

  it('makes hostile titles, authors and bullets inert: no links, images, HTML or emphasis of their own', () => {
    const hostile = [
      '## Daily Papers (2024-03-25)',
      '',
      '### [Click [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ![](https://evil.example/t.png) `code` *em* a|b](https://arxiv.org/abs/2403.15371)',
      '',
      'Vote: 1',
      '',
      'Authors: Eve A, [Mallory](command:rm), <script>alert(1)</script>, ![i](https://evil.example/i.png), **Eve**, x|y, `tick`, www.evil.example',
      '',
      '- Visit [here](https://evil.example) or <https://evil.example/a> or https://evil.example/b <b>bold</b> | a | b |',
      '',
    ].join('\n');
    const card = cardOf(hostile);
    const { html, links, images } = rendered(card);
    expect(links).toEqual(['command:dailyPapers.revealEntry?%5B%22file%3A%2F%2F%2Fws%2F2024-03-25.md%22%2C2%5D', ...ROW]);
    expect(images).toEqual([]);
    expect(html).not.toMatch(/<(?:img|script|b|em|code|table)\b/);
    expect(html).not.toContain('evil.example/"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('[Mallory](command:rm), &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(card).not.toMatch(/\n(?:\s*[-*+>#|]|\s{4})/); // no block syntax from digest text
  });
});

describe('unknownPaperCard', () => {
  it('names the id and links arXiv, PDF and Hugging Face', () => {
    const card = unknownPaperCard('1706.03762');
    expect(card.split('\n\n')[0]).toBe('**arXiv 1706\\.03762**');
    expect(rendered(card).links).toEqual(['https://arxiv.org/abs/1706.03762', 'https://arxiv.org/pdf/1706.03762', 'https://huggingface.co/papers/1706.03762']);
  });
});
