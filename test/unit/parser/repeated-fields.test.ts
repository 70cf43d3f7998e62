/** A field written twice in one entry: the first line is the entry's value, later ones are extra fields (DP060 reports them). */
import { describe, expect, it } from 'vitest';
import { digest, entry, onlyPaper, textAt } from '../helpers';

describe('repeated field lines: the first wins', () => {
  it('two Vote lines: votes come from the first, with its range', () => {
    const text = digest(entry({ vote: 'Vote: 16\n\nVote: 99' }));
    const paper = onlyPaper(text);
    expect(paper.votes?.value).toBe(16);
    expect(paper.votes?.raw).toBe('16');
    expect(textAt(text, paper.votes!.range)).toBe('Vote: 16');
    expect(paper.votes!.range.start.line).toBe(6);
    expect(paper.fields.map((field) => [field.kind, field.line])).toEqual([['media', 4], ['vote', 6], ['vote', 8], ['authors', 10], ['summary', 12]]);
  });

  it('a later non-numeric Vote line does not replace a numeric first one, nor the other way round', () => {
    expect(onlyPaper(digest(entry({ vote: 'Vote: 16\n\nVote: -' }))).votes?.value).toBe(16);
    expect(onlyPaper(digest(entry({ vote: 'Vote: -\n\nVote: 16' }))).votes?.value).toBeNull();
  });

  it('two Authors lines: names come from the first, with its range', () => {
    const text = digest(entry({ authors: 'Authors: Dylan J. Foster, Keegan Harris\n\nAuthors: Someone Else' }));
    const paper = onlyPaper(text);
    expect(paper.authors?.names).toEqual(['Dylan J. Foster', 'Keegan Harris']);
    expect(textAt(text, paper.authors!.rawRange)).toBe('Dylan J. Foster, Keegan Harris');
    expect(paper.authors!.range.start.line).toBe(8);
  });

  it('two media lines: the first is the media, the second is extra', () => {
    const text = digest(entry({ media: '![](https://cdn.example.org/first.png)\n\n![](https://cdn.example.org/second.png)' }));
    const paper = onlyPaper(text);
    expect(paper.media?.url).toBe('https://cdn.example.org/first.png');
    expect(textAt(text, paper.media!.urlRange)).toBe('https://cdn.example.org/first.png');
    expect(paper.extraMedia.map((media) => media.url)).toEqual(['https://cdn.example.org/second.png']);
  });
});
