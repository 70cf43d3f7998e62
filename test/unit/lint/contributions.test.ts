/** The settings, the schema and the packaged files name every rule, so configuration and doc links cannot drift. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules';
import { readManifest, REPO } from '../helpers';

const manifest = readManifest();
const keys = RULES.flatMap((rule) => [rule.code, rule.name]);

describe('lint contributions', () => {
  it('dailyPapers.lint.rules accepts every rule code and name, and every severity', () => {
    const rules = manifest.contributes.configuration.properties['dailyPapers.lint.rules'];
    expect(rules.propertyNames?.enum).toEqual(keys);
    expect(rules.additionalProperties?.enum).toEqual(['error', 'warning', 'information', 'hint', 'off']);
    expect(rules.scope).toBe('resource');
  });

  it('the .dailypapers.json schema is contributed and describes every rule', () => {
    const [validation] = manifest.contributes.jsonValidation;
    expect(validation.fileMatch).toBe('.dailypapers.json');
    const schema = JSON.parse(readFileSync(resolve(REPO, validation.url), 'utf8')) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual(keys);
    for (const rule of RULES) expect(schema.properties.rules.properties[rule.code].description).toContain(rule.description);
  });

  it('the package ships docs/rules.md, which diagnostics link to, and the schema', () => {
    const ignore = readFileSync(resolve(REPO, '.vscodeignore'), 'utf8').split('\n');
    expect(ignore).toContain('!docs/rules.md');
    expect(ignore).toContain('!schemas/**');
    expect(existsSync(resolve(REPO, 'docs', 'rules.md'))).toBe(true);
  });
});
