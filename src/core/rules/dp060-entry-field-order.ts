import type { FieldKind, FieldLine, PaperEntry } from '../model';
import { fieldRange, isPlayerLineOfPrevious } from './entry-fields';
import { FIELD_NAMES } from './helpers';
import type { Rule, RuleContext } from './rule';
import { EN } from '../l10n/messages-en';

function rankOf(kind: FieldKind): number {
  switch (kind) {
    case 'media':
      return 0;
    case 'vote':
      return 1;
    case 'authors':
      return 2;
    case 'summary':
      return 3;
    // Stryker disable next-line ConditionalExpression,UnaryOperator: only text fields have no rank, and checkEntry skips them before asking
    default:
      return -1;
  }
}

export const entryFieldOrder: Rule = {
  code: 'DP060',
  name: 'entry-field-order',
  defaultSeverity: 'warning',
  description: EN['DP060.description'],
  anchor: 'dp060',
  fixable: false,
  check(context) {
    for (const paper of context.papers) checkEntry(paper, context);
  },
};

function checkEntry(paper: PaperEntry, context: RuleContext): void {
  let furthest: FieldLine | null = null;
  let previous: FieldLine | null = null;
  let seen = 0;
  for (const field of paper.fields) {
    if (field.kind === 'text') continue;
    const player = field.kind === 'media' && isPlayerLineOfPrevious(paper, previous, field);
    previous = field;
    if (player) continue;
    const rank = rankOf(field.kind);
    if (field.kind !== 'summary' && seen & (1 << rank)) {
      const earlier = paper.fields.find((other) => other.kind === field.kind)!;
      context.report({
        range: fieldRange(field, context),
        message: context.t('DP060.second', context.t(FIELD_NAMES[field.kind]), earlier.line + 1),
        related: [{ uri: context.uri, range: fieldRange(earlier, context), message: context.t('DP060.secondRelated', context.t(FIELD_NAMES[field.kind])) }],
      });
      continue;
    }
    seen |= 1 << rank;
    if (furthest !== null && rank < rankOf(furthest.kind)) {
      context.report({
        range: fieldRange(field, context),
        message: context.t('DP060.order', context.t(FIELD_NAMES[field.kind]), context.t(FIELD_NAMES[furthest.kind]), context.t('DP060.fieldOrder')),
        related: [{ uri: context.uri, range: fieldRange(furthest, context), message: context.t('DP060.orderRelated', context.t(FIELD_NAMES[furthest.kind])) }],
      });
      continue;
    }
    if (furthest === null || rank > rankOf(furthest.kind)) furthest = field;
  }
}
