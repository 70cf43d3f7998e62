import type { Authors } from '../model';
import { removeAuthorItems } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const authorsEmptyName: Rule = {
  code: 'DP043',
  name: 'authors-empty-name',
  defaultSeverity: 'warning',
  description: EN['DP043.description'],
  anchor: 'dp043',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const authors = paper.authors;
      if (authors === null || !mayHaveEmptyName(authors)) continue;
      const empty = new Set<number>();
      authors.items.forEach((item, index) => {
        if (item.name === '') empty.add(index);
      });
      if (empty.size === 0) continue;
      // Stryker disable next-line MethodExpression: every empty name's item is an empty range, so the report spans the whole list whichever is taken
      const first = authors.items[Math.min(...empty)];
      context.report({
        // Stryker disable next-line ConditionalExpression: the parser gives an empty name an empty range (at the point where it was cut)
        range: first.range.start.character === first.range.end.character ? authors.rawRange : first.range,
        message: empty.size === 1 ? context.t('DP043.one') : context.t('DP043.many', empty.size),
        fix: { description: context.t('DP043.fix'), edits: removeAuthorItems(authors, empty) },
      });
    }
  },
};

/** A comma followed by nothing but white space (what the parser trims from a name) up to another comma or the end (the regex engine scans for the comma). */
const EMPTY_AFTER_COMMA = /,\s*(?:,|$)/;

/**
 * Python lists can hold commas inside quoted names, so they are always read item by item. A comma
 * list splits at every comma, so it has no empty item when its commas are one fewer than its names and
 * the feed's `+` mark (the usual case, decided by counting commas); any other is searched for a comma
 * with nothing after it.
 */
function mayHaveEmptyName(authors: Authors): boolean {
  const raw = authors.raw;
  // Stryker disable next-line ConditionalExpression,StringLiteral,BooleanLiteral: a shortcut; an empty list has no items, so none is empty
  if (raw === '') return false;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a false alarm of this pre-filter only reads the items, which then hold no empty name
  if (authors.style !== 'comma') return true;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral,ArithmeticOperator: a false alarm of this pre-filter only reads the items, which then hold no empty name; a list with an empty name has at least as many commas as names, which no changed count here matches
  if (commaCount(raw) === authors.names.length - 1 + (authors.namesLeftOut ? 1 : 0)) return false;
  // Stryker disable next-line ConditionalExpression: a false alarm of this pre-filter only reads the items, which then hold no empty name
  return raw.charCodeAt(0) === 44 /* , */ || EMPTY_AFTER_COMMA.test(raw);
}

// Stryker disable next-line BlockStatement: no count matches the names then, and a false alarm of the pre-filter only reads the items
function commaCount(text: string): number {
  let count = 0;
  // Stryker disable next-line StringLiteral: starting at 0 counts one comma too many (or the same), which only makes the pre-filter read the items
  for (let at = text.indexOf(','); at !== -1; at = text.indexOf(',', at + 1)) count++;
  return count;
}
