/** Counted nouns in the display language: `1 paper`, `13 papers` (Korean has one form: `논문 13편`). */

import * as vscode from 'vscode';

export const papers = (count: number): string => (count === 1 ? vscode.l10n.t('1 paper') : vscode.l10n.t('{0} papers', count));
export const votes = (count: number): string => (count === 1 ? vscode.l10n.t('1 vote') : vscode.l10n.t('{0} votes', count));
export const days = (count: number): string => (count === 1 ? vscode.l10n.t('1 day') : vscode.l10n.t('{0} days', count));
export const authors = (count: number): string => (count === 1 ? vscode.l10n.t('1 author') : vscode.l10n.t('{0} authors', count));
