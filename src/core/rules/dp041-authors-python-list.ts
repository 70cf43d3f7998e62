import { quote } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const authorsPythonList: Rule = {
  code: 'DP041',
  name: 'authors-python-list',
  defaultSeverity: 'warning',
  description: EN['DP041.description'],
  anchor: 'dp041',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const authors = paper.authors;
      if (authors === null || authors.style !== 'python-list') continue;
      // The rewritten line keeps the feed's `+` mark where it stood.
      const written = authors.namesLeftOut ? authors.items.map((item) => item.name).filter((name) => name !== '') : authors.names;
      const plain = written.join(', ');
      const safe = written.length > 0 && written.every((name) => !name.includes(','));
      context.report({
        range: authors.rawRange,
        message: context.t('DP041.pythonList', quote(`Authors: ${plain}`)),
        fix: safe ? { description: context.t('DP041.fix'), edits: [{ range: authors.rawRange, newText: plain }] } : undefined,
      });
    }
  },
};
