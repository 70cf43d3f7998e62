import type { Rule } from './rule';

export const dayHeadingMissing: Rule = {
  code: 'DP001',
  name: 'day-heading-missing',
  defaultSeverity: 'error',
  description: 'Paper entries must sit under a `## Daily Papers (YYYY-MM-DD)` heading.',
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
