/**
 * Every rule's findings on its two-occurrence case (occurrence-cases.ts) and on its documented Bad
 * example, as the Problems panel and the quick fix show them: range, underlined text, severity,
 * message, related locations, fix title and edits, and the text after "Fix all". The snapshot file
 * beside this test was read and checked against the Markdown by hand; a change to any of it is a
 * change users see.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules';
import { OCCURRENCE_CASES } from './occurrence-cases';
import { docExamples, fixedBy } from './rule-helpers';
import { shown } from './as-shown';

const examples = new Map(docExamples().map((example) => [example.code, example.bad]));

describe.each(RULES.map((rule) => [rule.code] as const))('%s as shown', (code) => {
  it.each([
    ['its two-occurrence case', OCCURRENCE_CASES[code]],
    ['its documented Bad example', examples.get(code)],
  ])('on %s', (_, text) => {
    if (text === undefined) throw new Error(`no case for ${code}`);
    const fixed = fixedBy(text, code, { uri: 'file:///digest.md' });
    expect({ findings: shown(text, code, { uri: 'file:///digest.md' }), fixed: fixed === text ? '(unchanged)' : fixed }).toMatchSnapshot();
  });
});
