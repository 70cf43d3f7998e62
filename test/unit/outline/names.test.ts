/** How days, papers and authors are named in the tree, the outline and symbol search, and how author names are counted. */
import { describe, expect, it } from 'vitest';
import { authorKey, authorKeyTable } from '../../../src/core/author-key';
import { authorsShort, countOf, dayDescription, dayLabel, markdownLink, monthName, paperDescription, paperTitle } from '../../../src/core/labels';

describe('day labels', () => {
  it.each([
    ['2024-03-24', 'Sun'],
    ['2024-03-25', 'Mon'],
    ['2024-03-26', 'Tue'],
    ['2024-03-27', 'Wed'],
    ['2024-03-28', 'Thu'],
    ['2024-03-29', 'Fri'],
    ['2024-03-30', 'Sat'],
    ['2024-01-01', 'Mon'],
    ['2023-12-31', 'Sun'],
  ])('%s is a %s', (date, weekday) => {
    expect(dayLabel(date, true)).toBe(`${date} (${weekday})`);
    expect(dayLabel(date, true, 'en-GB')).toBe(`${date} (${weekday})`);
  });

  it('in another language the weekday is that language’s', () => {
    expect(dayLabel('2024-03-25', true, 'de')).toBe('2024-03-25 (Mo)');
    expect(dayLabel('2024-03-25', true, 'ko')).toBe('2024-03-25 (월)');
  });

  it('a language tag Intl cannot read falls back to English', () => {
    expect(dayLabel('2024-03-25', true, 'not a tag!')).toBe('2024-03-25 (Mon)');
    expect(monthName('03', 'not a tag!')).toBe('March');
  });

  it('an impossible date is shown as written, whatever the language', () => {
    expect(dayLabel('2024-02-30', false, 'ko')).toBe('2024-02-30');
  });
});

describe('month names', () => {
  it.each([
    ['01', 'January'],
    ['02', 'February'],
    ['06', 'June'],
    ['09', 'September'],
    ['12', 'December'],
  ])('%s is %s', (month, name) => {
    expect(monthName(month)).toBe(name);
    expect(monthName(month, 'en-US')).toBe(name);
  });

  it('in Korean, and a month that is none as written', () => {
    expect(monthName('03', 'ko')).toBe('3월');
    expect(monthName('13')).toBe('13');
    expect(monthName('00')).toBe('00');
  });
});

describe('counts and descriptions', () => {
  it('count nouns in the singular for one only', () => {
    expect([0, 1, 2].map((count) => countOf(count, 'paper'))).toEqual(['0 papers', '1 paper', '2 papers']);
  });

  it('a day: papers shown of all, and votes when there are any', () => {
    expect(dayDescription(1, 3, 5)).toBe('1 of 3 papers · ▲5');
    expect(dayDescription(0, 0, 0)).toBe('0 papers');
    expect(dayDescription(2, 2, 1)).toBe('2 papers · ▲1');
  });

  it('a paper: votes, then the first author’s surname', () => {
    expect(paperDescription(3, ['Ann Lee'])).toBe('▲3 · Lee');
    expect(paperDescription(null, [])).toBe('');
    expect(paperDescription(null, ['Ann Lee', 'Bo Chen'])).toBe('Lee et al.');
  });

  it('a surname is the last word, without trailing commas or semicolons', () => {
    expect(authorsShort(['  Dylan   J.  Foster  '])).toBe('Foster');
    expect(authorsShort(['Foster, Dylan'])).toBe('Dylan');
    expect(authorsShort(['Dylan Foster;', 'Other'])).toBe('Foster et al.');
    expect(authorsShort(['Plato'])).toBe('Plato');
    expect(authorsShort([' ;; '])).toBe(';;');
    expect(authorsShort(['Ann O,Brien;'])).toBe('O,Brien');
  });

  it('an empty title reads as an untitled entry; a title is shown trimmed', () => {
    expect(paperTitle('   ')).toBe('(untitled entry)');
    expect(paperTitle('  A title ')).toBe('A title');
  });
});

describe('Markdown links', () => {
  it('escape brackets and backslashes in the title', () => {
    expect(markdownLink('a\\b [c]', '2403.15371', null)).toBe('[a\\\\b \\[c\\]](https://arxiv.org/abs/2403.15371)');
  });

  it('wrap a destination with spaces, parentheses or angle brackets in <>, encoding the brackets', () => {
    expect(markdownLink('T', null, 'https://x.org/a<b>')).toBe('[T](<https://x.org/a%3Cb%3E>)');
    expect(markdownLink('T', null, 'https://x.org/a(b')).toBe('[T](<https://x.org/a(b>)');
    expect(markdownLink('T', null, 'https://x.org/a')).toBe('[T](https://x.org/a)');
  });

  it('an untitled entry without a link is its placeholder title', () => {
    expect(markdownLink('', null, '')).toBe('(untitled entry)');
  });
});

describe('author keys', () => {
  it.each([
    ['Ann Lee', 'Ann Lee'],
    ['  Ann   Lee  ', 'Ann Lee'],
    ['Ann\tLee', 'Ann Lee'],
    ['Ann\u00a0Lee', 'Ann Lee'],
    [' Ann', 'Ann'],
    ['Ann ', 'Ann'],
    ['Léa Martin', 'Léa Martin'],
    ['Le\u0301a Martin', 'Léa Martin'],
    ['Ann\nLee', 'Ann Lee'],
    ['', ''],
    [' ', ''],
    ['김철수', '김철수'],
    ['A\u007fB', 'A\u007fB'],
    ['e\u0300', '\u00e8'],
    ['\u1100\u1161', '\uac00'],
  ])('%j counts as %j', (name, key) => {
    expect(authorKey(name)).toBe(key);
  });

  it('numbers each distinct key once, in the order met', () => {
    const first = authorKeyTable.idOf('Test Author One (names.test)');
    const second = authorKeyTable.idOf('Test Author Two (names.test)');
    expect(second).toBe(first + 1);
    expect(authorKeyTable.idOf('Test Author One (names.test)')).toBe(first);
    expect(authorKeyTable.find('Test Author Two (names.test)')).toBe(second);
    expect(authorKeyTable.find('Nobody met (names.test)')).toBeUndefined();
    expect(authorKeyTable.keyOf(first)).toBe('Test Author One (names.test)');
    expect(authorKeyTable.size).toBe(second + 1);
  });
});
