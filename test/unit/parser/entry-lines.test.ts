/** The lines of an entry after its heading: which field each line is, what it holds, and where. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { textAt } from '../helpers';

const DAY = '## Daily Papers (2024-03-25)';
const HEADING = '### [A](https://arxiv.org/abs/2403.15371)';

/** A one-day digest with one entry whose lines after the heading are `lines` (the heading is line 2). */
function entryText(...lines: string[]): string {
  return [DAY, '', HEADING, ...lines].join('\n');
}

function paperOf(text: string) {
  const [day] = parseDigest(text).days;
  expect(day.papers).toHaveLength(1);
  return day.papers[0];
}

const fieldsOf = (text: string) => paperOf(text).fields.map((field) => [field.kind, field.line, field.endLine]);

describe('Vote lines', () => {
  it.each(['Vote: 5', 'vote: 5', 'Votes: 5', 'VOTE : 5', 'Vote:5', 'votes\t: 5'])('%j is the vote line', (line) => {
    const text = entryText(line);
    const votes = paperOf(text).votes!;
    expect(votes.value).toBe(5);
    expect(votes.raw).toBe('5');
    expect(textAt(text, votes.rawRange)).toBe('5');
    expect(textAt(text, votes.range)).toBe(line);
    expect(fieldsOf(text)).toEqual([['vote', 3, 3]]);
  });

  it('an indented vote line with trailing spaces: the range is the text without them', () => {
    const text = entryText('  Vote:   16   ');
    const votes = paperOf(text).votes!;
    expect(votes.raw).toBe('16');
    expect(votes.rawRange).toEqual({ start: { line: 3, character: 10 }, end: { line: 3, character: 12 } });
    expect(votes.range).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 12 } });
  });

  it('an empty vote line has an empty raw text at the end of the line', () => {
    const text = entryText('Vote:   ');
    const votes = paperOf(text).votes!;
    expect(votes).toMatchObject({ value: null, raw: '' });
    expect(votes.rawRange).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 8 } });
    expect(votes.range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 8 } });
  });

  it.each([
    ['Vote: 9007199254740991', 9007199254740991],
    ['Vote: 9007199254740992', null],
    ['Vote: 99999999999999999999999', null],
    ['Vote: 1e3', null],
    ['Vote: 16 votes', null],
    ['Vote: ５', null],
  ])('%j counts %s', (line, value) => {
    expect(paperOf(entryText(line)).votes!.value).toBe(value);
  });

  it.each(['Voter: 5', 'Vote 5', 'Vote — 5', 'My vote: 5'])('%j is a text line, not a vote', (line) => {
    const text = entryText(line);
    expect(paperOf(text).votes).toBeNull();
    expect(fieldsOf(text)).toEqual([['text', 3, 3]]);
  });
});

describe('Authors lines', () => {
  it.each(['Authors: Ann Lee', 'authors: Ann Lee', 'Author: Ann Lee', 'AUTHORS : Ann Lee', 'Authors:Ann Lee'])('%j is the authors line', (line) => {
    const text = entryText(line);
    const authors = paperOf(text).authors!;
    expect(authors.names).toEqual(['Ann Lee']);
    expect(textAt(text, authors.rawRange)).toBe('Ann Lee');
    expect(textAt(text, authors.range)).toBe(line);
    expect(fieldsOf(text)).toEqual([['authors', 3, 3]]);
  });

  it.each(['Authorship: Ann Lee', 'Authors Ann Lee', 'Co-authors: Ann Lee'])('%j is a text line', (line) => {
    const text = entryText(line);
    expect(paperOf(text).authors).toBeNull();
    expect(fieldsOf(text)).toEqual([['text', 3, 3]]);
  });
});

describe('summary bullets', () => {
  it('`-`, `*` and `+` start bullets; the range runs from the marker, the text range over the trimmed text', () => {
    const text = entryText('- dash', '* star', '+ plus', '  -   indented   ', '-\ttab');
    const paper = paperOf(text);
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['dash', 'star', 'plus', 'indented', 'tab']);
    expect(paper.summary.map((bullet) => textAt(text, bullet.range))).toEqual(['- dash', '* star', '+ plus', '-   indented', '-\ttab']);
    expect(paper.summary[3].range).toEqual({ start: { line: 6, character: 2 }, end: { line: 6, character: 14 } });
    expect(paper.summary[3].textRange).toEqual({ start: { line: 6, character: 6 }, end: { line: 6, character: 14 } });
    expect(fieldsOf(text)).toEqual([['summary', 3, 7]]);
  });

  it('a marker glued to its text is no bullet', () => {
    const text = entryText('-dash', '*star*', '+1');
    expect(paperOf(text).summary).toEqual([]);
    expect(fieldsOf(text)).toEqual([['text', 3, 3], ['text', 4, 4], ['text', 5, 5]]);
  });

  it('a marker alone is an empty bullet', () => {
    const text = entryText('-', '- after');
    const paper = paperOf(text);
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['', 'after']);
    expect(paper.summary[0].range).toEqual({ start: { line: 3, character: 0 }, end: { line: 3, character: 1 } });
  });

  it('a line right under a bullet continues it; after a blank line or another field it does not', () => {
    const text = entryText('- one', '   continued  ', '', 'not continued', '- two', 'Vote: 3', 'after the vote');
    const paper = paperOf(text);
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['one continued', 'two']);
    expect(paper.summary[0].range).toEqual({ start: { line: 3, character: 0 }, end: { line: 4, character: 12 } });
    expect(paper.summary[0].textRange).toEqual({ start: { line: 3, character: 2 }, end: { line: 3, character: 5 } });
    expect(fieldsOf(text)).toEqual([
      ['summary', 3, 4],
      ['text', 6, 6],
      ['summary', 7, 7],
      ['vote', 8, 8],
      ['text', 9, 9],
    ]);
  });

  it('a bullet continued over two lines keeps both in its text and body', () => {
    const text = entryText('- **Key**: one', 'two', 'three');
    const bullet = paperOf(text).summary[0];
    expect(bullet.text).toBe('**Key**: one two three');
    expect(bullet.body).toBe('one two three');
    expect(bullet.range.end).toEqual({ line: 5, character: 5 });
  });

  it('a whitespace-only line is blank: it ends a bullet and is no field', () => {
    const text = entryText('- one', ' \t ', 'text');
    expect(paperOf(text).summary.map((bullet) => bullet.text)).toEqual(['one']);
    expect(fieldsOf(text)).toEqual([['summary', 3, 3], ['text', 5, 5]]);
  });

  it('bullets separated by blank lines are one summary field; a text line between them splits it', () => {
    expect(fieldsOf(entryText('- a', '', '- b', '', '- c'))).toEqual([['summary', 3, 7]]);
    expect(fieldsOf(entryText('- a', '', 'words', '', '- c'))).toEqual([['summary', 3, 3], ['text', 5, 5], ['summary', 7, 7]]);
  });

  it('a bullet after a blank line joins the list, ends the entry, and can be continued', () => {
    const text = entryText('- a', '', '- b', 'more');
    const paper = paperOf(text);
    expect(paper.summary.map((bullet) => bullet.text)).toEqual(['a', 'b more']);
    expect(fieldsOf(text)).toEqual([['summary', 3, 6]]);
    expect(paper.range.end).toEqual({ line: 6, character: 4 });
    expect(paperOf(entryText('- a', '', '- b')).range.end).toEqual({ line: 5, character: 3 });
  });

  it('a # line that is no heading is a text line of the entry', () => {
    expect(fieldsOf(entryText('#hashtag', 'Vote: 3'))).toEqual([['text', 3, 3], ['vote', 4, 4]]);
  });

  it('bullets before any entry belong to the day, not to a paper', () => {
    const text = [DAY, '- a day note', '', HEADING, '- a'].join('\n');
    const day = parseDigest(text).days[0];
    expect(day.papers[0].summary.map((bullet) => bullet.text)).toEqual(['a']);
    expect(day.papers[0].range.start.line).toBe(3);
  });
});

describe('fenced code and HTML comments inside an entry', () => {
  it('fenced lines are text fields of the entry, and what they hold is not read', () => {
    const text = entryText('```', 'Vote: 99', '## Daily Papers (2024-01-01)', '```', 'Vote: 3');
    const paper = paperOf(text);
    expect(paper.votes?.value).toBe(3);
    expect(fieldsOf(text)).toEqual([['text', 3, 3], ['text', 4, 4], ['text', 5, 5], ['text', 6, 6], ['vote', 7, 7]]);
  });

  it('a fence closes only with its own marker, at least as long', () => {
    const text = entryText('~~~~', '```', '~~~', 'Vote: 99', '~~~~', 'Vote: 3');
    expect(paperOf(text).votes?.value).toBe(3);
  });

  it('a fence indented by four spaces is no fence', () => {
    const text = entryText('    ```', 'Vote: 3');
    expect(paperOf(text).votes?.value).toBe(3);
    expect(fieldsOf(text)).toEqual([['text', 3, 3], ['vote', 4, 4]]);
  });

  it('an unclosed fence runs to the end of the file', () => {
    const text = entryText('~~~', 'Vote: 99', '### [B](https://arxiv.org/abs/2403.15042)');
    const paper = paperOf(text);
    expect(paper.votes).toBeNull();
    expect(paper.range.end).toEqual({ line: 5, character: 41 });
  });

  it('lines of a multi-line comment are no fields, and what they hold is not read', () => {
    const text = entryText('<!--', 'Vote: 99', '### [B](https://arxiv.org/abs/2403.15042)', '-->', 'Vote: 3');
    const paper = paperOf(text);
    expect(paper.votes?.value).toBe(3);
    expect(fieldsOf(text)).toEqual([['vote', 7, 7]]);
  });

  it('an indented comment opening is a comment too; a one-line comment is a text line', () => {
    expect(fieldsOf(entryText('  <!-- note', 'Vote: 99 -->', 'Vote: 3'))).toEqual([['vote', 5, 5]]);
    expect(fieldsOf(entryText('<!-- note -->', 'Vote: 3'))).toEqual([['text', 3, 3], ['vote', 4, 4]]);
  });

  it('fences and comments outside any entry extend the day and hide headings', () => {
    const text = [DAY, '', '```', '### [B](https://arxiv.org/abs/2403.15042)', '```', '<!--', '## Daily Papers (2024-03-26)', '-->', ''].join('\n');
    const parsed = parseDigest(text);
    expect(parsed.days).toHaveLength(1);
    expect(parsed.days[0].papers).toEqual([]);
    expect(parsed.days[0].range.end).toEqual({ line: 4, character: 3 });
  });
});

describe('where an entry ends', () => {
  it('at a level-3 heading that is no paper outside any day; the lines after it belong to nothing', () => {
    const text = ['### [A](https://arxiv.org/abs/2403.15371)', 'Vote: 1', '', '### [Code](https://github.com/x/y)', 'Vote: 5', '- not a summary'].join('\n');
    const parsed = parseDigest(text);
    expect(parsed.orphanPapers).toHaveLength(1);
    const [paper] = parsed.orphanPapers;
    expect(paper.votes?.value).toBe(1);
    expect(paper.summary).toEqual([]);
    expect(paper.range.end).toEqual({ line: 1, character: 7 });
  });

  it('at its last line that is not blank, before the next heading', () => {
    const text = [DAY, '', HEADING, '', 'Vote: 3', '', '', '### [B](https://arxiv.org/abs/2403.15042)', '- b  ', '', ''].join('\n');
    const [first, second] = parseDigest(text).days[0].papers;
    expect(first.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 4, character: 7 } });
    expect(second.range).toEqual({ start: { line: 7, character: 0 }, end: { line: 8, character: 5 } });
    expect(parseDigest(text).days[0].range.end).toEqual({ line: 8, character: 5 });
  });

  it('a heading-only entry is one line long', () => {
    const text = [DAY, HEADING].join('\n');
    expect(parseDigest(text).days[0].papers[0].range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 41 } });
  });

  it('an indented heading: the entry range starts at column 0, the heading range at the #', () => {
    const text = [DAY, '', `  ${HEADING}`].join('\n');
    const paper = parseDigest(text).days[0].papers[0];
    expect(paper.range.start).toEqual({ line: 2, character: 0 });
    expect(paper.headingRange).toEqual({ start: { line: 2, character: 2 }, end: { line: 2, character: 43 } });
  });
});
