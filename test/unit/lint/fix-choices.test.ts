/**
 * "Fix all" when fixes touch the same text: which fixes a pass takes, which wait for the next pass, and
 * when it stops. A planted rule (one rule's check replaced) makes fixes of exactly the shapes under test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixAll } from '../../../src/core/fix';
import { RULES, type RuleContext, type TextEdit } from '../../../src/core/rules';

const PLANTED = RULES.find((rule) => rule.code === 'DP030')!;
/** Every rule off but the planted one. */
const ONLY_PLANTED = Object.fromEntries(RULES.map((rule) => [rule.code, rule === PLANTED ? 'warning' : 'off'] as const));

function at(context: RuleContext, offset: number) {
  const line = context.lineOf(offset);
  return { line, character: offset - context.lineStart(line) };
}

function span(context: RuleContext, start: number, end: number) {
  return { start: at(context, start), end: at(context, end) };
}

/** Plants a rule whose findings are `findingsOf(context)`, each a list of [start, end, newText] edits on the text. */
function plant(findingsOf: (context: RuleContext) => Array<Array<[number, number, string]>>) {
  vi.spyOn(PLANTED, 'check').mockImplementation((context) => {
    for (const edits of findingsOf(context)) {
      const textEdits: TextEdit[] = edits.map(([start, end, newText]) => ({ range: span(context, start, end), newText }));
      context.report({ range: textEdits[0].range, message: context.text, fix: { description: 'planted', edits: textEdits } });
    }
  });
}

/** Every `xx` in the text, overlapping ones included, becomes `y`. */
function replacePairs() {
  plant((context) => {
    const found: Array<Array<[number, number, string]>> = [];
    for (let i = context.text.indexOf('xx'); i !== -1; i = context.text.indexOf('xx', i + 1)) found.push([[i, i + 2, 'y']]);
    return found;
  });
}

const fixedAt = (fixed: ReturnType<typeof fixAll>['fixed']) => fixed.map((diagnostic) => [diagnostic.message, diagnostic.range.start.character]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fixAll with fixes that overlap', () => {
  it('takes the first of two overlapping fixes; the other is found again, or not, on the next pass', () => {
    replacePairs();
    const result = fixAll('xxx', { rules: ONLY_PLANTED });
    expect(result.text).toBe('yx');
    expect(fixedAt(result.fixed)).toEqual([['xxx', 0]]);
  });

  it('takes fixes that only touch in the same pass', () => {
    replacePairs();
    const result = fixAll('xxxx', { rules: ONLY_PLANTED });
    expect(result.text).toBe('yy');
    expect(fixedAt(result.fixed)).toEqual([
      ['xxxx', 0],
      ['xxxx', 2],
    ]);
  });

  it('leaves a fix for the next pass when any one of its edits overlaps a fix already taken', () => {
    plant((context) =>
      context.text === 'abcdef'
        ? [
            [[1, 3, 'B']],
            [
              [5, 6, 'F'],
              [2, 4, 'C'],
            ],
          ]
        : [],
    );
    const result = fixAll('abcdef', { rules: ONLY_PLANTED });
    expect(result.text).toBe('aBdef');
    expect(fixedAt(result.fixed)).toEqual([['abcdef', 1]]);
  });

  it('never takes a fix whose own edits overlap each other', () => {
    plant(() => [
      [
        [0, 2, 'A'],
        [1, 3, 'B'],
      ],
    ]);
    expect(fixAll('abcdef', { rules: ONLY_PLANTED })).toEqual({ text: 'abcdef', fixed: [] });
  });

  it('takes a fix whose own edits only touch', () => {
    plant((context) =>
      context.text === 'abcdef'
        ? [
            [
              [0, 2, 'A'],
              [2, 3, 'C'],
            ],
          ]
        : [],
    );
    expect(fixAll('abcdef', { rules: ONLY_PLANTED }).text).toBe('ACdef');
  });

  it('two insertions at one point: the second waits; at different points both go in at once', () => {
    plant((context) =>
      context.text === 'abc'
        ? [[[1, 1, '1']], [[1, 1, '2']]]
        : context.text === 'a1bc'
          ? [[[2, 2, '2']]]
          : [],
    );
    const same = fixAll('abc', { rules: ONLY_PLANTED });
    expect(same.text).toBe('a12bc');
    expect(fixedAt(same.fixed)).toEqual([
      ['abc', 1],
      ['a1bc', 2],
    ]);
    vi.restoreAllMocks();
    plant((context) => (context.text === 'abc' ? [[[1, 1, '1']], [[2, 2, '2']]] : []));
    const apart = fixAll('abc', { rules: ONLY_PLANTED });
    expect(apart.text).toBe('a1b2c');
    expect(fixedAt(apart.fixed)).toEqual([
      ['abc', 1],
      ['abc', 2],
    ]);
  });

  it('an insertion strictly inside a replaced range waits; one at its edge does not', () => {
    plant((context) => (context.text === 'abcdef' ? [[[1, 4, 'X']], [[2, 2, '+']]] : []));
    const inside = fixAll('abcdef', { rules: ONLY_PLANTED });
    expect(inside.text).toBe('aXef');
    expect(inside.fixed).toHaveLength(1);
    vi.restoreAllMocks();
    plant((context) => (context.text === 'abcdef' ? [[[1, 4, 'X']], [[4, 4, '+']]] : []));
    const edge = fixAll('abcdef', { rules: ONLY_PLANTED });
    expect(edge.text).toBe('aX+ef');
    expect(edge.fixed).toHaveLength(2);
  });
});

describe('fixAll stops', () => {
  it('after ten passes when every pass finds something new to fix', () => {
    plant((context) => [[[context.text.length, context.text.length, '!']]]);
    const result = fixAll('a', { rules: ONLY_PLANTED });
    expect(result.text).toBe('a!!!!!!!!!!');
    expect(result.fixed).toHaveLength(10);
  });

  it('when a fix changes nothing, reporting nothing as fixed', () => {
    plant((context) => [[[0, 1, context.text.charAt(0)]]]);
    expect(fixAll('abc', { rules: ONLY_PLANTED })).toEqual({ text: 'abc', fixed: [] });
  });

  it('at once when nothing is fixable', () => {
    plant(() => []);
    expect(fixAll('abc', { rules: ONLY_PLANTED })).toEqual({ text: 'abc', fixed: [] });
  });
});
