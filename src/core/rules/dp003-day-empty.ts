import type { Rule } from './rule';

export const dayEmpty: Rule = {
  code: 'DP003',
  name: 'day-empty',
  defaultSeverity: 'warning',
  description: 'A day section should list at least one paper.',
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
