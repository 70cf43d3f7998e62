import { quote } from './helpers';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const mediaMissing: Rule = {
  code: 'DP020',
  name: 'media-missing',
  defaultSeverity: 'information',
  description: EN['DP020.description'],
  anchor: 'dp020',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const media = paper.media;
      if (media === null) {
        context.report({
          range: paper.headingRange,
          message: context.t('DP020.missing'),
        });
      } else if (media.form === 'empty-link' && media.kind === 'image' && media.url !== '') {
        const image = `![](${media.url})`;
        context.report({
          range: media.range,
          message: context.t('DP020.emptyLink', quote(`[](${media.url})`), quote(image)),
          fix: { description: context.t('fix.replaceWith', image), edits: [{ range: media.range, newText: image }] },
        });
      }
    }
  },
};
