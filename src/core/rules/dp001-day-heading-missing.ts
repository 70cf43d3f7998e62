import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const dayHeadingMissing: Rule = {
  code: 'DP001',
  name: 'day-heading-missing',
  defaultSeverity: 'error',
  description: EN['DP001.description'],
  anchor: 'dp001',
  fixable: false,
  check(context) {
    for (const paper of context.digest.orphanPapers) {
      context.report({
        range: paper.headingRange,
        message: context.t('DP001.orphan'),
      });
    }
  },
};
