import type { FieldLine, Media, PaperEntry, Range } from '../model';
import { allMedia } from './media-urls';
import type { RuleContext } from './rule';

/** The media that starts on a field's line, if the field is media. */
export function mediaOf(paper: PaperEntry, field: FieldLine): Media | null {
  // Stryker disable next-line ConditionalExpression: no media starts on the line of a field of another kind, so the search below finds none either
  if (field.kind !== 'media') return null;
  for (const media of allMedia(paper.media, paper.extraMedia)) if (media.range.start.line === field.line) return media;
  return null;
}

/** `<div><video …>` right below `[Watch Video]url` or another video: the second line of one video, not a field of its own. */
export function isPlayerLineOfPrevious(paper: PaperEntry, previous: FieldLine | null, field: FieldLine): boolean {
  return (
    previous !== null &&
    previous.kind === 'media' &&
    previous.endLine === field.line - 1 &&
    mediaOf(paper, field)?.form === 'video-block'
  );
}

/**
 * The first line of a field, without its indent, as a range: taken from the model when it has one
 * for that line (so no line text is needed), else from the line.
 */
export function fieldRange(field: FieldLine, context: RuleContext, paper?: PaperEntry): Range {
  const known = paper ? modelRange(paper, field) : null;
  if (known && known.start.line === field.line && known.end.line === field.line) return known;
  return lineRange(field, context);
}

function modelRange(paper: PaperEntry, field: FieldLine): Range | null {
  switch (field.kind) {
    case 'vote':
      return paper.votes?.range ?? null;
    case 'authors':
      return paper.authors?.range ?? null;
    case 'media':
      return mediaOf(paper, field)?.range ?? null;
    default:
      return null;
  }
}

function lineRange(field: FieldLine, context: RuleContext): Range {
  const text = context.line(field.line);
  const indent = text.length - text.trimStart().length;
  return { start: { line: field.line, character: indent }, end: { line: field.line, character: text.trimEnd().length } };
}
