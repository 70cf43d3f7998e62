/** The page shell and its policy, exactly; which URLs become links; bare URLs and $…$ in summaries. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { contentSecurityPolicy, renderDigestHtml, renderPage } from '../../../src/core/render';
import { safeMediaUrl, safeUrl } from '../../../src/core/render/urls';
import { digest, entry } from '../helpers';
import { attribute, cardsOf, readHtml } from './html-check';

describe('contentSecurityPolicy', () => {
  it('allows nothing but https images and media when given nothing', () => {
    expect(contentSecurityPolicy({})).toBe("default-src 'none'; img-src https:; media-src https:; style-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'");
  });

  it("adds the page's own source to images and styles, and the given style and script sources", () => {
    expect(contentSecurityPolicy({ resourceSource: 'https://own.example', styleSources: ["'nonce-s'"], scriptSources: ["'nonce-a'", "'nonce-b'"] })).toBe(
      "default-src 'none'; img-src https: https://own.example; media-src https:; style-src https://own.example 'nonce-s'; script-src 'nonce-a' 'nonce-b'; base-uri 'none'; form-action 'none'",
    );
  });
});

describe('renderPage', () => {
  it('writes the whole page: policy, title, stylesheets, styles, body attributes, body and scripts, escaped', () => {
    const page = renderPage({
      title: 'A & B',
      csp: "default-src 'none'",
      stylesheets: ['https://own.example/a.css', 'https://own.example/b.css?x="1"'],
      inlineStyles: ['p{color:red}'],
      scripts: [{ src: 'https://own.example/p.js', nonce: 'n"1' }],
      bodyHtml: '<main>body</main>',
      bodyAttributes: { 'data-state': '{"a":1}', 'data-mode': 'x' },
    });
    expect(page).toBe(
      [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<title>A &amp; B</title>',
        '<link rel="stylesheet" href="https://own.example/a.css">',
        '<link rel="stylesheet" href="https://own.example/b.css?x=&quot;1&quot;">',
        '<style>p{color:red}</style>',
        '</head>',
        '<body data-state="{&quot;a&quot;:1}" data-mode="x">',
        '<main>body</main>',
        '<script nonce="n&quot;1" src="https://own.example/p.js"></script>',
        '</body>',
        '</html>',
        '',
      ].join('\n'),
    );
    expect(readHtml(page, true).errors).toEqual([]);
  });

  it('writes a page with nothing but a title and a body', () => {
    expect(renderPage({ title: 'T', csp: 'c', bodyHtml: '<p>b</p>' })).toBe(
      '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="c">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>T</title>\n</head>\n<body>\n<p>b</p>\n</body>\n</html>\n',
    );
  });
});

describe('safeUrl and safeMediaUrl', () => {
  it('trims, keeps https, and upgrades http only on arXiv and Hugging Face hosts', () => {
    expect(safeUrl('  https://example.org/a b ')).toBe('https://example.org/a%20b');
    expect(safeUrl('HTTP://arxiv.org/abs/2403.15371')).toBe('https://arxiv.org/abs/2403.15371');
    expect(safeUrl('http://export.arxiv.org/abs/2403.15371')).toBe('https://export.arxiv.org/abs/2403.15371');
    expect(safeUrl('http://example.org/x')).toBe('http://example.org/x');
    expect(safeUrl('http://arxiv.org.example.com/x')).toBe('http://arxiv.org.example.com/x');
    expect(safeUrl('https://huggingface.co/papers/x')).toBe('https://huggingface.co/papers/x');
  });

  it('refuses what is no absolute http(s) URL', () => {
    for (const url of ['https:example.org', '\u0001https://example.org', 'xhttps://example.org', 'javascript:alert("https://x")', 'https://exa mple.org', 'https://a:b:c', '/papers/x', '']) {
      expect(safeUrl(url), url).toBeNull();
    }
  });

  it('loads media only over https', () => {
    expect(safeMediaUrl('https://example.org/a.png')).toBe('https://example.org/a.png');
    expect(safeMediaUrl('http://cdn-uploads.huggingface.co/a.png')).toBe('https://cdn-uploads.huggingface.co/a.png');
    expect(safeMediaUrl('http://example.org/a.png')).toBeNull();
    expect(safeMediaUrl('javascript:x')).toBeNull();
  });
});

describe('summary bullets: links and math', () => {
  const bullet = (text: string) => {
    const html = renderDigestHtml(parseDigest(digest(entry({ summary: `- ${text}` }))));
    const match = /<ul><li>(.*)<\/li><\/ul>/.exec(html);
    expect(cardsOf(html)).toHaveLength(1);
    return match?.[1];
  };

  it('links a bare URL without the quote, bracket or punctuation after it', () => {
    expect(bullet('see https://x.org/a"bc')).toBe('see <a href="https://x.org/a" rel="noreferrer noopener">https://x.org/a</a>&quot;bc');
    expect(bullet('[see https://x.org/a]')).toBe('[see <a href="https://x.org/a" rel="noreferrer noopener">https://x.org/a</a>]');
    expect(bullet('[https://x.org/a(b]')).toBe('[<a href="https://x.org/a(b" rel="noreferrer noopener">https://x.org/a(b</a>]');
    expect(bullet('see https://x.org/a[b]')).toBe('see <a href="https://x.org/a[b]" rel="noreferrer noopener">https://x.org/a[b]</a>');
    expect(bullet('at https://x.org/a?!.')).toBe('at <a href="https://x.org/a" rel="noreferrer noopener">https://x.org/a</a>?!.');
  });

  it('links nothing for a scheme without a host', () => {
    expect(bullet('see https://.')).toBe('see https://.');
    expect(bullet('see https:not-a-link //x.org')).toBe('see https:not-a-link //x.org');
  });

  it('links a written link only to an http(s) target, and not a broken one', () => {
    expect(bullet('[a](javascript:https://x.org)')).toBe('[a](javascript:<a href="https://x.org/" rel="noreferrer noopener">https://x.org</a>)');
    expect(bullet('[a](https://a:b:c)')).toBe('[a](https://a:b:c)');
  });

  it('keeps $…$ and $$…$$ as written, with emphasis around them still read', () => {
    expect(bullet('*a* and $x*y*z$ and _b_')).toBe('<em>a</em> and $x*y*z$ and <em>b</em>');
    expect(bullet('$$a*b*c$$')).toBe('$$a*b*c$$');
    expect(bullet('a $ alone and *b*')).toBe('a $ alone and <em>b</em>');
    expect(bullet('[a $x$ b](https://x.org) and $y$')).toBe('<a href="https://x.org/" rel="noreferrer noopener">a $x$ b</a> and $y$');
  });
});

describe('characters HTML does not allow', () => {
  it('shows DEL as its control picture', () => {
    const html = renderDigestHtml(parseDigest(digest(entry({ summary: '- a\u007fb' }))));
    expect(cardsOf(html)[0].text).toContain('a\u2421b');
  });
});

describe('media links', () => {
  it('points a thumbnail at its https URL', () => {
    const html = renderDigestHtml(parseDigest(digest(entry({ media: '![](https://x.org/a.png)' }))));
    expect(attribute(readHtml(html).elements.find((element) => element.tagName === 'img')!, 'src')).toBe('https://x.org/a.png');
  });
});
