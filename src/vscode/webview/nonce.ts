import { randomBytes } from 'node:crypto';

/** A fresh CSP nonce: 128 random bits, base64. Make one for every HTML the webview is given. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}
