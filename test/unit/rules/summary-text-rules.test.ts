import { describe, expect, it } from 'vitest';
import { digest, entry, textAt } from '../helpers';
import { expectFix, findings } from './rule-helpers';

const bullets = (...lines: string[]) => digest(entry({ summary: lines.join('\n') }));

describe('DP050 summary-empty', () => {
  it('reports an entry without bullets', () => {
    expect(findings(digest(entry({ summary: null })), 'DP050')).toHaveLength(1);
  });
});

describe('DP051 summary-emphasis-unbalanced', () => {
  it('balances a key like its siblings', () => {
    const text = bullets("- ***What's New***: new.", '- ***Technical Details*: details.', '- ***Performance Highlights***: fast.');
    const [found] = findings(text, 'DP051');
    expect(textAt(text, found.range)).toBe('***Technical Details*:');
    expectFix(text, 'DP051', bullets("- ***What's New***: new.", '- ***Technical Details***: details.', '- ***Performance Highlights***: fast.'));
  });

  it('keeps the colon inside the marks when it was written there', () => {
    expectFix(bullets('- **Key:** one.', '- **Other:* two.'), 'DP051', bullets('- **Key:** one.', '- **Other:** two.'));
  });

  it('reports a key that is never closed', () => {
    expectFix(bullets('- **What is new: nothing closes this'), 'DP051', bullets('- **What is new**: nothing closes this'));
  });

  it.each([
    ['a phrase closed later in the bullet', '- *Note: the whole phrase is italic*'],
    ['a nested list marker', '- * item: text'],
    ['balanced keys of two and three marks', "- **What's New**: a.\n- ***Technical Details***: b."],
    ['A* and 1120*1120 in text', '- A* search at 1120*1120 resolution: fast.'],
  ])('is silent on %s', (_name, summary) => {
    expect(findings(digest(entry({ summary })), 'DP051')).toEqual([]);
  });
});

describe('DP052 text-control-character', () => {
  it.each([
    ['\b', 'enchbench', '\\benchbench'],
    ['\f', 'ramework', '\\framework'],
    ['\t', 'extit{x}', '\\textit{x}'],
  ])('restores %j eaten from a LaTeX macro', (char, rest, restored) => {
    const text = bullets(`- implemented in ${char}${rest} today.`);
    const [found] = findings(text, 'DP052');
    expect(found.message).toContain(restored.split('{')[0]);
    expectFix(text, 'DP052', bullets(`- implemented in ${restored} today.`));
  });

  it('restores a control character in a title', () => {
    const title = (t: string) => digest(entry({ heading: `### [${t}](https://arxiv.org/abs/2403.15371)` }));
    expectFix(title('A \bench for agents'), 'DP052', title('A \\bench for agents'));
  });

  it('reports a control character in the paper link without rewriting it', () => {
    const [found] = findings(digest(entry({ heading: '### [Title](https://\tarxiv.org/abs/2403.15371)' })), 'DP052');
    expect(found.fix).toBeUndefined();
  });

  it('ignores tabs used as indentation and tabs before non-letters', () => {
    expect(findings(bullets('- first', '\tcontinued line', '- a\t12 b'), 'DP052')).toEqual([]);
  });

  it('ignores text outside paper entries', () => {
    expect(findings(`# Notes\n\nsome \bbinary\n\n${digest(entry())}`, 'DP052')).toEqual([]);
  });
});

describe('DP053 text-invisible-character', () => {
  it('replaces a no-break space with a space and removes the others', () => {
    const text = bullets('- 19/63\u00a0tasks, x\u2062y, zero\u200bwidth.');
    expect(findings(text, 'DP053').map((d) => d.severity)).toEqual(['information', 'information', 'information']);
    expectFix(text, 'DP053', bullets('- 19/63 tasks, xy, zerowidth.'));
  });

  it('removes a no-break space from a media URL instead of putting a space there', () => {
    const image = (url: string) => digest(entry({ media: `![](${url})` }));
    expectFix(image('https://cdn.example.org/a\u00a0b.png'), 'DP053', image('https://cdn.example.org/ab.png'));
  });

  it('reports but does not touch the paper link, which carries the id', () => {
    const text = digest(entry({ heading: '### [Title](https://arxiv.org/abs/2403.\u200b15371)' }));
    const [found] = findings(text, 'DP053');
    expect(found.message).toContain('in the URL');
    expect(found.fix).toBeUndefined();
  });

  it('is silent on plain text, Korean and emoji with a zero width joiner', () => {
    expect(findings(bullets('- 평가합니다. 👩‍💻 fine'), 'DP053')).toEqual([]);
  });
});
