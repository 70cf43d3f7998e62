/**
 * The overview's own HTML shell: strict CSP (`default-src 'none'`), a fresh nonce per render, styles and
 * script only from `media/`. Written while the digest preview's shared webview pieces were not on main;
 * meant to be folded into them.
 */

import * as vscode from 'vscode';

/** 128 random bits as hex, from the Web Crypto API the extension host provides. */
export function overviewNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function overviewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    retainContextWhenHidden: false,
  };
}

export function overviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, title: string, body: string): string {
  const nonce = overviewNonce();
  const media = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', name)).toString();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src 'none'`, `font-src ${webview.cspSource}`].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<link rel="stylesheet" href="${media('overview.css')}">`,
    `<title>${title.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`)}</title>`,
    '</head>',
    '<body>',
    body,
    `<script nonce="${nonce}" src="${media('overview.js')}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}
