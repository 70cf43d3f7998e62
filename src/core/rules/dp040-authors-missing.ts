import type { Rule } from './rule';

export const authorsMissing: Rule = {
  code: 'DP040',
  name: 'authors-missing',
  defaultSeverity: 'warning',
  description: 'An entry should have an `Authors: A, B, C` line.',
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
