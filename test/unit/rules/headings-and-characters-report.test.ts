/** DP002 for each way a day heading goes wrong, DP012 for each kind of paper link, DP052/DP053 in each place of an entry. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const dayWith = (heading: string) => `${heading}\n\n${entry()}\n`;

describe('DP002 day-date-invalid, each heading', () => {
  it.each([
    ['## Daily Papers: 2024-03-25'],
    ['## daily_papers 2024-03-25 )'],
    ['## Daily Paper — 2024-3-5'],
    ['## Daily Papers (2024-03-25) extra words'],
    ['## Papers of 2024-03-25'],
    ['## Daily Papers (2024-13-45)'],
    ['## Daily Papers 2024-02-30'],
    ['## Daily Papers (2024-02-30)'],
  ])('%s', (heading) => {
    const text = dayWith(heading);
    expect({ findings: shown(text, 'DP002'), fixed: fixedBy(text, 'DP002').split('\n')[0] }).toMatchSnapshot();
  });

  it('is silent on canonical headings with real dates, leap days included', () => {
    expect(shown(dayWith('## Daily Papers (2024-02-29)'), 'DP002')).toEqual([]);
  });
});

describe('DP012 paper-url-not-canonical, each kind of link', () => {
  it.each([
    ['https://arxiv.org/pdf/2403.15371'],
    ['https://arxiv.org/pdf/2403.15371v2'],
    ['https://huggingface.co/papers/2403.15371'],
    ['/papers/2403.15371'],
    ['https://arxiv.org/abs/2403.15371v3'],
    ['http://arxiv.org/abs/2403.15371'],
    ['https://www.arxiv.org/abs/2403.15371'],
    ['https://arxiv.org/abs/2403.15371/'],
  ])('%s', (url) => {
    const text = digest(entry({ heading: `### [Can large language models explore in-context?](${url})` }));
    expect(shown(text, 'DP012')).toMatchSnapshot();
  });

  it('is silent on the canonical link, old-style ids included', () => {
    expect(shown(digest(entry({ heading: '### [T](https://arxiv.org/abs/2403.15371)' })), 'DP012')).toEqual([]);
    expect(shown(digest(entry({ heading: '### [T](https://arxiv.org/abs/hep-th/9901001)' })), 'DP012')).toEqual([]);
  });
});

describe('DP052 and DP053 in each place of an entry', () => {
  const H = '### [Can large\u00a0language models explore in-context?](https://arxiv.org/abs/2403.15371\u200b)';
  const text = [
    '# Notes with\u00a0a no-break space and a \u200b outside any entry',
    '',
    '## Daily Papers (2024-03-25)',
    '',
    H,
    '',
    '![](https://cdn-thumbnails.huggingface.co/social\u200b-thumbnails/papers/2403.15371.png)',
    '',
    'Vote: 16',
    '',
    'Authors: Dylan\u00a0J. Foster, Keegan\u2060Harris',
    '',
    '- a bullet with \u2062 and \ufeff and \b and \f and \t',
    '',
    entry({ heading: '### [LLM2LLM](https://arxiv.org/abs/2403.15042)', summary: '- second entry \u200b and \u00a0 here' }),
    '',
  ].join('\n');

  it('DP053: a space in text, removed from URLs, only reported in the heading link', () => {
    expect({ findings: shown(text, 'DP053'), fixed: fixedBy(text, 'DP053') }).toMatchSnapshot();
  });

  it('DP052: control characters with their lost escape', () => {
    expect({ findings: shown(text, 'DP052'), fixed: fixedBy(text, 'DP052') }).toMatchSnapshot();
  });
});
