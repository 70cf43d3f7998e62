import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const authorsMissing: Rule = {
  code: 'DP040',
  name: 'authors-missing',
  defaultSeverity: 'warning',
  description: EN['DP040.description'],
  anchor: 'dp040',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      if (paper.authors !== null) continue;
      context.report({
        range: paper.headingRange,
        message: context.t('DP040.missing'),
      });
    }
  },
};
