import { quote } from './helpers';
import type { Rule } from './rule';

export const voteInvalid: Rule = {
  code: 'DP031',
  name: 'vote-invalid',
  defaultSeverity: 'warning',
  description: 'The `Vote:` line should hold a whole, non-negative number.',
  anchor: 'dp031',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      const votes = paper.votes;
      if (votes === null || votes.value !== null) continue;
      const problem =
        votes.raw === ''
          ? 'The `Vote:` line has no number'
          : /^-\d+$/.test(votes.raw)
            ? `Vote ${quote(votes.raw)} is negative`
            : /^\d+$/.test(votes.raw)
              ? `Vote ${quote(votes.raw)} is too large to be a vote count`
              : `Vote ${quote(votes.raw)} is not a whole number`;
      context.report({
        range: votes.raw === '' ? votes.range : votes.rawRange,
        message: `${problem}; expected the upvote count, like \`Vote: 12\`.`,
      });
    }
  },
};
