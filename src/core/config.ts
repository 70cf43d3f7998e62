/**
 * Rule configuration: `rules` objects map a code (`DP030`) or name (`vote-missing`) to a severity or
 * `off`. The same shape comes from the `dailyPapers.lint.rules` setting and from `.dailypapers.json`.
 */

import { findRule } from './rules';
import type { SeveritySetting } from './rules/rule';

/** Rule code → setting, after validation. */
export type RuleSettings = Readonly<Record<string, SeveritySetting>>;

export const CONFIG_FILE_NAME = '.dailypapers.json';
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

export interface ReadSettings {
  rules: RuleSettings;
  /** Human-readable problems (unknown rule, bad value); the valid entries are still used. */
  problems: string[];
}

/** Validates a `rules` object from any source; `source` names it in problems. */
export function readRuleSettings(value: unknown, source: string): ReadSettings {
  const rules: Record<string, SeveritySetting> = {};
  const problems: string[] = [];
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { rules, problems: [`${source}: "rules" must be an object of rule code or name to severity`] };
  }
  for (const [key, setting] of Object.entries(value as Record<string, unknown>)) {
    const rule = findRule(key);
    if (!rule) {
      problems.push(`${source}: unknown rule "${key}"`);
      continue;
    }
    const normalized = typeof setting === 'string' ? setting.trim().toLowerCase() : setting;
    if (!SEVERITY_SETTINGS.includes(normalized as SeveritySetting)) {
      problems.push(`${source}: "${key}" must be one of ${SEVERITY_SETTINGS.join(', ')}`);
      continue;
    }
    rules[rule.code] = normalized as SeveritySetting;
  }
  return { rules, problems };
}

/** Reads the text of a `.dailypapers.json` file: `{ "rules": { … } }`. */
export function readConfigText(text: string, source: string): ReadSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { rules: {}, problems: [`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { rules: {}, problems: [`${source}: expected an object like { "rules": { "DP030": "off" } }`] };
  }
  const problems: string[] = [];
  for (const key of Object.keys(parsed)) {
    if (key !== 'rules' && key !== '$schema') problems.push(`${source}: unknown property "${key}"`);
  }
  const read = readRuleSettings((parsed as Record<string, unknown>).rules, source);
  return { rules: read.rules, problems: [...problems, ...read.problems] };
}

/** Later layers win: defaults < `dailyPapers.lint.rules` setting < `.dailypapers.json`. */
export function mergeRuleSettings(...layers: Array<RuleSettings | undefined>): RuleSettings {
  return Object.assign({}, ...layers.filter(Boolean)) as RuleSettings;
}
