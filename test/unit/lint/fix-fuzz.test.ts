/**
 * Damaged digests, made by a seeded random mix of the deviations the rules know: lint never throws,
 * fixing twice equals fixing once, and no fix changes an arXiv id or a title (beyond restoring the
 * characters DP052/DP053 repair; a no-break space must become exactly one space).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixAll } from '../../../src/core/fix';
import { lint } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { SEEDS } from '../helpers';

const PIECES = [
  '\n', '\r\n', ' ', ',', ', ,', '[', ']', '(', ')', '*', '**', '***', '![](', '[Watch Video]', '<video src=x.mp4>', '</video>',
  '<div><video controls src="a.mp4" muted="false"></video></div>', 'Vote: ', 'Authors: ', "['", "'", '\u200b', '\u00a0', '\b', '\t',
  '### [', '## Daily Papers (2024-02-30)', '## Daily papers 2024-3-5', '<!-- daily-papers-disable -->', 'https://arxiv.org/pdf/2401.12345v2',
  '/avatars/x.svg', 'http://x.png', '- ',
];
/** What DP052/DP053 may change in a title: control characters become escapes, invisible ones vanish; spaces stay. */
const REPAIRED = /[\b\f\t\u200b\u2060\u2062\ufeff]|\\[bft]/g;
const RULES = { DP005: 'warning' } as const;

function idsAndTitles(text: string): string[] {
  const digest = parseDigest(text);
  return [...digest.days.flatMap((day) => day.papers), ...digest.orphanPapers].map((paper) => `${paper.id} ${paper.title.replace(/\u00a0/g, ' ').replace(REPAIRED, '')}`).sort();
}

describe('lint and fixAll on randomly damaged digests', () => {
  const seeds = ['2024-02-05.md', '2024-03-25.md'].map((name) => readFileSync(resolve(SEEDS, name), 'utf8'));
  let state = 20240325;
  const random = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state % n;
  };

  it('never throw, are idempotent and keep ids and titles', () => {
    for (let round = 0; round < 300; round++) {
      let text = seeds[random(seeds.length)];
      for (let change = 0; change <= random(8); change++) {
        const at = random(text.length + 1);
        const kind = random(3);
        if (kind === 0) text = text.slice(0, at) + PIECES[random(PIECES.length)] + text.slice(at);
        else if (kind === 1) text = text.slice(0, at) + text.slice(at + random(40));
        else {
          const end = text.indexOf('\n', at) + 1;
          if (end > 0) text = text.slice(0, at) + text.slice(at, end).repeat(2) + text.slice(end);
        }
      }
      if (random(4) === 0) text = text.replace(/\n/g, '\r\n');
      if (random(5) === 0) text = `\uFEFF${text}`;
      expect(() => lint(text, { rules: RULES }), `round ${round}`).not.toThrow();
      const once = fixAll(text, { rules: RULES }).text;
      expect(fixAll(once, { rules: RULES }).text, `round ${round}`).toBe(once);
      expect(idsAndTitles(once), `round ${round}`).toEqual(idsAndTitles(text));
    }
  });
});
