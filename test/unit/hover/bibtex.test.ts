import { describe, expect, it } from 'vitest';
import { arxivIdDate, bibtexEntry } from '../../../src/core/bibtex';

describe('bibtexEntry', () => {
  it('writes an @misc entry for a 2024 id, with the key, authors joined by "and", year and month', () => {
    expect(
      bibtexEntry({ id: '2403.15371', title: 'Can large language models explore in-context?', authors: ['Dylan J. Foster', 'Keegan Harris', 'Aleksandrs Slivkins'] }),
    ).toBe(
      [
        '@misc{foster2024can,',
        '  title = {Can large language models explore in-context?},',
        '  author = {Dylan J. Foster and Keegan Harris and Aleksandrs Slivkins},',
        '  year = {2024},',
        '  month = mar,',
        '  eprint = {2403.15371},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/2403.15371},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('dates a 2009 id with a 4-digit sequence and an old-style id from the 1990s', () => {
    const modern = bibtexEntry({ id: '0901.1234', title: 'The Anatomy of a Thing', authors: ['Ada Lovelace'] });
    expect(modern).toMatch(/^@misc\{lovelace2009anatomy,$/m);
    expect(modern).toContain('  year = {2009},\n  month = jan,\n  eprint = {0901.1234},');
    const old = bibtexEntry({ id: 'hep-th/9901001', title: 'Strings', authors: ['Edward Witten'] });
    expect(old).toMatch(/^@misc\{witten1999strings,$/m);
    expect(old).toContain('  year = {1999},\n  month = jan,\n  eprint = {hep-th/9901001},\n  archivePrefix = {arXiv},');
    expect(old).not.toContain('primaryClass');
    expect(arxivIdDate('math/0703001')).toEqual({ year: 2007, month: 3 });
  });

  it('keeps non-ASCII author names in the entry and folds them to ASCII in the key', () => {
    const entry = bibtexEntry({ id: '2402.01566', title: 'Über große Modelle', authors: ['Éric Müller', '김 철수', '王 伟'] });
    expect(entry).toMatch(/^@misc\{muller2024uber,$/m);
    expect(entry).toContain('  author = {Éric Müller and 김 철수 and 王 伟},');
    expect(bibtexEntry({ id: '2402.01566', title: '대형 모델', authors: ['김철수'] })).toMatch(/^@misc\{arxiv2024,$/m);
  });

  it('ends the author list with "and others" when the feed left names out', () => {
    expect(bibtexEntry({ id: '2403.15371', title: 'T', authors: ['A B', 'C D'], namesLeftOut: true })).toContain('  author = {A B and C D and others},');
  });

  it('escapes LaTeX specials and unbalanced braces so the entry stays well formed', () => {
    const entry = bibtexEntry({ id: '2403.15371', title: 'Q&A at 100% {for #1} and {broken', authors: ['A B'] });
    expect(entry).toContain('  title = {Q\\&A at 100\\% \\{for \\#1\\} and \\{broken},');
    expect(bibtexEntry({ id: '2403.15371', title: 'The {LLM} way', authors: ['A B'] })).toContain('  title = {The {LLM} way},');
  });
});
