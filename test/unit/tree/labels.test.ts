import { describe, expect, it } from 'vitest';
import { authorsShort, dayDescription, dayLabel, escapeMarkdown, markdownLink, monthName, paperDescription } from '../../../src/core/labels';

describe('tree labels', () => {
  it('names days with their weekday, and impossible dates as written', () => {
    expect(dayLabel('2024-03-25', true)).toBe('2024-03-25 (Mon)');
    expect(dayLabel('2024-02-29', true)).toBe('2024-02-29 (Thu)');
    expect(dayLabel('2024-02-30', false)).toBe('2024-02-30');
    expect(monthName('03')).toBe('March');
  });

  it('describes days by papers and votes', () => {
    expect(dayDescription(13, 13, 110)).toBe('13 papers · ▲110');
    expect(dayDescription(1, 1, 0)).toBe('1 paper');
    expect(dayDescription(2, 13, 30)).toBe('2 of 13 papers · ▲30');
  });

  it('describes papers by votes and first author', () => {
    expect(paperDescription(16, ['Dylan J. Foster', 'Keegan Harris'])).toBe('▲16 · Foster et al.');
    expect(paperDescription(null, ['Yiming Wang'])).toBe('Wang');
    expect(paperDescription(0, [])).toBe('▲0');
    expect(authorsShort([])).toBe('');
  });

  it('escapes digest text for Markdown tooltips', () => {
    expect(escapeMarkdown('[IDK] Tokens *A* <think> `x` $\\lambda$ 1. #1')).toBe('\\[IDK\\] Tokens \\*A\\* \\<think\\> \\`x\\` \\$\\\\lambda\\$ 1\\. \\#1');
    expect(escapeMarkdown('  four\n\n    spaces  ')).toBe('four spaces');
    // No bare URL or e-mail address left for GFM to turn into a link.
    expect(escapeMarkdown('see https://x.org/a www.y.org a@b.org')).toBe('see https\\://x\\.org/a www\\.y\\.org a\\@b\\.org');
  });

  it('writes Markdown links to the arXiv page, escaping the title', () => {
    expect(markdownLink('[IDK] Tokens', '2412.06676', 'https://huggingface.co/papers/2412.06676')).toBe('[\\[IDK\\] Tokens](https://arxiv.org/abs/2412.06676)');
    expect(markdownLink('No id', null, 'https://example.com/a (b)')).toBe('[No id](<https://example.com/a (b)>)');
    expect(markdownLink('No link', null, null)).toBe('No link');
  });
});
