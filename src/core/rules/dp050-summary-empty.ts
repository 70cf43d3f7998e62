import type { Rule } from './rule';

export const summaryEmpty: Rule = {
  code: 'DP050',
  name: 'summary-empty',
  defaultSeverity: 'warning',
  description: 'An entry should end with summary bullets.',
  anchor: 'dp050',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      if (paper.summary.length > 0) continue;
      context.report({
        range: paper.headingRange,
        message: context.t('DP050.empty'),
      });
    }
  },
};
