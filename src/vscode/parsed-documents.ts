/** The digest model of an open document, parsed once per document version and shared by the editor features. */

import type * as vscode from 'vscode';
import { type Digest, isDigest } from '../core/digest-service';
import { digestService } from './digest-service';

const cache = new WeakMap<vscode.TextDocument, { version: number; digest: Digest | null }>();

/** The parsed digest, or null when the document is not Markdown or not a digest. */
export function digestOf(document: vscode.TextDocument): Digest | null {
  if (document.languageId !== 'markdown') return null;
  const cached = cache.get(document);
  if (cached && cached.version === document.version) return cached.digest;
  const text = document.getText();
  const digest = isDigest(text) ? digestService.parse(text) : null;
  cache.set(document, { version: document.version, digest });
  return digest;
}
