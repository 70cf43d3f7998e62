import type { Rule } from './rule';

export const voteMissing: Rule = {
  code: 'DP030',
  name: 'vote-missing',
  defaultSeverity: 'warning',
  description: 'An entry should have a `Vote: N` line with its upvote count.',
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
