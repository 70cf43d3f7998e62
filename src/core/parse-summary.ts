import type { SummaryBullet, SummaryKey } from './model';
import { lineSpan, range } from './text';

/**
 * `**What's New**:`, `***Technical Details***:`, `**Key:**`, and the unbalanced `***Key*:`.
 * Key text holds neither `*` nor `:`, so the lazy quantifier never backtracks far.
 */
const KEY = /^(\*{1,3})([^*:\n]{1,80}?)(?:(\*{1,3})[ \t]*:|[ \t]*:[ \t]*(\*{1,3})|[ \t]*:)[ \t]*/;

/** Reads a bullet's text from `textStart` (just after `- `). */
export function readBulletText(line: string, lineNumber: number, textStart: number): SummaryBullet {
  const text = line.slice(textStart).trimEnd();
  const key = text.charCodeAt(0) === 42 /* * */ ? readKey(text, lineNumber, textStart) : null;
  const body = key ? text.slice(key.bodyOffset) : text;
  const markerStart = line.length - line.trimStart().length;
  return {
    text,
    body,
    key: key ? key.key : null,
    range: range(lineNumber, markerStart, lineNumber, textStart + text.length),
    textRange: lineSpan(lineNumber, textStart, textStart + text.length),
  };
}

function readKey(text: string, lineNumber: number, textStart: number): { key: SummaryKey; bodyOffset: number } | null {
  const match = KEY.exec(text);
  if (!match) return null;
  const keyText = match[2].trim();
  if (keyText === '') return null;
  const closeMarks = (match[3] ?? match[4] ?? '').length;
  const emphasisEnd = match[0].trimEnd().length;
  return {
    key: {
      text: keyText,
      normalized: keyText.replace(/[\u2018\u2019\u02BC]/g, "'"),
      openMarks: match[1].length,
      closeMarks,
      range: lineSpan(lineNumber, textStart, textStart + emphasisEnd),
    },
    bodyOffset: match[0].length,
  };
}
