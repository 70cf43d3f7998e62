/** What the preview shows for a document: its rendered parts, with the editor's diagnostics as badges. */

import * as vscode from 'vscode';
import { type CardCache, escapeHtml, type RenderDiagnostic, type RenderedDigest } from '../../core/digest-service';
import { digestService } from '../digest-service';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { papers } from '../counts';
import { digestOf } from '../parsed-documents';

const SEVERITIES: Record<vscode.DiagnosticSeverity, RenderDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function renderDocument(document: vscode.TextDocument, cache: CardCache): RenderedDigest {
  const digest = digestOf(document) ?? digestService.parse(document.getText());
  return digestService.renderDigestParts(digest, { diagnostics: diagnosticsOf(document.uri), cache, locale: vscode.env.language });
}

/** The editor's diagnostics of our source, as the cards show them. */
export function diagnosticsOf(uri: vscode.Uri): RenderDiagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
    .map((diagnostic) => ({
      code: String(typeof diagnostic.code === 'object' ? diagnostic.code.value : (diagnostic.code ?? '')),
      message: diagnostic.message,
      severity: SEVERITIES[diagnostic.severity],
      line: diagnostic.range.start.line,
    }));
}

export type PreviewSort = 'digest' | 'votes';

/** The toolbar and the digest: the preview's whole body. The toolbar holds no digest text. */
export function previewBodyHtml(rendered: RenderedDigest, fileName: string): string {
  const all = rendered.paperCount;
  // preview.js writes "N of M papers" with these, in the display language.
  const countWords = [
    `data-of="${escapeHtml(vscode.l10n.t('{0} of {1}'))}"`,
    `data-one="${escapeHtml(vscode.l10n.t('1 paper'))}"`,
    `data-many="${escapeHtml(vscode.l10n.t('{0} papers'))}"`,
  ].join(' ');
  const toolbar =
    `<nav class="toolbar" aria-label="${escapeHtml(vscode.l10n.t('Preview toolbar'))}">` +
    `<strong class="file-name">${escapeHtml(fileName)}</strong>` +
    `<input id="filter" type="search" placeholder="${escapeHtml(vscode.l10n.t('Filter by title, author or id'))}" aria-label="${escapeHtml(vscode.l10n.t('Filter papers'))}" spellcheck="false">` +
    `<label>${escapeHtml(vscode.l10n.t('Sort'))} <select id="sort" aria-label="${escapeHtml(vscode.l10n.t('Sort papers'))}"><option value="digest">${escapeHtml(vscode.l10n.t('Digest order'))}</option><option value="votes">${escapeHtml(vscode.l10n.t('Votes'))}</option></select></label>` +
    `<span id="count" class="count" role="status" ${countWords}>${escapeHtml(vscode.l10n.t('{0} of {1}', all, papers(all)))}</span>` +
    '</nav>';
  return toolbar + digestService.renderedDigestHtml(rendered);
}
