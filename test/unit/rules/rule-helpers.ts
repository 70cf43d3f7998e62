import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { fixAll } from '../../../src/core/fix';
import { lint, type LintDiagnostic, type LintOptions } from '../../../src/core/lint';
import { parseDigest } from '../../../src/core/parser/parser';
import { RULES } from '../../../src/core/rules';
import { REPO, SEEDS } from '../helpers';

/** Every rule on: the rules that are off by default (DP005) as warnings, the others at their defaults. */
export const ALL_RULES = Object.fromEntries(RULES.filter((rule) => rule.defaultSeverity === 'off').map((rule) => [rule.code, 'warning'] as const));

export function findings(text: string, code: string, options: LintOptions = {}): LintDiagnostic[] {
  return lint(text, { rules: ALL_RULES, ...options }).filter((diagnostic) => diagnostic.code === code);
}

/** The text after applying every fix of one rule (repeatedly, as "Fix all DPxxx in this file" does). */
export function fixedBy(text: string, code: string, options: LintOptions = {}): string {
  return fixAll(text, { rules: ALL_RULES, ...options, codes: new Set([code]) }).text;
}

/** Asserts that the rule's fixes repair the text, and that fixing again changes nothing. */
export function expectFix(text: string, code: string, expected: string): void {
  const once = fixedBy(text, code);
  expect(once).toBe(expected);
  expect(findings(once, code)).toEqual([]);
  expect(fixedBy(once, code)).toBe(once);
}

export function seedTexts(): { name: string; text: string }[] {
  return readdirSync(SEEDS)
    .filter((name) => name.endsWith('.md'))
    .map((name) => ({ name, text: readFileSync(resolve(SEEDS, name), 'utf8') }));
}

export interface DocExample {
  code: string;
  bad: string;
  good: string;
}

/** The Bad and Good examples of each rule's section of docs/rules.md, with `⟨U+0008⟩` turned into the character. */
export function docExamples(): DocExample[] {
  const doc = readFileSync(resolve(REPO, 'docs', 'rules.md'), 'utf8');
  const sections = doc.split(/^## (?=DP\d{3}\n)/m).slice(1);
  return sections.map((section) => {
    const code = section.slice(0, 5);
    const block = (label: string) => {
      const match = new RegExp(`^${label}:\\n\\n\`\`\`markdown\\n([\\s\\S]*?)\`\`\`$`, 'm').exec(section);
      if (!match) throw new Error(`docs/rules.md: no ${label} example for ${code}`);
      return match[1].replace(/⟨U\+([0-9A-F]{4})⟩/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    };
    return { code, bad: block('Bad'), good: block('Good') };
  });
}

/** Ids, titles and summary words of a text, to show that fixes never touch them. */
export function contentOf(text: string): string[] {
  const digest = parseDigest(text);
  const papers = [...digest.days.flatMap((day) => day.papers), ...digest.orphanPapers];
  return papers
    .map((paper) => [paper.id ?? '', paper.title, ...paper.summary.map((bullet) => `${bullet.key?.text ?? ''}|${bullet.body}`)].join('\n'))
    .sort();
}
