/**
 * The paper card: the Markdown a hover on an arXiv link, id or paper heading shows, and the tooltip of a
 * paper in the Papers view. Built only from what the index keeps, without any request.
 *
 * Digest text goes through {@link escapeMarkdown}, so a title or an author cannot add a link, an image
 * or HTML; the only links are the ones built here, to arXiv, Hugging Face and this extension's commands.
 */

import { arxivAbsUrl, arxivPdfUrl, huggingFacePaperUrl } from './arxiv';
import { english, translator, type Translate } from './l10n';
import type { IndexedPaper } from './workspace/records';
import { escapeMarkdown } from './markdown-escape';

/** The commands a card links to; the adapter trusts exactly these. */
export const CARD_COMMANDS = {
  openEntry: 'dailyPapers.revealEntry',
  copyArxivId: 'dailyPapers.paper.copyArxivId',
} as const;

export interface CardOptions {
  /** Show the entry's https thumbnail (`dailyPapers.hover.showThumbnail`). */
  showThumbnail: boolean;
  /** The language of the card's own words (BCP 47, such as `ko`); English when absent. */
  locale?: string;
}

export const CARD_DAYS = 3;
export const CARD_AUTHORS = 8;
export const THUMBNAIL_WIDTH = 320;

/**
 * The card of a paper: `paper` is the entry the card describes (the one hovered, or the newest), and
 * `appearances` every entry of the same paper in the workspace, in day order (`paper` among them).
 */
export function paperCard(paper: IndexedPaper, appearances: readonly IndexedPaper[], options: CardOptions): string {
  const t = translator(options.locale);
  const blocks = [`**${escapeMarkdown(paper.title) || t('card.untitled')}**`];
  const facts = [paper.votes === null ? null : `▲${paper.votes}`, daysLine(appearances.length ? appearances : [paper], t)];
  blocks.push(facts.filter((fact) => fact !== null).join(' · '));
  const authors = authorsLine(paper.authors, paper.namesLeftOut, t);
  if (authors) blocks.push(authors);
  const media = mediaBlock(paper, options, t);
  if (media) blocks.push(media);
  if (paper.highlight) blocks.push(escapeMarkdown(paper.highlight));
  if (paper.id) blocks.push(linksRow(paper.id, true, t));
  return blocks.join('\n\n');
}

/** The card of a valid arXiv id that no digest of the workspace holds. */
export function unknownPaperCard(id: string, locale?: string): string {
  const t = translator(locale);
  return [`**arXiv ${escapeMarkdown(id)}**`, t('card.notInWorkspace'), linksRow(id, false, t)].join('\n\n');
}

/** `[2024-03-25](open) · [2024-03-27](open) · [2024-04-02](open) and 2 more`. */
function daysLine(appearances: readonly IndexedPaper[], t: Translate): string {
  const links = appearances.slice(0, CARD_DAYS).map((each) => `[${escapeMarkdown(dayName(each))}](${commandUri(CARD_COMMANDS.openEntry, [each.day.file.uri, each.line])})`);
  const more = appearances.length - CARD_DAYS;
  return more > 0 ? t('card.daysMore', links.join(' · '), more) : links.join(' · ');
}

function dayName(paper: IndexedPaper): string {
  if (paper.day.dateText !== null) return paper.day.dateText;
  const uri = paper.day.file.uri;
  return decodeURIComponentSafe(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The first names, then `and N more`; `and others` when the feed left names out. */
export function authorsLine(names: readonly string[], namesLeftOut: boolean, t: Translate = english): string {
  if (!names.length) return namesLeftOut ? t('card.andOthers') : '';
  const shown = names.slice(0, CARD_AUTHORS).map(escapeMarkdown).join(', ');
  const hidden = names.length - CARD_AUTHORS;
  if (hidden > 0) return namesLeftOut ? t('card.authorsMoreAndOthers', shown, hidden) : t('card.authorsMore', shown, hidden);
  return namesLeftOut ? t('card.authorsAndOthers', shown) : shown;
}

function mediaBlock(paper: IndexedPaper, options: CardOptions, t: Translate): string | null {
  if (paper.media === 'video') return t('card.video');
  if (!options.showThumbnail || paper.thumbnail === null) return null;
  // VS Code reads `|width=N` at the end of an image destination as its display width. The index keeps only
  // thumbnails without whitespace; a parenthesis or a pipe of the URL is encoded so the destination ends here.
  return `![${t('card.thumbnail')}](${paper.thumbnail.replace(/[()|]/g, percentEncoded)}|width=${THUMBNAIL_WIDTH})`;
}

function linksRow(id: string, copy: boolean, t: Translate): string {
  const links = [`[arXiv](${arxivAbsUrl(id)})`, `[PDF](${arxivPdfUrl(id)})`, `[Hugging Face](${huggingFacePaperUrl(id)})`];
  if (copy) links.push(`[${t('card.copyId')}](${commandUri(CARD_COMMANDS.copyArxivId, [id])})`);
  return links.join(' · ');
}

/** `command:name?args`, the arguments as URI-encoded JSON, parentheses encoded too so the link cannot end early. */
export function commandUri(command: string, args: readonly unknown[]): string {
  return `command:${command}?${encodeURIComponent(JSON.stringify(args)).replace(/[()!'*]/g, percentEncoded)}`;
}

/** `(` → `%28`: for the ASCII punctuation that `encodeURIComponent` leaves as it is. */
function percentEncoded(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase()}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
