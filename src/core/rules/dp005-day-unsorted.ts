import type { DaySection, PaperEntry } from '../model';
import type { Fix, RuleContext, Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const dayUnsorted: Rule = {
  code: 'DP005',
  name: 'day-unsorted',
  defaultSeverity: 'off',
  description: EN['DP005.description'],
  anchor: 'dp005',
  fixable: true,
  check(context) {
    for (const day of context.digest.days) {
      let previous: PaperEntry | null = null;
      for (const paper of day.papers) {
        const votes = paper.votes?.value ?? null;
        if (votes === null) continue;
        // Stryker disable next-line OptionalChaining: `previous` is only ever a paper with a numeric vote
        const above = previous?.votes?.value ?? null;
        // Stryker disable next-line LogicalOperator,ConditionalExpression: `previous` is only ever a paper with a numeric vote, so `above` is null exactly when `previous` is
        if (previous && above !== null && votes > above) {
          context.report({
            range: paper.votes!.range,
            message: context.t('DP005.unsorted', votes, above),
            related: [{ uri: context.uri, range: previous.votes!.range, message: context.t('DP005.related', above) }],
            fix: sortDay(day, context),
          });
          break;
        }
        previous = paper;
      }
    }
  },
};

/**
 * Moves whole entries (heading to last line) so that votes descend; entries without a number stay
 * where they are, and what separates entries (blank lines) stays in place.
 */
function sortDay(day: DaySection, context: RuleContext): Fix | undefined {
  const papers = day.papers;
  const text = context.text;
  const starts = papers.map((paper) => context.lineStart(paper.range.start.line));
  const ends = papers.map((paper) => context.lineStart(paper.range.end.line) + paper.range.end.character);
  const gaps: string[] = [];
  for (let k = 0; k + 1 < papers.length; k++) {
    const gap = text.slice(ends[k], starts[k + 1]);
    if (gap.trim() !== '') return undefined;
    gaps.push(gap);
  }
  const numbered = papers
    .map((paper, index) => ({ index, votes: paper.votes?.value ?? null }))
    .filter((entry): entry is { index: number; votes: number } => entry.votes !== null);
  const sorted = [...numbered].sort((a, b) => b.votes - a.votes);
  const order = papers.map((_, index) => index);
  numbered.forEach((slot, k) => {
    order[slot.index] = sorted[k].index;
  });
  const newText = order.map((index, k) => text.slice(starts[index], ends[index]) + (k < gaps.length ? gaps[k] : '')).join('');
  const last = papers[papers.length - 1];
  return {
    description: context.t('DP005.fix'),
    edits: [{ range: { start: { line: papers[0].range.start.line, character: 0 }, end: last.range.end }, newText }],
  };
}
