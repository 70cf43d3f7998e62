/** Writes feed papers in the digest format of docs/FORMAT.md's canonical entry. */

import { arxivAbsUrl } from '../arxiv';
import type { FeedPaper } from './paper';

export interface RenderOptions {
  /** The summary lines of each new entry, to be written by hand (`dailyPapers.huggingFace.summaryTemplate`). */
  summaryTemplate: readonly string[];
  /** The line break; `\n` unless the target file uses another. */
  eol?: string;
}

export const DEFAULT_SUMMARY_TEMPLATE: readonly string[] = [
  "- **What's New**:",
  '- **Technical Details**:',
  '- **Performance Highlights**:',
];

/** `## Daily Papers (date)` and the entries by votes, most first, ending with one line break. */
export function renderDaySection(date: string, papers: readonly FeedPaper[], options: RenderOptions): string {
  const eol = options.eol ?? '\n';
  const parts = [`## Daily Papers (${date})`, ...byVotes(papers).map((paper) => renderEntry(paper, options))];
  return parts.join(eol + eol) + eol;
}

/** One entry, without a trailing line break. */
export function renderEntry(paper: FeedPaper, options: RenderOptions): string {
  const eol = options.eol ?? '\n';
  const fields = [`### [${escapeMarkdown(paper.title)}](${arxivAbsUrl(paper.id)})`];
  if (paper.media?.kind === 'image') fields.push(`![](${paper.media.url})`);
  if (paper.media?.kind === 'video') {
    fields.push(`[Watch Video](${paper.media.url})${eol}<div><video controls src="${paper.media.url}" muted="false"></video></div>`);
  }
  if (paper.votes !== null) fields.push(`Vote: ${paper.votes}`);
  if (paper.authors.length > 0) fields.push(`Authors: ${paper.authors.map(escapeMarkdown).join(', ')}`);
  const summary = options.summaryTemplate.filter((line) => line.trim() !== '');
  if (summary.length > 0) fields.push(summary.join(eol));
  return fields.join(eol + eol);
}

/** Most votes first; equal votes keep the feed's order; papers without votes last. */
export function byVotes(papers: readonly FeedPaper[]): FeedPaper[] {
  return [...papers].sort((a, b) => (b.votes ?? -1) - (a.votes ?? -1));
}

const MARKUP = /[\\`*_[\]<>&]/g;

/**
 * Backslash-escapes what Markdown or HTML would read as markup, so that a title stays the text of one
 * link and a name stays plain text: brackets, emphasis, code, tags and entities.
 */
export function escapeMarkdown(text: string): string {
  return hasMarkup(text) ? text.replace(MARKUP, '\\$&') : text;
}

/**
 * Whether the text holds one of the {@link MARKUP} characters. Most titles and names hold none, and a
 * day has hundreds of names: a loop over their few characters costs a fraction of a replace that finds nothing.
 */
function hasMarkup(text: string): boolean {
  // Stryker disable next-line EqualityOperator: past the end charCodeAt gives NaN, which equals no character
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // \ ` * _ [ ] < > &
    // Stryker disable next-line ConditionalExpression: a false alarm only costs a replace that finds nothing; each character's miss is tested (test/unit/huggingface/render-escaping.test.ts)
    if (code === 92 || code === 96 || code === 42 || code === 95 || code === 91 || code === 93 || code === 60 || code === 62 || code === 38) return true;
  }
  // Stryker disable next-line BooleanLiteral: a false alarm only costs a replace that finds nothing
  return false;
}

