/**
 * The secure webview set-up every webview of the extension uses: scripts only from media/ with a fresh
 * nonce, no command URIs, local resources limited to media/, and the page shell and CSP of the core.
 */

import * as vscode from 'vscode';
import { contentSecurityPolicy, renderPage } from '../../core/digest-service';
import { createNonce } from './nonce';

export const MEDIA_FOLDER = 'media';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER)],
  };
}

export interface WebviewPageOptions {
  title: string;
  /** File names in media/, e.g. `['theme.css', 'preview.css']`. */
  stylesheets: readonly string[];
  /** File names in media/, loaded with this page's nonce. */
  scripts: readonly string[];
  /** Safe markup (the core's renderer, or static text). */
  bodyHtml: string;
  bodyAttributes?: Readonly<Record<string, string>>;
}

/** The full HTML for `webview`, with a nonce made for this call only. */
export function webviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: WebviewPageOptions): string {
  const nonce = createNonce();
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER, name)).toString();
  return renderPage({
    title: options.title,
    csp: contentSecurityPolicy({ resourceSource: webview.cspSource, scriptSources: [`'nonce-${nonce}'`] }),
    stylesheets: options.stylesheets.map(media),
    scripts: options.scripts.map((name) => ({ src: media(name), nonce })),
    bodyHtml: options.bodyHtml,
    bodyAttributes: options.bodyAttributes,
    locale: vscode.env.language,
  });
}
