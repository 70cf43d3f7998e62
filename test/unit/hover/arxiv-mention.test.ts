import { describe, expect, it } from 'vitest';
import { arxivMentionAt } from '../../../src/core/arxiv-mention';

/** The id and the text of the mention at the first `|` of `marked` (the bar is removed before reading). */
function mentionAt(marked: string): [string, string] | null {
  const character = marked.indexOf('|');
  const line = marked.replace('|', '');
  const mention = arxivMentionAt(line, character);
  return mention && [mention.id, line.slice(mention.start, mention.end)];
}

describe('arxivMentionAt', () => {
  it('reads a Markdown link anywhere on its text or destination', () => {
    const link = '[Attention Is All You Need](https://arxiv.org/abs/1706.03762)';
    expect(mentionAt(`- [|Attention Is All You Need](https://arxiv.org/abs/1706.03762)`)).toEqual(['1706.03762', link]);
    expect(mentionAt(`- [Attention Is All You Need](https://arxiv.org/abs/1706.0|3762)`)).toEqual(['1706.03762', link]);
    expect(mentionAt(`|- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)`)).toBeNull();
  });

  it('reads every URL form: pdf, versioned, http, Hugging Face, relative /papers/, old-style ids, autolinks', () => {
    expect(mentionAt('see https://arxiv.org/pdf/2403.15|371v2.pdf. Next')).toEqual(['2403.15371', 'https://arxiv.org/pdf/2403.15371v2.pdf']);
    expect(mentionAt('http://arxiv.org/abs/2403.1|5371v3')).toEqual(['2403.15371', 'http://arxiv.org/abs/2403.15371v3']);
    expect(mentionAt('hf https://huggingface.co/pa|pers/2403.15371')).toEqual(['2403.15371', 'https://huggingface.co/papers/2403.15371']);
    expect(mentionAt('[x](/papers/2311.|11045)')).toEqual(['2311.11045', '[x](/papers/2311.11045)']);
    expect(mentionAt('old https://arxiv.org/abs/hep-th/990|1001')).toEqual(['hep-th/9901001', 'https://arxiv.org/abs/hep-th/9901001']);
    expect(mentionAt('<https://arxiv.org/abs/2403.|15371>')).toEqual(['2403.15371', 'https://arxiv.org/abs/2403.15371']);
  });

  it('reads a bare URL glued to text of another script', () => {
    expect(mentionAt('자세한 내용은 https://arxiv.org/abs/2403.15|371에서 확인')).toEqual(['2403.15371', 'https://arxiv.org/abs/2403.15371']);
  });

  it('reads written ids', () => {
    expect(mentionAt('as in arX|iv:2403.15371 shows')).toEqual(['2403.15371', 'arXiv:2403.15371']);
    expect(mentionAt('as in arxiv 2403.1|5371v3, shows')).toEqual(['2403.15371', 'arxiv 2403.15371v3']);
    expect(mentionAt('as in arXiv: hep-th/99|01001')).toEqual(['hep-th/9901001', 'arXiv: hep-th/9901001']);
    expect(mentionAt('2009: arXiv:0901.12|34')).toEqual(['0901.1234', 'arXiv:0901.1234']);
    expect(mentionAt('at the end of a sentence, arXiv:2403.1|5371.')).toEqual(['2403.15371', 'arXiv:2403.15371']);
    expect(mentionAt('arXiv:2403.1|53712 has six digits')).toBeNull();
  });

  it('ignores ordinary text, bare numbers, invalid ids and other links', () => {
    expect(mentionAt('nothing here 2403.15|371')).toBeNull();
    expect(mentionAt('arXiv:2413.1|5371 has month 13')).toBeNull();
    expect(mentionAt('[x](https://example.org/abs/2403.|15371)')).toBeNull();
    expect(mentionAt('https://arxiv.org/abs/2403.15371 and |more')).toBeNull();
    expect(mentionAt('Which benchmarks do the pap|ers above share?')).toBeNull();
  });
});
