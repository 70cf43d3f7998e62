/**
 * Digest text is untrusted: whatever is written in a title, an author list, a media URL or a bullet, the
 * rendered markup parses cleanly and holds nothing that runs code or loads from outside https.
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { renderDigestHtml, renderPage, contentSecurityPolicy } from '../../../src/core/render';
import { CORPUS, HAS_CORPUS, digest, entry } from '../helpers';
import { executableMarkup, readHtml } from './html-check';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '</style><script>alert(1)</script>',
  '<!--',
  '--><script>alert(1)</script>',
  ']]><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '</textarea></title></noscript><script>alert(1)</script>',
  '<iframe src=javascript:alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '[x](  javascript:alert(1))',
  '[x](java\tscript:alert(1))',
  '<javascript:alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#x3C;script&#x3E;',
  '<style>body{display:none}</style>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form action=https://evil.example><button>go</button></form>',
  '<details open ontoggle=alert(1)>',
  '`<script>alert(1)</script>`',
  '*<img src=x onerror=alert(1)>*',
  '$<script>alert(1)</script>$',
];

const MEDIA_PAYLOADS = [
  'javascript:alert(1)',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'x" onerror="alert(1)',
  "x' onerror='alert(1)",
  'https://example.org/a.png" onerror="alert(1)',
  'https://example.org/"><script>alert(1)</script>.png',
  'vbscript:msgbox(1)',
  '//evil.example/a.png',
  '/relative.png',
  ' javascript:alert(1)',
];

function hostileDigest(): string {
  const entries = PAYLOADS.map((payload, i) =>
    entry({
      heading: `### [${payload}](https://arxiv.org/abs/2403.${String(15000 + i)})`,
      media: `![](${MEDIA_PAYLOADS[i % MEDIA_PAYLOADS.length]})`,
      vote: `Vote: ${payload}`,
      authors: `Authors: ${payload}, Ada ${payload}, +, ${payload}`,
      summary: `- ${payload}\n- **${payload}**: ${payload}\n- see https://example.org/${payload}`,
    }),
  );
  const headingsWithHostileUrls = MEDIA_PAYLOADS.map((url) => entry({ heading: `### [t](${url})`, media: `[Watch Video](${url})\n\n<div><video controls src="${url}" muted="false"></video></div>` }));
  return digest(...entries, ...headingsWithHostileUrls) + `\n## Daily Papers (${PAYLOADS[0]})\n\n${entry({ heading: `### ${PAYLOADS[1]}` })}\n`;
}

describe('hostile digest text', () => {
  const html = renderDigestHtml(parseDigest(hostileDigest()), {
    diagnostics: PAYLOADS.map((payload, i) => ({ code: payload, message: payload, severity: 'error' as const, line: 2 + i * 10 })),
  });
  const parsed = readHtml(html);

  it('renders well-formed markup', () => {
    expect(parsed.errors).toEqual([]);
  });

  it('produces no executable markup: no script, event handler, style, frame or non-http(s) URL', () => {
    expect(executableMarkup(parsed)).toEqual([]);
  });

  it('shows every payload as text', () => {
    for (const payload of PAYLOADS.filter((payload) => !payload.includes('&') && !payload.startsWith('['))) {
      expect(parsed.text).toContain(payload.replace(/^\*|\*$/g, '').replace(/^`|`$/g, ''));
    }
  });

  it('stays safe inside a whole page with its CSP', () => {
    const page = renderPage({ title: PAYLOADS[3], csp: contentSecurityPolicy({ styleSources: ["'sha256-x'"] }), bodyHtml: html, bodyAttributes: { 'data-state': PAYLOADS[4] } });
    const whole = readHtml(page, true);
    expect(whole.errors).toEqual([]);
    const unexpected = executableMarkup(whole).filter((found) => found !== '<meta>');
    expect(unexpected).toEqual([]);
    expect(whole.elements.filter((element) => element.tagName === 'meta')).toHaveLength(3);
  });
});

describe('every deviation of FORMAT.md renders to well-formed markup', () => {
  const oddities = [
    entry({ vote: null, authors: null, media: null }),
    entry({ vote: 'Vote: -' }),
    entry({ vote: 'Vote: 0' }),
    entry({ authors: "Authors: ['Yiwei Chen', 'Zizhao Chen']" }),
    entry({ authors: 'Authors: A, B, A, B, +, C, , D' }),
    entry({ authors: `Authors: ${Array.from({ length: 663 }, (_, i) => `Author Number ${i}`).join(', ')}` }),
    entry({ media: '![](https://cdn-avatars.huggingface.co/x.png)' }),
    entry({ media: '![](/avatars/0cf0.svg)' }),
    entry({ media: '![](https://example.org/clip.qt)' }),
    entry({ media: '[Watch Video]https://example.org/clip.mp4' }),
    entry({ media: '<video src="https://example.org/v.mp4" controls></video>' }),
    entry({ media: '<iframe src="https://www.youtube.com/embed/x"></iframe>' }),
    entry({ media: '<video><source src="https://example.org/v.mp4"></video>' }),
    entry({ media: '[](https://example.org/clip.mp4)' }),
    entry({ heading: '### [Relative](/papers/2311.11045)' }),
    entry({ heading: '### Not a link at all' }),
    entry({ heading: '### [](https://arxiv.org/abs/2403.15371)' }),
    entry({ heading: '### [Versioned](http://arxiv.org/pdf/2403.15371v2.pdf)' }),
    entry({ summary: '- ***Technical Details*: unbalanced\n- **What’s New**: curly\n- a\b\f\tcontrol \u2062 and \u00a0' }),
    entry({ summary: '- one\n\n- two after a blank line\n### [Glued](https://arxiv.org/abs/2403.15372)' }),
    entry({ heading: '### [M$^{2}$UGen <think> [IDK] A* >80% `x` (y) _z_](https://arxiv.org/abs/2403.15373)' }),
  ];
  const text = [
    '# Daily Papers',
    entry({ heading: '### [Before any day](https://arxiv.org/abs/2403.10000)' }),
    '## Daily Papers (2024-03-25)',
    ...oddities,
    '## Daily Papers (2024-02-30)',
    '## Daily Papers (2024-3-5)',
    entry(),
    '## Daily Papers (2024-03-25)',
    entry(),
    '## License',
    'CC BY-NC',
  ].join('\r\n\r\n');

  it('with CRLF and a BOM, every oddity in one file', () => {
    const parsed = readHtml(renderDigestHtml(parseDigest(`\uFEFF${text}`)));
    expect(parsed.errors).toEqual([]);
    expect(executableMarkup(parsed)).toEqual([]);
    expect(parsed.elements.filter((element) => element.tagName === 'article').length).toBe(oddities.length + 4);
  });

  it.skipIf(!HAS_CORPUS)('every real digest of ../shared/corpus', () => {
    for (const file of markdownFiles(CORPUS)) {
      const source = readFileSync(file, 'utf8');
      const model = parseDigest(source);
      const parsed = readHtml(renderDigestHtml(model));
      expect(parsed.errors, file).toEqual([]);
      expect(executableMarkup(parsed), file).toEqual([]);
      const papers = model.orphanPapers.length + model.days.reduce((sum, day) => sum + day.papers.length, 0);
      expect(parsed.elements.filter((element) => element.tagName === 'article').length, file).toBe(papers);
    }
  });
});

function markdownFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}
