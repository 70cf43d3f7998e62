/** Media lines of an entry: which lines are media, of which form and kind, and the exact ranges of each. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import type { Media } from '../../../src/core/model';
import { textAt } from '../helpers';

const HEADING = '### [A](https://arxiv.org/abs/2403.15371)';

/** A one-day digest whose only entry has `lines` after its heading (the heading is line 2, so the first of `lines` is 3). */
function entryText(...lines: string[]): string {
  return ['## Daily Papers (2024-03-25)', '', HEADING, ...lines].join('\n');
}

function paperOf(text: string) {
  return parseDigest(text).days[0].papers[0];
}

/** What a reader of one media sees: form, kind, URL, the URL's text on screen and the media's lines and columns. */
function shown(text: string, media: Media) {
  const { start, end } = media.range;
  return { form: media.form, kind: media.kind, url: media.url, urlText: textAt(text, media.urlRange), range: [start.line, start.character, end.line, end.character] };
}

function firstMedia(...lines: string[]) {
  const text = entryText(...lines);
  const media = paperOf(text).media;
  return media && shown(text, media);
}

describe('image syntax', () => {
  it.each([
    ['![](https://x.co/a.png)', 'https://x.co/a.png', 23],
    ['![alt text](https://x.co/a.png)', 'https://x.co/a.png', 31],
    ['![](https://x.co/a.png "a tooltip")', 'https://x.co/a.png', 35],
    ['![](  https://x.co/a.png  )', 'https://x.co/a.png', 27],
    ['![](\thttps://x.co/a.png)', 'https://x.co/a.png', 24],
    ['![](https://x.co/a.png) and words after', 'https://x.co/a.png', 23],
  ])('%j: an image with its URL in place', (line, url, end) => {
    expect(firstMedia(line)).toEqual({ form: 'image', kind: 'image', url, urlText: url, range: [3, 0, 3, end] });
  });

  it('a URL in angle brackets: the brackets are not part of the URL, nor of its range', () => {
    expect(firstMedia('![](<https://x.co/a b.png>)')).toEqual({ form: 'image', kind: 'image', url: 'https://x.co/a b.png', urlText: 'https://x.co/a b.png', range: [3, 0, 3, 27] });
    expect(firstMedia('![](<https://x.co/a.png> "tip")')).toMatchObject({ url: 'https://x.co/a.png', urlText: 'https://x.co/a.png' });
  });

  it('an angle bracket that never closes is kept in the URL', () => {
    expect(firstMedia('![](<https://x.co/a.png)')).toMatchObject({ url: '<https://x.co/a.png', urlText: '<https://x.co/a.png' });
  });

  it('an empty destination is an image with an empty URL', () => {
    expect(firstMedia('![]()')).toEqual({ form: 'image', kind: 'image', url: '', urlText: '', range: [3, 0, 3, 5] });
  });

  it('indented: ranges move with the indent', () => {
    expect(firstMedia('  ![](https://x.co/a.png)')).toEqual({ form: 'image', kind: 'image', url: 'https://x.co/a.png', urlText: 'https://x.co/a.png', range: [3, 2, 3, 25] });
  });

  it.each(['![alt]', '![alt](https://x.co/a.png', '![alt] (https://x.co/a.png)', '!(https://x.co/a.png)', '![alt'])('%j is not media but a text line', (line) => {
    const text = entryText(line);
    expect(paperOf(text).media).toBeNull();
    expect(paperOf(text).fields).toEqual([{ kind: 'text', line: 3, endLine: 3 }]);
  });

  it.each([
    ['clip.mp4', 'video'],
    ['clip.MKV', 'video'],
    ['clip.ogv', 'video'],
    ['clip.m4v', 'video'],
    ['clip.mov', 'video'],
    ['clip.mp4?download=1', 'video'],
    ['clip.webm#t=3', 'video'],
    ['clip.mp4.png', 'image'],
    ['mp4', 'image'],
    ['clip.mp4x', 'image'],
    ['a.b/clip', 'image'],
  ])('%s in image syntax is %s', (file, kind) => {
    const media = firstMedia(`![](https://x.co/${file})`)!;
    expect(media.kind).toBe(kind);
    expect(media.form).toBe(kind === 'video' ? 'image-video' : 'image');
  });
});

describe('link syntax', () => {
  it.each(['[Watch Video](https://x.co/a.mp4)', '[watch video](https://x.co/a.mp4)', '[WatchVideo](https://x.co/a.mp4)', '[ Watch  Video ](https://x.co/a.mp4)'])(
    '%j is a Watch Video link',
    (line) => {
      expect(firstMedia(line)).toEqual({ form: 'watch-video', kind: 'video', url: 'https://x.co/a.mp4', urlText: 'https://x.co/a.mp4', range: [3, 0, 3, line.length] });
    },
  );

  it('a Watch Video link with a URL in angle brackets and a tooltip', () => {
    expect(firstMedia('[Watch Video](<https://x.co/a.mp4> "clip")')).toEqual({
      form: 'watch-video',
      kind: 'video',
      url: 'https://x.co/a.mp4',
      urlText: 'https://x.co/a.mp4',
      range: [3, 0, 3, 42],
    });
  });

  it('a Watch Video link followed by more text: the media ends after the link', () => {
    expect(firstMedia('[Watch Video](https://x.co/a.mp4) (1 min)')).toMatchObject({ url: 'https://x.co/a.mp4', range: [3, 0, 3, 33] });
  });

  it('`[Watch Video]url` without parentheses', () => {
    expect(firstMedia('[Watch Video]https://x.co/a.mp4 tail')).toEqual({ form: 'watch-video-bare', kind: 'video', url: 'https://x.co/a.mp4', urlText: 'https://x.co/a.mp4', range: [3, 0, 3, 31] });
  });

  it('an empty link text: image or video by the URL', () => {
    expect(firstMedia('[](https://x.co/a.png)')).toEqual({ form: 'empty-link', kind: 'image', url: 'https://x.co/a.png', urlText: 'https://x.co/a.png', range: [3, 0, 3, 22] });
    expect(firstMedia('[  ](https://x.co/a.webm)')).toEqual({ form: 'empty-link', kind: 'video', url: 'https://x.co/a.webm', urlText: 'https://x.co/a.webm', range: [3, 0, 3, 25] });
    expect(firstMedia('[](<https://x.co/a.png>)')).toMatchObject({ form: 'empty-link', url: 'https://x.co/a.png', urlText: 'https://x.co/a.png' });
  });

  it.each(['[Project page](https://x.co/)', '[]https://x.co/a.png', '[Watch Video]', '[Watch Video later](https://x.co/a.mp4)'])('%j is a text line', (line) => {
    const text = entryText(line);
    expect(paperOf(text).media).toBeNull();
    expect(paperOf(text).fields).toEqual([{ kind: 'text', line: 3, endLine: 3 }]);
  });
});

describe('the video block line', () => {
  const url = 'https://x.co/a.mp4';
  const block = `<div><video controls src="${url}" muted="false"></video></div>`;

  it('right under `[Watch Video](url)` it completes that media: two lines, one field', () => {
    const text = entryText(`[Watch Video](${url})`, block);
    const paper = paperOf(text);
    expect(shown(text, paper.media!)).toEqual({ form: 'watch-video', kind: 'video', url, urlText: url, range: [3, 0, 4, block.length] });
    expect(paper.media!.hasVideoBlock).toBe(true);
    expect(paper.extraMedia).toEqual([]);
    expect(paper.fields).toEqual([{ kind: 'media', line: 3, endLine: 4 }]);
    expect(paper.range.end).toEqual({ line: 4, character: block.length });
  });

  it('after a blank line, or under an image, it is a media of its own', () => {
    for (const first of [`[Watch Video](${url})\n`, '![](https://x.co/a.png)']) {
      const text = entryText(...first.split('\n'), block);
      const paper = paperOf(text);
      expect(paper.media!.hasVideoBlock).toBe(false);
      expect(paper.extraMedia.map((media) => shown(text, media))).toEqual([
        { form: 'video-block', kind: 'video', url, urlText: url, range: [text.split('\n').length - 1, 0, text.split('\n').length - 1, block.length] },
      ]);
    }
  });

  it('a second block line under a completed Watch Video is an extra media', () => {
    const text = entryText(`[Watch Video](${url})`, block, block);
    const paper = paperOf(text);
    expect(paper.media!.range.end.line).toBe(4);
    expect(paper.extraMedia.map((media) => media.form)).toEqual(['video-block']);
    expect(paper.fields.map((field) => [field.kind, field.line, field.endLine])).toEqual([['media', 3, 4], ['media', 5, 5]]);
  });

  it('a block line under a bare `[Watch Video]url` is its own media', () => {
    const paper = paperOf(entryText(`[Watch Video]${url}`, block));
    expect(paper.media!.hasVideoBlock).toBe(false);
    expect(paper.extraMedia.map((media) => media.form)).toEqual(['video-block']);
  });

  it('alone, indented and with trailing spaces: the range is the element', () => {
    const text = entryText(`  ${block}  `);
    expect(shown(text, paperOf(text).media!)).toEqual({ form: 'video-block', kind: 'video', url, urlText: url, range: [3, 2, 3, 2 + block.length] });
  });

  it("with single quotes and any case", () => {
    const line = `<DIV> <VIDEO src='${url}'></VIDEO> </DIV>`;
    expect(firstMedia(line)).toEqual({ form: 'video-block', kind: 'video', url, urlText: url, range: [3, 0, 3, line.length] });
  });
});

describe('raw HTML media', () => {
  it.each([
    ['<video src="https://x.co/a.mp4"></video>', 'html-video', 'https://x.co/a.mp4'],
    ["<video controls src='https://x.co/a.mp4'></video>", 'html-video', 'https://x.co/a.mp4'],
    ['<VIDEO SRC=https://x.co/a.mp4></VIDEO>', 'html-video', 'https://x.co/a.mp4'],
    ['<video src = "https://x.co/a.mp4"></video>', 'html-video', 'https://x.co/a.mp4'],
    ['<iframe src="https://www.youtube.com/embed/x"></iframe>', 'html-iframe', 'https://www.youtube.com/embed/x'],
    ['<iframe src="https://www.youtube.com/embed/x" />', 'html-iframe', 'https://www.youtube.com/embed/x'],
  ])('%j', (line, form, url) => {
    expect(firstMedia(line)).toEqual({ form, kind: 'video', url, urlText: url, range: [3, 0, 3, line.length] });
  });

  it('a `<video>` without src: an empty URL at the start of the element', () => {
    const text = entryText('<video controls></video>');
    const media = paperOf(text).media!;
    expect(shown(text, media)).toEqual({ form: 'html-video', kind: 'video', url: '', urlText: '', range: [3, 0, 3, 24] });
    expect(media.urlRange.start).toEqual({ line: 3, character: 0 });
  });

  it('the first src wins, found on a later line of the element', () => {
    const text = entryText('<video controls>', '  <source src="https://x.co/a.webm" type="video/webm">', '  <source src="https://x.co/a.mp4">', '</video>', 'Vote: 3');
    const paper = paperOf(text);
    expect(shown(text, paper.media!)).toEqual({ form: 'html-video', kind: 'video', url: 'https://x.co/a.webm', urlText: 'https://x.co/a.webm', range: [3, 0, 6, 8] });
    expect(paper.media!.urlRange).toEqual({ start: { line: 4, character: 15 }, end: { line: 4, character: 34 } });
    expect(paper.fields[0]).toEqual({ kind: 'media', line: 3, endLine: 6 });
    expect(paper.votes!.range.start.line).toBe(7);
  });

  it('a `<div><video>` element over several lines', () => {
    const text = entryText('<div><video controls', 'src="https://x.co/a.mp4">', '</video></div>');
    expect(shown(text, paperOf(text).media!)).toEqual({ form: 'html-video', kind: 'video', url: 'https://x.co/a.mp4', urlText: 'https://x.co/a.mp4', range: [3, 0, 5, 14] });
  });

  it('an element that never closes is one line long', () => {
    const text = entryText('<video src="https://x.co/a.mp4">', 'Vote: 3');
    const paper = paperOf(text);
    expect(shown(text, paper.media!)).toMatchObject({ url: 'https://x.co/a.mp4', range: [3, 0, 3, 32] });
    expect(paper.votes?.value).toBe(3);
  });

  it('a blank line ends the search for the closing tag', () => {
    const text = entryText('<video controls>', '<source src="https://x.co/a.mp4">', '', '</video>');
    expect(shown(text, paperOf(text).media!)).toMatchObject({ url: 'https://x.co/a.mp4', range: [3, 0, 3, 16] });
  });

  it('the closing tag is looked for up to twelve lines on', () => {
    const filler = Array.from({ length: 11 }, () => '<br>');
    const within = entryText('<video controls>', ...filler, '</video>');
    expect(paperOf(within).media!.range.end.line).toBe(15);
    const beyond = entryText('<video controls>', ...filler, '<br>', '</video>');
    expect(paperOf(beyond).media!.range.end.line).toBe(3);
  });

  it('an iframe ends at its closing tag or a self-closing end', () => {
    const text = entryText('<iframe', '  src="https://www.youtube.com/embed/x"', '  width="560" />', 'Vote: 1');
    expect(shown(text, paperOf(text).media!)).toMatchObject({ form: 'html-iframe', url: 'https://www.youtube.com/embed/x', range: [3, 0, 5, 16] });
  });

  it('an element running to the last line of the file', () => {
    const text = entryText('<video controls>', '<source src="https://x.co/a.mp4">');
    expect(shown(text, paperOf(text).media!)).toMatchObject({ url: 'https://x.co/a.mp4', range: [3, 0, 3, 16] });
  });

  it.each(['<p>words</p>', '<videos>', '<div>text</div>', '<img src="https://x.co/a.png">'])('%j is a text line', (line) => {
    const text = entryText(line);
    expect(paperOf(text).media).toBeNull();
    expect(paperOf(text).fields).toEqual([{ kind: 'text', line: 3, endLine: 3 }]);
  });
});

describe('several media lines', () => {
  it('the first is the media, the others extra, each its own field', () => {
    const text = entryText('![](https://x.co/a.png)', '[](https://x.co/b.png)', '<video src="https://x.co/c.mp4"></video>');
    const paper = paperOf(text);
    expect(paper.media!.url).toBe('https://x.co/a.png');
    expect(paper.extraMedia.map((media) => [media.url, media.range.start.line])).toEqual([['https://x.co/b.png', 4], ['https://x.co/c.mp4', 5]]);
    expect(paper.fields.map((field) => field.kind)).toEqual(['media', 'media', 'media']);
  });
});
