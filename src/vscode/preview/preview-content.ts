/** What the preview shows for a document: its rendered parts, with the editor's diagnostics as badges. */

import * as vscode from 'vscode';
import { type CardCache, escapeHtml, type RenderDiagnostic, type RenderedDigest } from '../../core/digest-service';
import { digestService } from '../digest-service';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import { digestOf } from '../parsed-documents';

const SEVERITIES: Record<vscode.DiagnosticSeverity, RenderDiagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export function renderDocument(document: vscode.TextDocument, cache: CardCache): RenderedDigest {
  const digest = digestOf(document) ?? digestService.parse(document.getText());
  return digestService.renderDigestParts(digest, { diagnostics: diagnosticsOf(document.uri), cache });
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
  const toolbar =
    '<nav class="toolbar" aria-label="Preview toolbar">' +
    `<strong class="file-name">${escapeHtml(fileName)}</strong>` +
    '<input id="filter" type="search" placeholder="Filter by title, author or id" aria-label="Filter papers" spellcheck="false">' +
    '<label>Sort <select id="sort" aria-label="Sort papers"><option value="digest">Digest order</option><option value="votes">Votes</option></select></label>' +
    `<span id="count" class="count" role="status">${rendered.paperCount} of ${rendered.paperCount} papers</span>` +
    '</nav>';
  return toolbar + digestService.renderedDigestHtml(rendered);
}
