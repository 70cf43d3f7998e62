/** The Problems panel and the CLI list findings by position, then by code when two start at one place. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { digest, entry } from '../helpers';

describe('lint orders its findings', () => {
  it('by line, then character, then code', () => {
    const text = digest(entry({ vote: null, authors: null, media: '![](http://cdn.example.org/a.png)' }), entry({ heading: '### [B](https://arxiv.org/pdf/2403.15042)', vote: 'Vote: x' }));
    const found = lint(text).map((diagnostic) => `${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.code}`);
    expect(found).toEqual(['2:0 DP030', '2:0 DP040', '4:4 DP022', '9:8 DP012', '13:6 DP031']);
  });
});
