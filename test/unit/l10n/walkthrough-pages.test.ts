/**
 * The walkthrough's step pages in Korean: VS Code's Getting Started page reads `step.nls.ko.md` beside a
 * step's `step.md` when the display language is Korean (then `step.nls.<lang>.md`, then `step.md`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers';

const HANGUL = /[\uac00-\ud7a3]/;
const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { contributes: { walkthroughs: { steps: { id: string; media: { markdown?: string } }[] }[] } };
const pages = manifest.contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps.flatMap((step) => (step.media.markdown ? [step.media.markdown] : [])));
/** What a translation must keep as written: rule codes, settings, keys, arXiv links and ids. */
const kept = (text: string) => [...text.matchAll(/DP\d{3}|dailyPapers\.[\w.]+|\*\*(?:Ctrl|Cmd)[^*]*\*\*|https?:\/\/\S+?(?=[`)\s])|\d{4}\.\d{4,5}/g)].map((match) => match[0]).sort();

describe('the walkthrough step pages', () => {
  it('every step has a page', () => {
    expect(pages).toHaveLength(5);
  });

  for (const page of pages) {
    it(`${page} has a Korean page beside it, keeping the codes, settings, keys and links`, () => {
      const korean = join(REPO, page.replace(/\.md$/, '.nls.ko.md'));
      expect(existsSync(korean)).toBe(true);
      const text = readFileSync(korean, 'utf8');
      const english = readFileSync(join(REPO, page), 'utf8');
      const prose = text.replace(/```[\s\S]*?```/g, '').split('\n').filter((line) => line.trim() && !line.startsWith('>') && !line.startsWith('|---'));
      expect(prose.filter((line) => !HANGUL.test(line) && /[a-z]{3,} [a-z]{3,}/i.test(line.replace(/`[^`]*`/g, '')))).toEqual([]);
      expect(kept(text)).toEqual(kept(english));
    });
  }
});
