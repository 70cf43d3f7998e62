/**
 * `renderDigestHtml(digest, options)`: the preview's body built from the parsed model, as one string or
 * as sections and cards that a live page can patch one card at a time.
 */

import { translator, type MessageKey, type Translate } from '../l10n';
import type { DaySection, Digest, PaperEntry } from '../model';
import { renderCardRest } from './card';
import { escapeHtml, showUnshowable } from './escape';
import type { RenderDiagnostic, RenderedCard, RenderedDigest, RenderedSection } from './render-types';

export interface RenderOptions {
  /** Problems of the digest, shown as badges on the card of the entry they are in. */
  diagnostics?: readonly RenderDiagnostic[];
  /** Keeps the markup of unchanged cards between renders of the same document. */
  cache?: CardCache;
  /** The language of the page's own words (BCP 47, such as `ko`); English when absent. */
  locale?: string;
}

/** Markup of the cards of the last render, by everything that goes into a card. */
export class CardCache {
  private previous = new Map<string, CachedCard>();
  private current = new Map<string, CachedCard>();

  get(signature: string, render: () => string): CachedCard {
    let card = this.current.get(signature) ?? this.previous.get(signature);
    if (card === undefined) {
      const rest = render();
      card = { rest, hash: hashOf(rest) };
    }
    this.current.set(signature, card);
    return card;
  }

  /** Forgets cards that the render just finished did not use. */
  endRender(): void {
    this.previous = this.current;
    this.current = new Map();
  }
}

interface CachedCard {
  rest: string;
  hash: string;
}


export function renderDigestParts(digest: Digest, options: RenderOptions = {}): RenderedDigest {
  // Stryker disable next-line ArrayDeclaration: a problem without a line lands on no card
  const diagnostics = diagnosticsByPaper(digest, options.diagnostics ?? []);
  const cache = options.cache ?? new CardCache();
  const t = translator(options.locale);
  const dayKeys = new Map<string, number>();
  const sections: RenderedSection[] = [];
  let paperCount = 0;
  if (digest.orphanPapers.length > 0) {
    const cards = renderCards(digest.orphanPapers, diagnostics, cache, t);
    sections.push({ key: 'outside', line: null, headerHtml: orphanHeader(digest.orphanPapers, t), cards });
    paperCount += cards.length;
  }
  for (const day of digest.days) {
    const name = day.normalizedDateText ?? day.dateText;
    const repeat = dayKeys.get(name) ?? 0;
    dayKeys.set(name, repeat + 1);
    const cards = renderCards(day.papers, diagnostics, cache, t);
    sections.push({ key: showUnshowable(`day:${name}#${repeat}`), line: day.headingRange.start.line, headerHtml: showUnshowable(dayHeader(day, t)), cards });
    paperCount += cards.length;
  }
  // Stryker disable next-line all: forgetting the cards this render did not use only bounds the cache's memory; every card's markup is the same either way
  cache.endRender();
  return { sections, paperCount, emptyHtml: emptyNotes(t) };
}

export function renderDigestHtml(digest: Digest, options: RenderOptions = {}): string {
  return renderedDigestHtml(renderDigestParts(digest, options));
}

export function renderedDigestHtml(rendered: RenderedDigest): string {
  if (rendered.sections.length === 0) return `<main class="digest">${rendered.emptyHtml.digest}</main>`;
  return `<main class="digest">${rendered.sections.map((section) => sectionHtml(section, rendered.emptyHtml.section)).join('')}</main>`;
}

function emptyNotes(t: Translate): RenderedDigest['emptyHtml'] {
  const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
  return {
    digest: `<p class="digest-empty">${escapeHtml(t('preview.emptyDigest', '\u0000', '\u0001')).replace('\u0000', code('## Daily Papers (YYYY-MM-DD)')).replace('\u0001', code('### [Title](https://arxiv.org/abs/…)'))}</p>`,
    section: `<p class="day-empty">${escapeHtml(t('preview.emptySection'))}</p>`,
  };
}

export const EMPTY_DIGEST = emptyNotes(translator('en')).digest;

export function sectionHtml(section: RenderedSection, emptySectionHtml = emptyNotes(translator('en')).section): string {
  const line = section.line === null ? '' : ` data-line="${section.line}"`;
  const cards = section.cards.length ? section.cards.map((card) => card.html).join('') : emptySectionHtml;
  return `<section class="day"${line} data-key="${escapeHtml(section.key)}">${section.headerHtml}<div class="cards">${cards}</div></section>`;
}

function renderCards(papers: readonly PaperEntry[], diagnostics: Map<PaperEntry, RenderDiagnostic[]>, cache: CardCache, t: Translate): RenderedCard[] {
  const keys = new Map<string, number>();
  return papers.map((paper, index) => {
    const base = paper.id !== null ? `id:${paper.id}` : `title:${paper.title}`;
    const repeat = keys.get(base) ?? 0;
    keys.set(base, repeat + 1);
    const key = showUnshowable(`${base}#${repeat}`);
    const problems = diagnostics.get(paper) ?? [];
    const { rest, hash } = cache.get(signatureOf(paper, key, problems, t), () => renderCardRest(paper, key, problems, t));
    const line = paper.headingRange.start.line;
    return { key, hash, line, html: `<article class="paper" data-line="${line}" data-index="${index}" data-hash="${hash}"${rest}` };
  });
}

/** Everything the card's markup depends on, apart from its position. */
function signatureOf(paper: PaperEntry, key: string, problems: readonly RenderDiagnostic[], t: Translate): string {
  return JSON.stringify([
    key,
    t('preview.andOthers'),
    paper.title,
    paper.url,
    paper.id,
    paper.media && [paper.media.kind, paper.media.form, paper.media.url],
    paper.votes && paper.votes.raw,
    paper.authors && [paper.authors.names, paper.authors.namesLeftOut],
    paper.summary.map((bullet) => [bullet.text, bullet.body, bullet.key?.normalized]),
    problems.map((problem) => [problem.code, problem.severity, problem.message]),
  ]);
}

function dayHeader(day: DaySection, t: Translate): string {
  const votes = day.papers.reduce((sum, paper) => sum + (paper.votes?.value ?? 0), 0);
  const date = day.date ?? day.normalizedDateText ?? day.dateText;
  const time = day.date !== null ? `<time datetime="${day.date}">${day.date}</time> <span class="weekday">${escapeHtml(weekdayOf(day.date, t))}</span>` : escapeHtml(date || day.headingText);
  return `<header class="day-header"><h2>${time}</h2><p class="day-stats">${escapeHtml(countOf(day.papers.length, t))} · ▲${votes}</p></header>`;
}

function orphanHeader(papers: readonly PaperEntry[], t: Translate): string {
  return `<header class="day-header"><h2>${escapeHtml(t('preview.outside'))}</h2><p class="day-stats">${escapeHtml(countOf(papers.length, t))}</p></header>`;
}

function weekdayOf(date: string, t: Translate): string {
  const [year, month, day] = date.split('-').map(Number);
  return t(`weekday.${new Date(Date.UTC(year, month - 1, day)).getUTCDay()}` as MessageKey);
}

function countOf(n: number, t: Translate): string {
  return n === 1 ? t('preview.onePaper') : t('preview.papers', n);
}

function diagnosticsByPaper(digest: Digest, diagnostics: readonly RenderDiagnostic[]): Map<PaperEntry, RenderDiagnostic[]> {
  const byPaper = new Map<PaperEntry, RenderDiagnostic[]>();
  // Stryker disable next-line ConditionalExpression: a shortcut; without it the loop below finds nothing to do
  if (diagnostics.length === 0) return byPaper;
  const papers = [...digest.orphanPapers, ...digest.days.flatMap((day) => day.papers)].sort(
    (a, b) => a.range.start.line - b.range.start.line,
  );
  for (const diagnostic of diagnostics) {
    const paper = paperAt(papers, diagnostic.line);
    // Stryker disable next-line ConditionalExpression: problems filed under no paper would reach no card anyway
    if (paper === undefined) continue;
    const list = byPaper.get(paper);
    if (list) list.push(diagnostic);
    else byPaper.set(paper, [diagnostic]);
  }
  return byPaper;
}

function paperAt(papers: readonly PaperEntry[], line: number): PaperEntry | undefined {
  let low = 0;
  let high = papers.length - 1;
  let found: PaperEntry | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (papers[middle].range.start.line <= line) {
      found = papers[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found !== undefined && line <= found.range.end.line ? found : undefined;
}

/** FNV-1a, 32 bits, as hex: enough to tell whether a card changed. */
export function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16);
}
