import { quote } from './helpers';
import { allMedia, rewriteMediaUrl } from './media-urls';
import type { Rule } from './rule';
import { EN } from '../l10n/messages-en';

export const mediaUrlInsecure: Rule = {
  code: 'DP022',
  name: 'media-url-insecure',
  defaultSeverity: 'warning',
  description: EN['DP022.description'],
  anchor: 'dp022',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      for (const media of allMedia(paper.media, paper.extraMedia)) {
        if (!isHttp(media.url)) continue;
        const secure = `https://${media.url.slice(7)}`;
        context.report({
          range: media.urlRange,
          message: context.t('DP022.insecure', quote(media.url)),
          fix: { description: context.t('DP022.fix'), edits: rewriteMediaUrl(media, secure, context) },
        });
      }
    }
  },
};

/** `http://`, in any case, checked without a regular expression: this runs for every media line. */
function isHttp(url: string): boolean {
  return url.length > 7 && url.charCodeAt(4) === 58 /* : */ && url.slice(0, 7).toLowerCase() === 'http://';
}
