import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const voteMissing: Rule = {
  code: 'DP030',
  name: 'vote-missing',
  defaultSeverity: 'warning',
  description: EN['DP030.description'],
  anchor: 'dp030',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      if (paper.votes !== null) continue;
      context.report({
        range: paper.headingRange,
        message: context.t('DP030.missing'),
      });
    }
  },
};
