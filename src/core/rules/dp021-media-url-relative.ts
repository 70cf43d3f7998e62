import { quote } from './helpers';
import { allMedia, rewriteMediaUrl } from './media-urls';
import type { Rule } from './rule';

export const mediaUrlRelative: Rule = {
  code: 'DP021',
  name: 'media-url-relative',
  defaultSeverity: 'warning',
  description: 'Media URLs should be absolute; `/avatars/…` only works on huggingface.co.',
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
