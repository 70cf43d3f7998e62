/** Each part of a preview card as a browser builds it, for the less common entries: the element tree and the text. */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { renderDigestHtml, type RenderOptions } from '../../../src/core/render';
import { digest, entry } from '../helpers';
import { attribute, byClass, cardsOf, readHtml, textOf } from './html-check';

type Node = DefaultTreeAdapterMap['node'];

/** The only card's element tree, `tag.class` indented by depth, its text, and its parsed form. */
function card(text: string, options: RenderOptions = {}) {
  const html = renderDigestHtml(parseDigest(text), options);
  expect(readHtml(html).errors).toEqual([]);
  const cards = cardsOf(html);
  expect(cards).toHaveLength(1);
  const article = readHtml(html).elements.find((element) => element.tagName === 'article')!;
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (!('tagName' in node)) return;
    const classes = node.attrs.find((each) => each.name === 'class')?.value.split(/\s+/).map((name) => `.${name}`).join('') ?? '';
    lines.push(`${'  '.repeat(depth)}${node.tagName}${classes}`);
    for (const child of node.childNodes) walk(child, depth + 1);
  };
  for (const child of parseFragment(html.slice(article.sourceCodeLocation!.startOffset, article.sourceCodeLocation!.endOffset)).childNodes) walk(child, 0);
  return { outline: lines, text: cards[0].text, parsed: cards[0], article };
}

describe('a card without media, authors, summary or problems', () => {
  // Rendered in each test, not while the suite is collected, so that Stryker sees which tests read it.
  const bareCard = () => card(digest('### [Bare paper](https://arxiv.org/abs/2403.15371)'));

  it('holds only the body with title and votes', () => {
    const bare = bareCard();
    expect(bare.outline).toEqual(['article.paper', '  div.paper-body', '    h3.paper-title', '      a.paper-link', '    div.paper-meta', '      span.votes.votes-missing', '      span.arxiv-id']);
    expect(bare.text).toBe('Bare paper▲ – 2403.15371');
  });

  it('says the vote line is missing, and sorts it below every count', () => {
    const bare = bareCard();
    expect(attribute(byClass(bare.parsed, 'votes')[0], 'title')).toBe('No Vote line');
    expect(attribute(bare.article, 'data-votes')).toBe('-1');
  });
});

describe('a card of an entry with everything', () => {
  it('has media, body, meta, authors, summary and badges in that order', () => {
    const full = card(digest(entry()), { diagnostics: [{ code: 'DP054', message: 'Unfinished', severity: 'information', line: 10 }] });
    expect(full.outline).toEqual([
      'article.paper',
      '  div.paper-media',
      '    img',
      '  div.paper-body',
      '    h3.paper-title',
      '      a.paper-link',
      '    div.paper-meta',
      '      span.votes',
      '      span.arxiv-id',
      '    div.paper-authors',
      '    div.paper-summary',
      '      ul',
      '        li',
      '        li',
      '    ul.paper-badges',
      '      li.badge.badge-information',
      '        span.badge-code',
    ]);
    expect(attribute(byClass(full.parsed, 'votes')[0], 'title')).toBe('16 votes');
    expect(attribute(full.article, 'data-votes')).toBe('16');
    expect(attribute(full.article, 'data-arxiv-id')).toBe('2403.15371');
    expect(attribute(byClass(full.parsed, 'paper-link')[0], 'rel')).toBe('noreferrer noopener');
    expect(attribute(byClass(full.parsed, 'badge')[0], 'title')).toBe('Unfinished');
  });
});

describe('card votes', () => {
  it('shows an empty vote line as a dash, naming the line in its tooltip', () => {
    const { parsed, article } = card(digest(entry({ vote: 'Vote:' })));
    const votes = byClass(parsed, 'votes')[0];
    expect(textOf(votes)).toBe('▲ –');
    expect(attribute(votes, 'class')).toBe('votes votes-invalid');
    expect(attribute(votes, 'title')).toBe('Vote: ');
    expect(attribute(article, 'data-votes')).toBe('-1');
  });
});

describe('card titles', () => {
  it('shows an empty or blank title as untitled, still linking the paper', () => {
    for (const heading of ['### [](https://arxiv.org/abs/2403.15371)', '### [ ](https://arxiv.org/abs/2403.15371)']) {
      const { parsed } = card(digest(entry({ heading })));
      const link = byClass(parsed, 'paper-link')[0];
      expect(attribute(link, 'href')).toBe('https://arxiv.org/abs/2403.15371');
      expect(byClass(parsed, 'untitled').map(textOf)).toEqual(['(untitled)']);
    }
  });

  it('links the abs page of a paper written as a PDF link', () => {
    const { parsed } = card(digest(entry({ heading: '### [T](https://arxiv.org/pdf/2403.15371v2.pdf)' })));
    expect(attribute(byClass(parsed, 'paper-link')[0], 'href')).toBe('https://arxiv.org/abs/2403.15371');
  });

  it('links another https page as it is, and no page for an unsafe link, without an id either way', () => {
    const other = card(digest(entry({ heading: '### [T](https://example.org/paper)' })));
    const link = byClass(other.parsed, 'paper-link')[0];
    expect(attribute(link, 'href')).toBe('https://example.org/paper');
    expect(attribute(link, 'data-arxiv-id')).toBeUndefined();
    expect(attribute(other.article, 'data-arxiv-id')).toBeUndefined();
    const unsafe = card(digest(entry({ heading: '### [Unsafe title](javascript:alert(1))' })));
    expect(unsafe.outline.slice(0, 6)).toEqual(['article.paper', '  div.paper-media', '    img', '  div.paper-body', '    h3.paper-title', '    div.paper-meta']);
    expect(textOf(byClass(unsafe.parsed, 'paper-title')[0])).toBe('Unsafe title');
    expect(byClass(unsafe.parsed, 'arxiv-id')).toEqual([]);
    expect(textOf(byClass(unsafe.parsed, 'paper-meta')[0])).toBe('▲16');
  });
});

describe('card media', () => {
  it('names an empty or blank media URL instead of showing nothing', () => {
    for (const media of ['![]()', '![](< >)']) {
      const { parsed } = card(digest(entry({ media })));
      expect(textOf(byClass(parsed, 'media-blocked')[0])).toBe('Media not shown (only https is loaded): (empty URL)');
    }
  });

  it('shows a blocked URL as written', () => {
    const { parsed } = card(digest(entry({ media: '![](http://example.org/a.png)' })));
    expect(textOf(byClass(parsed, 'media-blocked')[0])).toBe(
      'Media not shown (only https is loaded): http://example.org/a.png',
    );
  });

  it('offers an embedded iframe video as a link, never as a frame', () => {
    const { parsed, outline } = card(digest(entry({ media: '<iframe src="https://www.youtube.com/embed/x"></iframe>' })));
    expect(outline.slice(0, 3)).toEqual(['article.paper', '  div.paper-media.media-link', '    a']);
    const link = parsed.elements.find((element) => element.tagName === 'a' && attribute(element, 'class') === undefined)!;
    expect(attribute(link, 'href')).toBe('https://www.youtube.com/embed/x');
    expect(attribute(link, 'rel')).toBe('noreferrer noopener');
    expect(textOf(link)).toBe('Open the embedded video');
  });
});

describe('card summaries', () => {
  it('closes and reopens the plain list around keyed bullets', () => {
    const { outline, text } = card(digest(entry({ summary: '- **What’s New**: new\n- plain one\n- plain two\n- **Details**: more\n- plain three' })));
    expect(outline.slice(outline.indexOf('    div.paper-summary'))).toEqual([
      '    div.paper-summary',
      '      section.summary-section',
      '        h4',
      '        p',
      '      ul',
      '        li',
      '        li',
      '      section.summary-section',
      '        h4',
      '        p',
      '      ul',
      '        li',
    ]);
    expect(text).toContain("What's Newnewplain oneplain twoDetailsmoreplain three");
  });

  it('writes the markup of the lists exactly, with no stray end tags', () => {
    const html = renderDigestHtml(parseDigest(digest(entry({ summary: '- **Key**: a\n- b' }))));
    expect(html).toContain('<div class="paper-summary"><section class="summary-section"><h4>Key</h4><p>a</p></section><ul><li>b</li></ul></div>');
    const keyedOnly = renderDigestHtml(parseDigest(digest(entry({ summary: '- **Key**: a' }))));
    expect(keyedOnly).toContain('<div class="paper-summary"><section class="summary-section"><h4>Key</h4><p>a</p></section></div>');
  });
});
