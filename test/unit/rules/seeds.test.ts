/** The seeds are correct digests: no rule may report anything on them. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/core/lint';
import { ALL_RULES, seedTexts } from './rule-helpers';

describe('the seed digests', () => {
  const seeds = seedTexts();

  it('are present', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(2);
  });

  it.each(seeds.map((seed) => [seed.name, seed.text] as const))('%s has no finding with every rule on', (_name, text) => {
    expect(lint(text, { rules: ALL_RULES }).map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`)).toEqual([]);
  });
});
