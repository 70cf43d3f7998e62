import type { Media, PaperEntry } from '../model';
import { isVideoUrl } from '../parser/parse-media';
import { canonicalVideoBlock, quote } from './helpers';
import type { Fix, Rule, RuleContext } from './rule';

const SAFE_URL = /^[^\s"'<>()]+$/;

export const mediaVideoMalformed: Rule = {
  code: 'DP023',
  name: 'media-video-malformed',
  defaultSeverity: 'warning',
  description: 'Videos should be written as `[Watch Video](url)` followed by the `<div><video …></video></div>` player line.',
  anchor: 'dp023',
  fixable: true,
  check(context) {
    for (const paper of context.papers) {
      const media = paper.media;
      if (media === null) continue;
      const problem = describe(media);
      if (problem === null) continue;
      context.report({
        range: media.range,
        message: `${problem}; expected \`[Watch Video](url)\` followed by the \`<div><video controls src="url" muted="false"></video></div>\` line.`,
        fix: canonicalFix(paper, media, context),
      });
    }
  },
};

function describe(media: Media): string | null {
  switch (media.form) {
    case 'watch-video-bare':
      return '`[Watch Video]` is not followed by `(url)`, so Markdown shows the URL as text';
    case 'image-video':
      return `A video file inside image syntax (${quote(media.url)}) shows as a broken image`;
    case 'html-video':
      return 'A raw `<video>` element is not the digest video form';
    case 'html-iframe':
      return 'A raw `<iframe>` is not the digest video form';
    case 'empty-link':
      return media.kind === 'video' ? `${quote(`[](${media.url})`)} is an empty link and shows nothing` : null;
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
    description: 'Rewrite as the [Watch Video] link and player line',
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
