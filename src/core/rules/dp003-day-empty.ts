import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const dayEmpty: Rule = {
  code: 'DP003',
  name: 'day-empty',
  defaultSeverity: 'warning',
  description: EN['DP003.description'],
  anchor: 'dp003',
  fixable: false,
  check(context) {
    for (const day of context.digest.days) {
      if (day.papers.length > 0) continue;
      context.report({
        range: day.headingRange,
        message: context.t('DP003.empty', day.date ?? day.dateText),
      });
    }
  },
};
