/**
 * A fresh CSP nonce: 128 random bits, base64. Make one for every HTML the webview is given.
 * Web Crypto, not node:crypto, so that the web extension (a browser worker) has it too.
 */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
