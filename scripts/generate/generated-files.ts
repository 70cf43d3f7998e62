/**
 * The files generated from `RULES` (`npm run generate` writes them; test/unit/lint/generated.test.ts
 * checks that the committed ones are current): the rule keys of the `dailyPapers.lint.rules` setting
 * in package.json, the JSON schema of `.dailypapers.json`, and the rules table of docs/rules.md.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/rules/rule';

const SEVERITY_SETTINGS = ['error', 'warning', 'information', 'hint', 'off'];

/** What each fixable rule's fix does, for the table; a rule is listed here exactly when it is `fixable`. */
const FIX_SUMMARIES: Record<string, string> = {
  DP002: 'normalise the heading',
  DP005: 'sort by votes',
  DP012: '`https://arxiv.org/abs/ID`',
  DP020: '`![](url)` for an empty link',
  DP021: 'prefix `https://huggingface.co`',
  DP022: '`https:`',
  DP023: 'the two-line video block',
  DP041: '`Authors: A, B`',
  DP042: 'drop the repeats',
  DP043: 'drop the empty names',
  DP051: 'balance the marks',
  DP052: 'restore `\\b`, `\\f`, `\\t`',
  DP053: 'remove, or a space for U+00A0',
  DP061: 'insert a blank line',
};

/** Rules whose severity depends on the finding (see the rule's `Finding.severity`). */
const DEFAULT_NOTES: Record<string, string> = {
  DP014: 'error in one day, warning across days',
};

const ruleKeys = () => RULES.flatMap((rule) => [rule.code, rule.name]);
const ruleKeyDescriptions = () => RULES.flatMap((rule) => [`${rule.code}: ${rule.description}`, `${rule.name}: ${rule.description}`]);

function fixSummary(rule: Rule): string {
  const summary = FIX_SUMMARIES[rule.code];
  if (rule.fixable !== (summary !== undefined)) {
    throw new Error(`${rule.code}: fixable is ${rule.fixable} but FIX_SUMMARIES ${summary === undefined ? 'has no entry' : 'has one'}`);
  }
  return summary ?? '—';
}

export function rulesTable(): string {
  const rows = RULES.map((rule) => `| [${rule.code}](#${rule.anchor}) | ${rule.name} | ${DEFAULT_NOTES[rule.code] ?? rule.defaultSeverity} | ${fixSummary(rule)} |`);
  return ['| code | name | default | fix |', '|---|---|---|---|', ...rows].join('\n');
}

function packageJson(current: string): string {
  const manifest = JSON.parse(current);
  const propertyNames = manifest.contributes.configuration.properties['dailyPapers.lint.rules'].propertyNames;
  propertyNames.enum = ruleKeys();
  propertyNames.enumDescriptions = ruleKeyDescriptions();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function schema(): string {
  const setting = (rule: Rule) => ({
    type: 'string',
    enum: SEVERITY_SETTINGS,
    description: `${rule.code}/${rule.name}: ${rule.description} Default: ${rule.defaultSeverity}.`,
  });
  const properties = Object.fromEntries(RULES.flatMap((rule) => [[rule.code, setting(rule)], [rule.name, setting(rule)]]));
  const document = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Daily Papers lint configuration (.dailypapers.json)',
    description: 'Read by the Daily Papers extension and by `daily-papers lint` from the root of a workspace folder.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: 'Rule code (DP030) or name (vote-missing) → severity, or "off". Rules not listed keep their default. See docs/rules.md.',
        properties,
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Replaces the table under `## Rules` and keeps the rest of the page. */
function rulesDoc(current: string): string {
  const table = /(^## Rules\n\n)\| code \|[^\n]*\n(?:\|[^\n]*\n)*/m;
  if (!table.test(current)) throw new Error('docs/rules.md: no table under "## Rules"');
  return current.replace(table, (_match, heading: string) => `${heading}${rulesTable()}\n`);
}

/** Path (relative to the repository) → the content it should have. */
export function generatedFiles(repo: string): Record<string, string> {
  const read = (path: string) => readFileSync(resolve(repo, path), 'utf8');
  return {
    'package.json': packageJson(read('package.json')),
    'schemas/dailypapers.schema.json': schema(),
    'docs/rules.md': rulesDoc(read('docs/rules.md')),
  };
}
