import { quote } from './helpers';
import { allMedia, rewriteMediaUrl } from './media-urls';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const mediaUrlRelative: Rule = {
  code: 'DP021',
  name: 'media-url-relative',
  defaultSeverity: 'warning',
  description: EN['DP021.description'],
  anchor: 'dp021',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      for (const media of allMedia(paper.media, paper.extraMedia)) {
        if (!media.url.startsWith('/') || media.url.startsWith('//')) continue;
        const absolute = `https://huggingface.co${media.url}`;
        context.report({
          range: media.urlRange,
          message: context.t('DP021.relative', quote(media.url), quote(absolute)),
          fix: { description: context.t('DP021.fix'), edits: rewriteMediaUrl(media, absolute, context) },
        });
      }
    }
  },
};
