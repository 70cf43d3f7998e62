import { describe, expect, it } from 'vitest';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const CLIP = 'https://cdn-uploads.huggingface.co/production/uploads/clip.mp4';
const PLAYER = `<div><video controls src="${CLIP}" muted="false"></video></div>`;
const VIDEO_BLOCK = `[Watch Video](${CLIP})\n${PLAYER}`;

describe('DP020 media-missing', () => {
  it('reports an entry without image or video, as information', () => {
    const [found] = findings(digest(entry({ media: null })), 'DP020');
    expect(found.severity).toBe('information');
    expect(found.range.start.line).toBe(2);
  });

  it('turns an empty image link, which shows nothing, into an image', () => {
    const url = 'https://cdn-uploads.huggingface.co/production/uploads/thumb.png';
    expectFix(digest(entry({ media: `[](${url})` })), 'DP020', digest(entry({ media: `![](${url})` })));
  });

  it('is silent on an image and on the canonical video block', () => {
    expect(findings(digest(entry(), entry({ media: VIDEO_BLOCK })), 'DP020')).toEqual([]);
  });
});

describe('DP021 media-url-relative', () => {
  it('prefixes https://huggingface.co to a root-relative image', () => {
    const text = digest(entry({ media: '![](/avatars/0cf0.svg)' }));
    const [found] = findings(text, 'DP021');
    expect(textAt(text, found.range)).toBe('/avatars/0cf0.svg');
    expectFix(text, 'DP021', digest(entry({ media: '![](https://huggingface.co/avatars/0cf0.svg)' })));
  });

  it('rewrites the link and its player line together', () => {
    const relative = `[Watch Video](/clip.mp4)\n<div><video controls src="/clip.mp4" muted="false"></video></div>`;
    const absolute = `[Watch Video](https://huggingface.co/clip.mp4)\n<div><video controls src="https://huggingface.co/clip.mp4" muted="false"></video></div>`;
    expectFix(digest(entry({ media: relative })), 'DP021', digest(entry({ media: absolute })));
  });

  it('leaves absolute and protocol-relative URLs alone', () => {
    expect(findings(digest(entry(), entry({ media: '![](//cdn.example.org/x.png)' })), 'DP021')).toEqual([]);
  });
});

describe('DP022 media-url-insecure', () => {
  it('switches http: media to https:', () => {
    expectFix(digest(entry({ media: '![](http://cdn.example.org/x.png)' })), 'DP022', digest(entry({ media: '![](https://cdn.example.org/x.png)' })));
  });
});

describe('DP023 media-video-malformed', () => {
  it('rewrites [Watch Video]url and replaces the player line that follows it', () => {
    expectFix(digest(entry({ media: `[Watch Video]${CLIP}\n${PLAYER}` })), 'DP023', digest(entry({ media: VIDEO_BLOCK })));
  });

  it('rewrites [Watch Video]url without a player into both lines', () => {
    expectFix(digest(entry({ media: `[Watch Video]${CLIP}` })), 'DP023', digest(entry({ media: VIDEO_BLOCK })));
  });

  it.each([
    ['a video inside image syntax', `![](${CLIP})`],
    ['a .webm inside image syntax', `![](${CLIP.replace('.mp4', '.webm')})`],
    ['a raw <video> element', `<video src='${CLIP}'></video>`],
    ['a <video> with <source>', `<video controls>\n<source src="${CLIP}" type="video/mp4">\n</video>`],
    ['an empty link to a video', `[](${CLIP})`],
  ])('rewrites %s', (_name, media) => {
    const text = digest(entry({ media }));
    expect(findings(text, 'DP023')).toHaveLength(1);
    const expected = media.includes('.webm') ? VIDEO_BLOCK.replaceAll('.mp4', '.webm') : VIDEO_BLOCK;
    expectFix(text, 'DP023', digest(entry({ media: expected })));
  });

  it('reports an <iframe> of a video site without rewriting it', () => {
    const [found] = findings(digest(entry({ media: '<iframe src="https://www.youtube.com/embed/abc"></iframe>' })), 'DP023');
    expect(found.fix).toBeUndefined();
  });

  it('keeps CRLF line endings in the two lines it writes', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expectFix(crlf(digest(entry({ media: `![](${CLIP})` }))), 'DP023', crlf(digest(entry({ media: VIDEO_BLOCK }))));
  });

  it('is silent on the canonical block and on images', () => {
    expect(findings(digest(entry({ media: VIDEO_BLOCK }), entry()), 'DP023')).toEqual([]);
  });
});
