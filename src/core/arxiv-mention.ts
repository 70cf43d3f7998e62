/**
 * Finds the arXiv paper a line of Markdown mentions at a given character: a link (`[text](url)`,
 * `<url>`) or bare URL in any form {@link readArxivUrl} reads, or a written id (`arXiv:2403.15371`,
 * `arxiv 2403.15371`, `arXiv: hep-th/9901001v2`).
 */

import { isValidArxivId, readArxivUrl } from './arxiv';

export interface ArxivMention {
  /** The valid id, without version. */
  id: string;
  /** The mention's span on the line: 0-based UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
}

const INLINE_LINK = /!?\[(?:[^[\]\\]|\\.|\[[^\]]*\])*\]\(\s*(<[^>\n]*>|[^\s)]+)[^)]*\)/g;
const BARE_URL = /(?:https?:\/\/[A-Za-z0-9.-]+)?\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]*/g;
const WRITTEN_ID = /\barxiv\s*:?\s*(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\w|\.\d)/gi;
const TRAILING_PUNCTUATION = /[.,;:!?'*]+$/;

/** The mention covering `character` (a link first, then a URL, then a written id), or null. */
export function arxivMentionAt(line: string, character: number): ArxivMention | null {
  const covers = (start: number, end: number) => start <= character && character < end;
  for (const match of line.matchAll(INLINE_LINK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!covers(start, end)) continue;
    const destination = match[1].replace(/^<|>$/g, '');
    const id = idOfUrl(destination);
    if (id) return { id, start, end };
  }
  for (const match of line.matchAll(BARE_URL)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    // A path glued to the text before it (`example.org/papers/…`) belongs to that text: it is no relative link.
    if (url.startsWith('/papers/') && start > 0 && /[\w/.]/.test(line[start - 1])) continue;
    if (!covers(start, start + url.length)) continue;
    const id = idOfUrl(url);
    if (id) return { id, start, end: start + url.length };
  }
  for (const match of line.matchAll(WRITTEN_ID)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!covers(start, end)) continue;
    const id = match[1];
    if (isValidArxivId(id)) return { id, start, end };
  }
  return null;
}

function idOfUrl(url: string): string | null {
  const reference = readArxivUrl(url);
  return reference && reference.valid ? reference.id : null;
}
