import type { Translate } from '../l10n';
import type { Media, PaperEntry } from '../model';
import { isVideoUrl } from '../parser/parse-media';
import { canonicalVideoBlock, quote } from './helpers';
import type { Fix, Rule, RuleContext } from './rule';
import { EN } from '../l10n/messages-en';

const SAFE_URL = /^[^\s"'<>()]+$/;

export const mediaVideoMalformed: Rule = {
  code: 'DP023',
  name: 'media-video-malformed',
  defaultSeverity: 'warning',
  description: EN['DP023.description'],
  anchor: 'dp023',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const media = paper.media;
      if (media === null) continue;
      const problem = describe(media, context.t);
      if (problem === null) continue;
      context.report({
        range: media.range,
        message: context.t('DP023.malformed', problem),
        fix: canonicalFix(paper, media, context),
      });
    }
  },
};

function describe(media: Media, t: Translate): string | null {
  switch (media.form) {
    case 'watch-video-bare':
      return t('DP023.bare');
    case 'image-video':
      return t('DP023.imageVideo', quote(media.url));
    case 'html-video':
      return t('DP023.htmlVideo');
    case 'html-iframe':
      return t('DP023.htmlIframe');
    case 'empty-link':
      return media.kind === 'video' ? t('DP023.emptyLink', quote(`[](${media.url})`)) : null;
    default:
      return null;
  }
}

/** The rewrite is offered only for a video file URL and when the media fills its lines. */
function canonicalFix(paper: PaperEntry, media: Media, context: RuleContext): Fix | undefined {
  const url = media.url;
  if (!SAFE_URL.test(url) || !isVideoUrl(url)) return undefined;
  if (!fillsItsLines(media, context)) return undefined;
  let end = media.range.end;
  const player = paper.extraMedia.find((extra) => extra.form === 'video-block' && extra.range.start.line === end.line + 1);
  if (player) {
    if (player.url !== url) return undefined;
    end = player.range.end;
  }
  return {
    description: context.t('DP023.fix'),
    edits: [{ range: { start: media.range.start, end }, newText: canonicalVideoBlock(url, context.eol) }],
  };
}

function fillsItsLines(media: Media, context: RuleContext): boolean {
  const first = context.line(media.range.start.line);
  const last = context.line(media.range.end.line);
  if (media.form === 'html-video' && !/<\/video>\s*$/i.test(last)) return false;
  if (media.form === 'html-iframe' && !/(<\/iframe>|\/>)\s*$/i.test(last)) return false;
  return first.slice(0, media.range.start.character).trim() === '' && last.slice(media.range.end.character).trim() === '';
}
