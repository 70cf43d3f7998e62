/** Media lines where the parser's shortcuts decide: image syntax read by hand, the video-extension pre-check, raw HTML video. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import type { Media } from '../../../src/core/model';
import { textAt } from '../helpers';

const HEADING = '### [A](https://arxiv.org/abs/2403.15371)';

function shown(text: string, media: Media) {
  const { start, end } = media.range;
  return { form: media.form, kind: media.kind, url: media.url, urlText: textAt(text, media.urlRange), range: [start.line, start.character, end.line, end.character] };
}

/** The first media of an entry whose lines after its heading (line 2) are `lines`, as a reader sees it, or null. */
function firstMedia(...lines: string[]) {
  const text = ['## Daily Papers (2024-03-25)', '', HEADING, ...lines].join('\n');
  const media = parseDigest(text).days[0].papers[0].media;
  return media && shown(text, media);
}

describe('image syntax read by hand', () => {
  it('finds the URL after alt text holding a closing parenthesis', () => {
    expect(firstMedia('![fig (1)](https://cdn.example/a.png)')).toMatchObject({ url: 'https://cdn.example/a.png', urlText: 'https://cdn.example/a.png' });
  });

  it('takes the URL before a title after a space or a tab, also for a one-letter URL', () => {
    expect(firstMedia('![](a "title")')).toMatchObject({ url: 'a', urlText: 'a', range: [3, 0, 3, 14] });
    expect(firstMedia('![](a\t"title")')).toMatchObject({ url: 'a', urlText: 'a' });
  });

  it('skips a tab before the URL', () => {
    expect(firstMedia('![](\thttps://cdn.example/a.png)')).toMatchObject({ url: 'https://cdn.example/a.png', urlText: 'https://cdn.example/a.png' });
  });

  it('places a URL that also ends the alt text after the alt text', () => {
    const text = ['## Daily Papers (2024-03-25)', '', HEADING, '![ab](b)'].join('\n');
    expect(parseDigest(text).days[0].papers[0].media?.urlRange).toEqual({ start: { line: 3, character: 6 }, end: { line: 3, character: 7 } });
  });

  it('keeps an unclosed < in the URL when the only > comes after the image', () => {
    expect(firstMedia('![](<https://cdn.example/a.png) <i>')).toMatchObject({ url: '<https://cdn.example/a.png' });
  });

  it('reads no image from ! not followed by [', () => {
    expect(firstMedia('!a](https://cdn.example/a.png)')).toBeNull();
  });

  it('keeps a > that ends a URL without a < in it', () => {
    expect(firstMedia('[](https://cdn.example/a.png>)')).toMatchObject({ url: 'https://cdn.example/a.png>' });
  });
});

describe('video by extension', () => {
  it('takes a one-letter file name with a video extension for a video', () => {
    expect(firstMedia('[](a.mp4)')).toMatchObject({ kind: 'video', url: 'a.mp4' });
  });

  it('reads the extension before a query or fragment that holds dots of its own', () => {
    expect(firstMedia('![](https://cdn.example/clip.mp4?v=1.2)')).toMatchObject({ kind: 'video' });
    expect(firstMedia('![](https://cdn.example/clip.webm#t=1.5)')).toMatchObject({ kind: 'video' });
    expect(firstMedia('![](https://cdn.example/still.png?v=1.2)')).toMatchObject({ kind: 'image' });
    expect(firstMedia('[](a.png)')).toMatchObject({ kind: 'image', url: 'a.png' });
  });
});

describe('raw HTML video', () => {
  it('reads a <div> with a space before a <video> continued on the next lines', () => {
    expect(firstMedia('<div> <video controls', 'src="https://cdn.example/v.mp4"></video></div>')).toMatchObject({
      form: 'html-video',
      url: 'https://cdn.example/v.mp4',
      range: [3, 0, 4, 46],
    });
  });

  it('reads no media from a <video> inside another element', () => {
    expect(firstMedia('<p><div><video src="https://cdn.example/v.mp4"></video></div></p>')).toBeNull();
  });

  it('ends a raw video at a line of spaces, as Markdown ends an HTML block', () => {
    expect(firstMedia('<video controls', '   ', 'src="https://cdn.example/v.mp4"></video>')).toMatchObject({ form: 'html-video', url: '', range: [3, 0, 3, 15] });
  });
});

describe('raw HTML iframe', () => {
  it('goes on past a /> inside an attribute to the line that closes it', () => {
    expect(firstMedia('<iframe src="https://www.youtube.com/embed/x" title="a/>b"', '></iframe>')).toMatchObject({ form: 'html-iframe', url: 'https://www.youtube.com/embed/x', range: [3, 0, 4, 10] });
  });

  it('ends at a self-closing /> followed by spaces', () => {
    const text = ['## Daily Papers (2024-03-25)', '', HEADING, '<iframe src="https://www.youtube.com/embed/x" />  ', '<iframe src="https://www.youtube.com/embed/y" />'].join('\n');
    const paper = parseDigest(text).days[0].papers[0];
    expect(paper.media && shown(text, paper.media)).toMatchObject({ form: 'html-iframe', url: 'https://www.youtube.com/embed/x', range: [3, 0, 3, 48] });
    expect(paper.extraMedia.map((media) => shown(text, media))).toMatchObject([{ form: 'html-iframe', url: 'https://www.youtube.com/embed/y', range: [4, 0, 4, 48] }]);
  });

  it('is one line when its closing tag is cut across lines', () => {
    expect(firstMedia('<iframe src="https://www.youtube.com/embed/x">', '</ifr', 'ame>')).toMatchObject({ form: 'html-iframe', url: 'https://www.youtube.com/embed/x', range: [3, 0, 3, 46] });
  });
});
