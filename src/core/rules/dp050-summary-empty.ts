import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const summaryEmpty: Rule = {
  code: 'DP050',
  name: 'summary-empty',
  defaultSeverity: 'warning',
  description: EN['DP050.description'],
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
