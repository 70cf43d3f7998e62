/** The files generated from RULES are current: after changing a rule, run `npm run generate`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../../scripts/generate/generated-files';
import { RULES } from '../../../src/core/rules';
import { REPO } from '../helpers';

describe('generated from RULES', () => {
  for (const [file, content] of Object.entries(generatedFiles(REPO))) {
    it(`${file} is current (npm run generate)`, () => {
      expect(readFileSync(resolve(REPO, file), 'utf8')).toBe(content);
    });
  }

  it('the README counts the rules and names the first and last code', () => {
    const readme = readFileSync(resolve(REPO, 'README.md'), 'utf8');
    expect(readme).toContain(`checked as you type by ${RULES.length} rules, \`${RULES[0].code}\` to \`${RULES[RULES.length - 1].code}\``);
  });
});
