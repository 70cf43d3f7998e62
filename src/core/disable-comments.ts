/**
 * In-file switches, as HTML comments that Markdown does not show:
 * `<!-- daily-papers-disable DP030 vote-invalid -->`, `<!-- daily-papers-enable -->`,
 * `<!-- daily-papers-disable-next-line DP012 -->`, `<!-- daily-papers-disable-file -->`.
 * Codes or names; no code means every rule. `disable` and `enable` apply from their own line on.
 */

import { findRule } from './rules';

const COMMENT = /<!--\s*daily-papers-(disable-next-line|disable-file|disable|enable)((?:[\s,]+[\w-]+)*)[\s,]*-->/g;

type Codes = ReadonlySet<string> | 'all';

interface Switch {
  line: number;
  disable: boolean;
  codes: Codes;
}

export interface Suppressions {
  isSuppressed(code: string, line: number): boolean;
}

const NONE: Suppressions = { isSuppressed: () => false };

/** `text` is the document without its byte order mark; `lineOf` maps an offset to its line. */
export function readSuppressions(text: string, lineOf: (offset: number) => number): Suppressions {
  // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: a shortcut; without both strings the expression below finds no switch and NONE is returned anyway
  if (!text.includes('<!--') || !text.includes('daily-papers-')) return NONE;
  const switches: Switch[] = [];
  const nextLines = new Map<number, Codes[]>();
  const wholeFile: Codes[] = [];
  COMMENT.lastIndex = 0;
  for (let match = COMMENT.exec(text); match !== null; match = COMMENT.exec(text)) {
    const codes = readCodes(match[2]);
    if (codes === null) continue;
    const line = lineOf(match.index);
    switch (match[1]) {
      case 'disable-file':
        wholeFile.push(codes);
        break;
      case 'disable-next-line':
        nextLines.set(line + 1, [...(nextLines.get(line + 1) ?? []), codes]);
        break;
      default:
        switches.push({ line, disable: match[1] === 'disable', codes });
    }
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; with no switches the object below suppresses nothing either
  if (switches.length === 0 && nextLines.size === 0 && wholeFile.length === 0) return NONE;
  const covers = (codes: Codes, code: string) => codes === 'all' || codes.has(code);
  return {
    isSuppressed(code, line) {
      if (wholeFile.some((codes) => covers(codes, code))) return true;
      if (nextLines.get(line)?.some((codes) => covers(codes, code))) return true;
      let disabled = false;
      for (const entry of switches) {
        if (entry.line > line) break;
        if (covers(entry.codes, code)) disabled = entry.disable;
      }
      return disabled;
    },
  };
}

/** The rule codes a comment names; null when it names only unknown rules (a typo must not disable everything). */
function readCodes(list: string): Codes | null {
  // Stryker disable next-line Regex: splitting at each separator instead of each run only adds empty keys, which filter(Boolean) drops
  const keys = list.split(/[\s,]+/).filter(Boolean);
  if (keys.length === 0) return 'all';
  const codes = new Set<string>();
  for (const key of keys) {
    const rule = findRule(key);
    if (rule) codes.add(rule.code);
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty set covers no rule, so it disables nothing, as null does
  return codes.size > 0 ? codes : null;
}
