import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const paperTitleEmpty: Rule = {
  code: 'DP011',
  name: 'paper-title-empty',
  defaultSeverity: 'error',
  description: EN['DP011.description'],
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
