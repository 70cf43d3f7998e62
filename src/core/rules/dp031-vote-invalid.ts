import { quote } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const voteInvalid: Rule = {
  code: 'DP031',
  name: 'vote-invalid',
  defaultSeverity: 'warning',
  description: EN['DP031.description'],
  anchor: 'dp031',
  fixable: false,
  check(context) {
    for (const paper of context.papers) {
      const votes = paper.votes;
      if (votes === null || votes.value !== null) continue;
      const problem =
        votes.raw === ''
          ? context.t('DP031.noNumber')
          : /^-\d+$/.test(votes.raw)
            ? context.t('DP031.negative', quote(votes.raw))
            : /^\d+$/.test(votes.raw)
              ? context.t('DP031.tooLarge', quote(votes.raw))
              : context.t('DP031.notWhole', quote(votes.raw));
      context.report({
        range: votes.raw === '' ? votes.range : votes.rawRange,
        message: context.t('DP031.invalid', problem),
      });
    }
  },
};
