/** How a locale tag picks the catalogue, and how a message's placeholders are filled. */
import { afterEach, describe, expect, it } from 'vitest';
import { english, localeOf, translator } from '../../../src/core/l10n';
import { format, placeholdersOf } from '../../../src/core/l10n/format';
import { KO } from '../../../src/core/l10n/messages-ko';

describe('localeOf', () => {
  it('reads Korean from any ko tag with a region, encoding or modifier, surrounded by spaces or not', () => {
    expect(['ko', 'ko-KR', 'ko_KR', 'ko.UTF-8', 'ko@euro', '  ko-kr  ', 'Ko'].map(localeOf)).toEqual(Array(7).fill('ko'));
  });

  it('reads English from other tags, including ones that merely contain or start with ko', () => {
    expect(['kor', 'kok-IN', 'en-ko', 'x-ko', ' en ', 'ko!', 'k o'].map(localeOf)).toEqual(Array(7).fill('en'));
  });
});

describe('translator', () => {
  const key = 'card.video' as const;
  let removed: string | undefined;
  afterEach(() => {
    if (removed !== undefined) (KO as Record<string, string>)[key] = removed;
    removed = undefined;
  });

  it('gives one translator per language, whichever tag names it, English by default', () => {
    expect(translator('ko-KR')).toBe(translator('ko'));
    expect(translator()).toBe(english);
    expect(translator(null)).toBe(translator('de'));
    expect(translator('ko')(key)).toBe('▶ 동영상');
    expect(english(key)).toBe('▶ video');
    expect(english('card.daysMore', 'a · b · c', 2)).toBe('a · b · c and 2 more');
  });

  it('falls back to English for a key the Korean catalogue does not have yet', () => {
    removed = KO[key];
    delete (KO as Partial<Record<string, string>>)[key];
    expect(translator('ko')(key)).toBe('▶ video');
  });
});

describe('format and placeholdersOf', () => {
  it('fills placeholders of more than one digit, and leaves other braces alone', () => {
    const args = Array.from({ length: 11 }, (_, i) => `a${i}`);
    expect(format('{10}-{1}-{0}', args)).toBe('a10-a1-a0');
    expect(format('{x} {} {0', ['y'])).toBe('{x} {} {0');
    expect(format('{0}', [0])).toBe('0');
    expect(format('{0}{0}', [''])).toBe('');
  });

  it('lists each placeholder once, sorted', () => {
    expect(placeholdersOf('{1} of {0}, {1} again')).toEqual(['{0}', '{1}']);
    expect(placeholdersOf('none')).toEqual([]);
    expect(placeholdersOf('{12} {x}')).toEqual(['{12}']);
  });
});
