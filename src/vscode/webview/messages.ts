/**
 * Checks for messages that arrive from a webview: the page shows untrusted text, so anything it sends
 * is checked before use (a line must be a line of the document, a URL one the extension would open).
 */

import type * as vscode from 'vscode';
import { safeUrl } from '../../core/digest-service';

export type MessageRecord = Record<string, unknown>;

/** The message as an object with a string `type`, or null. */
export function messageOfType(message: unknown): (MessageRecord & { type: string }) | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const type = (message as MessageRecord).type;
  return typeof type === 'string' ? (message as MessageRecord & { type: string }) : null;
}

/** The value as a line of `document`, or null when it is not a whole number inside the document. */
export function lineOf(document: vscode.TextDocument, value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < document.lineCount ? value : null;
}

/** A whole number from 0 to `max`, or null. */
export function countOf(value: unknown, max = 1_000_000): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

/** A string of at most `maxLength` characters, or null. */
export function stringOf(value: unknown, maxLength = 2048): string | null {
  return typeof value === 'string' && value.length <= maxLength ? value : null;
}

/** An http(s) URL that the page may ask to open (as the renderer made it), or null. */
export function webUrlOf(value: unknown): string | null {
  const text = stringOf(value);
  return text === null ? null : safeUrl(text);
}
