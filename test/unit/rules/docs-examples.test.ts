/** docs/rules.md is part of the contract: each rule reports its Bad example and is silent on its Good one. */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules';
import { docExamples, findings, fixedBy } from './rule-helpers';

const examples = docExamples();

describe('docs/rules.md', () => {
  it('has one section per rule, in code order', () => {
    expect(examples.map((example) => example.code)).toEqual(RULES.map((rule) => rule.code));
  });

  it.each(examples.map((example) => [example.code, example] as const))('%s reports its Bad example and not its Good one', (code, example) => {
    expect(findings(example.bad, code).length).toBeGreaterThan(0);
    expect(findings(example.good, code)).toEqual([]);
  });

  // DP020's Bad example is a missing image, which nothing can fix; its fix (empty link) is tested with the media rules.
  const fixable = examples.filter((example) => example.code !== 'DP020' && RULES.find((rule) => rule.code === example.code)!.fixable);

  it.each(fixable.map((example) => [example.code, example] as const))(
    '%s: fixing the Bad example silences the rule, and fixing again changes nothing',
    (code, example) => {
      const fixed = fixedBy(example.bad, code);
      expect(fixed).not.toBe(example.bad);
      expect(findings(fixed, code)).toEqual([]);
      expect(fixedBy(fixed, code)).toBe(fixed);
    },
  );
});
