/** Near misses of the index's shortcuts: thumbnails that look like the usual one, and dates written loosely. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { indexDigest, type IndexedFile, type IndexedPaper } from '../../../src/core/workspace/records';
import { digest, paper } from './memory-file-system';

const USUAL = 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/';
const fileOf = (text: string): IndexedFile => indexDigest('mem:/ws/a.md', parseDigest(text));
const withImage = (url: string, id = '2403.15371'): IndexedPaper =>
  fileOf(digest('2024-03-25', paper({ id, title: 'T' }).replace(/^!\[\]\(.*$/m, `![](${url})`))).days[0].papers[0];

describe('the thumbnail a card shows, for URLs close to the usual one', () => {
  it.each([
    ['a longer name after the id', `${USUAL}2403.15371v2.png`],
    ['a folder after the id', `${USUAL}2403.15371/big.png`],
    ['another extension of the same length', `${USUAL}2403.15371.jpg`],
    ['another extension, longer', `${USUAL}2403.15371.jpeg`],
    ['the path in another case, of the same length', `${USUAL.replace('papers', 'PAPERS')}2403.15371.png`],
    ['another host, of the same length', `${USUAL.replace('cdn-thumbnails', 'cdn-thumbnailz')}2403.15371.png`],
    ['the id of another paper', `${USUAL}2403.15372.png`],
  ])('is the URL as written: %s', (_, url) => {
    expect(withImage(url).thumbnail).toBe(url);
  });

  it('is the usual URL for the entry’s own id', () => {
    expect(withImage(`${USUAL}2403.15371.png`).thumbnail).toBe(`${USUAL}2403.15371.png`);
  });

  it('of an entry without an arXiv id is its image as written, even one named null.png', () => {
    const entry = fileOf(`## Daily Papers (2024-03-25)\n\n### [Local](/notes)\n\n![](${USUAL}null.png)\n`).days[0].papers[0];
    expect([entry.id, entry.thumbnail]).toEqual([null, `${USUAL}null.png`]);
  });
});

describe('the days of a file, for loosely written dates', () => {
  it('keys a near-miss heading with an impossible date by its normalised text, so the same day written canonically is its repeat', () => {
    const file = fileOf('# Daily Papers 2024-2-30\n\n## Daily Papers (2024-02-30)\n');
    expect(file.days.map((day) => [day.date, day.dateText, day.ordinal])).toEqual([
      [null, '2024-02-30', 0],
      [null, '2024-02-30', 1],
    ]);
  });
});

describe('the bullet a card shows, with other white space around its text', () => {
  it('drops no-break and wide spaces between the key and its text, and after the text', () => {
    const entry = fileOf(digest('2024-03-25', paper({ id: '2403.15371', title: 'T', bullets: ["**What's New**:\u00a0\u2003the news\u00a0"] }))).days[0].papers[0];
    expect(entry.highlight).toBe("What's New: the news");
  });
});
