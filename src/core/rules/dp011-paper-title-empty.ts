import type { Rule } from './rule';

export const paperTitleEmpty: Rule = {
  code: 'DP011',
  name: 'paper-title-empty',
  defaultSeverity: 'error',
  description: 'A paper heading link must have the paper title as its text.',
  anchor: 'dp011',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      if (paper.titleStyle !== 'link' || paper.title !== '') continue;
      context.report({
        range: paper.headingRange,
        message: context.t('DP011.empty'),
      });
    }
  },
};
