/** What a user reads about a broken `.dailypapers.json` or `dailyPapers.lint.rules`: each problem, word for word, and what is still used. */
import { describe, expect, it } from 'vitest';
import { readConfigText, readRuleSettings } from '../../../src/core/config';

describe('readConfigText', () => {
  it.each([
    ['[]', 'an array'],
    ['"off"', 'a string'],
    ['null', 'null'],
    ['3', 'a number'],
  ])('refuses %s (%s) as a whole, using no rule', (text) => {
    expect(readConfigText(text, '.dailypapers.json')).toEqual({
      rules: {},
      problems: ['.dailypapers.json: expected an object like { "rules": { "DP030": "off" } }'],
    });
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(readConfigText('\uFEFF{ "rules": { "DP030": "off" } }', 'f')).toEqual({ rules: { DP030: 'off' }, problems: [] });
  });

  it('accepts a file without rules and names unknown properties', () => {
    expect(readConfigText('{ "$schema": "./s.json" }', 'f')).toEqual({ rules: {}, problems: [] });
    expect(readConfigText('{ "rule": {} }', 'f')).toEqual({ rules: {}, problems: ['f: unknown property "rule"'] });
  });
});

describe('readRuleSettings', () => {
  it.each([[[]], ['off'], [3], [true]])('refuses %j as the rules', (value) => {
    expect(readRuleSettings(value, 'setting')).toEqual({ rules: {}, problems: ['setting: "rules" must be an object of rule code or name to severity'] });
  });

  it('takes no rules from undefined or null, silently', () => {
    expect(readRuleSettings(undefined, 's')).toEqual({ rules: {}, problems: [] });
    expect(readRuleSettings(null, 's')).toEqual({ rules: {}, problems: [] });
  });

  it('reads severities in any case and with spaces, and keeps the valid entries beside bad ones', () => {
    expect(readRuleSettings({ dp030: ' Error ', 'vote-invalid': 'OFF', DP040: 3, DP999: 'off', DP041: 'loud' }, 's')).toEqual({
      rules: { DP030: 'error', DP031: 'off' },
      problems: [
        's: "DP040" must be one of error, warning, information, hint, off',
        's: unknown rule "DP999"',
        's: "DP041" must be one of error, warning, information, hint, off',
      ],
    });
  });
});
