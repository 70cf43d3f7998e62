/** DP004 and DP014 between days and files, as users see them: which is an error, which a warning, and where the others are. */
import { describe, expect, it } from 'vitest';
import { createInMemoryFacts } from '../../../src/core/in-memory-facts';
import { parseDigest } from '../../../src/core/parser/parser';
import { entry } from '../helpers';
import { shown } from './as-shown';

const A = entry();
const B = entry({ heading: '### [LLM2LLM: Boosting LLMs](https://arxiv.org/abs/2403.15042)', vote: 'Vote: 14' });
const day = (date: string, ...entries: string[]) => [`## Daily Papers (${date})`, ...entries].join('\n\n');
const doc = (...parts: string[]) => parts.join('\n\n') + '\n';

function withFiles(text: string, code: string, others: Record<string, string>): string[] {
  const workspaceFacts = createInMemoryFacts([
    { uri: 'file:///this.md', digest: parseDigest(text) },
    ...Object.entries(others).map(([uri, other]) => ({ uri, digest: parseDigest(other) })),
  ]);
  return shown(text, code, { uri: 'file:///this.md', workspaceFacts });
}

describe('DP014 paper-duplicate', () => {
  it('warns on a paper listed on another day of the file, and errs on the same day', () => {
    expect(shown(doc(day('2024-03-25', A, B, A), day('2024-03-26', B)), 'DP014', { uri: 'file:///this.md' })).toMatchInlineSnapshot(`
      [
        "24:0-24:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)" error: Paper 2403.15371 is listed again on the same day (first at line 3); expected each paper once.",
        "  related file:///this.md 2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)": 2403.15371 also listed here",
        "37:0-37:62 "### [LLM2LLM: Boosting LLMs](https://arxiv.org/abs/2403.15042)" warning: Paper 2403.15042 is listed on another day (first at line 14); expected each paper once.",
        "  related file:///this.md 13:0-13:62 "### [LLM2LLM: Boosting LLMs](https://arxiv.org/abs/2403.15042)": 2403.15042 also listed here",
      ]
    `);
  });

  it('warns on a paper outside any day listed again, with no date to compare', () => {
    expect(shown(doc(A, A, day('2024-03-26', B)), 'DP014', { uri: 'file:///this.md' })).toMatchInlineSnapshot(`
      [
        "11:0-11:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)" warning: Paper 2403.15371 is listed again (first at line 1); expected each paper once.",
        "  related file:///this.md 0:0-0:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)": 2403.15371 also listed here",
      ]
    `);
  });

  it('warns on the first listing when another file has the paper, naming how many files', () => {
    const text = doc(day('2024-03-25', A, B));
    expect(withFiles(text, 'DP014', { 'file:///other.md': doc(day('2024-03-20', A)) })).toMatchInlineSnapshot(`
      [
        "2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)" warning: Paper 2403.15371 is listed in another file; expected each paper once.",
        "  related file:///other.md 2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)": 2403.15371 also listed here",
      ]
    `);
    expect(withFiles(text, 'DP014', { 'file:///one.md': doc(day('2024-03-20', A)), 'file:///two.md': doc(day('2024-03-21', A)) })).toMatchInlineSnapshot(`
      [
        "2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)" warning: Paper 2403.15371 is listed in 2 other files; expected each paper once.",
        "  related file:///one.md 2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)": 2403.15371 also listed here",
        "  related file:///two.md 2:0-2:85 "### [Can large language models explore in-context?](https://arxiv.org/abs/2403.15371)": 2403.15371 also listed here",
      ]
    `);
  });

  it('is silent on distinct papers with or without other files, and on papers without an id', () => {
    const text = doc(day('2024-03-25', A, B));
    expect(withFiles(text, 'DP014', { 'file:///other.md': doc(day('2024-03-20', entry({ heading: '### [X](https://arxiv.org/abs/2401.00001)' }))) })).toEqual([]);
    expect(shown(doc(day('2024-03-25', entry({ heading: '### [Not a link]()' }), entry({ heading: '### [Not a link]()' }))), 'DP014')).toEqual([]);
  });
});

describe('DP004 day-duplicate', () => {
  it('reports a day that another file also has', () => {
    const text = doc(day('2024-03-25', A));
    expect(withFiles(text, 'DP004', { 'file:///other.md': doc(day('2024-03-25', B)) })).toMatchInlineSnapshot(`
      [
        "0:0-0:28 "## Daily Papers (2024-03-25)" warning: Day 2024-03-25 appears in another file; expected one section per date.",
        "  related file:///other.md 0:0-0:28 "## Daily Papers (2024-03-25)": 2024-03-25 also appears here",
      ]
    `);
    expect(withFiles(text, 'DP004', { 'file:///one.md': doc(day('2024-03-25', B)), 'file:///two.md': doc(day('2024-03-25', B)) })).toMatchInlineSnapshot(`
      [
        "0:0-0:28 "## Daily Papers (2024-03-25)" warning: Day 2024-03-25 appears in 2 other files; expected one section per date.",
        "  related file:///one.md 0:0-0:28 "## Daily Papers (2024-03-25)": 2024-03-25 also appears here",
        "  related file:///two.md 0:0-0:28 "## Daily Papers (2024-03-25)": 2024-03-25 also appears here",
      ]
    `);
  });
});
