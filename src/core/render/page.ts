/**
 * The HTML shell shared by every page the extension shows (the digest preview, the standalone `render`
 * page, and later other webviews): doctype, a strict Content-Security-Policy, stylesheets, the body and
 * scripts. The theme comes from media/theme.css, which maps VS Code's `--vscode-*` variables (or light
 * and dark fallbacks outside VS Code) onto the page's own `--dp-*` variables.
 */

import { localeOf } from '../l10n';
import { escapeHtml } from './escape';

export interface CspOptions {
  /** Where the page's own files come from (`webview.cspSource`); none for a standalone page. */
  resourceSource?: string;
  /** `'nonce-…'` or `'sha256-…'` sources for styles, in addition to `resourceSource`. */
  styleSources?: readonly string[];
  /** `'nonce-…'` sources for scripts; none means no script may run. */
  scriptSources?: readonly string[];
}

/** As strict as VS Code's own Markdown preview: nothing but https media, the page's styles and its nonce'd script. */
export function contentSecurityPolicy({ resourceSource, styleSources = [], scriptSources = [] }: CspOptions): string {
  const own = resourceSource ? [resourceSource] : [];
  const list = (sources: readonly string[]) => (sources.length ? sources.join(' ') : "'none'");
  return [
    "default-src 'none'",
    // Stryker disable next-line StringLiteral: one own source at most, so the separator never shows
    `img-src https: ${own.join(' ')}`.trimEnd(),
    'media-src https:',
    `style-src ${list([...own, ...styleSources])}`,
    `script-src ${list(scriptSources)}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface PageOptions {
  title: string;
  csp: string;
  /** Stylesheet URLs, in order. */
  stylesheets?: readonly string[];
  /** CSS text to inline, each allowed by a hash or nonce in the CSP. */
  inlineStyles?: readonly string[];
  /** Scripts by URL, each carrying the nonce the CSP names. */
  scripts?: readonly { src: string; nonce: string }[];
  /** Already safe markup: produced by the renderer, never raw digest text. */
  bodyHtml: string;
  /** Extra attributes of `<body>` as name → value (escaped here), e.g. `data-state`. */
  bodyAttributes?: Readonly<Record<string, string>>;
  /** The language of the page's own words, for `<html lang>`: `ko` or `en` (the default). */
  locale?: string;
}

export function renderPage(options: PageOptions): string {
  const links = (options.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`);
  const styles = (options.inlineStyles ?? []).map((css) => `<style>${css}</style>`);
  const scripts = (options.scripts ?? []).map(({ src, nonce }) => `<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(src)}"></script>`);
  const attributes = Object.entries(options.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${localeOf(options.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(options.title)}</title>`,
    ...links,
    ...styles,
    '</head>',
    `<body${attributes}>`,
    options.bodyHtml,
    ...scripts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
