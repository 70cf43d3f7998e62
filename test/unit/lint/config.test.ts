import { describe, expect, it } from 'vitest';
import { mergeRuleSettings, readConfigText, readRuleSettings } from '../../../src/core/config';

describe('rule configuration', () => {
  it('reads codes and names, in any case, into rule codes', () => {
    expect(readConfigText('{ "rules": { "dp030": "off", "day-unsorted": "Warning" } }', '.dailypapers.json')).toEqual({
      rules: { DP030: 'off', DP005: 'warning' },
      problems: [],
    });
  });

  it('keeps the valid entries and names the problems', () => {
    const read = readRuleSettings({ DP030: 'loud', DP999: 'error', DP031: 'hint' }, 'settings');
    expect(read.rules).toEqual({ DP031: 'hint' });
    expect(read.problems).toEqual(['settings: "DP030" must be one of error, warning, information, hint, off', 'settings: unknown rule "DP999"']);
  });

  it('reports invalid JSON and unknown properties', () => {
    expect(readConfigText('{ rules: }', 'c.json').problems[0]).toMatch(/^c\.json: not valid JSON/);
    expect(readConfigText('{ "rule": {} }', 'c.json').problems).toEqual(['c.json: unknown property "rule"']);
    expect(readConfigText('{ "$schema": "./s.json", "rules": {} }', 'c.json').problems).toEqual([]);
  });

  it('lets later layers win: the setting, then .dailypapers.json', () => {
    expect(mergeRuleSettings({ DP030: 'off', DP031: 'hint' }, { DP030: 'error' })).toEqual({ DP030: 'error', DP031: 'hint' });
  });
});
