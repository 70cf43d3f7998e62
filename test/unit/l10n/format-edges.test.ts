/** The `{n}` formatter at its edges: what stays as written, what is replaced, and every catalogue message filled in. */
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/core/l10n';
import { format, placeholdersOf } from '../../../src/core/l10n/format';

const ARGS = Array.from({ length: 12 }, (_, i) => `a${i}`);

describe('format', () => {
  it('replaces a placeholder at the very start, just after it, and at the end', () => {
    expect(format('{0}', ['X'])).toBe('X');
    expect(format('a{0}', ['X'])).toBe('aX');
    expect(format('ab{0}', ['X'])).toBe('abX');
    expect(format('{0} votes', ['X'])).toBe('X votes');
  });

  it('reads every digit as a digit, 0 to 9, and two-digit indexes', () => {
    for (let i = 0; i <= 9; i++) expect(format(`<{${i}}>`, ARGS)).toBe(`<a${i}>`);
    expect(format('{10}{11}', ARGS)).toBe('a10a11');
  });

  it('keeps a placeholder without its argument as written, and goes on after it', () => {
    expect(format('{2} and {0}', ['X'])).toBe('{2} and X');
    expect(format('{12}', ARGS)).toBe('{12}');
  });

  it('keeps text that only looks like part of a placeholder: digits and a } without {, sign or space inside braces', () => {
    expect(format('a0} text', ['X'])).toBe('a0} text');
    expect(format('{0}a1}', ['X', 'Y'])).toBe('Xa1}');
    expect(format('{ 1} {+1} {/} {:}', ['X', 'Y'])).toBe('{ 1} {+1} {/} {:}');
    expect(format('{} {x} {0', ['X'])).toBe('{} {x} {0');
    expect(format('{{0}}', ['X'])).toBe('{X}');
  });

  it('returns a template without placeholders unchanged', () => {
    expect(format('no braces at all', ['X'])).toBe('no braces at all');
    expect(format('', ['X'])).toBe('');
  });
});

describe('every catalogue message', () => {
  for (const [locale, table] of Object.entries(CATALOGUES)) {
    it(`in ${locale} has each of its placeholders filled in and none left over`, () => {
      for (const [key, template] of Object.entries(table)) {
        const used = placeholdersOf(template);
        const filled = format(template, ARGS.map((_, i) => `«${key}:${i}»`));
        for (const placeholder of used) expect(filled, key).toContain(`«${key}:${placeholder.slice(1, -1)}»`);
        expect(filled, key).not.toMatch(/\{\d+\}/);
      }
    });
  }
});
