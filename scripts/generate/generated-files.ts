/**
 * The files generated from `RULES` (`npm run generate` writes them; test/unit/lint/generated.test.ts
 * checks that the committed ones are current): the rule keys of the `dailyPapers.lint.rules` setting
 * in package.json (as `%key%` references) with their English and Korean descriptions in package.nls.json and
 * package.nls.ko.json, the JSON schema of `.dailypapers.json`, the rules table of docs/rules.md, and the
 * README's tables of commands, settings (from package.json) and rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EN } from '../../src/core/l10n/messages-en';
import { KO } from '../../src/core/l10n/messages-ko';
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
/** The settings editor describes a rule's code and its name with the same `%key%` of package.nls*.json. */
const ruleNlsKey = (rule: Rule) => `config.lint.rules.rule.${rule.code}`;
const ruleKeyDescriptions = () => RULES.flatMap((rule) => [`%${ruleNlsKey(rule)}%`, `%${ruleNlsKey(rule)}%`]);
type Catalogue = Record<keyof typeof EN, string>;

function fixSummary(rule: Rule): string {
  const summary = FIX_SUMMARIES[rule.code];
  if (rule.fixable !== (summary !== undefined)) {
    throw new Error(`${rule.code}: fixable is ${rule.fixable} but FIX_SUMMARIES ${summary === undefined ? 'has no entry' : 'has one'}`);
  }
  return summary ?? '—';
}

export function rulesTable(link = ''): string {
  const rows = RULES.map((rule) => `| [${rule.code}](${link}#${rule.anchor}) | ${rule.name} | ${DEFAULT_NOTES[rule.code] ?? rule.defaultSeverity} | ${fixSummary(rule)} |`);
  return ['| code | name | default | fix |', '|---|---|---|---|', ...rows].join('\n');
}

function packageJson(current: string): string {
  const manifest = JSON.parse(current) as { contributes: { configuration: { properties: Record<string, { propertyNames: { enum: string[]; enumDescriptions?: string[] } }> } } };
  const propertyNames = manifest.contributes.configuration.properties['dailyPapers.lint.rules'].propertyNames;
  propertyNames.enum = ruleKeys();
  propertyNames.enumDescriptions = ruleKeyDescriptions();
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** package.nls.json (English) or package.nls.ko.json with the rules' descriptions as the catalogue words them, after the setting's own description. */
function manifestStrings(current: string, catalogue: Catalogue): string {
  const strings = JSON.parse(current) as Record<string, string>;
  const kept = Object.entries(strings).filter(([key]) => !key.startsWith('config.lint.rules.rule.'));
  const rules = RULES.map((rule) => [ruleNlsKey(rule), `${rule.code} ${rule.name}: ${catalogue[`${rule.code}.description` as keyof Catalogue]}`]);
  const at = kept.findIndex(([key]) => key === 'config.lint.rules.markdownDescription') + 1 || kept.length;
  return `${JSON.stringify(Object.fromEntries([...kept.slice(0, at), ...rules, ...kept.slice(at)]), null, 2)}\n`;
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

interface Command {
  command: string;
  title: string;
  category?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  group?: string;
}
interface Setting {
  default?: unknown;
  scope?: string;
  enum?: string[];
  markdownDescription?: string;
  description?: string;
}

/** Where a command is offered, in words; the palette unless hidden there with `when: false`. */
const MENU_NAMES: Record<string, string> = {
  'view/title': 'view toolbar',
  'view/item/context': 'view item menu',
  'editor/title': 'editor title bar',
  'editor/context': 'editor context menu',
  'webview/context': 'preview context menu',
};

/** `navigation` groups are a view's or editor's toolbar, `inline` an item's buttons; the rest are menus. */
function placeName(menu: string, group = ''): string {
  if (menu === 'view/title') return group.startsWith('navigation') ? 'view toolbar' : 'view … menu';
  if (menu === 'view/item/context') return group === 'inline' ? 'view item button' : 'view item menu';
  return MENU_NAMES[menu];
}

/** Text for a table cell: one line, pipes escaped, `#setting.links#` as plain names. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').replace(/`#([\w.]+)#`/g, '`$1`');

/** A `%key%` of package.json resolved through package.nls.json (English), when the manifest is localised. */
function localised(repo: string): (text: string) => string {
  const file = resolve(repo, 'package.nls.json');
  const strings = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
  return (text) => text.replace(/^%([^%]+)%$/, (match, key: string) => strings[key] ?? match);
}

export function commandsTable(manifest: { contributes: Record<string, unknown> }, text: (value: string) => string): string {
  const contributes = manifest.contributes as { commands: Command[]; menus: Record<string, MenuItem[]>; keybindings?: { command: string; key: string }[] };
  const rows = contributes.commands.map((command) => {
    const hidden = contributes.menus.commandPalette?.some((item) => item.command === command.command && item.when === 'false');
    const places = new Set(hidden ? [] : ['palette']);
    for (const [menu, items] of Object.entries(contributes.menus)) {
      for (const item of items.filter((each) => each.command === command.command && MENU_NAMES[menu])) places.add(placeName(menu, item.group));
    }
    const keys = (contributes.keybindings ?? []).filter((binding) => binding.command === command.command).map((binding) => `\`${binding.key}\``);
    const title = command.category ? `${text(command.category)}: ${text(command.title)}` : text(command.title);
    return `| ${cell(title)} | \`${command.command}\` | ${[...places, ...keys].join(', ') || "a view item's click"} |`;
  });
  return ['| command | id | where |', '|---|---|---|', ...rows].join('\n');
}

export function settingsTable(manifest: { contributes: Record<string, unknown> }, text: (value: string) => string): string {
  const properties = (manifest.contributes as { configuration: { properties: Record<string, Setting> } }).configuration.properties;
  const rows = Object.entries(properties).map(([key, setting]) => {
    const value = JSON.stringify(setting.default);
    const shownDefault = value.length > 40 ? 'see Settings' : `\`${value}\``;
    const values = setting.enum ? ` One of ${setting.enum.map((each) => `\`${each}\``).join(', ')}.` : '';
    return `| \`${key}\` | ${shownDefault} | ${setting.scope ?? 'window'} | ${cell(text(setting.markdownDescription ?? setting.description ?? ''))}${values} |`;
  });
  return ['| setting | default | scope | |', '|---|---|---|---|', ...rows].join('\n');
}

/** Replaces what stands between `<!-- NAME -->` and `<!-- /NAME -->` and keeps the rest of the page. */
function replaceBlock(current: string, name: string, content: string): string {
  const block = new RegExp(`(<!-- ${name} -->\n)[\\s\\S]*?(<!-- /${name} -->)`);
  if (!block.test(current)) throw new Error(`README.md: no <!-- ${name} --> … <!-- /${name} --> block`);
  return current.replace(block, (_match, start: string, end: string) => `${start}${content}\n${end}`);
}

function readmeDoc(current: string, manifestText: string, repo: string): string {
  const manifest = JSON.parse(manifestText) as { contributes: Record<string, unknown> };
  const text = localised(repo);
  let readme = replaceBlock(current, 'commands-table', commandsTable(manifest, text));
  readme = replaceBlock(readme, 'settings-table', settingsTable(manifest, text));
  return replaceBlock(readme, 'rules-table', rulesTable('docs/rules.md'));
}

/** Path (relative to the repository) → the content it should have. */
export function generatedFiles(repo: string): Record<string, string> {
  const read = (path: string) => readFileSync(resolve(repo, path), 'utf8');
  const manifest = packageJson(read('package.json'));
  return {
    'package.json': manifest,
    'package.nls.json': manifestStrings(read('package.nls.json'), EN),
    'package.nls.ko.json': manifestStrings(read('package.nls.ko.json'), KO),
    'schemas/dailypapers.schema.json': schema(),
    'docs/rules.md': rulesDoc(read('docs/rules.md')),
    'README.md': readmeDoc(read('README.md'), manifest, repo),
  };
}
