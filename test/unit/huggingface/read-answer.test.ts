/** Reading the feed's answer, item by item, from JSON written here (no recorded answers needed). */
import { describe, expect, it } from 'vitest';
import { FeedError, readAnswer, readFeedDay } from '../../../src/core/huggingface';

/** One item as the API lists it, with the paper's fields replaced or added. */
function item(paper: Record<string, unknown> = {}, outer: Record<string, unknown> = {}): unknown {
  return { paper: { id: '2403.15371', title: 'Can models explore?', upvotes: 16, authors: [{ name: 'Ada Lovelace' }], ...paper }, ...outer };
}

const only = (value: unknown) => {
  const day = readFeedDay([value]);
  expect(day.papers).toHaveLength(1);
  return day.papers[0];
};

function readError(body: string): FeedError {
  try {
    readAnswer(body, '2024-03-25');
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('readFeedDay', () => {
  it('reads id, title, votes, authors and thumbnail of a paper', () => {
    expect(only(item({}, { thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png' }))).toEqual({
      id: '2403.15371',
      title: 'Can models explore?',
      votes: 16,
      authors: ['Ada Lovelace'],
      media: { kind: 'image', url: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png' },
    });
  });

  it('trims the id and skips items without a valid arXiv id or of another shape, counting them', () => {
    const day = readFeedDay([
      item({ id: ' 2403.15371 ' }),
      item({ id: 'not-an-id' }),
      item({ id: 2403.15371 }),
      { paper: null },
      { paper: [] },
      { paper: 'x' },
      null,
      [item()],
      'text',
      { title: 'no paper' },
    ]);
    expect(day.papers.map((paper) => paper.id)).toEqual(['2403.15371']);
    expect(day.skipped).toBe(9);
    expect(day.repeated).toBe(0);
  });

  it('keeps the first of a paper listed again and counts the repeats', () => {
    const day = readFeedDay([item({ upvotes: 1 }), item({ id: '1706.03762' }), item({ upvotes: 2 }), item({ upvotes: 3 })]);
    expect(day.papers.map((paper) => [paper.id, paper.votes])).toEqual([
      ['2403.15371', 1],
      ['1706.03762', 16],
    ]);
    expect(day.repeated).toBe(2);
    expect(day.skipped).toBe(0);
  });

  it('takes the title from the item when the paper has none, folding whitespace and dropping control characters', () => {
    expect(only(item({ title: '  A  title\nover\tlines\u0007 \u009f ' })).title).toBe('A title over lines');
    expect(only(item({ title: '   ' }, { title: 'Outer title' })).title).toBe('Outer title');
    expect(only(item({ title: undefined }, { title: 'Outer title' })).title).toBe('Outer title');
    expect(only(item({ title: 7 }, { title: 7 })).title).toBe('');
  });

  it('reads votes only as a whole, non-negative, safe number', () => {
    const votes = (upvotes: unknown) => only(item({ upvotes })).votes;
    expect(votes(0)).toBe(0);
    expect(votes(42)).toBe(42);
    expect(votes(-1)).toBeNull();
    expect(votes(1.5)).toBeNull();
    expect(votes('16')).toBeNull();
    expect(votes(2 ** 53)).toBeNull();
    expect(votes(undefined)).toBeNull();
  });

  it('reads author names in order, without blanks, repeats or commas, ignoring what is not a named author', () => {
    const authors = (list: unknown) => only(item({ authors: list })).authors;
    expect(authors([{ name: ' Ada  Lovelace ' }, { name: 'Smith, Jr.' }, { name: '' }, { name: '  ' }, { name: 'Ada Lovelace' }, { name: 3 }, 'Bob', null, [{ name: 'x' }], { name: 'Alan\nTuring' }])).toEqual([
      'Ada Lovelace',
      'Smith Jr.',
      'Alan Turing',
    ]);
    expect(authors([{ name: 'Smith,Jr.' }])).toEqual(['Smith Jr.']);
    expect(authors('Ada Lovelace')).toEqual([]);
    expect(authors(undefined)).toEqual([]);
  });

  it('keeps only https thumbnails, upgrading http ones on huggingface.co, and tells videos by .mp4', () => {
    const media = (thumbnail: unknown) => only(item({}, { thumbnail })).media;
    expect(media('  https://example.org/a.png  ')).toEqual({ kind: 'image', url: 'https://example.org/a.png' });
    expect(media('http://cdn-uploads.huggingface.co/a.png')).toEqual({ kind: 'image', url: 'https://cdn-uploads.huggingface.co/a.png' });
    expect(media('http://huggingface.co/a.png')).toEqual({ kind: 'image', url: 'https://huggingface.co/a.png' });
    expect(media('https://cdn-uploads.huggingface.co/clip.MP4')).toEqual({ kind: 'video', url: 'https://cdn-uploads.huggingface.co/clip.MP4' });
    expect(media('https://example.org/clip.mp4?x=.png')).toEqual({ kind: 'video', url: 'https://example.org/clip.mp4?x=.png' });
    expect(media('https://example.org/clip.mp4.png')).toEqual({ kind: 'image', url: 'https://example.org/clip.mp4.png' });
    for (const refused of ['http://example.org/a.png', 'http://nothuggingface.co/a.png', 'javascript:alert(1)', 'data:image/png;base64,AA', 'https://user:pw@example.org/a.png', 'https://user@example.org/a.png', 'https://:pw@example.org/a.png', 'not a url', '/relative.png', '', '   ', 42, null, ['https://example.org/a.png'], 'ftp://cdn-uploads.huggingface.co/a.png']) {
      expect(media(refused)).toBeNull();
    }
  });

  it("percent-encodes what would end the Markdown link or the video tag's attribute", () => {
    expect(only(item({}, { thumbnail: "https://example.org/a(1)'b'.png" })).media?.url).toBe('https://example.org/a%281%29%27b%27.png');
    expect(only(item({}, { thumbnail: 'https://example.org/a.png?q="x"<y>' })).media?.url).toBe('https://example.org/a.png?q=%22x%22%3Cy%3E');
  });
});

describe('readAnswer', () => {
  it('returns the papers of a JSON list', () => {
    const day = readAnswer(JSON.stringify([item(), { other: true }]), '2024-03-25');
    expect(day.papers.map((paper) => paper.id)).toEqual(['2403.15371']);
    expect(day.skipped).toBe(1);
  });

  it('names what came instead of JSON: an HTML page, an empty body, or other text', () => {
    expect(readError('  <!DOCTYPE html><html></html>')).toMatchObject({ kind: 'not-json', message: expect.stringContaining('an HTML page') as string });
    expect(readError(' \n ')).toMatchObject({ kind: 'not-json', message: expect.stringContaining('an empty body') as string });
    expect(readError('[{"paper": ')).toMatchObject({ kind: 'not-json', message: expect.stringContaining('perhaps cut off') as string });
    expect(readError('x <html>').message).toContain('perhaps cut off');
  });

  it('refuses JSON that is not a list', () => {
    expect(readError('{"papers": []}')).toMatchObject({ kind: 'not-array', name: 'FeedError' });
    expect(readError('{"papers": []}').message).not.toBe('');
    expect(readError('null').kind).toBe('not-array');
  });

  it('calls a day without papers empty, saying how many items of another shape were skipped', () => {
    const empty = readError('[]');
    expect(empty.kind).toBe('empty');
    expect(empty.message).toContain('2024-03-25');
    expect(empty.message).not.toMatch(/skipped/);
    expect(readError('[{"x": 1}]').message).toMatch(/\(1 item of another shape skipped\)/);
    expect(readError('[{"x": 1}, 2]').message).toMatch(/\(2 items of another shape skipped\)/);
  });
});
