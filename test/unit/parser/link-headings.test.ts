/** `### [Title](url)` headings: which spellings are links, and the title and URL with their exact ranges. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { textAt } from '../helpers';

function headingOf(heading: string) {
  const text = `## Daily Papers (2024-03-25)\n\n${heading}\n`;
  const paper = parseDigest(text).days[0].papers[0];
  return {
    style: paper.titleStyle,
    title: paper.title,
    titleText: textAt(text, paper.titleRange),
    titleColumns: [paper.titleRange.start.character, paper.titleRange.end.character],
    url: paper.url,
    urlText: paper.urlRange && textAt(text, paper.urlRange),
    urlColumns: paper.urlRange && [paper.urlRange.start.character, paper.urlRange.end.character],
    id: paper.id,
  };
}

describe('link headings', () => {
  it.each([
    ['### [T](https://arxiv.org/abs/2403.15371)', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [8, 40]],
    ['### [T](https://arxiv.org/abs/2403.15371 "tooltip")', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [8, 40]],
    ["### [T](https://arxiv.org/abs/2403.15371 'tooltip')", 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [8, 40]],
    ['### [T](  https://arxiv.org/abs/2403.15371  )', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [10, 42]],
    ['### [T](<https://arxiv.org/abs/2403.15371>)', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [9, 41]],
    ['### [T](<https://arxiv.org/abs/2403.15371> "tip")', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [9, 41]],
    ['### [T](https://arxiv.org/abs/2403.15371) ###', 'T', 'https://arxiv.org/abs/2403.15371', [5, 6], [8, 40]],
    ['### [a](b) [c](https://arxiv.org/abs/2403.15371)', 'a](b) [c', 'https://arxiv.org/abs/2403.15371', [5, 13], [15, 47]],
  ])('%j', (heading, title, url, titleColumns, urlColumns) => {
    expect(headingOf(heading)).toEqual({ style: 'link', title, titleText: title, titleColumns, url, urlText: url, urlColumns, id: '2403.15371' });
  });

  it('spaces inside the brackets are left out of the title, not out of its range', () => {
    expect(headingOf('### [ Spaced ](https://arxiv.org/abs/2403.15371)')).toMatchObject({ title: 'Spaced', titleText: ' Spaced ', titleColumns: [5, 13] });
  });

  it('an empty destination is a link with an empty URL', () => {
    expect(headingOf('### [T]()')).toMatchObject({ style: 'link', title: 'T', url: '', urlText: '', urlColumns: [8, 8], id: null });
  });

  it.each([
    '### [T](<https://arxiv.org/abs/2403.15371)',
    '### [T](https://arxiv.org/abs/2403.15371 extra)',
    '### [T](https://arxiv.org/abs/2403.15371 "unclosed)',
    '### [T](https://arxiv.org/abs/2403.15371) and more',
    '### [T] (https://arxiv.org/abs/2403.15371)',
    '### [T]',
    '### T](https://arxiv.org/abs/2403.15371)',
    '### (https://arxiv.org/abs/2403.15371)',
  ])('%j is a plain heading: the whole text is the title, there is no URL', (heading) => {
    const text = heading.slice(4);
    expect(headingOf(heading)).toEqual({ style: 'text', title: text, titleText: text, titleColumns: [4, heading.length], url: null, urlText: null, urlColumns: null, id: null });
  });
});
