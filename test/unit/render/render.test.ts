import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { renderDigestHtml, renderDigestParts, CardCache, type RenderOptions } from '../../../src/core/render';
import { digest, entry, SEEDS } from '../helpers';
import { attribute, byClass, cardsOf, hasClass, readHtml, textOf } from './html-check';

const render = (text: string, options: RenderOptions = {}) => renderDigestHtml(parseDigest(text), options);
const seed = (name: string) => readFileSync(join(SEEDS, name), 'utf8');
const onlyCard = (text: string, options: RenderOptions = {}) => {
  const html = render(text, options);
  expect(readHtml(html).errors).toEqual([]);
  const cards = cardsOf(html);
  expect(cards).toHaveLength(1);
  return cards[0];
};
const tag = (parsed: ReturnType<typeof readHtml>, name: string) => parsed.elements.filter((element) => element.tagName === name);

describe('renderDigestHtml on the seeds', () => {
  for (const name of ['2024-02-05.md', '2024-03-25.md']) {
    it(`renders ${name} as it did (snapshot), well-formed, one card per paper`, async () => {
      const html = render(seed(name));
      // One line per section, header and card, so that a change shows as a readable diff.
      const readable = html.replace(/(<section|<header|<article)/g, '\n$1');
      await expect(readable).toMatchFileSnapshot(`__snapshots__/${name.replace('.md', '.html')}`);
      expect(readHtml(html).errors).toEqual([]);
      expect(cardsOf(html).length).toBe(parseDigest(seed(name)).days.flatMap((day) => day.papers).length);
    });
  }

  it('shows the first paper of 2024-03-25 as a card: line, id, thumbnail, title link, votes, authors, summary', () => {
    const html = render(seed('2024-03-25.md'));
    const parsed = readHtml(html);
    const article = tag(parsed, 'article')[0];
    expect(attribute(article, 'data-line')).toBe('2');
    expect(attribute(article, 'data-arxiv-id')).toBe('2403.15371');
    const card = cardsOf(html)[0];
    const image = tag(card, 'img')[0];
    expect(attribute(image, 'src')).toBe('https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png');
    expect(attribute(image, 'loading')).toBe('lazy');
    const link = byClass(card, 'paper-link')[0];
    expect(attribute(link, 'href')).toBe('https://arxiv.org/abs/2403.15371');
    expect(textOf(link)).toBe('Can large language models explore in-context?');
    expect(textOf(byClass(card, 'votes')[0])).toBe('▲16');
    expect(textOf(byClass(card, 'paper-authors')[0])).toBe('Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins, Akshay Krishnamurthy, Cyril Zhang');
    expect(tag(card, 'li')).toHaveLength(8);
    expect(textOf(byClass(parsed, 'day-header')[0])).toBe('2024-03-25 Monday13 papers · ▲101');
    const section = tag(parsed, 'section').find((element) => hasClass(element, 'day'))!;
    expect(attribute(section, 'data-line')).toBe('0');
  });

  it('renders the video entry of 2024-02-05 as a muted video that loads nothing until played', () => {
    const video = tag(readHtml(render(seed('2024-02-05.md'))), 'video')[0];
    expect(attribute(video, 'controls')).toBe('');
    expect(attribute(video, 'muted')).toBe('');
    expect(attribute(video, 'preload')).toBe('none');
    expect(attribute(video, 'src')).toMatch(/^https:\/\/.*\.mp4$/);
  });
});

describe('renderDigestHtml: text of titles and bullets', () => {
  it('shows <think>, <EOS> and <video> as text, never as elements', () => {
    const card = onlyCard(digest(entry({ heading: '### [Reasoning with <think> tokens](https://arxiv.org/abs/2403.15371)', summary: '- ends with <EOS> and <video src=x>' })));
    expect(textOf(byClass(card, 'paper-link')[0])).toBe('Reasoning with <think> tokens');
    expect(card.text).toContain('ends with <EOS> and <video src=x>');
    expect(tag(card, 'think')).toHaveLength(0);
    expect(tag(card, 'video')).toHaveLength(0);
  });

  it('links a bare URL only up to where a Korean particle is glued to it', () => {
    const card = onlyCard(digest(entry({ summary: '- 코드는 https://github.com/x/y에서 확인할 수 있습니다.' })));
    const link = tag(card, 'a').find((element) => attribute(element, 'href')?.includes('github'))!;
    expect(attribute(link, 'href')).toBe('https://github.com/x/y');
    expect(textOf(link)).toBe('https://github.com/x/y');
    expect(card.text).toContain('https://github.com/x/y에서 확인할');
  });

  it('keeps a URL at the end of a sentence or in parentheses without the punctuation', () => {
    const card = onlyCard(digest(entry({ summary: '- see (https://example.org/a_(b)) and https://example.org/c.' })));
    const hrefs = tag(card, 'a').map((element) => attribute(element, 'href')).filter((href) => href?.includes('example'));
    expect(hrefs).toEqual(['https://example.org/a_(b)', 'https://example.org/c']);
  });

  it('shows $…$ as written, without reading _ or * inside it as emphasis', () => {
    const card = onlyCard(digest(entry({ heading: '### [M$^{2}$UGen: $a_1 * b_1$ and $\\times$](https://arxiv.org/abs/2403.15371)', summary: '- cost $O(n_i * m_i)$ with \\lambda and $\\{x\\}$' })));
    expect(textOf(byClass(card, 'paper-link')[0])).toBe('M$^{2}$UGen: $a_1 * b_1$ and $\\times$');
    expect(card.text).toContain('cost $O(n_i * m_i)$ with \\lambda and $\\{x\\}$');
    expect(tag(card, 'em')).toHaveLength(0);
  });

  it('keeps brackets, asterisks and backticks of titles as text, code as code', () => {
    const card = onlyCard(digest(entry({ heading: '### [[IDK] Tokens: A* search >80% with `code`](https://arxiv.org/abs/2403.15371)' })));
    expect(textOf(byClass(card, 'paper-link')[0])).toBe('[IDK] Tokens: A* search >80% with code');
    expect(tag(card, 'code').map(textOf)).toEqual(['code']);
    expect(tag(card, 'a')).toHaveLength(1);
  });

  it('links only http(s) targets: javascript:, data:, vbscript: and relative links stay text', () => {
    const summary = ['- [a](javascript:alert(1))', '- [b](data:text/html,<b>x</b>)', '- [c](vbscript:msgbox)', '- [d](/papers/2403.15371)', '- [e](http://example.org/e)'].join('\n');
    const card = onlyCard(digest(entry({ summary })));
    const hrefs = tag(card, 'a').map((element) => attribute(element, 'href'));
    expect(hrefs).toEqual(['https://arxiv.org/abs/2403.15371', 'http://example.org/e']);
    expect(card.text).toContain('[a](javascript:alert(1))');
    expect(card.text).toContain('[d](/papers/2403.15371)');
  });

  it('shows http arXiv and Hugging Face links as https', () => {
    const card = onlyCard(digest(entry({ heading: '### [T](http://huggingface.co/papers/x)', media: '![](http://cdn-uploads.huggingface.co/a.png)' })));
    expect(attribute(byClass(card, 'paper-link')[0], 'href')).toBe('https://huggingface.co/papers/x');
    expect(attribute(tag(card, 'img')[0], 'src')).toBe('https://cdn-uploads.huggingface.co/a.png');
  });
});

describe('renderDigestHtml: media, votes, authors, summary, problems', () => {
  it('shows relative, javascript: and data: media URLs as text, loading nothing', () => {
    for (const url of ['/avatars/0cf0.svg', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'http://example.org/a.png']) {
      const card = onlyCard(digest(entry({ media: `![](${url})` })));
      expect(tag(card, 'img')).toHaveLength(0);
      expect(textOf(byClass(card, 'media-blocked')[0])).toContain(url.replace(/\)$/, ''));
    }
  });

  it('plays a video written inside image syntax as a video', () => {
    const card = onlyCard(digest(entry({ media: '![](https://cdn-uploads.huggingface.co/clip.mp4)' })));
    expect(attribute(tag(card, 'video')[0], 'src')).toBe('https://cdn-uploads.huggingface.co/clip.mp4');
  });

  it('shows votes, and a dash for a missing or non-numeric vote', () => {
    expect(textOf(byClass(onlyCard(digest(entry({ vote: 'Vote: -' }))), 'votes')[0])).toBe('▲ -');
    expect(textOf(byClass(onlyCard(digest(entry({ vote: null }))), 'votes')[0])).toBe('▲ –');
  });

  it('collapses authors after 8 into "and N more"', () => {
    const names = Array.from({ length: 12 }, (_, i) => `Author ${i + 1}`);
    const card = onlyCard(digest(entry({ authors: `Authors: ${names.join(', ')}` })));
    const authors = byClass(card, 'paper-authors')[0];
    const details = tag(card, 'details')[0];
    expect(textOf(tag(card, 'summary')[0])).toBe('and 4 more');
    expect(textOf(details)).toBe('and 4 more, Author 9, Author 10, Author 11, Author 12');
    expect(textOf(authors).startsWith(names.slice(0, 8).join(', '))).toBe(true);
  });

  it('ends an author list whose names were left out (the feed\'s "+") with "and others"', () => {
    const short = onlyCard(digest(entry({ authors: 'Authors: Ada Lovelace, +, Alan Turing' })));
    expect(textOf(byClass(short, 'paper-authors')[0])).toBe('Ada Lovelace, Alan Turing and others');
    const long = onlyCard(digest(entry({ authors: `Authors: ${Array.from({ length: 10 }, (_, i) => `N${i}`).join(', ')}, +` })));
    expect(textOf(byClass(long, 'paper-authors')[0])).toMatch(/N7and 2 more, N8, N9 and others$/);
    const complete = onlyCard(digest(entry({ authors: 'Authors: Ada Lovelace, Alan Turing' })));
    expect(textOf(byClass(complete, 'paper-authors')[0])).toBe('Ada Lovelace, Alan Turing');
  });

  it('shows keyed bullets as labelled sections and plain bullets as a list, in order', () => {
    const summary = "- plain one\n- **What's New**: new things\n- ***Technical Details***: details\n- plain two";
    const card = onlyCard(digest(entry({ summary })));
    expect(tag(card, 'h4').map(textOf)).toEqual(["What's New", 'Technical Details']);
    expect(tag(card, 'li').map(textOf)).toEqual(['plain one', 'plain two']);
    expect(byClass(card, 'summary-section').map(textOf)).toEqual(["What's Newnew things", 'Technical Detailsdetails']);
  });

  it('shows the entry\'s problems as badges with code and message', () => {
    const card = onlyCard(digest(entry({ vote: 'Vote: -' })), {
      diagnostics: [{ code: 'DP031', message: 'Vote is not a whole number', severity: 'warning', line: 6 }],
    });
    const badge = byClass(card, 'badge')[0];
    expect(hasClass(badge, 'badge-warning')).toBe(true);
    expect(textOf(badge)).toBe('DP031 Vote is not a whole number');
  });

  it('renders papers outside any day, a day without papers and a file without papers', () => {
    const orphan = readHtml(render(`${entry()}\n\n## Daily Papers (2024-03-26)\n\n## License\n`));
    expect(orphan.errors).toEqual([]);
    expect(textOf(byClass(orphan, 'day-header')[0])).toBe('Papers outside a day section1 paper');
    expect(byClass(orphan, 'day-empty')).toHaveLength(1);
    expect(byClass(readHtml(render('# Notes\n\nnothing here\n')), 'digest-empty')).toHaveLength(1);
    expect(byClass(readHtml(render('')), 'digest-empty')).toHaveLength(1);
  });

  it('shows an impossible date as written, without a weekday', () => {
    const parsed = readHtml(render(digest(entry()).replace('2024-03-25', '2024-02-30')));
    expect(textOf(byClass(parsed, 'day-header')[0])).toBe('2024-02-301 paper · ▲16');
  });
});

describe('renderDigestParts', () => {
  it('changes only the hash of the edited card, keeps keys, and moves lines', () => {
    const text = seed('2024-03-25.md');
    const cache = new CardCache();
    const before = renderDigestParts(parseDigest(text), { cache });
    const after = renderDigestParts(parseDigest(text.replace('Vote: 14', 'Vote: 15').replace('## Daily Papers', 'intro\n\n## Daily Papers')), { cache });
    const cardsBefore = before.sections[0].cards;
    const cardsAfter = after.sections[0].cards;
    expect(cardsAfter.map((card) => card.key)).toEqual(cardsBefore.map((card) => card.key));
    const changed = cardsAfter.filter((card, i) => card.hash !== cardsBefore[i].hash).map((card) => card.key);
    expect(changed).toEqual(['id:2403.15042#0']);
    expect(cardsAfter[0].line).toBe(cardsBefore[0].line + 2);
    expect(cardsAfter[0].html).toContain(`data-line="${cardsAfter[0].line}"`);
  });
});

describe('renderDigestHtml: characters HTML does not allow', () => {
  it('shows control characters (a mangled \\benchmark) as their symbols, keeping tabs', () => {
    const card = onlyCard(digest(entry({ summary: '- \benchmark and \framework and \textit{x}', heading: '### [T\u0001\uD800](https://arxiv.org/abs/2403.15371)' })));
    expect(card.text).toContain('␈enchmark and ␌ramework and \textit{x}');
    expect(card.text).toContain('T␁\uFFFD');
  });
});
