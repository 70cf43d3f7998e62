import { describe, expect, it } from 'vitest';
import { arxivIdDate, bibtexEntry, bibtexKey } from '../../../src/core/bibtex';

/** The value of one field of an entry, as written after `name = `, or undefined when the field is missing. */
function field(entry: string, name: string): string | undefined {
  return new RegExp(`^  ${name} = (.*),$`, 'm').exec(entry)?.[1];
}

function key(entry: string): string | undefined {
  return /^@misc\{(.*),$/m.exec(entry)?.[1];
}

describe('arxivIdDate', () => {
  it.each([
    ['2412.12345', { year: 2024, month: 12 }],
    ['1501.00001', { year: 2015, month: 1 }],
    ['hep-th/9108001', { year: 1991, month: 8 }],
    ['math.AG/0703001', { year: 2007, month: 3 }],
  ])('dates %s', (id, date) => {
    expect(arxivIdDate(id)).toEqual(date);
  });

  it.each(['2400.12345', '2413.12345', 'hep-th/9913001', 'not-an-id', 'hep-th/x9901001', '2x03.12345', '240', ''])('gives no date for %j', (id) => {
    expect(arxivIdDate(id)).toBeNull();
  });
});

describe('bibtexEntry, field by field', () => {
  it('collapses whitespace runs and line breaks and trims, in the title and each author', () => {
    const entry = bibtexEntry({ id: '2403.15371', title: '  Large  Language\n Models  ', authors: [' Ada  Lovelace ', 'Alan\tTuring'] });
    expect(field(entry, 'title')).toBe('{Large Language Models}');
    expect(field(entry, 'author')).toBe('{Ada Lovelace and Alan Turing}');
    expect(key(entry)).toBe('lovelace2024large');
  });

  it('writes no author field for a paper without authors, and keys it by "arxiv"', () => {
    const entry = bibtexEntry({ id: '2403.15371', title: 'Can models explore?', authors: [] });
    expect(field(entry, 'author')).toBeUndefined();
    expect(key(entry)).toBe('arxiv2024can');
    expect(entry.split('\n')[1]).toBe('  title = {Can models explore?},');
  });

  it('writes "and others" alone when the feed gave no names but left some out', () => {
    expect(field(bibtexEntry({ id: '2403.15371', title: 'T', authors: [], namesLeftOut: true }), 'author')).toBe('{others}');
  });

  it('writes no year or month when the id carries no date, and keys such an entry by its id', () => {
    const entry = bibtexEntry({ id: 'hep-th/9913001', title: '대형 모델', authors: [] });
    expect(field(entry, 'year')).toBeUndefined();
    expect(field(entry, 'month')).toBeUndefined();
    expect(field(entry, 'eprint')).toBe('{hep-th/9913001}');
    expect(key(entry)).toBe('arxivhepth9913001');
  });

  it('writes every month by its BibTeX macro', () => {
    const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    months.forEach((month, index) => {
      const id = `24${String(index + 1).padStart(2, '0')}.00001`;
      expect(field(bibtexEntry({ id, title: 'T', authors: ['A B'] }), 'month')).toBe(month);
    });
  });
});

describe('bibtexKey', () => {
  it('skips leading punctuation and the articles a, an, the to find the first title word', () => {
    expect(bibtexKey({ id: '1706.03762', title: '"Attention" Is All You Need', authors: ['Ashish Vaswani'] }, 2017)).toBe('vaswani2017attention');
    expect(bibtexKey({ id: '1706.03762', title: 'The An A Model', authors: ['Ashish Vaswani'] }, 2017)).toBe('vaswani2017model');
    expect(bibtexKey({ id: '1706.03762', title: '-- 3D worlds', authors: ['A B'] }, 2017)).toBe('b20173d');
  });

  it('uses the surname of the first author, however the name is spaced', () => {
    expect(bibtexKey({ id: '2403.15371', title: 'Can', authors: ['  Dylan J.  Foster  ', 'Keegan Harris'] }, 2024)).toBe('foster2024can');
  });

  it('keys an entry with no year, no usable author and no usable title word by its id', () => {
    expect(bibtexKey({ id: 'hep-th/9901001', title: '모델', authors: [] }, null)).toBe('arxivhepth9901001');
    expect(bibtexKey({ id: '2403.15371', title: 'Model', authors: [] }, null)).toBe('arxivmodel');
  });
});

describe('bibtexEntry braces', () => {
  it('escapes braces that close before they open', () => {
    expect(field(bibtexEntry({ id: '2403.15371', title: 'a } b {', authors: ['A B'] }), 'title')).toBe('{a \\} b \\{}');
  });

  it('leaves balanced braces alone when an escaped brace sits inside them', () => {
    expect(field(bibtexEntry({ id: '2403.15371', title: 'Sets {A \\} B}', authors: ['A B'] }), 'title')).toBe('{Sets {A \\} B}}');
  });
});
