import { describe, expect, it } from 'vitest';
import { exportDigest } from '../../../src/core/export';
import { parseDigest } from '../../../src/core/parser/parser';
import { entry } from '../helpers';

describe('exportDigest, the date of each day', () => {
  it('gives the real date, else the date normalised to YYYY-MM-DD, however the heading writes it', () => {
    const text = ['## Daily Papers (2024-3-5)', entry(), '## Daily Papers (2024-02-30)', entry(), '## daily papers 2024/2/30', entry()].join('\n\n') + '\n';
    const exported = exportDigest('digest.md', parseDigest(text));
    expect(exported.file).toBe('digest.md');
    expect(exported.days.map((day) => [day.date, day.line, day.papers.length])).toEqual([
      ['2024-03-05', 1, 1],
      ['2024-02-30', 14, 1],
      ['2024-02-30', 27, 1],
    ]);
  });
});
