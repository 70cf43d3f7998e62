/** What the CLI knows about the other files it lints: the same day or paper elsewhere, with where it is. */
import { describe, expect, it } from 'vitest';
import { createInMemoryFacts } from '../../../src/core/in-memory-facts';
import { parseDigest } from '../../../src/core/parser/parser';

const A = ['## Daily Papers (2024-03-25)', '', '### [One](https://arxiv.org/abs/2403.15371)', '', '### [No id](https://example.org/x)', ''].join('\n');
const B = [
  '### [Outside](https://arxiv.org/abs/2403.15371)',
  '',
  '## Daily Papers (2024-03-25)',
  '',
  '### [One again](https://arxiv.org/abs/2403.15371)',
  '',
  '## Daily Papers (2024-02-30)',
  '',
  '### [Two](https://arxiv.org/abs/2403.15042)',
  '',
].join('\n');

/** Built inside each test, so that the mutation run counts the building as covered by the tests. */
function workspace() {
  return createInMemoryFacts([
    { uri: 'file:///a.md', digest: parseDigest(A) },
    { uri: 'file:///b.md', digest: parseDigest(B) },
  ]);
}

const at = (line: number, end: number) => ({ start: { line, character: 0 }, end: { line, character: end } });

describe('in-memory workspace facts', () => {
  it('a date: its day headings in the other files only', () => {
    const facts = workspace();
    expect(facts.otherDays('2024-03-25', 'file:///a.md')).toEqual([{ uri: 'file:///b.md', range: at(2, 28), date: '2024-03-25' }]);
    expect(facts.otherDays('2024-03-25', 'file:///b.md')).toEqual([{ uri: 'file:///a.md', range: at(0, 28), date: '2024-03-25' }]);
    expect(facts.otherDays('2024-03-25', 'file:///c.md')).toHaveLength(2);
  });

  it('a day whose date is not real is not known by any date', () => {
    const facts = workspace();
    expect(facts.otherDays('2024-02-30', 'file:///a.md')).toEqual([]);
  });

  it('a paper id: its headings in the other files, in days and outside them (with no date)', () => {
    const facts = workspace();
    expect(facts.otherPapers('2403.15371', 'file:///a.md')).toEqual([
      { uri: 'file:///b.md', range: at(4, 49), date: '2024-03-25' },
      { uri: 'file:///b.md', range: at(0, 47), date: null },
    ]);
    expect(facts.otherPapers('2403.15371', 'file:///b.md')).toEqual([{ uri: 'file:///a.md', range: at(2, 43), date: '2024-03-25' }]);
    expect(facts.otherPapers('2403.15042', 'file:///a.md')).toEqual([{ uri: 'file:///b.md', range: at(8, 43), date: null }]);
  });

  it('unknown dates and ids have no locations', () => {
    const facts = workspace();
    expect(facts.otherDays('2000-01-01', 'file:///a.md')).toEqual([]);
    expect(facts.otherPapers('2401.00001', 'file:///a.md')).toEqual([]);
    expect(createInMemoryFacts([]).otherPapers('2403.15371', 'file:///a.md')).toEqual([]);
  });
});
