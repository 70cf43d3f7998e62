import { quote } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const paperHeadingNotLink: Rule = {
  code: 'DP010',
  name: 'paper-heading-not-link',
  defaultSeverity: 'error',
  description: EN['DP010.description'],
  anchor: 'dp010',
  fixable: false,
  check(context) {
    for (const day of context.digest.days) {
      for (const paper of day.papers) {
        if (paper.titleStyle === 'link') continue;
        context.report({
          range: paper.headingRange,
          message: context.t('DP010.notLink', quote(paper.headingText)),
        });
      }
    }
  },
};
