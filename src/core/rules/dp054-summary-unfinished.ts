import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const summaryUnfinished: Rule = {
  code: 'DP054',
  name: 'summary-unfinished',
  defaultSeverity: 'warning',
  description: EN['DP054.description'],
  anchor: 'dp054',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      for (const bullet of paper.summary) {
        if (bullet.body.trim() !== '') continue;
        context.report({
          range: bullet.range,
          message: bullet.key
            ? context.t('DP054.keyed', bullet.key.text)
            : context.t('DP054.bare'),
        });
      }
    }
  },
};
