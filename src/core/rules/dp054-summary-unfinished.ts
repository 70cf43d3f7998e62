import type { Rule } from './rule';

export const summaryUnfinished: Rule = {
  code: 'DP054',
  name: 'summary-unfinished',
  defaultSeverity: 'warning',
  description: 'A summary bullet is still empty: a key without text (`- **What\'s New**:`) or a bare `-`.',
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
