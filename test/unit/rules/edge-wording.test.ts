import { describe, expect, it } from 'vitest';
import { findings } from './rule-helpers';

const DAY = '## Daily Papers (2024-03-25)\n\n';
const ENTRY_TAIL = '\n\n![](https://cdn-uploads.huggingface.co/t.png)\n\nVote: 1\n\nAuthors: Ada Lovelace\n\n- A summary.\n';

describe('DP013 paper-id-invalid on an empty link', () => {
  it('marks the `()` of `[T]()`, not an empty range the editor cannot show', () => {
    const [found] = findings(`${DAY}### [T]()${ENTRY_TAIL}`, 'DP013');
    expect(found.range).toEqual({ start: { line: 2, character: 7 }, end: { line: 2, character: 9 } });
    expect(found.message).toBe('The empty link is not an arXiv or Hugging Face paper link; expected `https://arxiv.org/abs/ID`.');
  });
});

describe('DP014 paper-duplicate outside any day', () => {
  const paper = '### [T](https://arxiv.org/abs/2403.00001)';

  it('says "listed again", not "on another day", when the entries are outside day sections', () => {
    const found = findings(`${paper}${ENTRY_TAIL}\n${paper}${ENTRY_TAIL}`, 'DP014');
    expect(found.map((d) => [d.range.start.line, d.severity, d.message])).toEqual([
      [10, 'warning', 'Paper 2403.00001 is listed again (first at line 1); expected each paper once.'],
    ]);
  });

  it('says "listed again" when the first entry is outside a day and the second in one', () => {
    const found = findings(`${paper}${ENTRY_TAIL}\n${DAY}${paper}${ENTRY_TAIL}`, 'DP014');
    expect(found.map((d) => d.message)).toEqual(['Paper 2403.00001 is listed again (first at line 1); expected each paper once.']);
  });

  it('still says "on another day" between two days', () => {
    const found = findings(`${DAY}${paper}${ENTRY_TAIL}\n## Daily Papers (2024-03-26)\n\n${paper}${ENTRY_TAIL}`, 'DP014');
    expect(found.map((d) => d.message)).toEqual(['Paper 2403.00001 is listed on another day (first at line 3); expected each paper once.']);
  });
});

describe('DP052 text-control-character before no macro name', () => {
  it('names the lost escape once when no letters follow it, and the macro when they do', () => {
    const text = `${DAY}### [T](https://arxiv.org/abs/2403.00001)${ENTRY_TAIL.replace('A summary.', 'a \x08 b and \x08eta.')}`;
    expect(findings(text, 'DP052').map((d) => [d.range.start.character, d.message])).toEqual([
      [4, 'Control character U+0008 (backspace) in the text, likely a `\\b` lost in JSON decoding; expected `\\b`.'],
      [12, 'Control character U+0008 (backspace) in the text, likely the `\\b` of `\\beta` lost in JSON decoding; expected `\\beta`.'],
    ]);
  });
});
