import { describe, expect, it } from 'vitest';
import { createDigestService } from '../../../src/core/digest-service';
import { recordingLogger } from '../helpers';

const core = createDigestService({ logger: recordingLogger() });

describe('folding ranges', () => {
  it('fold each day and each paper that spans lines (to its last line that is not blank), and papers outside any day', () => {
    const text = [
      '### [Orphan](https://arxiv.org/abs/2403.00001)', // 0
      'Vote: 1',
      '',
      '## Daily Papers (2024-03-25)', // 3
      '',
      '### [First](https://arxiv.org/abs/2403.15371)', // 5
      'Vote: 16',
      '',
      '### [Second](https://arxiv.org/abs/2403.15042)', // 8
      'Vote: 2',
      '- bullet',
    ].join('\n');
    expect(core.foldingRanges(core.parse(text))).toEqual([
      { startLine: 3, endLine: 10 },
      { startLine: 5, endLine: 6 },
      { startLine: 8, endLine: 10 },
      { startLine: 0, endLine: 1 },
    ]);
  });

  it('leave out one-line sections, which have nothing to fold', () => {
    const text = '## Daily Papers (2024-03-25)\n### [Only a heading](https://arxiv.org/abs/2403.15371)';
    const digest = core.parse(text);
    expect(digest.days[0].papers).toHaveLength(1);
    expect(core.foldingRanges(digest)).toEqual([{ startLine: 0, endLine: 1 }]);
  });

  it('are empty for a document that is not a digest', () => {
    expect(core.foldingRanges(core.parse('# Title\n\ntext\n\nmore\n'))).toEqual([]);
  });
});
