/**
 * Reads an answer of `GET /api/daily_papers?date=…` defensively: the answer is untrusted input, so
 * anything of another shape is skipped and counted, never trusted and never thrown on.
 */

import { isValidArxivId } from '../arxiv';
import type { FeedPaper } from './paper';

export interface FeedDay {
  papers: FeedPaper[];
  /** Items that were not a paper with an arXiv id (other shapes, missing or non-arXiv ids). */
  skipped: number;
  /** Papers listed again after their first appearance. */
  repeated: number;
}

/** Reads the parsed JSON of an answer; the caller has checked that it is an array. */
export function readFeedDay(items: readonly unknown[]): FeedDay {
  const papers: FeedPaper[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  let repeated = 0;
  for (const item of items) {
    const paper = readFeedPaper(item);
    if (!paper) skipped++;
    else if (seen.has(paper.id)) repeated++;
    else {
      seen.add(paper.id);
      papers.push(paper);
    }
  }
  return { papers, skipped, repeated };
}

function readFeedPaper(item: unknown): FeedPaper | null {
  if (!isObject(item) || !isObject(item.paper)) return null;
  const paper = item.paper;
  // Stryker disable next-line StringLiteral: any text that is no arXiv id is refused alike
  const id = typeof paper.id === 'string' ? paper.id.trim() : '';
  if (!isValidArxivId(id)) return null;
  return {
    id,
    title: plainText(nonEmptyString(paper.title) ?? nonEmptyString(item.title) ?? ''),
    // Stryker disable next-line ConditionalExpression: Number.isSafeInteger refuses non-numbers too; the typeof is for TypeScript
    votes: typeof paper.upvotes === 'number' && Number.isSafeInteger(paper.upvotes) && paper.upvotes >= 0 ? paper.upvotes : null,
    authors: readAuthorNames(paper.authors),
    media: readMedia(item.thumbnail),
  };
}

function readAuthorNames(authors: unknown): string[] {
  if (!Array.isArray(authors)) return [];
  const names: string[] = [];
  const seen = new Set<string>();
  for (const author of authors) {
    // `Authors:` is split at commas, so a comma inside one name ("Smith, Jr.") becomes a space.
    const name = isObject(author) && typeof author.name === 'string' ? plainText(author.name.replace(/,/g, ' ')) : '';
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

/** Hosts known to serve https, so an `http:` thumbnail on them is upgraded instead of dropped. */
const HTTPS_HOSTS = /(^|\.)huggingface\.co$/i;

function readMedia(thumbnail: unknown): FeedPaper['media'] {
  if (typeof thumbnail !== 'string') return null;
  let url: URL;
  try {
    // The URL parser drops spaces around the URL, and refuses an empty one.
    url = new URL(thumbnail);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' && HTTPS_HOSTS.test(url.hostname)) url.protocol = 'https:';
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  // `(`, `)` and `'` would end the Markdown link early; the URL parser has already encoded spaces, `"`, `<` and `>`.
  const href = url.href.replace(/[()']/g, (char) => `%${char.charCodeAt(0).toString(16)}`);
  return { kind: /\.mp4$/i.test(url.pathname) ? 'video' : 'image', url: href };
}

/** Newlines and runs of whitespace become one space; other control characters go. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\s+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
