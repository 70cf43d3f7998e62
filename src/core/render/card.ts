/** One paper as a card: media, title linking to arXiv, votes, authors, summary and its problems. */

import { arxivAbsUrl } from '../arxiv';
import type { Authors, Media, PaperEntry, SummaryBullet } from '../model';
import { escapeHtml, showUnshowable } from './escape';
import { renderBulletHtml, renderTitleHtml } from './inline';
import { english, type Translate } from '../l10n';
import type { RenderDiagnostic } from './render-types';
import { safeMediaUrl, safeUrl } from './urls';

/** Authors shown before the rest fold into "and N more". */
export const AUTHORS_SHOWN = 8;

/** Everything of the card's `<article>` after its `data-line` and `data-index`, which change when lines move. */
export function renderCardRest(paper: PaperEntry, key: string, diagnostics: readonly RenderDiagnostic[], t: Translate = english): string {
  const id = paper.id !== null ? ` data-arxiv-id="${escapeHtml(paper.id)}"` : '';
  const votes = paper.votes?.value ?? null;
  const inner =
    renderMedia(paper.media, t) +
    '<div class="paper-body">' +
    renderTitle(paper, t) +
    `<div class="paper-meta">${renderVotes(paper, t)}${paper.id !== null ? ` <span class="arxiv-id">${escapeHtml(paper.id)}</span>` : ''}</div>` +
    renderAuthors(paper.authors, t) +
    renderSummary(paper.summary) +
    renderBadges(diagnostics) +
    '</div>';
  return showUnshowable(` data-key="${escapeHtml(key)}"${id} data-votes="${votes ?? -1}">${inner}</article>`);
}

function renderTitle(paper: PaperEntry, t: Translate): string {
  // Stryker disable next-line MethodExpression: the parser trims titles; the trim keeps a title of spaces untitled all the same
  const title = paper.title.trim() === '' ? `<span class="untitled">${escapeHtml(t('preview.untitled'))}</span>` : renderTitleHtml(paper.title);
  const href = paper.id !== null ? arxivAbsUrl(paper.id) : paper.url !== null ? safeUrl(paper.url) : null;
  if (href === null) return `<h3 class="paper-title">${title}</h3>`;
  const idAttribute = paper.id !== null ? ` data-arxiv-id="${escapeHtml(paper.id)}"` : '';
  return `<h3 class="paper-title"><a class="paper-link" href="${escapeHtml(href)}"${idAttribute} rel="noreferrer noopener">${title}</a></h3>`;
}

function renderVotes(paper: PaperEntry, t: Translate): string {
  if (paper.votes === null) return `<span class="votes votes-missing" title="${escapeHtml(t('preview.noVoteLine'))}">▲ –</span>`;
  if (paper.votes.value === null) return `<span class="votes votes-invalid" title="Vote: ${escapeHtml(paper.votes.raw)}">▲ ${escapeHtml(paper.votes.raw) || '–'}</span>`;
  return `<span class="votes" title="${escapeHtml(t('preview.votes', paper.votes.value))}">▲${paper.votes.value}</span>`;
}

function renderMedia(media: Media | null, t: Translate): string {
  if (media === null) return '';
  const url = safeMediaUrl(media.url);
  if (url === null) {
    const shown = media.url.trim() === '' ? t('preview.emptyUrl') : media.url;
    return `<div class="paper-media media-blocked"><span>${escapeHtml(t('preview.mediaBlocked'))} <code>${escapeHtml(shown)}</code></span></div>`;
  }
  const src = escapeHtml(url);
  if (media.form === 'html-iframe') {
    return `<div class="paper-media media-link"><a href="${src}" rel="noreferrer noopener">${escapeHtml(t('preview.embeddedVideo'))}</a></div>`;
  }
  if (media.kind === 'video') {
    return `<div class="paper-media"><video controls preload="none" muted src="${src}"></video></div>`;
  }
  return `<div class="paper-media"><img loading="lazy" src="${src}" alt=""></div>`;
}

function renderAuthors(authors: Authors | null, t: Translate): string {
  if (authors === null) return '';
  const names = authors.names.map(escapeHtml);
  const others = authors.namesLeftOut ? ` <span class="authors-others">${escapeHtml(t('preview.andOthers'))}</span>` : '';
  if (names.length <= AUTHORS_SHOWN) return `<div class="paper-authors">${names.join(', ')}${others}</div>`;
  const rest = names.slice(AUTHORS_SHOWN);
  return (
    `<div class="paper-authors">${names.slice(0, AUTHORS_SHOWN).join(', ')}` +
    `<details class="more-authors"><summary>${escapeHtml(t('preview.andMore', rest.length))}</summary><span>, ${rest.join(', ')}</span></details>${others}</div>`
  );
}

function renderSummary(bullets: readonly SummaryBullet[]): string {
  if (bullets.length === 0) return '';
  let html = '<div class="paper-summary">';
  let inList = false;
  for (const bullet of bullets) {
    if (bullet.key === null) {
      if (!inList) html += '<ul>';
      inList = true;
      html += `<li>${renderBulletHtml(bullet.text)}</li>`;
      continue;
    }
    if (inList) html += '</ul>';
    inList = false;
    html += `<section class="summary-section"><h4>${escapeHtml(bullet.key.normalized)}</h4><p>${renderBulletHtml(bullet.body)}</p></section>`;
  }
  return `${html}${inList ? '</ul>' : ''}</div>`;
}

function renderBadges(diagnostics: readonly RenderDiagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const badges = diagnostics.map(
    ({ code, message, severity }) =>
      `<li class="badge badge-${severity}" title="${escapeHtml(message)}"><span class="badge-code">${escapeHtml(code)}</span> ${escapeHtml(message)}</li>`,
  );
  return `<ul class="paper-badges">${badges.join('')}</ul>`;
}
