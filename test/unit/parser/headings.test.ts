/** ATX headings as the parser reads them: which lines are headings, their text and ranges, and what they start or end. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { textAt } from '../helpers';

const DAY = '## Daily Papers (2024-03-25)';

/** The papers of a one-day digest whose body is `lines`, as title, title text on screen and heading range. */
function papersOf(...lines: string[]) {
  const text = [DAY, '', ...lines].join('\n');
  return parseDigest(text).days[0].papers.map((paper) => ({
    title: paper.title,
    shown: textAt(text, paper.titleRange),
    heading: [paper.headingRange.start.line, paper.headingRange.start.character, paper.headingRange.end.character],
  }));
}

describe('paper headings (level 3)', () => {
  it('a plain heading: the title is its text, the heading range the whole line', () => {
    expect(papersOf('### Just a title')).toEqual([{ title: 'Just a title', shown: 'Just a title', heading: [2, 0, 16] }]);
  });

  it('a closing sequence of #s is not part of the title', () => {
    expect(papersOf('### Title ###', '### Other #  ')).toEqual([
      { title: 'Title', shown: 'Title', heading: [2, 0, 13] },
      { title: 'Other', shown: 'Other', heading: [3, 0, 13] },
    ]);
  });

  it('a # glued to the last word is part of the title (C#), and a heading of #s only is an empty title', () => {
    expect(papersOf('### Learning C#', '### #', '###')).toEqual([
      { title: 'Learning C#', shown: 'Learning C#', heading: [2, 0, 15] },
      { title: '', shown: '', heading: [3, 0, 5] },
      { title: '', shown: '', heading: [4, 0, 3] },
    ]);
  });

  it('spaces and tabs around the text are not part of the title', () => {
    expect(papersOf('###   Spaced out   ', '###\tTabbed\t')).toEqual([
      { title: 'Spaced out', shown: 'Spaced out', heading: [2, 0, 19] },
      { title: 'Tabbed', shown: 'Tabbed', heading: [3, 0, 11] },
    ]);
  });

  it('up to three spaces of indent still make a heading; the heading range starts after them', () => {
    expect(papersOf('   ### Indented')).toEqual([{ title: 'Indented', shown: 'Indented', heading: [2, 3, 15] }]);
  });

  it('four spaces of indent, no space after the #s, or seven #s make no heading', () => {
    expect(papersOf('    ### Code block', '###Glued', '####### Seven')).toEqual([]);
  });

  it('a link heading: the title is the link text, the URL its destination', () => {
    const text = `${DAY}\n\n### [A title](https://arxiv.org/abs/2403.15371)\n`;
    const paper = parseDigest(text).days[0].papers[0];
    expect(paper).toMatchObject({ titleStyle: 'link', title: 'A title', url: 'https://arxiv.org/abs/2403.15371', id: '2403.15371' });
    expect(textAt(text, paper.titleRange)).toBe('A title');
    expect(textAt(text, paper.urlRange!)).toBe('https://arxiv.org/abs/2403.15371');
    expect(textAt(text, paper.headingRange)).toBe('### [A title](https://arxiv.org/abs/2403.15371)');
  });
});

describe('headings of other levels', () => {
  it('a level-4 heading inside an entry is one of its text lines, and the entry runs on past it', () => {
    const text = [DAY, '', '### [A](https://arxiv.org/abs/2403.15371)', '#### Notes', 'Vote: 3'].join('\n');
    const paper = parseDigest(text).days[0].papers[0];
    expect(paper.fields).toEqual([
      { kind: 'text', line: 3, endLine: 3 },
      { kind: 'vote', line: 4, endLine: 4 },
    ]);
    expect(paper.votes?.value).toBe(3);
    expect(paper.range.end).toEqual({ line: 4, character: 7 });
  });

  it('a level-4 heading between a day heading and its first paper extends the day, and is no paper', () => {
    const text = [DAY, '', '#### Today'].join('\n');
    const day = parseDigest(text).days[0];
    expect(day.papers).toEqual([]);
    expect(day.range.end).toEqual({ line: 2, character: 10 });
  });

  it('a level-1 or level-2 heading that is not a day ends the day; a paper after it is outside any day', () => {
    for (const heading of ['# About', '## About']) {
      const text = [DAY, '', '### [A](https://arxiv.org/abs/2403.15371)', 'Vote: 1', '', heading, '', '### [B](https://arxiv.org/abs/2403.15042)', ''].join('\n');
      const parsed = parseDigest(text);
      expect(parsed.days.map((day) => day.papers.map((paper) => paper.title))).toEqual([['A']]);
      expect(parsed.days[0].range.end).toEqual({ line: 3, character: 7 });
      expect(parsed.orphanPapers.map((paper) => paper.title)).toEqual(['B']);
    }
  });

  it('a `### Daily Papers (date)` heading is a paper heading, not a day', () => {
    const parsed = parseDigest(`${DAY}\n\n### Daily Papers (2024-03-26)\n`);
    expect(parsed.days.map((day) => day.date)).toEqual(['2024-03-25']);
    expect(parsed.days[0].papers.map((paper) => paper.title)).toEqual(['Daily Papers (2024-03-26)']);
  });
});

describe('day headings', () => {
  it('the canonical heading: date, the date as written, its range, the heading range', () => {
    const text = `${DAY}\n`;
    const day = parseDigest(text).days[0];
    expect(day).toMatchObject({ date: '2024-03-25', dateText: '2024-03-25', headingStyle: 'canonical', headingText: 'Daily Papers (2024-03-25)', headingLevel: 2 });
    expect(day.dateRange).toEqual({ start: { line: 0, character: 17 }, end: { line: 0, character: 27 } });
    expect(day.headingRange).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 28 } });
    expect(day.range).toEqual(day.headingRange);
  });

  it('extra spaces after the #s and at the end keep the heading canonical, with the date where it is written', () => {
    const text = '##   Daily Papers (2024-03-25)  \n';
    const day = parseDigest(text).days[0];
    expect(day.headingStyle).toBe('canonical');
    expect(day.dateRange).toEqual({ start: { line: 0, character: 19 }, end: { line: 0, character: 29 } });
    expect(day.headingRange.end.character).toBe(32);
  });

  it.each([
    ['# Daily Papers (2024-03-05)', 1, '2024-03-05', '(2024-03-05)'],
    ['## Daily Papers on 2024.3.5 (Tue)', 2, '2024.3.5', 'on 2024.3.5 (Tue)'],
    ['## daily_papers: 2024 / 03 / 05', 2, '2024 / 03 / 05', ': 2024 / 03 / 05'],
    ['## Daily Paper 2024-3-05 and more', 2, '2024-3-05', ' 2024-3-05 and more'],
    ['## DAILY-PAPERS 2024-03-05', 2, '2024-03-05', ' 2024-03-05'],
  ])('a near miss %j is still a day, its date read and placed', (heading, level, dateText, tail) => {
    const text = `${heading}\n`;
    const day = parseDigest(text).days[0];
    expect(day).toMatchObject({ date: '2024-03-05', normalizedDateText: '2024-03-05', dateText, headingStyle: 'near-miss', headingLevel: level });
    expect(textAt(text, day.dateRange)).toBe(dateText);
    expect(heading.endsWith(tail)).toBe(true);
    expect(day.dateRange.start.character).toBe(heading.indexOf(dateText));
  });

  it.each([
    '## Daily Papers',
    '## Daily Papers (24-03-05)',
    '## Daily Papers 2024-03-055',
    '## Daily Papers 2024-003-05',
    '## Papers (2024-03-05)',
    '## Daily Paperss (2024-03-05)',
  ])('%j names no day', (heading) => {
    expect(parseDigest(`${heading}\n`).days).toEqual([]);
  });

  it.each([
    ['2024-01-31', true],
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2024-04-30', true],
    ['2024-04-31', false],
    ['2024-12-31', true],
    ['2024-12-32', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-03-00', false],
  ])('%s is a real date: %s', (date, real) => {
    const day = parseDigest(`## Daily Papers (${date})\n`).days[0];
    expect(day.date).toBe(real ? date : null);
    expect(day.normalizedDateText).toBe(date);
    expect(day.headingStyle).toBe('canonical');
  });

  it('a day runs to its last line that is not blank, before the next day heading', () => {
    const text = [DAY, '', 'Some words', '', '', '## Daily Papers (2024-03-26)', '', '### [B](https://arxiv.org/abs/2403.15042)', 'Vote: 12', '', ''].join('\n');
    const [first, second] = parseDigest(text).days;
    expect(first.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 2, character: 10 } });
    expect(second.range).toEqual({ start: { line: 5, character: 0 }, end: { line: 8, character: 8 } });
  });
});
