import type { Media } from '../model';
import type { RuleContext, TextEdit } from './rule';

/**
 * Edits that rewrite a media URL, and for `[Watch Video](url)` also the same URL in the player line
 * below it, so that link and player stay identical.
 */
export function rewriteMediaUrl(media: Media, newUrl: string, context: RuleContext): TextEdit[] {
  const edits: TextEdit[] = [{ range: media.urlRange, newText: newUrl }];
  if (media.form === 'watch-video' && media.hasVideoBlock) {
    const line = media.range.end.line;
    const text = context.line(line);
    const at = text.indexOf(`src="${media.url}"`);
    if (at !== -1) {
      const start = at + 5;
      edits.push({ range: { start: { line, character: start }, end: { line, character: start + media.url.length } }, newText: newUrl });
    }
  }
  return edits;
}

export function allMedia(media: Media | null, extra: readonly Media[]): readonly Media[] {
  return media === null ? extra : extra.length === 0 ? [media] : [media, ...extra];
}
