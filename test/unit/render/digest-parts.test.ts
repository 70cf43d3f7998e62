/** The preview's sections and cards as a live page patches them: keys, lines, counts, the card cache, and which card a problem lands on. */
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../src/core/parser/parser';
import { CardCache, renderDigestHtml, renderDigestParts, type RenderDiagnostic, type RenderOptions } from '../../../src/core/render';
import { digest, entry } from '../helpers';
import { byClass, readHtml, textOf } from './html-check';

const parts = (text: string, options: RenderOptions = {}) => renderDigestParts(parseDigest(text), options);
const paperAt = (id: string) => entry({ heading: `### [Paper ${id}](https://arxiv.org/abs/${id})` });
const problem = (line: number): RenderDiagnostic => ({ code: 'DP999', message: `at line ${line}`, severity: 'warning', line });

/** The badges of each card, by card key. */
function badges(text: string, diagnostics: RenderDiagnostic[]): Record<string, string[]> {
  const rendered = parts(text, { diagnostics });
  return Object.fromEntries(rendered.sections.flatMap((section) => section.cards).map((card) => [card.key, byClass(readHtml(card.html), 'badge').map(textOf)]));
}

describe('renderDigestParts: sections and keys', () => {
  it('keys papers outside a day as "outside", days by their normalised date, repeats by a counter', () => {
    const text = [entry(), '## Daily Papers (2024-3-5)', paperAt('2403.00001'), '## Daily Papers (2024-03-05)', paperAt('2403.00002'), '## daily papers 2024/2/30'].join('\n\n') + '\n';
    const rendered = parts(text);
    expect(rendered.sections.map((section) => [section.key, section.line])).toEqual([
      ['outside', null],
      ['day:2024-03-05#0', 11],
      ['day:2024-03-05#1', 24],
      ['day:2024-02-30#0', 37],
    ]);
    expect(rendered.paperCount).toBe(3);
    expect(renderDigestParts(parseDigest(digest(entry(), paperAt('2403.00001'))), {}).paperCount).toBe(2);
  });

  it('keys cards by arXiv id, else by title, counting repeats of either', () => {
    const noLink = (title: string) => entry({ heading: `### ${title}` });
    const text = digest(paperAt('2403.00001'), paperAt('2403.00001'), paperAt('2403.00001'), noLink('[Untitled link]'), noLink('[Untitled link]'));
    expect(parts(text).sections[0].cards.map((card) => card.key)).toEqual(['id:2403.00001#0', 'id:2403.00001#1', 'id:2403.00001#2', 'title:[Untitled link]#0', 'title:[Untitled link]#1']);
  });

  it('writes the section of papers outside a day without a line, and a day with its line', () => {
    const html = renderDigestHtml(parseDigest(`${entry()}\n\n## Daily Papers (2024-03-26)\n`));
    expect(html).toContain('<section class="day" data-key="outside"><header');
    expect(html).toContain('<section class="day" data-line="11" data-key="day:2024-03-26#0"><header');
  });

  it('puts the section line on a day and none on the papers outside a day', () => {
    const html = readHtml(
      parts(`${entry()}\n\n## Daily Papers (2024-03-26)\n\n${paperAt('2403.00002')}\n`)
        .sections.map((section) => `<section data-line="${section.line}">${section.headerHtml}</section>`)
        .join(''),
    );
    expect(byClass(html, 'day-header').map(textOf)).toEqual(['Papers outside a day section1 paper', '2024-03-26 Tuesday1 paper · ▲16']);
  });
});

describe('day headers', () => {
  it.each([
    ['2024-03-24', 'Sunday'],
    ['2024-03-26', 'Tuesday'],
    ['2024-03-27', 'Wednesday'],
    ['2024-02-29', 'Thursday'],
    ['2024-03-01', 'Friday'],
    ['2023-12-30', 'Saturday'],
  ])('names the weekday of %s', (date, weekday) => {
    const header = readHtml(parts(digest(entry()).replace('2024-03-25', date)).sections[0].headerHtml);
    expect(textOf(byClass(header, 'weekday')[0])).toBe(weekday);
  });

  it('shows an impossible date normalised, however the heading writes it', () => {
    const header = readHtml(parts('## daily papers 2024/2/30\n\n' + entry() + '\n').sections[0].headerHtml);
    expect(textOf(byClass(header, 'day-header')[0])).toBe('2024-02-301 paper · ▲16');
  });
});

describe('which card a problem lands on', () => {
  // Lines: 0 the day heading, 2-11, 13-22 and 24-33 the three entries, blank lines between them.
  const text = digest(paperAt('2403.00001'), paperAt('2403.00002'), paperAt('2403.00003'));

  it('on the entry whose lines hold it, from its heading to its last line', () => {
    expect(badges(text, [problem(2), problem(11), problem(13), problem(22), problem(24), problem(33)])).toEqual({
      'id:2403.00001#0': ['DP999 at line 2', 'DP999 at line 11'],
      'id:2403.00002#0': ['DP999 at line 13', 'DP999 at line 22'],
      'id:2403.00003#0': ['DP999 at line 24', 'DP999 at line 33'],
    });
  });

  it('on no card when the problem is outside every entry: the day heading, a blank line between entries, a heading after them', () => {
    const withLater = `${text}\n## Daily Papers (2024-03-24)\n`;
    expect(badges(withLater, [problem(0), problem(12), problem(23), problem(35)])).toEqual({ 'id:2403.00001#0': [], 'id:2403.00002#0': [], 'id:2403.00003#0': [] });
  });

  it('in line order even when papers outside a day come after the days', () => {
    const later = `## Daily Papers (2024-03-25)\n\n${paperAt('2403.00001')}\n\n## Notes\n\n${paperAt('2403.00009')}\n`;
    const rendered = parts(later);
    expect(rendered.sections.map((section) => section.key)).toEqual(['outside', 'day:2024-03-25#0']);
    expect(badges(later, [problem(4), problem(16)])).toEqual({ 'id:2403.00009#0': ['DP999 at line 16'], 'id:2403.00001#0': ['DP999 at line 4'] });
  });
});

describe('CardCache', () => {
  it('renders a card once while renders keep using it, and forgets it after a render that did not', () => {
    const cache = new CardCache();
    let renders = 0;
    const render = () => `<b>${++renders}</b>`;
    const first = cache.get('a', render);
    expect(cache.get('a', render)).toBe(first);
    cache.endRender();
    expect(cache.get('a', render)).toBe(first);
    cache.endRender();
    cache.get('b', render);
    cache.endRender();
    expect(cache.get('a', render).rest).toBe('<b>3</b>');
    expect(renders).toBe(3);
  });

  it('changes the card when anything shown on it changes', () => {
    const base = digest(entry());
    const changes: [string, string][] = [
      ['![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)', '![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/other.png)'],
      ['![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)', '![](https://cdn-uploads.huggingface.co/clip.mp4)'],
      ['![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png)', '<iframe src="https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2403.15371.png"></iframe>'],
      ['Vote: 16\n\n', ''],
      ['Vote: 16', 'Vote:'],
      ['Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins', 'Authors: Dylan J. Foster, Keegan Harris'],
      ['Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins', 'Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins, +'],
      ['Authors: Dylan J. Foster, Keegan Harris, Aleksandrs Slivkins\n\n', ''],
      ['- second summary bullet', '- second summary bullet changed'],
      ['- second summary bullet', '- **Key**: second summary bullet'],
      ['- second summary bullet', '- **Other key**: second summary bullet'],
    ];
    for (const [from, to] of changes) {
      const cache = new CardCache();
      const before = parts(base, { cache }).sections[0].cards[0];
      const after = parts(base.replace(from, to), { cache }).sections[0].cards[0];
      expect(after.hash, `${from} → ${to}`).not.toBe(before.hash);
      expect(after.html).toBe(parts(base.replace(from, to)).sections[0].cards[0].html);
    }
  });

  it('changes the card when its problems change, and only then', () => {
    const cache = new CardCache();
    const text = digest(entry());
    const render = (diagnostics: RenderDiagnostic[]) => parts(text, { cache, diagnostics }).sections[0].cards[0];
    const plain = render([]);
    const warned = render([problem(2)]);
    expect(warned.hash).not.toBe(plain.hash);
    expect(render([{ ...problem(2), severity: 'error' }]).hash).not.toBe(warned.hash);
    expect(render([{ ...problem(2), code: 'DP998' }]).hash).not.toBe(warned.hash);
    expect(render([{ ...problem(2), message: 'other' }]).hash).not.toBe(warned.hash);
    expect(render([{ ...problem(2), line: 3 }]).hash).toBe(warned.hash);
  });
});
