/** How search ranks and explains its hits: the order the Go to Symbol and quick-pick lists show. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { indexDigest, type IndexedPaper } from '../../../src/core/workspace/records';
import { compareHits, foldForSearch, matchingAuthors, matchPaper, MatchedField, queryWords } from '../../../src/core/workspace/search';
import { digest, paper, type PaperText } from './memory-file-system';

function papers(date: string, ...entries: PaperText[]): IndexedPaper[] {
  return indexDigest(`mem:/${date}.md`, parseDigest(digest(date, ...entries.map(paper)))).days[0].papers.slice();
}

const [explore] = papers('2024-03-25', { id: '2403.15371', title: 'Can large language models explore?', votes: 16, authors: ['Dylan Foster', 'Éric Gaussier'] });

describe('matchPaper', () => {
  it('scores a word at the start of a title word 200, inside a word 100; an author 20 or 10; an id 1', () => {
    expect(matchPaper(explore, ['lang'])).toEqual({ paper: explore, score: 200, fields: MatchedField.Title });
    expect(matchPaper(explore, ['anguage'])).toEqual({ paper: explore, score: 100, fields: MatchedField.Title });
    expect(matchPaper(explore, ['foster'])).toEqual({ paper: explore, score: 20, fields: MatchedField.Author });
    expect(matchPaper(explore, ['oster'])).toEqual({ paper: explore, score: 10, fields: MatchedField.Author });
    expect(matchPaper(explore, ['15371'])).toEqual({ paper: explore, score: 1, fields: MatchedField.Id });
  });

  it('adds up every word and names every field a word was found in', () => {
    expect(matchPaper(explore, ['explore', 'dylan', '2403'])).toEqual({
      paper: explore,
      score: 200 + 20 + 1,
      fields: MatchedField.Title | MatchedField.Author | MatchedField.Id,
    });
    expect(matchPaper(explore, ['explore', 'nowhere'])).toBeNull();
    expect(matchPaper(explore, [])).toBeNull();
  });

  it('counts a word start after punctuation, a space or a line between names, not after a letter, digit or accent', () => {
    const scoreAfter = (before: string) => {
      const [entry] = papers('2024-03-25', { id: '2403.00001', title: `${before}ray`, authors: ['Ann'] });
      return matchPaper(entry, ['ray'])?.score;
    };
    expect(['', ' ', '-', '(', '/', ':', '@', '[', '`', '{', '~'].map(scoreAfter)).toEqual(Array(11).fill(200));
    expect(['a', 'm', 'z', '0', '5', '9', 'é', '中'].map(scoreAfter)).toEqual(Array(8).fill(100));
    const [second] = papers('2024-03-25', { id: '2403.00003', title: 'Xray then ray', authors: ['Ann Lee', 'Bo Ray'] });
    expect(matchPaper(second, ['ray'])?.score).toBe(200);
    expect(matchPaper(second, ['bo'])?.score).toBe(20);
  });

  it('finds ids only by the id, and an entry without an id by title and authors alone', () => {
    const [noId] = indexDigest('mem:/x.md', parseDigest('## Daily Papers (2024-03-25)\n\n### [Local notes](/notes)\n\nAuthors: Ann\n')).days[0].papers;
    expect(matchPaper(noId, ['notes'])?.fields).toBe(MatchedField.Title);
    expect(matchPaper(noId, ['2403'])).toBeNull();
    expect(matchPaper(noId, ['was'])).toBeNull();
  });
});

describe('compareHits', () => {
  it('best score first, then most votes (none below 0), then the newer day', () => {
    const [older] = papers('2024-03-25', { id: '2403.00001', title: 'Alpha', votes: 5 });
    const [newer] = papers('2024-03-26', { id: '2403.00002', title: 'Alpha', votes: 5 });
    const [more] = papers('2024-03-20', { id: '2403.00003', title: 'Alpha', votes: 9 });
    const [none] = indexDigest('mem:/n.md', parseDigest(digest('2024-03-27', paper({ id: '2403.00004', title: 'Alpha' }).replace('Vote: 1', 'Vote: x')))).days[0].papers;
    const [zero] = papers('2024-03-19', { id: '2403.00005', title: 'Alpha', votes: 0 });
    const hit = (p: IndexedPaper, score = 100) => ({ paper: p, score, fields: MatchedField.Title });
    const hits = [hit(none), hit(zero), hit(older), hit(newer), hit(more), hit(older, 200)];
    expect(hits.sort(compareHits).map((each) => [each.score, each.paper.id])).toEqual([
      [200, '2403.00001'],
      [100, '2403.00003'],
      [100, '2403.00002'],
      [100, '2403.00001'],
      [100, '2403.00005'],
      [100, '2403.00004'],
    ]);
    expect(compareHits(hit(older), hit(older))).toBe(0);
    expect([hit(newer), hit(older)].sort(compareHits).map((each) => each.paper.id)).toEqual(['2403.00002', '2403.00001']);
    expect([hit(older), hit(newer)].sort(compareHits).map((each) => each.paper.id)).toEqual(['2403.00002', '2403.00001']);
  });
});

describe('folding and words', () => {
  it('folds case, accents and typographic apostrophes; ASCII only lowercases', () => {
    expect(foldForSearch('ÉRIC D‘Alembert’s')).toBe("eric d'alembert's");
    expect(foldForSearch("MIXED Case 'plain'")).toBe("mixed case 'plain'");
    expect(foldForSearch('ﬁne Ａ')).toBe('ﬁne ａ');
  });

  it('splits a query on any whitespace, dropping empty words', () => {
    expect(queryWords('  Large\tLANGUAGE\n  Éric ')).toEqual(['large', 'language', 'eric']);
    expect(queryWords('')).toEqual([]);
  });

  it('names the authors a query word was found in, as written', () => {
    expect(matchingAuthors(explore, ['eric'])).toEqual(['Éric Gaussier']);
    expect(matchingAuthors(explore, ['ster', 'gauss'])).toEqual(['Dylan Foster', 'Éric Gaussier']);
    expect(matchingAuthors(explore, ['nobody'])).toEqual([]);
  });
});
