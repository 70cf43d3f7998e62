/**
 * What lint gives each rule (the text, its lines, the papers in source order) and what it makes of a
 * finding (code, severity, fix, order). A planted rule (one rule's check replaced) shows both sides.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/core/lint';
import { RULES, type Finding, type RuleContext } from '../../../src/core/rules';

const DP010 = RULES.find((rule) => rule.code === 'DP010')!;
const DP020 = RULES.find((rule) => rule.code === 'DP020')!;
const DP005 = RULES.find((rule) => rule.code === 'DP005')!;
const ALL_OFF = Object.fromEntries(RULES.map((rule) => [rule.code, 'off'] as const));
const only = (...codes: string[]) => ({ ...ALL_OFF, ...Object.fromEntries(codes.map((code) => [code, 'warning'] as const)) });

const at = (line: number, character: number, end = character + 1) => ({ start: { line, character }, end: { line, character: end } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what a rule sees', () => {
  it('the papers of days and those outside any day, in source order', () => {
    let titles: string[] = [];
    vi.spyOn(DP010, 'check').mockImplementation((context) => {
      titles = context.papers.map((paper) => paper.title);
    });
    const text = [
      '### [Before](https://arxiv.org/abs/2403.00001)',
      '## Daily Papers (2024-03-25)',
      '### [First](https://arxiv.org/abs/2403.00002)',
      '## Elsewhere',
      '### [Between](https://arxiv.org/abs/2403.00003)',
      '## Daily Papers (2024-03-26)',
      '### [Second](https://arxiv.org/abs/2403.00004)',
    ].join('\n');
    lint(text, { rules: only('DP010') });
    expect(titles).toEqual(['Before', 'First', 'Between', 'Second']);
    lint(text.split('\n').slice(1, 3).join('\n'), { rules: only('DP010') });
    expect(titles).toEqual(['First']);
  });

  it('the text without its byte order mark, its lines, line starts and line of an offset, the line ending and the URI', () => {
    let seen: unknown;
    vi.spyOn(DP010, 'check').mockImplementation((context: RuleContext) => {
      seen = {
        text: context.text,
        lines: [context.line(0), context.line(1), context.line(2)],
        starts: [context.lineStart(0), context.lineStart(1), context.lineStart(2), context.lineStart(3)],
        lineOf: [context.lineOf(0), context.lineOf(4), context.lineOf(5)],
        eol: context.eol,
        uri: context.uri,
        facts: context.facts,
      };
    });
    lint('\uFEFFab\r\ncd\r\n', { rules: only('DP010'), uri: 'file:///x.md' });
    expect(seen).toEqual({ text: 'ab\r\ncd\r\n', lines: ['ab', 'cd', ''], starts: [0, 4, 8, 8], lineOf: [0, 1, 1], eol: '\r\n', uri: 'file:///x.md', facts: null });
    lint('a', { rules: only('DP010') });
    expect(seen).toMatchObject({ eol: '\n', uri: '' });
  });
});

describe('what lint makes of a finding', () => {
  function reports(...findings: Finding[]) {
    vi.spyOn(DP010, 'check').mockImplementation((context) => findings.forEach((finding) => context.report(finding)));
  }

  it('the severity: the configured one, else the finding’s own, else the rule’s default', () => {
    reports({ range: at(0, 0), message: 'own', severity: 'hint' }, { range: at(0, 1), message: 'default' });
    expect(lint('abc', { rules: { ...ALL_OFF, DP010: 'information' } }).map((d) => d.severity)).toEqual(['information', 'information']);
    expect(lint('abc', { rules: { ...ALL_OFF, 'paper-heading-not-link': 'error' } }).map((d) => d.severity)).toEqual(['error', 'error']);
    const defaults = { ...ALL_OFF } as Record<string, string>;
    delete defaults.DP010;
    expect(lint('abc', { rules: defaults as typeof ALL_OFF }).map((d) => [d.message, d.severity])).toEqual([
      ['own', 'hint'],
      ['default', DP010.defaultSeverity],
    ]);
  });

  it('a fix without edits is no fix', () => {
    reports({ range: at(0, 0), message: 'empty fix', fix: { description: 'nothing', edits: [] } }, { range: at(0, 1), message: 'no fix' });
    const found = lint('abc', { rules: only('DP010') });
    expect(found.map((d) => 'fix' in d)).toEqual([false, false]);
  });

  it('related locations default to none', () => {
    reports({ range: at(0, 0), message: 'alone' });
    expect(lint('abc', { rules: only('DP010') })).toEqual([{ code: 'DP010', name: DP010.name, severity: 'warning', message: 'alone', range: at(0, 0), related: [] }]);
  });

  it('findings come in order of line, then character, whatever order the rules report them in', () => {
    reports({ range: at(1, 5), message: 'b' }, { range: at(1, 2), message: 'a' }, { range: at(0, 9), message: 'first' });
    vi.spyOn(DP020, 'check').mockImplementation((context) => context.report({ range: at(1, 0), message: 'DP020 at 1:0' }));
    expect(lint('0123456789\n0123456789', { rules: only('DP010', 'DP020') }).map((d) => `${d.code} ${d.message}`)).toEqual(['DP010 first', 'DP020 DP020 at 1:0', 'DP010 a', 'DP010 b']);
  });

  it('two findings of one rule at one place stay in the order reported', () => {
    reports({ range: at(0, 1), message: 'one' }, { range: at(0, 1), message: 'two' }, { range: at(0, 1), message: 'three' });
    expect(lint('abc', { rules: only('DP010') }).map((d) => d.message)).toEqual(['one', 'two', 'three']);
  });

  it('findings of two rules at one place: the lower code first', () => {
    reports({ range: at(0, 1), message: 'DP010' });
    vi.spyOn(DP020, 'check').mockImplementation((context) => context.report({ range: at(0, 1), message: 'DP020' }));
    expect(lint('abc', { rules: only('DP010', 'DP020') }).map((d) => d.code)).toEqual(['DP010', 'DP020']);
  });
});

describe('rule settings', () => {
  it('a setting for a rule that does not exist is ignored', () => {
    const text = '## Daily Papers (2024-03-25)\n\n### [A](https://arxiv.org/pdf/2403.15371)\n';
    const plain = lint(text).map((d) => d.code);
    expect(plain).toContain('DP012');
    expect(lint(text, { rules: { 'no-such-rule': 'off', DP999: 'error' } }).map((d) => d.code)).toEqual(plain);
  });

  it('a rule that is off by default runs when configured, and only then', () => {
    const spy = vi.spyOn(DP005, 'check');
    expect(DP005.defaultSeverity).toBe('off');
    lint('abc');
    expect(spy).not.toHaveBeenCalled();
    lint('abc', { rules: { DP005: 'hint' } });
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
