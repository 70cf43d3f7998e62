/** DP020-DP022 on every media of an entry (a Watch Video link and its player kept identical), DP041 and DP054, as users see them. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const withMedia = (media: string) => digest(entry({ media }));
const mediaLines = (text: string) => text.split('\n').slice(4, -6).join('\n');

describe('DP021 and DP022 rewrite a Watch Video link and its player together', () => {
  it.each([
    ['DP021', '[Watch Video](/videos/clip.mp4)\n<div><video controls src="/videos/clip.mp4" muted="false"></video></div>'],
    ['DP022', '[Watch Video](http://cdn.example.org/clip.mp4)\n<div><video controls src="http://cdn.example.org/clip.mp4" muted="false"></video></div>'],
    ['DP022', '[Watch Video](HTTP://cdn.example.org/clip.mp4)\n<div><video controls src="HTTP://cdn.example.org/clip.mp4" muted="false"></video></div>'],
    ['DP021', '[Watch Video](/videos/clip.mp4)\n<div><video controls src="/videos/other.mp4" muted="false"></video></div>'],
    ['DP022', '![](http://cdn.example.org/a.png)\n\n![](http://cdn.example.org/b.png)'],
  ])('%s on %j', (code, media) => {
    const text = withMedia(media);
    expect({ findings: shown(text, code), fixed: mediaLines(fixedBy(text, code)) }).toMatchSnapshot();
  });

  it('leaves protocol-relative, https, short and non-http URLs alone', () => {
    for (const media of ['![](//cdn.example.org/a.png)', '![](https://cdn.example.org/a.png)', '![](http:/)', '![](httpx://cdn.example.org/a.png)', '![](ftp://cdn.example.org/a.png)']) {
      expect([...shown(withMedia(media), 'DP021'), ...shown(withMedia(media), 'DP022')], media).toEqual([]);
    }
  });
});

describe('DP020 media-missing', () => {
  it('reports the heading of an entry without media, and turns an empty image link into an image', () => {
    const text = digest(entry({ media: null }), entry({ heading: '### [B](https://arxiv.org/abs/2403.15042)', media: '[](https://cdn.example.org/b.png)' }));
    expect({ findings: shown(text, 'DP020'), fixed: fixedBy(text, 'DP020') }).toMatchSnapshot();
  });

  it('is silent on an empty link with no URL', () => {
    expect(shown(withMedia('[]()'), 'DP020').filter((line) => line.includes('empty link'))).toEqual([]);
  });
});

describe('DP041 authors-python-list', () => {
  it.each([
    [`Authors: ['A B', 'C D']`],
    [`Authors: ['A B', '+', 'C D']`],
    [`Authors: ["A B", '', 'C D']`],
    [`Authors: ['Smith, Jr.', 'C D']`],
    [`Authors: []`],
  ])('%s', (line) => {
    const text = digest(entry({ authors: line }));
    expect({ findings: shown(text, 'DP041'), fixed: fixedBy(text, 'DP041').split('\n')[8] }).toMatchSnapshot();
  });
});

describe('DP054 summary-unfinished', () => {
  it('names the key still to write, or says the bullet is empty', () => {
    const text = digest(entry({ summary: "- **What's New**:\n- **Technical Details**:   \n-\n- **Results**: done.\n- written" }));
    expect(shown(text, 'DP054')).toMatchInlineSnapshot(`
      [
        "10:0-10:17 "- **What's New**:" warning: The summary of "What's New" is still to be written.",
        "11:0-11:24 "- **Technical Details**:" warning: The summary of "Technical Details" is still to be written.",
        "12:0-12:1 "-" warning: Empty summary bullet; write its text or remove it.",
      ]
    `);
  });
});
