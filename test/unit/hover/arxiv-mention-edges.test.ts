import { describe, expect, it } from 'vitest';
import { arxivMentionAt } from '../../../src/core/arxiv-mention';

/** The id and the text of the mention at the first `|` of `marked` (the bar is removed before reading). */
function mentionAt(marked: string): [string, string] | null {
  const character = marked.indexOf('|');
  const line = marked.replace('|', '');
  const mention = arxivMentionAt(line, character);
  return mention && [mention.id, line.slice(mention.start, mention.end)];
}

describe('arxivMentionAt at the edges of a mention', () => {
  it('covers a mention from its first character up to, not including, the character after it', () => {
    const link = '[Attention](https://arxiv.org/abs/1706.03762)';
    expect(mentionAt(`see |${link} too`)).toEqual(['1706.03762', link]);
    expect(mentionAt(`see ${link}| too`)).toBeNull();
    expect(mentionAt('see |https://arxiv.org/abs/2403.15371 too')).toEqual(['2403.15371', 'https://arxiv.org/abs/2403.15371']);
    expect(mentionAt('see https://arxiv.org/abs/2403.15371| too')).toBeNull();
    expect(mentionAt('see |arXiv:2403.15371 too')).toEqual(['2403.15371', 'arXiv:2403.15371']);
    expect(mentionAt('see arXiv:2403.15371| too')).toBeNull();
  });

  it('picks the mention under the cursor when a line has several of a kind', () => {
    expect(mentionAt('[a](https://arxiv.org/abs/2403.15371) and [b](https://arxiv.org/abs/1706.|03762)')).toEqual([
      '1706.03762',
      '[b](https://arxiv.org/abs/1706.03762)',
    ]);
    expect(mentionAt('https://arxiv.org/abs/2403.15371 and https://arxiv.org/abs/1706.|03762')).toEqual([
      '1706.03762',
      'https://arxiv.org/abs/1706.03762',
    ]);
    expect(mentionAt('arXiv:2403.15371 and arXiv:1706.0|3762')).toEqual(['1706.03762', 'arXiv:1706.03762']);
    expect(mentionAt('arXiv:2403.15371 and then some |words')).toBeNull();
  });

  it('reads an autolink used as a link destination', () => {
    expect(mentionAt('[x|](<https://arxiv.org/abs/2403.15371>)')).toEqual(['2403.15371', '[x](<https://arxiv.org/abs/2403.15371>)']);
  });

  it('does not read a link whose destination is not a clean arXiv URL, but still the URL inside it', () => {
    expect(mentionAt('[x|](https://arxiv.org/abs/2403.15371<)')).toBeNull();
    expect(mentionAt('[x](https://arxiv.org/abs/2403.1|5371<)')).toEqual(['2403.15371', 'https://arxiv.org/abs/2403.15371']);
    expect(mentionAt('[x|](https://arxiv.org/abs/2403.15371>>)')).toBeNull();
  });

  it('reads a bare relative /papers/ link, at the start of a line or after a space or bracket', () => {
    expect(mentionAt('|/papers/2403.15371 is the page')).toEqual(['2403.15371', '/papers/2403.15371']);
    expect(mentionAt('see /papers/2403.1|5371.')).toEqual(['2403.15371', '/papers/2403.15371']);
    expect(mentionAt('(/papers/2403.1|5371)')).toEqual(['2403.15371', '/papers/2403.15371']);
  });

  it('does not read /papers/ that continues a host or path written before it', () => {
    expect(mentionAt('example.org/papers/2403.1|5371')).toBeNull();
    expect(mentionAt('x/papers/2403.1|5371')).toBeNull();
  });

  it('reads a full URL glued to the word before it', () => {
    expect(mentionAt('Paperhttps://arxiv.org/abs/2403.1|5371')).toEqual(['2403.15371', 'https://arxiv.org/abs/2403.15371']);
  });

  it('reads a written id with a two-digit version', () => {
    expect(mentionAt('arXiv:2403.1|5371v12')).toEqual(['2403.15371', 'arXiv:2403.15371v12']);
    expect(mentionAt('arXiv hep-th/99|01001v10')).toEqual(['hep-th/9901001', 'arXiv hep-th/9901001v10']);
  });
});
