/** DP052 and DP053 where the character scan decides: the order of findings, and a character at the very edge of a URL. */
import { describe, expect, it } from 'vitest';
import { digest, entry } from '../helpers';
import { findings } from './rule-helpers';

const image = (line: string) => digest(entry({ media: line }));

describe('DP053 text-invisible-character at the edges of a media URL', () => {
  it('counts a character at the URL’s first position as in the URL', () => {
    const [found, ...rest] = findings(image('![](\u200bhttps://cdn.example.org/a.png)'), 'DP053');
    expect(rest).toEqual([]);
    expect(found.message).toBe('Invisible character U+200B (zero width space) in the URL; expected nothing here.');
    expect(found.range).toEqual({ start: { line: 4, character: 4 }, end: { line: 4, character: 5 } });
  });

  it('counts a character before the URL on its line, in the image’s alt text, as text, and removes it', () => {
    const [found, ...rest] = findings(image('![a\u200bb](https://cdn.example.org/a.png)'), 'DP053');
    expect(rest).toEqual([]);
    expect(found.message).toBe('Invisible character U+200B (zero width space) in the text; expected nothing here.');
    expect(found.fix?.edits).toEqual([{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 4 } }, newText: '' }]);
  });
});

describe('DP052 text-control-character just after a media URL', () => {
  it('counts a tab right after the URL as text, and offers to restore the escape there', () => {
    const [found, ...rest] = findings(image('![](https://cdn.example.org/a.png\ttextit)'), 'DP052');
    expect(rest).toEqual([]);
    const at = '![](https://cdn.example.org/a.png'.length;
    expect(found.range).toEqual({ start: { line: 4, character: at }, end: { line: 4, character: at + 1 } });
    expect(found.fix?.edits).toEqual([{ range: found.range, newText: '\\t' }]);
  });
});

describe('findings of several characters', () => {
  it('come in document order whatever the order of the characters looked for', () => {
    const text = digest(entry({ summary: '- a\u2060b c\u00a0d e\ufeff f\u200bg h\u00a0i' }));
    expect(findings(text, 'DP053').map((d) => [d.range.start.character, d.message.slice(20, 26)])).toEqual([
      [3, 'U+2060'],
      [7, 'U+00A0'],
      [11, 'U+FEFF'],
      [14, 'U+200B'],
      [18, 'U+00A0'],
    ]);
  });
});
